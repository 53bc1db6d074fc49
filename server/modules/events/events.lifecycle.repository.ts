/** SQL of an event's evaluation and prevention items 防范事项. */
import { type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';

/** Records an event's evaluation; false when one was recorded already. */
export async function insertEvaluation(
  db: Executor,
  r: {
    district_id: string;
    event_id: string;
    fixed: boolean;
    residents_agree: boolean;
    note: string;
    by_user_id: string;
    by_name: string;
  },
): Promise<boolean> {
  const x = await db
    .insertInto('events_evaluations')
    .values(r)
    .onConflict((oc) => oc.columns(['district_id', 'event_id']).doNothing())
    .executeTakeFirst();
  return Number(x.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** A prevention item 预防 as stored. */
export interface PreventionRow {
  district_id: string;
  id: string;
  node_id: string;
  kind: 'place' | 'category';
  category: string;
  title: string;
  measures: string;
  lat: number | null;
  lng: number | null;
  address: string;
  source_event_id: string | null;
  owner_user_id: string | null;
  owner_name: string;
  review_on: string;
  created_by: string;
}

/** Opens a prevention item. */
export async function insertPrevention(db: Executor, r: PreventionRow) {
  await db.insertInto('events_prevention').values(r).execute();
}

/** Prevention items under a subtree condition, soonest review first. */
export function preventionItems(
  db: Executor,
  inSubtree: Expression<SqlBool>,
  state: string | undefined,
  limit: number,
) {
  let q = db.selectFrom('events_prevention as x').selectAll('x').where(inSubtree);
  if (state) q = q.where('x.state', '=', state);
  return q.orderBy('x.review_on').orderBy('x.id').limit(limit).execute();
}

/** Prevention items not yet closed inside a condition (one count). */
export async function countOpenPrevention(db: Executor, inSubtree: Expression<SqlBool>) {
  const r = await db
    .selectFrom('events_prevention as x')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(inSubtree)
    .where('x.state', '!=', 'closed')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** One prevention item by id. */
export function preventionItem(db: Executor, id: string, lock = false) {
  let q = db.selectFrom('events_prevention').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Records a prevention item's review: its state, note and next review date. */
export async function reviewPrevention(
  db: Executor,
  r: {
    district_id: string;
    id: string;
    state: string;
    review_note: string;
    review_on: string;
    version: number;
  },
) {
  await db
    .updateTable('events_prevention')
    .set({ state: r.state, review_note: r.review_note, review_on: r.review_on, version: r.version + 1 })
    .where('district_id', '=', r.district_id)
    .where('id', '=', r.id)
    .execute();
}

/** Open prevention items owned by a user whose review is due by a day. */
export async function preventionDueCount(db: Executor, userId: string, byDay: string): Promise<number> {
  const r = await db
    .selectFrom('events_prevention')
    .select((eb) => eb.fn.countAll<number>().as('c'))
    .where('owner_user_id', '=', userId)
    .where('state', '!=', 'closed')
    .where('review_on', '<=', byDay)
    .executeTakeFirstOrThrow();
  return Number(r.c);
}
