/**
 * SQL of the events module. The organisation tree (org_nodes) is read here only for paths, levels
 * and names, the way the platform's scope helper reads it; it is never written.
 */
import { sql, type RawBuilder } from 'kysely';
import { appendCtes, type Chained } from '../../platform/audit/audit.ts';
import { compileOnce, PREPARED, type Executor } from '../../platform/db/db.ts';
import { claimInsert } from '../../platform/idempotency.ts';
import { RECUR_COUNT, RECUR_DAYS, RECUR_METRES, ROLLUP_SHARDS, type RateVector } from './events.rules.ts';

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
    .filter((r) => r.v.reported || r.v.received || r.v.dispatched || r.v.handled || r.v.verified)
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
function rollupUpsert(json: unknown) {
  return sql`
    INSERT INTO events_rollup (district_id, node_id, day, category, shard, reported, received, dispatched,
      handled, verified)
    SELECT district_id, node_id, day, category, shard, reported, received, dispatched, handled, verified
    FROM json_to_recordset(${json}::json) AS x(o int, district_id uuid, node_id uuid, day date, category text,
      shard smallint, reported int, received int, dispatched int, handled int, verified int)
    ORDER BY o
    ON CONFLICT (district_id, node_id, day, category, shard) DO UPDATE SET
      reported = events_rollup.reported + excluded.reported,
      received = events_rollup.received + excluded.received,
      dispatched = events_rollup.dispatched + excluded.dispatched,
      handled = events_rollup.handled + excluded.handled,
      verified = events_rollup.verified + excluded.verified`;
}

/** A node with its ancestors, root first (the node last), as intake keeps it. */
export interface NodeChain {
  node: TreeNode;
  chain: TreeNode[];
}

/** Nodes by id, each with its ancestors (one statement). */
export async function nodeChains(db: Executor, ids: string[]): Promise<Map<string, NodeChain>> {
  const r = await sql<{ id: string; chain: TreeNode[] }>`
    SELECT n.id, (SELECT json_agg(json_build_object('id', a.id, 'district_id', a.district_id,
        'parent_id', a.parent_id, 'level', a.level, 'name', a.name, 'path', a.path) ORDER BY length(a.path))
      FROM org_nodes a WHERE a.id = ANY (string_to_array(btrim(n.path, '/'), '/')::uuid[])) AS chain
    FROM org_nodes n WHERE n.id = ANY (${ids}::uuid[])`.execute(db);
  return new Map(r.rows.map((row) => [row.id, { node: row.chain[row.chain.length - 1], chain: row.chain }]));
}

/** A district's own service levels, by `category:level`. */
export type SlaOverrides = Map<string, { receive_hours: number; handle_days: number }>;

/** The service levels districts set for themselves (one statement). */
export async function slaOverrides(db: Executor, districtIds: string[]): Promise<Map<string, SlaOverrides>> {
  const rows = await db
    .selectFrom('events_sla')
    .select(['district_id', 'category', 'level', 'receive_hours', 'handle_days'])
    .where('district_id', 'in', districtIds)
    .execute();
  const m = new Map<string, SlaOverrides>(districtIds.map((d) => [d, new Map()]));
  for (const r of rows)
    m.get(r.district_id)!.set(`${r.category}:${r.level}`, {
      receive_hours: r.receive_hours,
      handle_days: r.handle_days,
    });
  return m;
}

/** What a report's write relies on that only the database knows (see intakeState). */
export interface IntakeState {
  /** Whether an event with this id exists already, and who reported it. */
  existing: { reporter_user_id: string | null } | null;
  /** The stored claim of the report's Idempotency-Key, if the key was used before. */
  prior: { hash: string; body: unknown } | null;
}

/**
 * The read before a group's write when it cannot go without one: for each report whether its
 * event id is taken and the stored claim of its Idempotency-Key; and once, an audit lane's head
 * with seqs drawn (the auditor's laneRead or laneLock). One round trip, answering every report in
 * order.
 */
