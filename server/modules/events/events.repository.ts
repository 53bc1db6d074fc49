/**
 * SQL of the events module. The organisation tree (org_nodes) is read here only for paths, levels
 * and names, the way the platform's scope helper reads it; it is never written.
 */
import { sql, type Insertable, type QueryCreator, type RawBuilder, type Selectable } from 'kysely';
import type { DB, Executor } from '../../platform/db/db.ts';
import type { EventsEvents, EventsSteps } from '../../platform/db/db.generated.ts';
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
  await rollupUpsert(db, rows)?.execute();
}

/** The deltas that change something, in key order (so concurrent writers lock rows in one order). */
function liveDeltas(rows: RollupDelta[]) {
  return rows
    .filter((r) => r.v.reported || r.v.received || r.v.dispatched || r.v.handled || r.v.verified)
    .sort((a, b) => (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0));
}

/** The upsert adding the deltas (rows in key order to avoid deadlocks), or null when all are zero. */
function rollupUpsert(db: QueryCreator<DB>, rows: RollupDelta[]) {
  const live = liveDeltas(rows);
  if (!live.length) return null;
  return db
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
    );
}

/** A node with the columns intake needs. */
const NODE_JSON = sql`json_build_object('id', a.id, 'district_id', a.district_id, 'parent_id', a.parent_id,
  'level', a.level, 'name', a.name, 'path', a.path)`;

/** What reporting an event reads before writing, in one statement (see intakeContext). */
export interface IntakeContext {
  /** The node the event is reported at, or undefined. */
  node: TreeNode | undefined;
  /** The node and its ancestors (for the handling node). */
  chain: TreeNode[];
  /** Whether an event with this id exists already, and who reported it. */
  existing: { reporter_user_id: string | null } | null;
  /** The district's own service level for (category, level), if set. */
  sla: { receive_hours: number; handle_days: number } | null;
  /** Earlier same-category events in the recurrence box (at most 100). */
  near: { lat: number; lng: number }[];
  /** Whether the Idempotency-Key claim (if any) was this request's. */
  claimed: boolean;
  /** What the audit lane lock yielded (raw JSON; see laneHead). */
  auditHead: unknown;
}

/**
 * The first statement of a report, one round trip: the Idempotency-Key claim (if any, as a CTE),
 * the node and its ancestors, whether the event id is taken, the district's service level for the
 * category and level, the recurrence candidates around the position (with a box), and the audit
 * lane lock. It always returns one row, so the claim and the lock are settled even for a node that
 * does not exist.
 */
export async function intakeContext(
  db: Executor,
  q: {
    nodeId: string;
    eventId: string;
    category: string;
    level: number;
    box: { since: Date; lat: [number, number]; lng: [number, number] } | null;
    claim: RawBuilder<unknown> | null;
    lock: RawBuilder<unknown>;
  },
): Promise<IntakeContext> {
  const near = q.box
    ? sql`(SELECT coalesce(json_agg(json_build_object('lat', x.lat, 'lng', x.lng)), '[]') FROM (
          SELECT lat, lng FROM events_events
          WHERE district_id = a.district_id AND category = ${q.category} AND reported_at >= ${q.box.since}
            AND state <> 'merged' AND lat BETWEEN ${q.box.lat[0]} AND ${q.box.lat[1]}
            AND lng BETWEEN ${q.box.lng[0]} AND ${q.box.lng[1]}
          LIMIT 100) x)`
    : sql`'[]'::json`;
  const claim = q.claim ? sql`WITH claim AS (${q.claim})` : sql``;
  const claimed = q.claim ? sql`EXISTS (SELECT 1 FROM claim)` : sql`true`;
  const r = await sql<{
    node: TreeNode | null;
    chain: TreeNode[] | null;
    existing: { reporter_user_id: string | null } | null;
    sla: { receive_hours: number; handle_days: number } | null;
    near: { lat: number; lng: number }[] | null;
    claimed: boolean;
    audit_head: unknown;
  }>`
    ${claim}
    SELECT CASE WHEN a.id IS NOT NULL THEN ${NODE_JSON} END AS node,
      (SELECT json_agg(${NODE_JSON}) FROM org_nodes a
        WHERE a.id = ANY (string_to_array(btrim(n.path, '/'), '/')::uuid[])) AS chain,
      (SELECT json_build_object('reporter_user_id', e.reporter_user_id) FROM events_events e
        WHERE e.id = ${q.eventId}) AS existing,
      (SELECT json_build_object('receive_hours', s.receive_hours, 'handle_days', s.handle_days)
        FROM events_sla s WHERE s.district_id = a.district_id AND s.category = ${q.category}
          AND s.level = ${q.level}) AS sla,
      CASE WHEN a.id IS NOT NULL THEN ${near} END AS near,
      ${claimed} AS claimed,
      ${q.lock} AS audit_head
    FROM (SELECT 1) AS one
      LEFT JOIN org_nodes a ON a.id = ${q.nodeId}
      LEFT JOIN org_nodes n ON n.id = a.id`.execute(db);
  const row = r.rows[0];
  return {
    node: row.node ?? undefined,
    chain: row.chain ?? [],
    existing: row.existing,
    sla: row.sla,
    near: row.near ?? [],
    claimed: row.claimed,
    auditHead: row.audit_head,
  };
}

