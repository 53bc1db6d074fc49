/** SQL of the three orders 三令: drafts, issuing, the register, acknowledgements, consequences, 容错 exemptions. */
import { sql, type Insertable, type SqlBool } from 'kysely';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { DB, Executor } from '../../platform/db/db.ts';
import type { OrderType } from './tasks.rules.ts';
import type { OrdersQuery } from './tasks.views.ts';

type Key = { district_id: string; id: string };

/** Titles of tasks by id. */
export function taskTitles(exec: Executor, taskIds: string[]) {
  return exec.selectFrom('tasks_tasks').select(['id', 'title']).where('id', 'in', taskIds).execute();
}

/** When each order was first acknowledged. */
export function firstAcknowledgements(exec: Executor, orderIds: string[]) {
  return exec
    .selectFrom('tasks_acknowledgements')
    .select(['order_id', (eb) => eb.fn.min('at').as('at')])
    .where('order_id', 'in', orderIds)
    .groupBy('order_id')
    .execute();
}

/** Orders (of orderIds) with a pending exemption application. */
export function ordersWithPendingExemption(exec: Executor, orderIds: string[]) {
  return exec
    .selectFrom('tasks_exemptions')
    .select('order_id')
    .where('order_id', 'in', orderIds)
    .where('status', '=', 'pending')
    .execute();
}

/** Awarded units of tasks that lie in paths. */
export function awardUnitsIn(exec: Executor, taskIds: string[], paths: string[]) {
  return exec
    .selectFrom('tasks_award_units as u')
    .select(['u.task_id', 'u.node_id'])
    .where('u.task_id', 'in', taskIds)
    .where(nodeInPaths('u.node_id', paths))
    .execute();
}

/** Orders (of orderIds) a user has acknowledged. */
export function acknowledgedBy(exec: Executor, orderIds: string[], userId: string) {
  return exec
    .selectFrom('tasks_acknowledgements')
    .select('order_id')
    .where('order_id', 'in', orderIds)
    .where('user_id', '=', userId)
    .execute();
}

/**
 * The register: orders of the districts in managePaths and of tasks awarded to units in readPaths,
 * filtered, newest (issued, else created) first, at most 2,000.
 */
export function ordersInScope(
  exec: Executor,
  managePaths: string[],
  readPaths: string[],
  q: Omit<OrdersQuery, 'from' | 'to'> & { from?: Date; to?: Date },
) {
  let query = exec
    .selectFrom('tasks_orders as o')
    .selectAll('o')
    .where(
      sql<SqlBool>`(${nodeInPaths('o.district_id', managePaths)} OR EXISTS (SELECT 1 FROM tasks_award_units u
            WHERE u.district_id = o.district_id AND u.task_id = o.task_id AND ${nodeInPaths('u.node_id', readPaths)}))`,
    );
  if (q.type) query = query.where('o.type', '=', q.type);
  if (q.status) query = query.where('o.status', '=', q.status);
  if (q.taskId) query = query.where('o.task_id', '=', q.taskId);
  if (q.unitNodeId)
    query = query.where(
      sql<SqlBool>`EXISTS (SELECT 1 FROM tasks_award_units u WHERE u.district_id = o.district_id AND u.task_id = o.task_id AND u.node_id = ${q.unitNodeId})`,
    );
  const dateCol = sql`coalesce(o.issued_at, o.created_at)`;
  if (q.from) query = query.where(sql<SqlBool>`${dateCol} >= ${q.from}`);
  if (q.to) query = query.where(sql<SqlBool>`${dateCol} < ${q.to}`);
  return query.orderBy(dateCol, 'desc').limit(2000).execute();
}

/** Inserts a draft order. */
export function insertOrderRow(trx: Executor, row: Insertable<DB['tasks_orders']>) {
  return trx.insertInto('tasks_orders').values(row).execute();
}

/** Marks an order issued with its number. */
export function markOrderIssued(
  trx: Executor,
  order: Key,
  v: { year: number; seq: number; number: string; issuedBy: string; reason: string },
) {
  return trx
    .updateTable('tasks_orders')
    .set((eb) => ({
      status: 'issued',
      year: v.year,
      seq: v.seq,
      number: v.number,
      issued_at: new Date(),
      issued_by: v.issuedBy,
      decided_at: new Date(),
      decision_reason: v.reason,
      version: eb('version', '+', 1),
    }))
    .where('district_id', '=', order.district_id)
    .where('id', '=', order.id)
    .execute();
}