export async function intakeState(
  db: Executor,
  q: {
    reports: { eventId: string; claim: { userId: string; key: string } | null }[];
    head: RawBuilder<unknown>;
  },
): Promise<{ states: IntakeState[]; auditHead: unknown }> {
  const col = <T>(f: (r: (typeof q.reports)[number]) => T) => q.reports.map(f);
  const r = await sql<IntakeState & { audit_head: unknown }>`
    ${PREPARED}WITH lane AS MATERIALIZED (SELECT ${q.head} AS head)
    SELECT (SELECT json_build_object('reporter_user_id', e.reporter_user_id) FROM events_events e
        WHERE e.id = i.event_id) AS existing,
      (SELECT json_build_object('hash', c.request_hash, 'body', c.body) FROM platform_idempotency c
        WHERE c.user_id = i.user_id AND c.key = i.key) AS prior,
      (SELECT head FROM lane) AS audit_head
    FROM unnest(${col((r) => r.eventId)}::uuid[], ${col((r) => r.claim?.userId ?? null)}::uuid[],
        ${col((r) => r.claim?.key ?? null)}::text[]) WITH ORDINALITY AS i(event_id, user_id, key, ord)
    ORDER BY i.ord`.execute(db);
  return {
    states: r.rows.map((row) => ({ existing: row.existing, prior: row.prior })),
    auditHead: r.rows[0]?.audit_head,
  };
}

/** A new event as the intake writes it (with its first step's id, its counters and its claim). */
export interface ReportedRow {
  district_id: string;
  id: string;
  node_id: string;
  handling_node_id: string;
  category: string;
  level: number;
  title: string;
  description: string;
  address: string;
  lat: number | null;
  lng: number | null;
  reporter_kind: string;
  reporter_user_id: string | null;
  reporter_name: string;
  patrol_id: string | null;
  reported_at: string;
  report_day: string;
  deadline_at: string | null;
  step_id: string;
  /** The nodes its counters live at: its location and every ancestor up to the district. */
  rollup_nodes: string[];
  /** The reporter's claim of an Idempotency-Key (its answer is the event id), or nulls. */
  claim_key: string | null;
  claim_hash: string | null;
}

/** The columns of a ReportedRow with their types, in the order json_to_recordset reads them. */
const REPORTED_COLUMNS: readonly (readonly [keyof ReportedRow, string])[] = [
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
  ['reported_at', 'timestamptz'],
  ['report_day', 'date'],
  ['deadline_at', 'timestamptz'],
  ['step_id', 'uuid'],
  ['rollup_nodes', 'uuid[]'],
  ['claim_key', 'text'],
  ['claim_hash', 'text'],
];

/**
 * The write of a group of reports: one statement, built and compiled once, that needs no
 * transaction around it. It claims the Idempotency-Keys (failing on a key taken: 23505), appends
 * the audit entries and moves their lane's head only if it is still the one chained from (else
 * 40001), decides recurrence (RECUR_COUNT of one category within RECUR_METRES over RECUR_DAYS,
 * counting the group's earlier reports too), flags the earlier events a recurring report counted,
 * inserts the events (failing on an id taken: 23505) and their first steps, and counts them as
 * reported at their rollup nodes in the rollup shard given, in key order. Any failure undoes all of
 * it. Returns each event's id and whether it recurs.
 */