/**
 * The second statement of a report, one round trip: the audit entry and its lane's head (CTEs
 * from the auditor), the earlier neighbours flagged recurring (when this report recurs), the first
 * step, the rollup deltas, and the event row, returned whole.
 */
export async function insertReported(
  db: Executor,
  w: {
    audit: { entry: RawBuilder<Record<string, unknown>>; head: RawBuilder<Record<string, unknown>> };
    recur: {
      districtId: string;
      category: string;
      since: Date;
      lat: [number, number];
      lng: [number, number];
    } | null;
    event: Insertable<EventsEvents>;
    step: Insertable<EventsSteps>;
    rollup: RollupDelta[];
  },
): Promise<Selectable<EventsEvents>> {
  // built as raw SQL: this runs on every report, and compiling it through the query builder cost
  // more CPU than anything else the request does in this module
  const live = liveDeltas(w.rollup);
  if (!live.length) throw new Error('a new event always counts as reported');
  const col = (k: keyof (typeof live)[number]['v']) => live.map((r) => r.v[k]);
  // without recurrence the flagging CTE matches nothing (a constant false filter)
  const recur = w.recur;
  const r = await sql<Selectable<EventsEvents>>`
    WITH audit_entry AS ${w.audit.entry},
      audit_head_moved AS ${w.audit.head},
      step AS (INSERT INTO events_steps ${columnsAndValues(w.step)}),
      rollup AS (
        INSERT INTO events_rollup (district_id, node_id, day, category, shard, reported, received, dispatched,
          handled, verified)
        SELECT x.district_id, x.node_id, x.day, x.category, x.shard, x.reported, x.received, x.dispatched,
          x.handled, x.verified
        FROM unnest(${live.map((r) => r.districtId)}::uuid[], ${live.map((r) => r.nodeId)}::uuid[],
          ${live.map((r) => r.day)}::date[], ${live.map((r) => r.category)}::text[],
          ${live.map((r) => r.shard % ROLLUP_SHARDS)}::smallint[], ${col('reported')}::int[],
          ${col('received')}::int[], ${col('dispatched')}::int[], ${col('handled')}::int[],
          ${col('verified')}::int[])
          WITH ORDINALITY AS x(district_id, node_id, day, category, shard, reported, received, dispatched,
            handled, verified, ord)
        ORDER BY x.ord
        ON CONFLICT (district_id, node_id, day, category, shard) DO UPDATE SET
          reported = events_rollup.reported + excluded.reported,
          received = events_rollup.received + excluded.received,
          dispatched = events_rollup.dispatched + excluded.dispatched,
          handled = events_rollup.handled + excluded.handled,
          verified = events_rollup.verified + excluded.verified),
      recur AS (
        UPDATE events_events SET recurring = true
        WHERE ${recur !== null}::boolean AND district_id = ${recur?.districtId ?? w.event.district_id}
          AND category = ${recur?.category ?? ''} AND recurring = false
          AND reported_at >= ${recur?.since ?? new Date()}
          AND lat BETWEEN ${recur?.lat[0] ?? 0} AND ${recur?.lat[1] ?? 0}
          AND lng BETWEEN ${recur?.lng[0] ?? 0} AND ${recur?.lng[1] ?? 0})
    INSERT INTO events_events ${columnsAndValues(w.event)}
    RETURNING *`.execute(db);
  return r.rows[0];
}

/** `(a, b, …) VALUES ($1, $2, …)` of a row's defined columns. */
function columnsAndValues(row: object) {
  const keys = Object.keys(row).filter((k) => (row as Record<string, unknown>)[k] !== undefined);
  return sql`(${sql.join(keys.map((k) => sql.ref(k)))}) VALUES (${sql.join(
    keys.map((k) => (row as Record<string, unknown>)[k]),
  )})`;
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
