/** The places a register import may name (read by placeNamed): the tree's nodes within a scope. */
import type { Expression, SqlBool } from 'kysely';
import type { Executor } from '../db/db.ts';

/** Nodes of these levels (any level when none given) where inScope holds, for an import to name. */
export function importPlaces(db: Executor, inScope: Expression<SqlBool>, levels?: readonly string[]) {
  let q = db
    .selectFrom('org_nodes as n')
    .select(['n.id', 'n.district_id', 'n.name', 'n.path', 'n.level'])
    .where(inScope);
  if (levels?.length) q = q.where('n.level', 'in', [...levels]);
  return q.orderBy('n.path').limit(100_000).execute();
}
