/** SQL of the task-force module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/**
 * Takes the next official number of a district's year inside trx. The counter row stays locked
 * until the transaction ends, so concurrent publishers queue, and a rollback returns the number.
 */
export async function takeOrderSeq(trx: Executor, districtId: string, year: number): Promise<number> {
  const r = await trx
    .insertInto('taskforces_counters')
    .values({ district_id: districtId, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['district_id', 'year']).doUpdateSet({ last: sql<number>`taskforces_counters.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return r.last;
}

/** Stores an order. */
export function insertOrder(db: Executor, row: Insertable<DB['taskforces_orders']>) {
  return db.insertInto('taskforces_orders').values(row).execute();
}

const orders = (db: Executor) =>
  db
    .selectFrom('taskforces_orders as o')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'o.district_id').onRef('n.id', '=', 'o.node_id'),
    )
    .innerJoin('org_nodes as l', (j) =>
      j.onRef('l.district_id', '=', 'o.district_id').onRef('l.id', '=', 'o.lead_node_id'),
    )
    .selectAll('o')
    .select(['n.path', 'l.name as lead_name']);
export type OrderRow = Awaited<ReturnType<typeof findOrder>> & {};

/** Orders matching a condition (on o, n), of one district when given, newest first. */
export function findOrders(db: Executor, where: Where, districtId?: string, limit = 500) {
  let q = orders(db).where(where);
  if (districtId) q = q.where('o.district_id', '=', districtId);
  return q.orderBy('o.year', 'desc').orderBy('o.seq', 'desc').limit(limit).execute();
}

/** A cadre's orders: those of their districts open on a day, and those they applied to. */
export function findOrdersForCadre(
  db: Executor,
  districtIds: string[],
  day: string,
  personId: string | null,
) {
  return orders(db)
    .where('o.district_id', 'in', districtIds)
    .where((eb) =>
      eb.or([
        eb.and([eb('o.closed', '=', false), eb('o.open_from', '<=', day), eb('o.open_to', '>=', day)]),
        eb.exists(
          eb
            .selectFrom('taskforces_applications as x')
            .select('x.id')
            .whereRef('x.district_id', '=', 'o.district_id')
            .whereRef('x.order_id', '=', 'o.id')
            .where('x.person_id', '=', personId ?? '00000000-0000-0000-0000-000000000000'),
        ),
      ]),
    )
    .orderBy('o.year', 'desc')
    .orderBy('o.seq', 'desc')
    .limit(500)
    .execute();
}

/** One order with its node's path. */
export function findOrder(db: Executor, id: string) {
  return orders(db).where('o.id', '=', id).executeTakeFirst();
}

/**
 * Whether an order is closed, its row held FOR SHARE until the transaction ends: an application
 * waits for a closing that is under way, and a closing waits for the applications being stored.
 */
export async function orderClosedLocked(trx: Executor, districtId: string, id: string) {
  const r = await trx
    .selectFrom('taskforces_orders')
    .select('closed')
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .forShare()
    .executeTakeFirst();
  return r?.closed ?? true;
}

/** Closes an order early (only an open one); the number of rows closed (0 when already closed). */
export async function closeOrder(
  trx: Executor,
  k: { districtId: string; id: string },
  set: { closedBy: string; reason: string; at: Date },
) {
  const r = await trx
    .updateTable('taskforces_orders')
    .set({ closed: true, closed_at: set.at, closed_by: set.closedBy, close_reason: set.reason })
    .where('district_id', '=', k.districtId)
    .where('id', '=', k.id)
    .where('closed', '=', false)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The orders of a district by number (the import's look-up). */
export function findOrdersByNumber(db: Executor, districtId: string, numbers: string[]) {
  if (!numbers.length) return Promise.resolve([]);
  return orders(db).where('o.district_id', '=', districtId).where('o.number', 'in', numbers).execute();
}

const applications = (db: Executor) =>
  db
    .selectFrom('taskforces_applications as a')
    .innerJoin('taskforces_orders as o', (j) =>
      j.onRef('o.district_id', '=', 'a.district_id').onRef('o.id', '=', 'a.order_id'),
    )
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'o.district_id').onRef('n.id', '=', 'o.node_id'),
    )
    .innerJoin('org_nodes as u', (j) =>
      j.onRef('u.district_id', '=', 'a.district_id').onRef('u.id', '=', 'a.unit_node_id'),
    )
    .selectAll('a')
    .select(['o.number as order_number', 'o.name as order_name', 'o.posts', 'n.path', 'u.name as unit_name']);
export type ApplicationRow = Awaited<ReturnType<typeof findApplications>>[number];

/** Applications matching a condition (on a, o, n), of an order and in some states when given, newest first. */
export function findApplications(
  db: Executor,
  where: Where,
  f: { orderId?: string; states?: string[] } = {},
  limit = 5000,
) {
  let q = applications(db).where(where);
  if (f.orderId) q = q.where('a.order_id', '=', f.orderId);
  if (f.states) q = q.where('a.state', 'in', f.states);
  return q.orderBy('a.created_at', 'desc').orderBy('a.id', 'desc').limit(limit).execute();
}

/** A person's applications (of one order when given), newest first. */
export function findApplicationsOfPerson(db: Executor, personId: string, orderId?: string) {
  let q = applications(db).where('a.person_id', '=', personId);
  if (orderId) q = q.where('a.order_id', '=', orderId);
  return q.orderBy('a.created_at', 'desc').limit(500).execute();
}

/** The applications of some orders. */
export function findApplicationsOfOrders(db: Executor, districtIds: string[], orderIds: string[]) {
  if (!orderIds.length) return Promise.resolve([]);
  return applications(db)
    .where('a.district_id', 'in', districtIds)
    .where('a.order_id', 'in', orderIds)
    .orderBy('a.created_at', 'desc')
    .execute();
}

/** One application with its order; locked when asked. */
export function findApplication(db: Executor, id: string, lock = false) {
  let q = applications(db).where('a.id', '=', id);
  if (lock) q = q.forUpdate('a');
  return q.executeTakeFirst();
}

/** A person's application on an order. */
export function findApplicationOf(db: Executor, districtId: string, orderId: string, personId: string) {
  return db
    .selectFrom('taskforces_applications')
    .select(['id', 'state'])
    .where('district_id', '=', districtId)
    .where('order_id', '=', orderId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** Stores an application (nothing when the person applied to the order already). */
export function insertApplication(db: Executor, row: Insertable<DB['taskforces_applications']>) {
  return db
    .insertInto('taskforces_applications')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'order_id', 'person_id']).doNothing())
    .executeTakeFirst();
}

/** Changes an application when its version still matches. */
export function updateApplication(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['taskforces_applications']>,
) {
  return updateVersioned(db, 'taskforces_applications', { districtId, id, version }, set);
}

/** Stores a rating. */
export function insertRating(db: Executor, row: Insertable<DB['taskforces_ratings']>) {
  return db.insertInto('taskforces_ratings').values(row).execute();
}

/** The ratings of some members of a district, oldest first. */
export function findRatings(db: Executor, districtIds: string[], applicationIds: string[]) {
  if (!applicationIds.length || !districtIds.length) return Promise.resolve([]);
  return db
    .selectFrom('taskforces_ratings')
    .select(['application_id', 'rated_on', 'rating', 'comment'])
    .where('district_id', 'in', districtIds)
    .where('application_id', 'in', applicationIds)
    .orderBy('rated_on')
    .orderBy('created_at')
    .execute();
}

/** Names of some nodes of a district (units of cadres). */
export function findNodeNames(db: Executor, districtId: string, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('org_nodes')
    .select(['id', 'name'])
    .where('district_id', '=', districtId)
    .where('id', 'in', ids)
    .execute();
}

/** The applications of some persons on some orders of a district (the import's “already there”). */
export function findApplicationKeys(db: Executor, districtId: string, orderIds: string[]) {
  if (!orderIds.length) return Promise.resolve([]);
  return db
    .selectFrom('taskforces_applications')
    .select(['order_id', 'person_id'])
    .where('district_id', '=', districtId)
    .where('order_id', 'in', orderIds)
    .execute();
}
