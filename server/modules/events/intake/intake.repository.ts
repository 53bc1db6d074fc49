/**
 * SQL of the event intake (see README.md): the read a group of reports makes when it cannot go
 * without one (intakeState), and the one statement that writes a group (reportedWrite). The
 * statement's text is built and compiled once; `reportedWriteSql` builds it, for its snapshot test.
 */
import { sql, type RawBuilder } from 'kysely';
import { appendCtes, type Chained } from '../../../platform/audit/audit.ts';
import { compileOnce, PREPARED, type Executor } from '../../../platform/db/db.ts';
import { claimInsert } from '../../../platform/idempotency.ts';
import { ROLLUP_SHARDS } from '../events.rules.ts';

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
  /** The reporter (a resident) or Open311 made it public (Open311 may publish it). */
  public: boolean;
  reported_at: string;
  report_day: string;
  deadline_at: string | null;
  step_id: string;
  /** The nodes its counters live at: its location and every ancestor up to the district. */
  rollup_nodes: string[];
  /** The reporter's claim of an Idempotency-Key (its answer is the event id), or nulls. */
  claim_key: string | null;
  claim_hash: string | null;
  /** The district's recurrence rule: this many reports within this distance over this many days. */
  recur_count: number;
  recur_metres: number;
  recur_days: number;
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
  ['public', 'boolean'],
  ['reported_at', 'timestamptz'],
  ['report_day', 'date'],
  ['deadline_at', 'timestamptz'],
  ['step_id', 'uuid'],
  ['rollup_nodes', 'uuid[]'],
  ['claim_key', 'text'],
  ['claim_hash', 'text'],
  ['recur_count', 'int'],
  ['recur_metres', 'float8'],
  ['recur_days', 'int'],
];

/**
 * The write of a group of reports: one statement, built and compiled once, that needs no
 * transaction around it. It claims the Idempotency-Keys (failing on a key taken: 23505), appends
 * the audit entries and moves their lane's head only if it is still the one chained from (else
 * 40001), decides recurrence (each report under its district's rule, its row's recur_count of one
 * category within recur_metres over recur_days, counting the group's earlier reports too), flags
 * the earlier events a recurring report counted, takes the events' numbers (the next ones of their
 * district and report day, in the group's order, from the counter row it moves), inserts the events
 * (failing on an id taken: 23505) and their first steps, and counts them as reported at their
 * rollup nodes in the rollup shard given, in key order. Any failure undoes all of it. Returns each
 * event's id, whether it recurs and its number.
 */
export function reportedWriteSql(p: Record<(typeof WRITE_VALUES)[number], unknown>) {
  const audit = appendCtes({
    rows: p.auditRows,
    lane: p.lane,
    prevHash: p.prevHash,
    seq: p.seq,
    hash: p.hash,
  });
  const within = sql.raw('r.recur_metres');
  // the box around a position in which earlier events are measured (a little wider than the
  // circle; the same box events_cells covers with cells)
  const dLat = sql.raw(`r.recur_metres / 111000.0`);
  return sql<{ id: string; recurring: boolean; number: number }>`${PREPARED}
      WITH r AS MATERIALIZED (
        SELECT x.*, x.reported_at - make_interval(days => x.recur_days) AS since,
          -- how many reports of the same district and day come after this one in the group
          count(*) OVER (PARTITION BY x.district_id, x.report_day ORDER BY x.o DESC) - 1 AS later
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
          AND a.reported_at >= b.since AND events_metres(b.lat, b.lng, a.lat, a.lng) <= b.recur_metres),
      own AS MATERIALIZED (
        SELECT r.o, r.lat IS NOT NULL AND r.lng IS NOT NULL AND (SELECT count(*) FROM near n WHERE n.o = r.o)
          + (SELECT count(*) FROM pair q WHERE q.o = r.o) + 1 >= r.recur_count AS recurring
        FROM r),
      num AS MATERIALIZED (INSERT INTO events_numbers AS t (district_id, day, last)
        SELECT district_id, report_day, count(*) FROM r GROUP BY district_id, report_day
        ORDER BY district_id, report_day
        ON CONFLICT (district_id, day) DO UPDATE SET last = t.last + excluded.last
        RETURNING district_id, day, last),
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
        recurring, reported_at, report_day, deadline_at, number, public)
      SELECT r.district_id, r.id, r.node_id, r.handling_node_id, r.category, r.level, r.title, r.description,
        r.address, r.lat, r.lng, r.reporter_kind, r.reporter_user_id, r.reporter_name, r.patrol_id, 'reported',
        w.recurring OR EXISTS (SELECT 1 FROM pair q JOIN own v ON v.o = q.o AND v.recurring WHERE q.earlier = r.o),
        r.reported_at, r.report_day, r.deadline_at, num.last - r.later, r.public
      FROM r JOIN own w ON w.o = r.o JOIN num ON num.district_id = r.district_id AND num.day = r.report_day
      WHERE ${audit.guard}
      ORDER BY r.o
      RETURNING id, recurring, number`;
}

/** The values the write takes, by name. */
const WRITE_VALUES = ['reports', 'auditRows', 'lane', 'prevHash', 'seq', 'hash', 'shard'] as const;

/** The write of a group of reports (reportedWriteSql), compiled once. */
const reportedWrite = compileOnce(WRITE_VALUES, reportedWriteSql);

/**
 * Writes a group of reports (see reportedWrite; each row with its JSON, made once), their counters
 * in rollup `shard`; answers each event's recurrence in the order given.
 */
export async function writeReported(
  db: Executor,
  w: { reports: { row: ReportedRow; json: string }[]; audit: Chained; shard: number },
): Promise<{ recurring: boolean; number: number }[]> {
  const rows = await reportedWrite.run(db, {
    reports: `[${w.reports.map((r) => r.json).join(',')}]`,
    auditRows: w.audit.rows,
    lane: w.audit.lane,
    prevHash: w.audit.prevHash,
    seq: w.audit.seq,
    hash: w.audit.hash,
    shard: w.shard % ROLLUP_SHARDS,
  });
  const written = new Map(rows.map((r) => [r.id, r]));
  return w.reports.map((r) => {
    const x = written.get(r.row.id)!;
    return { recurring: x.recurring, number: x.number };
  });
}
