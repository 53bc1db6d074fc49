/** SQL of the 心理援助热线 counts: one row per node and month. */
import type { Expression, Insertable, SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeJoin } from '../../platform/access/scope.ts';

/** The months (alias h) where applies in [from, to), newest first, with the node's name. */
export function findHotlineMonths(db: Executor, where: Expression<SqlBool>, from: string, to: string) {
  return db
    .selectFrom('psych_hotline_months as h')
    .innerJoin('org_nodes as n', nodeJoin('h'))
    .selectAll('h')
    .select('n.name as node_name')
    .where(where)
    .where('h.month', '>=', from)
    .where('h.month', '<', to)
    .orderBy('h.month', 'desc')
    .orderBy('n.path')
    .limit(5000)
    .execute();
}

/** A node's row of a month, locked. */
export function findHotlineMonth(db: Executor, districtId: string, nodeId: string, month: string) {
  return db
    .selectFrom('psych_hotline_months')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId)
    .where('month', '=', month)
    .forUpdate()
    .executeTakeFirst();
}

/** Stores a month's counts; false when another request stored that node's month first. */
export async function insertHotlineMonth(db: Executor, row: Insertable<DB['psych_hotline_months']>) {
  const r = await db
    .insertInto('psych_hotline_months')
    .values(row)
    .onConflict((c) => c.doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

/** Changes a month's counts at the version read. */
export function updateHotlineMonth(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: { calls: number; visits: number; youth: number; updated_by: string },
) {
  return updateVersioned(db, 'psych_hotline_months', { districtId, id, version }, set);
}