/** A task's order of a type that is not dismissed, if any. */
export function liveOrderOfType(exec: Executor, task: Key, type: OrderType) {
  return exec
    .selectFrom('tasks_orders')
    .select('id')
    .where('district_id', '=', task.district_id)
    .where('task_id', '=', task.id)
    .where('type', '=', type)
    .where('status', '<>', 'dismissed')
    .executeTakeFirst();
}

/** Rewrites a draft order's title and text. */
export function updateOrderText(
  trx: Executor,
  order: Key,
  v: { title: string; body: string; version: number },
) {
  return trx
    .updateTable('tasks_orders')
    .set(v)
    .where('district_id', '=', order.district_id)
    .where('id', '=', order.id)
    .execute();
}

/** Dismisses a draft order with the decision's reason. */
export function markOrderDismissed(
  trx: Executor,
  order: Key,
  v: { status: string; decision_reason: string; version: number },
) {
  return trx
    .updateTable('tasks_orders')
    .set({ status: v.status, decision_reason: v.decision_reason, decided_at: new Date(), version: v.version })
    .where('district_id', '=', order.district_id)
    .where('id', '=', order.id)
    .execute();
}

/** Records a user's acknowledgement of an order; no row when already recorded. */
export function insertAcknowledgement(trx: Executor, districtId: string, orderId: string, userId: string) {
  return trx
    .insertInto('tasks_acknowledgements')
    .values({ district_id: districtId, order_id: orderId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
}

/** An order's consequences, oldest first. */
export function consequencesOfOrder(exec: Executor, districtId: string, orderId: string) {
  return exec
    .selectFrom('tasks_consequences')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('order_id', '=', orderId)
    .orderBy('created_at')
    .execute();
}

/** The consequences of many orders, each with its subject unit's name, oldest first. */
export function consequencesOfOrders(exec: Executor, orderIds: string[]) {
  if (orderIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('tasks_consequences as c')
    .leftJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'c.district_id').onRef('n.id', '=', 'c.subject_node_id'),
    )
    .select(['c.order_id', 'c.kind', 'c.points', 'c.note', 'c.subject_person_id', 'n.name as node_name'])
    .where('c.order_id', 'in', orderIds)
    .orderBy('c.created_at')
    .execute();
}

/** Inserts consequences; the rows written. */
export function insertConsequences(trx: Executor, rows: Insertable<DB['tasks_consequences']>[]) {
  return trx.insertInto('tasks_consequences').values(rows).returningAll().execute();
}

/** An order's exemption applications, oldest first. */
export function exemptionsOfOrder(exec: Executor, districtId: string, orderId: string) {
  return exec
    .selectFrom('tasks_exemptions')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('order_id', '=', orderId)
    .orderBy('created_at')
    .execute();
}

/** The order's pending exemption application, if any. */
export function pendingExemptionOf(exec: Executor, districtId: string, orderId: string) {
  return exec
    .selectFrom('tasks_exemptions')
    .select('id')
    .where('district_id', '=', districtId)
    .where('order_id', '=', orderId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
}

/** Inserts an exemption application; no row when the order already has a pending one. */
export function insertExemption(trx: Executor, row: Insertable<DB['tasks_exemptions']>) {
  return trx
    .insertInto('tasks_exemptions')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
}

/** An exemption application's district and order. */
export function findExemptionKey(exec: Executor, id: string) {
  return exec
    .selectFrom('tasks_exemptions')
    .select(['district_id', 'order_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** An exemption application, locked. */
export function lockExemption(trx: Executor, districtId: string, id: string) {
  return trx
    .selectFrom('tasks_exemptions')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Records the decision on an exemption application; the application as it now is. */
export function decideExemptionRow(
  trx: Executor,
  x: Key,
  v: { status: string; decision_reason: string; decided_by: string },
) {
  return trx
    .updateTable('tasks_exemptions')
    .set({ ...v, decided_at: new Date() })
    .where('district_id', '=', x.district_id)
    .where('id', '=', x.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