const reportedWrite = compileOnce(
  ['reports', 'auditRows', 'lane', 'prevHash', 'seq', 'hash', 'shard'] as const,
  (p) => {
    const audit = appendCtes({
      rows: p.auditRows,
      lane: p.lane,
      prevHash: p.prevHash,
      seq: p.seq,
      hash: p.hash,
    });
    const within = sql.raw(String(RECUR_METRES));
    // the box around a position in which earlier events are measured (a little wider than the
    // circle; the same box events_cells covers with cells)
    const dLat = sql.raw(`${RECUR_METRES} / 111000.0`);
    return sql<{ id: string; recurring: boolean }>`${PREPARED}
      WITH r AS MATERIALIZED (
        SELECT x.*, x.reported_at - interval '${sql.raw(String(RECUR_DAYS))} days' AS since
        FROM ROWS FROM (json_to_recordset(${p.reports}::json)
          AS (${sql.raw(REPORTED_COLUMNS.map(([c, type]) => `${c} ${type}`).join(', '))}))
          WITH ORDINALITY AS x(${sql.raw(REPORTED_COLUMNS.map(([c]) => c).join(', '))}, o)),
      near AS MATERIALIZED (
        SELECT r.o, e.id, e.recurring FROM r CROSS JOIN LATERAL (
          SELECT id, lat, lng, recurring FROM events_events
          WHERE district_id = r.district_id AND category = r.category
            AND events_cell(lat, lng) = ANY (events_cells(r.lat, r.lng, ${within}))
            AND reported_at >= r.since AND state <> 'merged' AND lat BETWEEN r.lat - ${dLat} AND r.lat + ${dLat}
            AND lng BETWEEN r.lng - ${dLat} / greatest(0.1, cos(radians(r.lat)))
              AND r.lng + ${dLat} / greatest(0.1, cos(radians(r.lat)))
          LIMIT 100) e
        WHERE r.lat IS NOT NULL AND r.lng IS NOT NULL AND events_metres(r.lat, r.lng, e.lat, e.lng) <= ${within}),
      pair AS MATERIALIZED (
        SELECT b.o, a.o AS earlier FROM r a JOIN r b ON a.o < b.o AND a.district_id = b.district_id
          AND a.category = b.category
        WHERE a.lat IS NOT NULL AND a.lng IS NOT NULL AND b.lat IS NOT NULL AND b.lng IS NOT NULL
          AND a.reported_at >= b.since AND events_metres(b.lat, b.lng, a.lat, a.lng) <= ${within}),
      own AS MATERIALIZED (
        SELECT r.o, r.lat IS NOT NULL AND r.lng IS NOT NULL AND (SELECT count(*) FROM near n WHERE n.o = r.o)
          + (SELECT count(*) FROM pair q WHERE q.o = r.o) + 1 >= ${sql.raw(String(RECUR_COUNT))} AS recurring
        FROM r),
      claim AS (${claimInsert(
        sql`SELECT reporter_user_id, claim_key, claim_hash, 200, jsonb_build_object('id', id) FROM r
          WHERE claim_key IS NOT NULL`,
        false,
      )}),
      audit_entry AS ${audit.entry},
      audit_head_moved AS ${audit.head},
      step AS (INSERT INTO events_steps (district_id, id, event_id, at, action, from_state, to_state,
          actor_user_id, actor_name)
        SELECT district_id, step_id, id, reported_at, 'report', NULL, 'reported', reporter_user_id, reporter_name
        FROM r),
      rollup AS (INSERT INTO events_rollup (district_id, node_id, day, category, shard, reported)
        SELECT r.district_id, n.node_id, r.report_day, r.category, ${p.shard}::smallint, count(*)
        FROM r CROSS JOIN LATERAL unnest(r.rollup_nodes) AS n(node_id)
        GROUP BY r.district_id, n.node_id, r.report_day, r.category
        -- key order, as every writer of counters takes their rows (category in code-unit order)
        ORDER BY r.district_id, n.node_id, r.report_day, r.category COLLATE "C"
        ON CONFLICT (district_id, node_id, day, category, shard) DO UPDATE SET
          reported = events_rollup.reported + excluded.reported),
      recur AS (UPDATE events_events SET recurring = true
        WHERE id IN (SELECT n.id FROM near n JOIN own w ON w.o = n.o AND w.recurring WHERE NOT n.recurring)
          AND recurring = false)
      INSERT INTO events_events (district_id, id, node_id, handling_node_id, category, level, title,
        description, address, lat, lng, reporter_kind, reporter_user_id, reporter_name, patrol_id, state,
        recurring, reported_at, report_day, deadline_at)
      SELECT r.district_id, r.id, r.node_id, r.handling_node_id, r.category, r.level, r.title, r.description,
        r.address, r.lat, r.lng, r.reporter_kind, r.reporter_user_id, r.reporter_name, r.patrol_id, 'reported',
        w.recurring OR EXISTS (SELECT 1 FROM pair q JOIN own v ON v.o = q.o AND v.recurring WHERE q.earlier = r.o),
        r.reported_at, r.report_day, r.deadline_at
      FROM r JOIN own w ON w.o = r.o
      WHERE ${audit.guard}
      ORDER BY r.o
      RETURNING id, recurring`;
  },
);

/**
 * Writes a group of reports (see reportedWrite; each row with its JSON, made once), their counters
 * in rollup `shard`; answers each event's recurrence in the order given.
 */
export async function writeReported(
  db: Executor,
  w: { reports: { row: ReportedRow; json: string }[]; audit: Chained; shard: number },
): Promise<boolean[]> {
  const rows = await reportedWrite.run(db, {
    reports: `[${w.reports.map((r) => r.json).join(',')}]`,
    auditRows: w.audit.rows,
    lane: w.audit.lane,
    prevHash: w.audit.prevHash,
    seq: w.audit.seq,
    hash: w.audit.hash,
    shard: w.shard % ROLLUP_SHARDS,
  });
  const recurring = new Map(rows.map((r) => [r.id, r.recurring]));
  return w.reports.map((r) => recurring.get(r.row.id)!);
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
