/**
 * SQL of the rates and figures: counts by state and category, recurring places, the map, overdue events,
 * and the daily rollup (written on each transition, read by day, node and category).
 */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { RATE_COUNTERS, ROLLUP_SHARDS, type RateVector } from './events.rules.ts';
import type { EventWhere } from './events.repository.ts';

/** Event counts per state matching a condition, reported in [from, to]. */
export function countByState(db: Executor, where: EventWhere, from: string, to: string) {
  return db
    .selectFrom('events_events as e')
    .select(['e.state', (eb) => eb.fn.countAll<number>().as('c')])
    .where(where)
    .where('e.report_day', '>=', from)
    .where('e.report_day', '<=', to)
    .groupBy('e.state')
    .execute();
}

/** Event counts per category matching a condition, reported in [from, to]. */
export function countByCategory(db: Executor, where: EventWhere, from: string, to: string) {
  return db
    .selectFrom('events_events as e')
    .select(['e.category', (eb) => eb.fn.countAll<number>().as('reported')])
    .where(where)
    .where('e.report_day', '>=', from)
    .where('e.report_day', '<=', to)
    .groupBy('e.category')
    .execute();
}

/** Places with recurring events (category and address), most reports first. */
export function recurringPlaces(db: Executor, where: EventWhere, from: string, to: string, limit: number) {
  return db
    .selectFrom('events_events as e')
    .select([
      'e.category',
      'e.address',
      (eb) => eb.fn.countAll<number>().as('c'),
      sql<string>`(max(e.id::text))`.as('last_id'),
      sql<number | null>`avg(e.lat)`.as('lat'),
      sql<number | null>`avg(e.lng)`.as('lng'),
      sql<string>`(array_agg(e.node_id::text ORDER BY e.reported_at DESC))[1]`.as('node_id'),
    ])
    .where(where)
    .where('e.recurring', '=', true)
    .where('e.report_day', '>=', from)
    .where('e.report_day', '<=', to)
    .groupBy(['e.category', 'e.address'])
    .orderBy('c', 'desc')
    .limit(limit)
    .execute();
}

/** Events with a position matching a condition, reported in [from, to], newest first. */
export function mapPoints(db: Executor, where: EventWhere, from: string, to: string, limit: number) {
  return db
    .selectFrom('events_events as e')
    .select(['e.id', 'e.lat', 'e.lng', 'e.category', 'e.state', 'e.title', 'e.recurring'])
    .where(where)
    .where('e.lat', 'is not', null)
    .where('e.report_day', '>=', from)
    .where('e.report_day', '<=', to)
    .orderBy('e.reported_at', 'desc')
    .limit(limit)
    .execute();
}

/** Signed counter deltas for one rollup row. */
export type RollupDelta = {
  districtId: string;
  nodeId: string;
  day: string;
  category: string;
  shard: number;
  v: RateVector;
};

/** Adds signed counter deltas to the rollup rows (one statement; rows in key order to avoid deadlocks). */
export async function addToRollup(db: Executor, rows: RollupDelta[]) {
  const json = rollupJson(rows);
  if (json) await rollupUpsert(json).execute(db);
}

/**
 * The deltas as the JSON array rollupUpsert reads: summed per row (one upsert may touch a row only
 * once), only those that change something, in key order (so concurrent writers lock rows in one
 * order); null when all are zero.
 */
