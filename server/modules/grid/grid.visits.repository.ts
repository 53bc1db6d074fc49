/** SQL of visits 走访: the visit rules of each kind of record and the visits themselves. */
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';

/** Every visit rule of a district. */
export function visitRulesOf(db: Executor, districtId: string) {
  return db
    .selectFrom('grid_visit_rules')
    .select(['id', 'node_id', 'category', 'interval_days'])
    .where('district_id', '=', districtId)
    .execute();
}

/** Sets a node's cycle for a category (insert or replace); returns the rule's id. */
export async function upsertVisitRule(
  trx: Executor,
  row: { district_id: string; id: string; node_id: string; category: string; interval_days: number },
) {
  return (
    await trx
      .insertInto('grid_visit_rules')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['district_id', 'node_id', 'category']).doUpdateSet({ interval_days: row.interval_days }),
      )
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

/** Who recorded a visit with this id (none: undefined). */
export function visitOwner(exec: Executor, id: string) {
  return exec.selectFrom('grid_visits').select('user_id').where('id', '=', id).executeTakeFirst();
}

/** Stores a visit. */
export async function insertVisit(
  trx: Executor,
  row: {
    district_id: string;
    id: string;
    record_id: string;
    node_id: string;
    user_id: string;
    user_name: string;
    as_cadre: boolean;
    visited_at: Date;
    day: string;
    number: string;
    lat: number | null;
    lng: number | null;
    result: string;
    note: string;
    verified_count: number;
    changed_count: number;
  },
) {
  await trx.insertInto('grid_visits').values(row).execute();
}

/** Visits made by a user on a day. */
export function visitsOfUserOn(db: Executor, userId: string, day: string) {
  return db
    .selectFrom('grid_visits')
    .select(['id', 'number', 'record_id', 'visited_at'])
    .where('user_id', '=', userId)
    .where('day', '=', day)
    .execute();
}

/** Ids of the latest visits under a subtree within a period. */
export async function visitIdsUnder(
  db: Executor,
  districtId: string,
  path: string,
  from: string | undefined,
  to: string | undefined,
  limit: number,
) {
  const rows = await db
    .selectFrom('grid_visits')
    .select('id')
    .where('district_id', '=', districtId)
    .where(nodeInPaths('node_id', [path]))
    .$if(!!from, (x) => x.where('day', '>=', from!))
    .$if(!!to, (x) => x.where('day', '<=', to!))
    .orderBy('visited_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Visits by id with their record's label and kind, latest first. */
export function visitsByIds(db: Executor, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_visits as v')
    .innerJoin('grid_records as r', (j) =>
      j.onRef('r.district_id', '=', 'v.district_id').onRef('r.id', '=', 'v.record_id'),
    )
    .select([
      'v.id',
      'v.number',
      'v.record_id',
      'r.label',
      'r.kind',
      'v.node_id',
      'v.user_id',
      'v.user_name',
      'v.as_cadre',
      'v.visited_at',
      'v.lat',
      'v.lng',
      'v.result',
      'v.note',
      'v.verified_count',
      'v.changed_count',
    ])
    .where('v.id', 'in', ids)
    .orderBy('v.visited_at', 'desc')
    .execute();
}

/** Per user: visits as a cadre and records verified under a subtree within a period. */
export function cadreVisitCounts(db: Executor, userIds: string[], path: string, from: string, to: string) {
  if (!userIds.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_visits')
    .select([
      'user_id',
      (eb) => eb.fn.countAll<number>().as('c'),
      (eb) => eb.fn.sum<number>('verified_count').as('verified'),
    ])
    .where('as_cadre', '=', true)
    .where('user_id', 'in', userIds)
    .where(nodeInPaths('node_id', [path]))
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy('user_id')
    .execute();
}
