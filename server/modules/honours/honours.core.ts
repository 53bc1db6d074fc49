/**
 * What the honours verbs share: their dependencies, and the one path a nomination is recorded by
 * (the form's and the import's).
 */
import type { z } from 'zod';
import type { RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './honours.repository.ts';
import type { HonourEntry } from './honours.rules.ts';
import type { nominationBody } from './honours.schemas.ts';

/** What another module adds to a node's honours page for a year (read with the viewer's context). */
export type ExtraHonours = (
  ctx: RequestContext,
  node: { id: string; districtId: string; path: string },
  year: number,
) => Promise<HonourEntry[]>;

export type HonoursDeps = {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  extraHonours?: ExtraHonours[];
};

/**
 * Records a nomination in trx (the form's and the import's one path): an officer's of the node, or a
 * resident's; audited, and the node's reviewers told.
 */
export async function recordNomination(
  deps: Pick<HonoursDeps, 'auditor' | 'notify'>,
  trx: Executor,
  ctx: RequestContext,
  n: { id: string; district_id: string; path: string; level: string },
  award: { id: string; name: string },
  b: Pick<z.infer<typeof nominationBody>, 'year' | 'nomineeName' | 'category' | 'deeds'>,
) {
  const officer = ['org_officer', 'street_officer', 'community_officer'].some((r) =>
    ctx.actor!.grants.some((g) => g.role === r && n.path.startsWith(g.path)),
  );
  const id = uuidv7();
  await repo.insertNomination(trx, {
    district_id: n.district_id,
    id,
    award_id: award.id,
    node_id: n.id,
    year: b.year,
    nominee_name: b.nomineeName,
    category: b.category,
    deeds: b.deeds,
    nominated_by: ctx.actor!.userId,
    nominator_kind: officer ? 'officer' : 'resident',
    state: 'nominated',
  });
  await deps.auditor.append(trx, ctx, {
    action: 'honours.nominate',
    objectType: 'honours_nomination',
    objectId: id,
    districtId: n.district_id,
    detail: { award: award.name, category: b.category },
  });
  const parent = n.path.split('/').filter(Boolean).at(-2);
  await deps.notify.send(trx, [
    {
      districtId: n.district_id,
      nodeId: n.level === 'street' || !parent ? n.id : parent,
      kind: 'honours.new',
      title: `新的${award.name}推荐：${b.nomineeName}`,
      titleKey: 'honours.notice.new',
      titleParams: { award: award.name, name: b.nomineeName },
      link: '/honours',
      objectType: 'honours_nomination',
      objectId: id,
    },
  ]);
  return { id };
}