function rollupJson(rows: RollupDelta[]): string | null {
  const key = (r: RollupDelta) => [r.districtId, r.nodeId, r.day, r.category, String(r.shard)];
  const cmp = (a: RollupDelta, b: RollupDelta) => {
    const x = key(a);
    const y = key(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
  };
  const live = sumDeltas(rows)
    .filter((r) => RATE_COUNTERS.some((k) => r.v[k] !== 0))
    .sort(cmp);
  if (!live.length) return null;
  return JSON.stringify(
    live.map((r, o) => ({
      o,
      district_id: r.districtId,
      node_id: r.nodeId,
      day: r.day,
      category: r.category,
      shard: r.shard,
      ...r.v,
    })),
  );
}

/**
 * The upsert adding the deltas of a JSON array from rollupJson (or a placeholder of a statement
 * compiled once), in the array's order. A statement of its own, or a CTE of a larger one.
 */
export function rollupUpsert(json: unknown) {
  return sql`
    INSERT INTO events_rollup (district_id, node_id, day, category, shard, reported, received, dispatched,
      handled, verified, resolved)
    SELECT district_id, node_id, day, category, shard, reported, received, dispatched, handled, verified, resolved
    FROM json_to_recordset(${json}::json) AS x(o int, district_id uuid, node_id uuid, day date, category text,
      shard smallint, reported int, received int, dispatched int, handled int, verified int, resolved int)
    ORDER BY o
    ON CONFLICT (district_id, node_id, day, category, shard) DO UPDATE SET
      reported = events_rollup.reported + excluded.reported,
      received = events_rollup.received + excluded.received,
      dispatched = events_rollup.dispatched + excluded.dispatched,
      handled = events_rollup.handled + excluded.handled,
      verified = events_rollup.verified + excluded.verified,
      resolved = events_rollup.resolved + excluded.resolved`;
}

/** Deltas of the same rollup row added together (one upsert may touch a row only once). */
function sumDeltas(rows: RollupDelta[]): RollupDelta[] {
  const by = new Map<string, RollupDelta>();
  for (const r of rows) {
    const shard = r.shard % ROLLUP_SHARDS;
    const k = `${r.districtId}|${r.nodeId}|${r.day}|${r.category}|${shard}`;
    const d = by.get(k);
    if (!d) by.set(k, { ...r, shard, v: { ...r.v } });
    else for (const c of Object.keys(d.v) as (keyof RateVector)[]) d.v[c] += r.v[c];
  }
  return [...by.values()];
}

/** Rollup sums of one node per day in [from, to]. */
export async function rollupByDay(
  db: Executor,
  districtId: string,
  nodeId: string,
  from: string,
  to: string,
) {
  const r = await sql<
    RateVector & { day: string }
  >`SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(reported)::int AS reported, sum(received)::int AS received,
        sum(dispatched)::int AS dispatched, sum(handled)::int AS handled, sum(verified)::int AS verified,
        sum(resolved)::int AS resolved
      FROM events_rollup
      WHERE district_id = ${districtId} AND node_id = ${nodeId} AND day BETWEEN ${from}::date AND ${to}::date
      GROUP BY day ORDER BY day`.execute(db);
  return r.rows;
}

/** Rollup sums per node for several nodes (ranking) in [from, to]. */
export async function rollupByNode(
  db: Executor,
  districtId: string,
  nodeIds: string[],
  from: string,
  to: string,
) {
  if (!nodeIds.length) return [];
  const r = await sql<
    RateVector & { node_id: string }
  >`SELECT node_id, sum(reported)::int AS reported, sum(received)::int AS received,
        sum(dispatched)::int AS dispatched, sum(handled)::int AS handled, sum(verified)::int AS verified,
        sum(resolved)::int AS resolved
      FROM events_rollup
      WHERE district_id = ${districtId} AND node_id = ANY(${nodeIds}::uuid[])
        AND day BETWEEN ${from}::date AND ${to}::date
      GROUP BY node_id`.execute(db);
  return r.rows;
}

/** Reported counts per category of a node in [from, to]. */
export async function rollupByCategory(
  db: Executor,
  districtId: string,
  nodeId: string,
  from: string,
  to: string,
) {
  const r = await sql<{ category: string; reported: number }>`
    SELECT category, sum(reported)::int AS reported FROM events_rollup
    WHERE district_id = ${districtId} AND node_id = ${nodeId} AND day BETWEEN ${from}::date AND ${to}::date
    GROUP BY category`.execute(db);
  return r.rows;
}
