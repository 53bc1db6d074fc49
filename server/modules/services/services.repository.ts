/** SQL of the service marketplace: its own tables, and org_nodes for paths and names (scope). */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { nodeInPaths, nodeJoin } from '../../platform/access/scope.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

// ---------- items ----------

function itemSelect(db: Executor) {
  return db
    .selectFrom('services_items as i')
    .innerJoin('org_nodes as n', nodeJoin('i'))
    .select([
      'i.district_id',
      'i.id',
      'i.node_id',
      'n.name as node_name',
      'n.path',
      'i.list',
      'i.category',
      'i.title',
      'i.description',
      'i.provider_org_id',
      'i.open',
      sql<number>`(SELECT count(*)::int FROM services_orders o WHERE o.district_id = i.district_id AND o.item_id = i.id)`.as(
        'orders',
      ),
    ]);
}
export type ItemRow = NonNullable<Awaited<ReturnType<typeof findItem>>>;

/** An item by id with its node's path. */
export function findItem(db: Executor, id: string) {
  return itemSelect(db).where('i.id', '=', id).executeTakeFirst();
}

/**
 * Items a reader sees: on a node inside one of `below` (their subtrees) or on one of `above`
 * (the nodes over a resident's home, whose items reach down to them).
 */
export function findItems(
  db: Executor,
  below: Expression<SqlBool>,
  above: string[],
  f: { list?: string; category?: string; path?: string; openOnly?: boolean; limit?: number },
) {
  let q = itemSelect(db).where((eb) => (above.length ? eb.or([below, eb('n.path', 'in', above)]) : below));
  if (f.list) q = q.where('i.list', '=', f.list);
  if (f.category) q = q.where('i.category', '=', f.category);
  if (f.path) q = q.where('n.path', 'like', `${f.path}%`);
  if (f.openOnly) q = q.where('i.open', '=', true);
  return q
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id')
    .limit(f.limit ?? 500)
    .execute();
}

/** Publishes an item. */
export async function insertItem(
  trx: Executor,
  i: {
    district_id: string;
    id: string;
    node_id: string;
    list: string;
    category: string;
    title: string;
    description: string;
    provider_org_id: string | null;
    created_by: string;
  },
) {
  await trx.insertInto('services_items').values(i).execute();
}

