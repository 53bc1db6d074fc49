/**
 * SQL of the events module. The organisation tree (org_nodes) is read here only for paths, levels
 * and names, the way the platform's scope helper reads it; it is never written.
 */
import { sql, type Insertable, type RawBuilder, type Selectable } from 'kysely';
import { PREPARED, unnestRows, type Executor } from '../../platform/db/db.ts';
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
  const upsert = rollupUpsert(rows);
  if (upsert) await upsert.execute(db);
}

/** The deltas that change something, in key order (so concurrent writers lock rows in one order). */
function liveDeltas(rows: RollupDelta[]) {
  const key = (r: RollupDelta) => [
    r.districtId,
    r.nodeId,
    r.day,
    r.category,
    String(r.shard % ROLLUP_SHARDS),
  ];
  const cmp = (a: RollupDelta, b: RollupDelta) => {
    const x = key(a);
    const y = key(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
  };
  return rows
    .filter((r) => r.v.reported || r.v.received || r.v.dispatched || r.v.handled || r.v.verified)
    .sort(cmp);
}

/**
 * The upsert adding the deltas, summed per row and in key order (so concurrent writers lock rows in
 * one order), or null when all are zero. A statement of its own, or a CTE of a larger one.
 */
function rollupUpsert(rows: RollupDelta[]) {
  const live = liveDeltas(sumDeltas(rows));
  if (!live.length) return null;
  const col = <T>(f: (r: RollupDelta) => T) => live.map(f);
  return sql`
    INSERT INTO events_rollup (district_id, node_id, day, category, shard, reported, received, dispatched,
      handled, verified)
    SELECT x.district_id, x.node_id, x.day, x.category, x.shard, x.reported, x.received, x.dispatched,
      x.handled, x.verified
    FROM unnest(${col((r) => r.districtId)}::uuid[], ${col((r) => r.nodeId)}::uuid[], ${col((r) => r.day)}::date[],
      ${col((r) => r.category)}::text[], ${col((r) => r.shard)}::smallint[], ${col((r) => r.v.reported)}::int[],
      ${col((r) => r.v.received)}::int[], ${col((r) => r.v.dispatched)}::int[], ${col((r) => r.v.handled)}::int[],
      ${col((r) => r.v.verified)}::int[])
      WITH ORDINALITY AS x(district_id, node_id, day, category, shard, reported, received, dispatched,
        handled, verified, ord)
    ORDER BY x.ord
    ON CONFLICT (district_id, node_id, day, category, shard) DO UPDATE SET
      reported = events_rollup.reported + excluded.reported,
      received = events_rollup.received + excluded.received,
      dispatched = events_rollup.dispatched + excluded.dispatched,
      handled = events_rollup.handled + excluded.handled,
      verified = events_rollup.verified + excluded.verified`;
}

/** A node with the columns intake needs. */
const NODE_JSON = sql`json_build_object('id', a.id, 'district_id', a.district_id, 'parent_id', a.parent_id,
  'level', a.level, 'name', a.name, 'path', a.path)`;

/** What reporting an event reads before writing (see intakeContexts). */
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
  near: { id: string; lat: number; lng: number; recurring: boolean }[];
  /** The stored claim of the report's Idempotency-Key, if the key was used before. */
  prior: { hash: string; body: unknown } | null;
}

/** A box of earlier same-category events around a position. */
export type RecurBox = { since: Date; lat: [number, number]; lng: [number, number] };

/**
 * The first statement of a group of reports, one round trip that takes no lock: for each report
 * the node and its ancestors, whether the event id is taken, the stored claim of its
 * Idempotency-Key, the district's service level for the category and level, and the recurrence
 * candidates around the position (within its box); and once, the head of an audit lane with the
 * seqs the entries will take (the auditor's laneRead). It answers every report in order.
 */
