/** What the partyworkers verbs share: deps, the version check, today, the district's target and the views. */
import type { z } from 'zod';
import { can, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError } from '../../platform/errors.ts';
import { shanghaiDay } from '../../platform/time.ts';
import * as repo from './partyworkers.repository.ts';
import {
  contractState,
  DEFAULT_YEARLY_TARGET,
  pct,
  vacancies,
  type EndReason,
  type Grade,
  type Qualification,
} from './partyworkers.rules.ts';
import type { figuresView, postRow, workerRow } from './partyworkers.schemas.ts';

/** What the partyworkers verbs are built from (passed in by the composition root). */
export interface PartyworkersDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
}

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint } | boolean) {
  const done = typeof r === 'boolean' ? r : r.numUpdatedRows > 0n;
  if (!done) throw new ConflictError('partyworkers.stale');
}

/** Today in Asia/Shanghai. */
export const today = () => shanghaiDay();

/** The district the actor reads in (its first grant that may read the register). */
export function districtOf(ctx: RequestContext): string | null {
  const g = ctx.actor?.grants.find((x) => can(ctx.actor, 'partyworkers.read', x.path));
  return g?.districtId ?? null;
}

/** A district's yearly target and its version (0: never set, the seed's 180). */
export async function targetOf(db: Executor, districtId: string | null) {
  const s = districtId ? await repo.findSettings(db, districtId) : undefined;
  return s ? { target: s.yearly_target, version: s.version } : { target: DEFAULT_YEARLY_TARGET, version: 0 };
}

/** A street or community with its posts as the API shows it. */
export function postOut(r: repo.PostNodeRow): z.infer<typeof postRow> {
  const posts = Number(r.posts);
  const filled = Number(r.filled);
  return {
    nodeId: r.id,
    nodeName: r.name,
    level: r.level as 'street',
    streetName: r.level === 'street' ? r.name : (r.street_name ?? ''),
    posts,
    filled,
    vacant: vacancies(posts, filled),
    version: Number(r.version),
  };
}

/** The register's figures over post rows, with the placements of the year and the target. */
export function figuresOut(
  posts: z.infer<typeof postRow>[],
  placedThisYear: number,
  t: { target: number; version: number },
): z.infer<typeof figuresView> {
  const all = posts.reduce((a, p) => a + p.posts, 0);
  const vacant = posts.reduce((a, p) => a + p.vacant, 0);
  return {
    posts: all,
    filled: posts.reduce((a, p) => a + p.filled, 0),
    vacant,
    vacancyRate: pct(vacant, all),
    placedThisYear,
    target: t.target,
    targetVersion: t.version,
  };
}

/** A worker as the register shows it. */
export function workerOut(w: repo.WorkerRow, now = today()): z.infer<typeof workerRow> {
  const [year, grade] = (w.last_grade ?? '').split(':');
  return {
    id: w.id,
    nodeId: w.node_id,
    nodeName: w.node_name,
    name: w.name,
    phone: w.phone,
    startedOn: w.started_on,
    contractEnd: w.contract_end,
    contractState: w.ended_on ? 'fine' : contractState(w.contract_end, now),
    qualifications: w.qualifications as Qualification[],
    endedOn: w.ended_on,
    endReason: (w.end_reason || null) as EndReason | null,
    lastGrade: grade ? { year: Number(year), grade: grade as Grade } : null,
    version: w.version,
  };
}
