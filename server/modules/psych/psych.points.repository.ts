/** SQL of editing and importing service points: the point, its counsellors, their bookings still ahead. */
import { sql, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeInPaths, nodeJoin } from '../../platform/access/scope.ts';

/** One point (open or closed) with its node's path; locked when asked. */
export function findPointById(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('psych_points as p')
    .innerJoin('org_nodes as n', nodeJoin('p'))
    .selectAll('p')
    .select(['n.name as node_name', 'n.path'])
    .where('p.id', '=', id);
  if (lock) q = q.forUpdate('p');
  return q.executeTakeFirst();
}

/** Whether another point of the node has that name. */
export async function otherPointNamed(
  db: Executor,
  districtId: string,
  nodeId: string,
  name: string,
  id: string,
) {
  const r = await db
    .selectFrom('psych_points')
    .select('id')
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId)
    .where('name', '=', name)
    .where('id', '<>', id)
    .executeTakeFirst();
  return !!r;
}

/** Changes a point, checking the version. */
export function updatePoint(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['psych_points']>,
) {
  return updateVersioned(db, 'psych_points', { districtId, id, version }, set);
}

/** The active counsellors of one point. */
export function findPointCounsellors(db: Executor, districtId: string, pointId: string) {
  return db
    .selectFrom('psych_counsellors')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('point_id', '=', pointId)
    .where('active', '=', true)
    .execute();
}

/** Changes a counsellor's name, hours or account. */
export function updateCounsellor(
  db: Executor,
  districtId: string,
  id: string,
  set: Updateable<DB['psych_counsellors']>,
) {
  return db
    .updateTable('psych_counsellors')
    .set(set)
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/**
 * Cancels the bookings of some counsellors not yet begun (their counsellor left, or the point
 * closed); returns them for the residents' notices.
 */
export async function cancelBookingsAhead(
  db: Executor,
  districtId: string,
  counsellorIds: string[],
  from: Date,
) {
  if (counsellorIds.length === 0) return [];
  return db
    .updateTable('psych_bookings')
    .set({ state: 'cancelled', version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('counsellor_id', 'in', counsellorIds)
    .where('state', '=', 'booked')
    .where(sql<SqlBool>`lower(slot) >= ${from}`)
    .returning(['id', 'user_id', 'counsellor_id', sql<Date>`lower(slot)`.as('starts_at')])
    .execute();
}

/** Nodes of any level under the paths: where an imported point may stand. */
export function findNodesUnder(db: Executor, paths: string[]) {
  return db
    .selectFrom('org_nodes as n')
    .select(['n.id', 'n.district_id', 'n.name', 'n.path'])
    .where(nodeInPaths('n.id', paths))
    .execute();
}

/** The names of the points already under the paths, as `node id/name`. */
export async function pointKeysUnder(db: Executor, paths: string[]) {
  const rows = await db
    .selectFrom('psych_points as p')
    .select(['p.node_id', 'p.name'])
    .where(nodeInPaths('p.node_id', paths))
    .execute();
  return new Set(rows.map((r) => `${r.node_id}/${r.name}`));
}