export async function intakeContexts(
  db: Executor,
  q: {
    reports: {
      nodeId: string;
      eventId: string;
      category: string;
      level: number;
      box: RecurBox | null;
      claim: { userId: string; key: string } | null;
    }[];
    head: RawBuilder<unknown>;
  },
): Promise<{ contexts: IntakeContext[]; auditHead: unknown }> {
  const col = <T>(f: (r: (typeof q.reports)[number]) => T) => q.reports.map(f);
  const r = await sql<{
    node: TreeNode | null;
    chain: TreeNode[] | null;
    existing: { reporter_user_id: string | null } | null;
    sla: { receive_hours: number; handle_days: number } | null;
    near: IntakeContext['near'] | null;
    prior: { hash: string; body: unknown } | null;
    audit_head: unknown;
  }>`
    ${PREPARED}WITH lane AS MATERIALIZED (SELECT ${q.head} AS head)
    SELECT CASE WHEN a.id IS NOT NULL THEN ${NODE_JSON} END AS node,
      (SELECT json_agg(${NODE_JSON}) FROM org_nodes a
        WHERE a.id = ANY (string_to_array(btrim(n.path, '/'), '/')::uuid[])) AS chain,
      (SELECT json_build_object('reporter_user_id', e.reporter_user_id) FROM events_events e
        WHERE e.id = i.event_id) AS existing,
      (SELECT json_build_object('receive_hours', s.receive_hours, 'handle_days', s.handle_days)
        FROM events_sla s WHERE s.district_id = a.district_id AND s.category = i.category
          AND s.level = i.level) AS sla,
      CASE WHEN a.id IS NOT NULL AND i.since IS NOT NULL THEN (
        SELECT coalesce(json_agg(json_build_object('id', x.id, 'lat', x.lat, 'lng', x.lng,
          'recurring', x.recurring)), '[]') FROM (
          SELECT id, lat, lng, recurring FROM events_events
          WHERE district_id = a.district_id AND category = i.category AND reported_at >= i.since
            AND state <> 'merged' AND lat BETWEEN i.lat0 AND i.lat1 AND lng BETWEEN i.lng0 AND i.lng1
          LIMIT 100) x) END AS near,
      (SELECT json_build_object('hash', c.request_hash, 'body', c.body) FROM platform_idempotency c
        WHERE c.user_id = i.user_id AND c.key = i.key) AS prior,
      (SELECT head FROM lane) AS audit_head
    FROM unnest(${col((r) => r.nodeId)}::uuid[], ${col((r) => r.eventId)}::uuid[],
        ${col((r) => r.category)}::text[], ${col((r) => r.level)}::int[],
        ${col((r) => r.box?.since ?? null)}::timestamptz[], ${col((r) => r.box?.lat[0] ?? null)}::float8[],
        ${col((r) => r.box?.lat[1] ?? null)}::float8[], ${col((r) => r.box?.lng[0] ?? null)}::float8[],
        ${col((r) => r.box?.lng[1] ?? null)}::float8[], ${col((r) => r.claim?.userId ?? null)}::uuid[],
        ${col((r) => r.claim?.key ?? null)}::text[])
      WITH ORDINALITY AS i(node_id, event_id, category, level, since, lat0, lat1, lng0, lng1, user_id, key, ord)
      LEFT JOIN org_nodes a ON a.id = i.node_id
      LEFT JOIN org_nodes n ON n.id = a.id
    ORDER BY i.ord`.execute(db);
  return {
    contexts: r.rows.map((row) => ({
      node: row.node ?? undefined,
      chain: row.chain ?? [],
      existing: row.existing,
      sla: row.sla,
      near: row.near ?? [],
      prior: row.prior,
    })),
    auditHead: r.rows[0]?.audit_head,
  };
}

/**
 * The second statement of a group of reports, one round trip that needs no transaction around
 * it: the Idempotency-Key claims (failing on a key taken since the read), the audit entries and
 * their lane's head (moved only if unchanged since the read: the guard), the earlier events (by
 * id) flagged recurring, the first steps, the rollup deltas (summed per row, in key order), and
 * the event rows (failing on an id taken since the read), returned whole in the order given. A
 * failed check undoes the whole statement (serialization_failure or unique_violation): the caller
 * reads again and retries.
 */
export async function insertReported(
  db: Executor,
  w: {
    audit: {
      entry: RawBuilder<Record<string, unknown>>;
      head: RawBuilder<Record<string, unknown>>;
      guard: RawBuilder<boolean>;
    };
    claims: RawBuilder<unknown> | null;
    recur: string[];
    events: Insertable<EventsEvents>[];
    steps: Insertable<EventsSteps>[];
    rollup: RollupDelta[];
  },
): Promise<Selectable<EventsEvents>[]> {
  // built as raw SQL: this runs on every report, and compiling it through the query builder cost
  // more CPU than anything else the request does in this module
  const rollup = rollupUpsert(w.rollup);
  if (!rollup) throw new Error('a new event always counts as reported');
  const r = await sql<Selectable<EventsEvents>>`${PREPARED}
    WITH claim AS (${w.claims ?? sql`SELECT 1`}),
      audit_entry AS ${w.audit.entry},
      audit_head_moved AS ${w.audit.head},
      step AS (INSERT INTO events_steps ${unnestRows(STEP_COLUMNS, w.steps)}),
      rollup AS (${rollup}),
      recur AS (${
        w.recur.length
          ? sql`UPDATE events_events SET recurring = true WHERE id = ANY (${w.recur}::uuid[]) AND recurring = false`
          : sql`SELECT 1`
      })
    INSERT INTO events_events ${unnestRows(EVENT_COLUMNS, w.events)} WHERE ${w.audit.guard}
    RETURNING *`.execute(db);
  const byId = new Map(r.rows.map((row) => [row.id, row]));
  return w.events.map((e) => byId.get(e.id!)!);
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

/** The columns a new event is inserted with. */
const EVENT_COLUMNS = [
  ['district_id', 'uuid'],
  ['id', 'uuid'],
  ['node_id', 'uuid'],
  ['handling_node_id', 'uuid'],
  ['category', 'text'],
  ['level', 'smallint'],
  ['title', 'text'],
  ['description', 'text'],
  ['address', 'text'],
  ['lat', 'float8'],
  ['lng', 'float8'],
  ['reporter_kind', 'text'],
  ['reporter_user_id', 'uuid'],
  ['reporter_name', 'text'],
  ['patrol_id', 'uuid'],
  ['state', 'text'],
  ['recurring', 'boolean'],
  ['reported_at', 'timestamptz'],
  ['report_day', 'date'],
  ['deadline_at', 'timestamptz'],
] as const;

/** The columns a first step is inserted with. */
const STEP_COLUMNS = [
  ['district_id', 'uuid'],
  ['id', 'uuid'],
  ['event_id', 'uuid'],
  ['at', 'timestamptz'],
  ['action', 'text'],
  ['from_state', 'text'],
  ['to_state', 'text'],
  ['actor_user_id', 'uuid'],
  ['actor_name', 'text'],
] as const;

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
