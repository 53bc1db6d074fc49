/** SQL over the audit log (owned by the platform's auditor; this module only reads it). */
import { sql, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../platform/db/db.ts';
import type { Executor } from '../../platform/db/db.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { AuditFilters } from './audit.schemas.ts';
import { likeEscape } from '../../platform/db/like.ts';

/** The columns the auditor sees, in the order of the export. */
export const AUDIT_COLUMNS = [
  'seq',
  'at',
  'actor_name',
  'action',
  'object_type',
  'object_id',
  'result',
  'ip',
  'user_agent',
  'district_id',
  'detail',
] as const;

/**
 * Audit entries matching the filters inside the given subtree roots. `all` lifts the subtree
 * filter (an auditor on the root of the tree also sees entries that belong to no district).
 */
export function matching(db: Executor, f: AuditFilters, scope: { all: boolean; paths: string[] }) {
  let q = db.selectFrom('audit_log');
  if (!scope.all) q = q.where(nodeInPaths('district_id', scope.paths));
  if (f.from) q = q.where('at', '>=', new Date(f.from));
  if (f.to) q = q.where('at', '<=', new Date(f.to));
  if (f.actor) q = q.where(sql`lower(actor_name)`, '=', f.actor.toLowerCase());
  if (f.action) q = q.where('action', 'like', likeEscape(f.action) + '%');
  if (f.result) q = q.where('result', '=', f.result);
  if (f.objectType) q = q.where('object_type', '=', f.objectType);
  if (f.objectId) q = q.where('object_id', '=', f.objectId);
  return q;
}

/** How many rows a query matches, counting no further than cap + 1 (a log of millions is not counted to its end). */
export async function countCapped(
  db: Executor,
  q: SelectQueryBuilder<DB, 'audit_log', object>,
  cap: number,
): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (${q
    .select(sql`1`.as('one'))
    .limit(cap + 1)}) x`.execute(db);
  return rows[0].n;
}