/** Opens or closes an item for orders. */
export async function setItemOpen(trx: Executor, districtId: string, id: string, open: boolean) {
  await trx
    .updateTable('services_items')
    .set({ open })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

// ---------- orders ----------

function orderSelect(db: Executor) {
  return db
    .selectFrom('services_orders as o')
    .innerJoin('org_nodes as n', nodeJoin('o'))
    .select([
      'o.district_id',
      'o.id',
      'o.node_id',
      'n.name as node_name',
      'n.path',
      'o.item_id',
      'o.list',
      'o.category',
      'o.title',
      'o.note',
      'o.resident_user_id',
      'o.resident_label',
      'o.contact_phone_enc',
      'o.provider_org_id',
      'o.state',
      'o.org_id',
      'o.org_name',
      'o.accepted_by',
      'o.accepted_at',
      'o.delivered_at',
      'o.delivery_note',
      'o.rating',
      'o.rating_comment',
      'o.rated_at',
      'o.placed_at',
      'o.version',
    ]);
}
export type OrderRow = NonNullable<Awaited<ReturnType<typeof findOrder>>>;

/** An order by id, optionally locked. */
export function findOrder(db: Executor, id: string, lock = false) {
  let q = orderSelect(db).where('o.id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** A page of orders matching a condition, newest first, with the total. */
/** Which orders a list shows: a resident's own, an organisation's accepted or open to it, or all in scope. */
export type OrdersView =
  | { view: 'mine'; userId: string }
  | { view: 'ours'; orgId: string }
  | { view: 'open'; orgId: string; scope: string[] }
  | { view: 'all'; scope: string[]; placed?: { from: Date | string; to: Date | string } };

/** A page of orders of a view, newest first, with the total. */
export async function findOrders(
  db: Executor,
  v: OrdersView,
  f: { state?: string; path?: string; limit: number; offset: number },
) {
  const where =
    v.view === 'mine'
      ? sql<boolean>`o.resident_user_id = ${v.userId}`
      : v.view === 'ours'
        ? sql<boolean>`o.org_id = ${v.orgId}`
        : v.view === 'open'
          ? sql<boolean>`o.state = 'open' AND (o.provider_org_id IS NULL OR o.provider_org_id = ${v.orgId}) AND ${nodeInPaths('o.node_id', v.scope)}`
          : v.placed
            ? sql<boolean>`${nodeInPaths('o.node_id', v.scope)} AND o.placed_at >= ${v.placed.from} AND o.placed_at < ${v.placed.to}`
            : nodeInPaths('o.node_id', v.scope);
  let q = orderSelect(db).where(where);
  if (f.state) q = q.where('o.state', '=', f.state);
  if (f.path) q = q.where('n.path', 'like', `${f.path}%`);
  const [items, total] = await Promise.all([
    q.orderBy('o.placed_at', 'desc').orderBy('o.id').limit(f.limit).offset(f.offset).execute(),
    q
      .clearSelect()
      .select(sql<number>`count(*)::int`.as('c'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.c };
}

/** Places an order. */
export async function insertOrder(
  trx: Executor,
  o: {
    district_id: string;
    id: string;
    node_id: string;
    item_id: string | null;
    list: string;
    category: string;
    title: string;
    note: string;
    resident_user_id: string;
    resident_label: string;
    contact_phone_enc: Buffer | null;
    provider_org_id: string | null;
    state: 'open';
  },
) {
  await trx.insertInto('services_orders').values(o).execute();
}

/**
 * Accepts an open order for an organisation in one statement: of concurrent accepts, the first
 * to commit wins and the others match no row.
 */
export async function acceptOrder(
  trx: Executor,
  a: { districtId: string; id: string; orgId: string; orgName: string; userId: string },
) {
  const r = await trx
    .updateTable('services_orders')
    .set({
      state: 'accepted',
      org_id: a.orgId,
      org_name: a.orgName,
      accepted_by: a.userId,
      accepted_at: sql`now()`,
      version: sql`version + 1`,
    })
    .where('district_id', '=', a.districtId)
    .where('id', '=', a.id)
    .where('state', '=', 'open')
    .where((eb) => eb.or([eb('provider_org_id', 'is', null), eb('provider_org_id', '=', a.orgId)]))
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

/** Moves an order from one state to another if it is still in it (the row is locked by the caller). */
export async function moveOrder(
  trx: Executor,
  districtId: string,
  id: string,
  from: string,
  set: Partial<{
    state: string;
    delivered_at: Date;
    delivery_note: string;
    rating: number;
    rating_comment: string;
    rated_at: Date;
    cancelled_at: Date;
  }>,
) {
  const r = await trx
    .updateTable('services_orders')
    .set({ ...set, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .where('state', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A subtree's orders placed in [from, to). */
function ordersPlacedUnder(db: Executor, districtId: string, path: string, from: Date, to: Date) {
  return db
    .selectFrom('services_orders as o')
    .innerJoin('org_nodes as n', nodeJoin('o'))
    .where('o.district_id', '=', districtId)
    .where('n.path', 'like', `${path}%`)
    .where('o.placed_at', '>=', from)
    .where('o.placed_at', '<', to);
}

/** Counts of a subtree's orders placed in [from, to): placed, accepted, rated, good. */
export function countsUnder(db: Executor, districtId: string, path: string, from: Date, to: Date) {
  return ordersPlacedUnder(db, districtId, path, from, to)
    .select([
      sql<number>`count(*)::int`.as('placed'),
      sql<number>`count(*) FILTER (WHERE o.state IN ('accepted', 'delivered', 'rated'))::int`.as('accepted'),
      sql<number>`count(*) FILTER (WHERE o.state = 'rated')::int`.as('rated'),
      sql<number>`count(*) FILTER (WHERE o.rating >= 4)::int`.as('good'),
    ])
    .executeTakeFirstOrThrow();
}

/** Per organisation: orders accepted, rated and rated good, of a subtree's orders placed in [from, to). */
export function tallyByOrg(db: Executor, districtId: string, path: string, from: Date, to: Date) {
  return ordersPlacedUnder(db, districtId, path, from, to)
    .select([
      'o.org_id',
      sql<string>`max(o.org_name)`.as('org_name'),
      sql<number>`count(*)::int`.as('accepted'),
      sql<number>`count(*) FILTER (WHERE o.state = 'rated')::int`.as('rated'),
      sql<number>`count(*) FILTER (WHERE o.rating >= 4)::int`.as('good'),
    ])
    .where('o.org_id', 'is not', null)
    .groupBy('o.org_id')
    .execute();
}

/** Per category: orders placed, accepted, rated and rated good. */
export function tallyByCategory(db: Executor, districtId: string, path: string, from: Date, to: Date) {
  return ordersPlacedUnder(db, districtId, path, from, to)
    .select([
      'o.category',
      sql<number>`count(*)::int`.as('placed'),
      sql<number>`count(*) FILTER (WHERE o.state IN ('accepted', 'delivered', 'rated'))::int`.as('accepted'),
      sql<number>`count(*) FILTER (WHERE o.state = 'rated')::int`.as('rated'),
      sql<number>`count(*) FILTER (WHERE o.rating >= 4)::int`.as('good'),
    ])
    .groupBy('o.category')
    .execute();
}

/** Counts of orders in a state matching a condition, with the oldest few (to-do lists). */
export async function waiting(db: Executor, where: Expression<SqlBool>, state: string) {
  const q = orderSelect(db).where(where).where('o.state', '=', state);
  const [rows, c] = await Promise.all([
    q.orderBy('o.placed_at').limit(5).execute(),
    q
      .clearSelect()
      .select(sql<number>`count(*)::int`.as('c'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, count: c.c };
}
