/** What the support verbs share: their deps, today, and the sheet cell reader. */
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';

/** What the support verbs are built from (passed in by the composition root). */
export interface SupportDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
}

/** Today in Asia/Shanghai. */
export const today = () => shanghaiDay();

/** The first and the day after the last day of a year. */
export const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year + 1}-01-01` });
