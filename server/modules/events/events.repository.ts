/**
 * SQL of the events module. The organisation tree (org_nodes) is read here only for paths, levels
 * and names, the way the platform's scope helper reads it; it is never written.
 */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { ROLLUP_SHARDS, type RateVector } from './events.rules.ts';

/** A node of the tree as this module needs it. */
export interface TreeNode {
  id: string;
  district_id: string;
  parent_id: string | null;
  level: string;
  name: string;
  path: string;
}

/** One node by id. */
export function findNode(db: Executor, id: string): Promise<TreeNode | undefined> {
  return db
    .selectFrom('org_nodes')
    .select(['id', 'district_id', 'parent_id', 'level', 'name', 'path'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Nodes by ids. */
export function findNodes(db: Executor, ids: string[]): Promise<TreeNode[]> {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('org_nodes')
    .select(['id', 'district_id', 'parent_id', 'level', 'name', 'path'])
    .where('id', 'in', ids)
    .execute();
}

/** The ids on a path, root first. */
export function pathIds(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** The nodes an event's counters live at: its location and every ancestor up to the district. */
export function rollupNodesOf(locationPath: string, districtId: string): string[] {
  const ids = pathIds(locationPath);
  const i = ids.indexOf(districtId);
  return i < 0 ? ids : ids.slice(i);
}

/** Adds signed counter deltas to the rollup rows (one statement; rows in key order to avoid deadlocks). */
export async function addToRollup(
  db: Executor,
  rows: { districtId: string; nodeId: string; day: string; category: string; shard: number; v: RateVector }[],
) {
  const live = rows
    .filter((r) => r.v.reported || r.v.received || r.v.dispatched || r.v.handled || r.v.verified)
    .sort((a, b) => (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0));
  if (!live.length) return;
  await db
    .insertInto('events_rollup')
    .values(
      live.map((r) => ({
        district_id: r.districtId,
        node_id: r.nodeId,
        day: r.day,
        category: r.category,
        shard: r.shard % ROLLUP_SHARDS,
        reported: r.v.reported,
        received: r.v.received,
        dispatched: r.v.dispatched,
        handled: r.v.handled,
        verified: r.v.verified,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['district_id', 'node_id', 'day', 'category', 'shard']).doUpdateSet({
        reported: sql`events_rollup.reported + excluded.reported`,
        received: sql`events_rollup.received + excluded.received`,
        dispatched: sql`events_rollup.dispatched + excluded.dispatched`,
        handled: sql`events_rollup.handled + excluded.handled`,
        verified: sql`events_rollup.verified + excluded.verified`,
      }),
    )
    .execute();
}

/** Rollup sums of one node per day in [from, to]. */
export async function rollupByDay(
  db: Executor,
  districtId: string,
  nodeId: string,
  from: string,
  to: string,
) {
  const r = await sql<{
    day: string;
    reported: number;
    received: number;
    dispatched: number;
    handled: number;
    verified: number;
  }>`SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(reported)::int AS reported, sum(received)::int AS received,
        sum(dispatched)::int AS dispatched, sum(handled)::int AS handled, sum(verified)::int AS verified
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
  const r = await sql<{
    node_id: string;
    reported: number;
    received: number;
    dispatched: number;
    handled: number;
    verified: number;
  }>`SELECT node_id, sum(reported)::int AS reported, sum(received)::int AS received,
        sum(dispatched)::int AS dispatched, sum(handled)::int AS handled, sum(verified)::int AS verified
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

/** The columns of an event with names of its nodes, for views. */
export function eventQuery(db: Executor) {
  return db
    .selectFrom('events_events as e')
    .innerJoin('org_nodes as n', 'n.id', 'e.node_id')
    .leftJoin('org_nodes as d', 'd.id', 'e.department_id')
    .selectAll('e')
    .select([
      'n.name as node_name',
      'n.path as node_path',
      'd.name as department_name',
      'd.path as department_path',
      sql<string[]>`coalesce((SELECT array_agg(p.id::text ORDER BY p.created_at) FROM events_photos p
        WHERE p.district_id = e.district_id AND p.event_id = e.id), '{}')`.as('photo_ids'),
    ]);
}
export type EventRow = Awaited<ReturnType<ReturnType<typeof eventQuery>['executeTakeFirstOrThrow']>>;
