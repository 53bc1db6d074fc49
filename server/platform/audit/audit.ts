/**
 * The audit log: who did what, when (UTC), from where, and the result. Appends are hash-chained
 * with HMAC-SM3 in AUDIT_LANES independent lanes, each serialised by a lock on its head row held
 * to COMMIT, and they join the caller's transaction so a write and its audit entry commit
 * together or not at all.
 */
import crypto from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../db/db.ts';
import type { Db } from '../db/db.ts';
import { uuidv7 } from '../ids.ts';
import { hmacSm3 } from '../secrets.ts';
import type { RequestContext } from '../access/access.ts';

/** One thing to record. */
export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | null;
  result?: 'ok' | 'denied' | 'failed';
  districtId?: string | null;
  detail?: Record<string, unknown>;
  /** Who, when there is no logged-in actor (a failed login names the attempted username). */
  actorName?: string;
}

/** The chained row, as stored. */
export interface AuditRow {
  seq: number;
  lane: number;
  id: string;
  at: string;
  district_id: string | null;
  actor_user_id: string | null;
  actor_name: string;
  action: string;
  object_type: string;
  object_id: string | null;
  result: string;
  ip: string;
  user_agent: string;
  detail: unknown;
  prev_hash: string;
  hash: string;
}

/** audit_log's columns with their types, as entries are inserted. */
const AUDIT_COLUMNS = [
  ['seq', 'bigint'],
  ['lane', 'smallint'],
  ['id', 'uuid'],
  ['at', 'timestamptz'],
  ['district_id', 'uuid'],
  ['actor_user_id', 'uuid'],
  ['actor_name', 'text'],
  ['action', 'text'],
  ['object_type', 'text'],
  ['object_id', 'text'],
  ['result', 'text'],
  ['ip', 'text'],
  ['user_agent', 'text'],
  ['detail', 'jsonb'],
  ['prev_hash', 'text'],
  ['hash', 'text'],
] as const;

/** How many independent chains the log has (audit_head holds one row per lane, made by the migration). */
export const AUDIT_LANES = 16;
const GENESIS = '0'.repeat(64);

/** Canonical JSON: keys sorted at every level, so the hash does not depend on key order. */
export function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v ?? null);
  // what jsonb stores for a Date (or anything with toJSON) is its JSON form, so hash that form
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function')
    return canonical((v as { toJSON(): unknown }).toJSON());
  if (Array.isArray(v)) return '[' + v.map(canonical).join(',') + ']';
  const o = v as Record<string, unknown>;
  return (
    '{' +
    Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => JSON.stringify(k) + ':' + canonical(o[k]))
      .join(',') +
    '}'
  );
}

/**
 * The hash of a row given the previous row's hash in its lane. The row's seq and lane are hashed
 * too: an entry moved to another position or another lane no longer matches its hash.
 */
export function chainHash(key: Buffer, prevHash: string, row: Omit<AuditRow, 'hash' | 'prev_hash'>): string {
  const body = canonical({
    seq: Number(row.seq),
    lane: Number(row.lane),
    id: row.id,
    at: new Date(row.at).toISOString(),
    district_id: row.district_id,
    actor_user_id: row.actor_user_id,
    actor_name: row.actor_name,
    action: row.action,
    object_type: row.object_type,
    object_id: row.object_id,
    result: row.result,
    ip: row.ip,
    user_agent: row.user_agent,
    detail: row.detail,
  });
  return hmacSm3(key, prevHash + '|' + body).toString('hex');
}

/** Appends audit entries; the platform's single writer of audit_log. */
export interface Auditor {
  /**
   * Appends inside the given transaction (the write and its record commit together). Every append
   * of one transaction goes to the same lane, whose head row stays locked until COMMIT.
   */
  append(
    trx: Executor,
    ctx: Pick<RequestContext, 'actor' | 'ip' | 'userAgent'>,
    entry: AuditEntry,
  ): Promise<void>;
  /** Appends several entries inside the given transaction, chained in the order given (two round trips). */
  appendAll(
    trx: Executor,
    items: { ctx: Pick<RequestContext, 'actor' | 'ip' | 'userAgent'>; entry: AuditEntry }[],
  ): Promise<void>;
  /** Appends in a transaction of its own (logins, denials: nothing else to commit with). */
  record(ctx: Pick<RequestContext, 'actor' | 'ip' | 'userAgent'>, entry: AuditEntry): Promise<void>;
}

/** Who and how, for an entry. */
type Item = { ctx: Pick<RequestContext, 'actor' | 'ip' | 'userAgent'>; entry: AuditEntry };

/**
 * Entries chained under a lane's head, ready for appendCtes: their rows as one JSON array, and the
 * lane's head before and after them.
 */
export interface Chained {
  /** The audit_log rows, a JSON array. */
  rows: string;
  lane: number;
  /** How many entries (they took the first `count` seqs of the head). */
  count: number;
  /** The head the entries follow: the statement fails (40001) if the lane's head is no longer this. */
  prevHash: string;
  /** The lane's new head: the last entry's seq and hash. */
  seq: number;
  hash: string;
}

/** The auditor with the two halves of an append, for hot paths that fold them into their own statements. */
export interface LaneAuditor extends Auditor {
  /**
   * For hot paths that fold their audit entries into their own statements (saving append's two
   * round trips): a SQL expression to select in an early statement of the transaction. It locks
   * the transaction's lane until COMMIT and yields a LaneHead as JSON (parse it with laneHead),
   * with `count` seqs drawn after the lock.
   */
  laneLock(count?: number): RawBuilder<unknown>;
  /**
   * For a statement that commits on its own (no transaction around it): a lane's head read
   * without a lock, with `count` seqs drawn, as a SQL expression yielding a LaneHead as JSON. The
   * lane is picked at random. The statement that writes the entries (appendCtes) checks that the
   * head has not moved meanwhile.
   */
  laneRead(count: number): RawBuilder<unknown>;
  /** Chains entries under a head (from laneLock, laneRead or a LaneLease) in the order given. */
  chain(head: LaneHead, items: Item[]): Chained;
}

/** A lane's head, and the seqs its next entries get, ascending (all above the head's own seq). */
export interface LaneHead {
  lane: number;
  hash: string;
  seqs: number[];
  /** When the seqs were drawn (ms since the epoch). */
  drawnAt: number;
}

/** A LaneHead from the JSON laneLock() or laneRead() selected. */
export function laneHead(v: unknown): LaneHead {
  const h = (typeof v === 'string' ? JSON.parse(v) : v) as {
    lane: number;
    hash: string;
    seqs: number[];
  } | null;
  if (!h) throw new Error('audit_head has no row for this lane: the audit tables are not migrated');
  return {
    lane: Number(h.lane),
    hash: h.hash,
    seqs: h.seqs.map(Number).sort((a, b) => a - b),
    drawnAt: Date.now(),
  };
}

/**
 * The data-modifying statements that write chained entries, for CTEs of one statement (WITH
 * audit_entry AS entry, audit_head_moved AS head … and `guard` evaluated by the statement): the
 * entries, and the lane's head moved to the last of them only if it is still `prevHash`. The guard
 * raises serialization_failure (40001) when it was not, which undoes everything the statement
 * wrote; the caller reads the head again and retries. Under a head locked by laneLock the head
 * cannot have moved. The values may be a Chained's, or placeholders of a statement compiled once
 * (compileOnce) whose parameters are filled from a Chained on every run.
 */
export function appendCtes(c: {
  rows: unknown;
  lane: unknown;
  prevHash: unknown;
  seq: unknown;
  hash: unknown;
}): {
  entry: RawBuilder<Record<string, unknown>>;
  head: RawBuilder<Record<string, unknown>>;
  guard: RawBuilder<boolean>;
} {
  const cols = sql.raw(AUDIT_COLUMNS.map(([name]) => name).join(', '));
  const typed = sql.raw(AUDIT_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', '));
  return {
    entry: sql`(INSERT INTO audit_log (${cols}) OVERRIDING SYSTEM VALUE
      SELECT ${cols} FROM json_to_recordset(${c.rows}::json) AS x(${typed}))`,
    head: sql`(UPDATE audit_head SET seq = ${c.seq}::bigint, hash = ${c.hash}::text
      WHERE lane = ${c.lane}::smallint AND hash = ${c.prevHash}::text RETURNING lane)`,
    guard: sql<boolean>`(SELECT platform_conflict_unless(count(*) = 1, 'audit lane head') FROM audit_head_moved)`,
  };
}

/**
 * A lease on an audit lane, held by one writer between its statements: the head it wrote last, and the seqs drawn
 * with it that it has not used yet. While it keeps one, the writer can chain its next entries with
 * no read at all (take); the statement's guard still fails if anyone else has written to the lane
 * meanwhile, and then the writer drops the lane and reads a head again. Seqs older than `ttlMs`
 * are not used: the audit list shows entries in seq order, and an idle writer's entries would
 * otherwise come out among much older ones. One writer at a time per keeper.
 */
export interface LaneLease {
  /** The kept head if it has at least n seqs left and they are fresh enough, else null. */
  take(n: number): LaneHead | null;
  /** After a statement wrote `c` under `head` and committed: keep the lane with the seqs left. */
  wrote(head: LaneHead, c: Chained): void;
  /** After a failed statement: keep nothing. */
  drop(): void;
  /**
   * How many seqs to draw ahead when reading a head to keep: as many as this writer chained over
   * the last ttlMs (at most 512), so a busy writer reads a head about once per ttlMs and an idle
   * one draws few it will not use.
   */
  spare(): number;
}

/** A LaneLease (see there). */
export function laneLease(ttlMs = 1000): LaneLease {
  let kept: LaneHead | null = null;
  // entries chained in the current window of ttlMs and in the one before it
  let windowStart = 0;
  let current = 0;
  let previous = 0;
  const roll = (now: number) => {
    if (now - windowStart < ttlMs) return;
    previous = now - windowStart < 2 * ttlMs ? current : 0;
    current = 0;
    windowStart = now;
  };
  return {
    take(n) {
      if (kept && kept.seqs.length >= n && Date.now() - kept.drawnAt < ttlMs) return kept;
      return null;
    },
    wrote(head, c) {
      kept = { lane: head.lane, hash: c.hash, seqs: head.seqs.slice(c.count), drawnAt: head.drawnAt };
      roll(Date.now());
      current += c.count;
    },
    drop() {
      kept = null;
    },
    spare() {
      roll(Date.now());
      return Math.min(512, Math.max(current, previous));
    },
  };
}

/**
 * Builds the auditor over the database with the chain key. `lanes` (1..AUDIT_LANES, default all)
 * is how many lanes appends spread over; verification does not depend on it.
 */
export function createAuditor(deps: { db: Db; key: Buffer; lanes?: number }): LaneAuditor {
  const lanes = deps.lanes ?? AUDIT_LANES;
  if (!Number.isInteger(lanes) || lanes < 1 || lanes > AUDIT_LANES)
    throw new Error(`audit lanes must be 1..${AUDIT_LANES}`);
  // The transaction's lane comes from its id, so a second append in it takes the same lane and no
  // transaction ever waits on two lanes. The lane's head row stays locked until COMMIT (read
  // committed re-reads it after a concurrent appender commits); only once the lock is held, which
  // the materialised CTE guarantees, is the entry's seq drawn, so seq order is chain order.
  // The seqs are drawn per row of h (the subquery refers to it), so after the lock is held.
  const laneLock = (count = 1) => sql<unknown>`(
    WITH h AS MATERIALIZED (
      SELECT lane, hash FROM audit_head WHERE lane = (txid_current() % ${lanes})::smallint FOR UPDATE
    )
    SELECT json_build_object('lane', lane, 'hash', hash, 'seqs', (
      SELECT json_agg(nextval(pg_get_serial_sequence('audit_log', 'seq')) ORDER BY i)
      FROM generate_series(1, ${count}::int + 0 * h.lane) AS i)) FROM h)`;

  // A random lane, its head as committed now (no lock), and seqs drawn for the entries: the
  // entries' statement moves the head only if it is unchanged (appendCtes' guard). Any appender
  // that took the lane meanwhile moved the head, so the check fails and the statement is undone;
  // one that takes it afterwards waits on the head row, reads the new head and draws its seqs
  // after ours, so seq order stays chain order.
  const laneRead = (count: number) => sql<unknown>`(
    SELECT json_build_object('lane', lane, 'hash', hash, 'seqs', (
      SELECT json_agg(nextval(pg_get_serial_sequence('audit_log', 'seq')) ORDER BY i)
      FROM generate_series(1, ${count}::int + 0 * h.lane) AS i))
    FROM audit_head h WHERE lane = ${crypto.randomInt(lanes)}::smallint)`;

  const chain = (head: LaneHead, items: Item[]): Chained => {
    if (!items.length) throw new Error('nothing to chain');
    if (items.length > head.seqs.length) throw new Error('more audit entries than the lane lock drew seqs');
    let prev = head.hash;
    const at = new Date().toISOString();
    const rows = items.map(({ ctx, entry }, i) => {
      // the row as stored, written out whole: one shape for every row (built up by spreads instead,
      // V8 made new hidden classes per report)
      const row = {
        seq: head.seqs[i],
        lane: head.lane,
        id: uuidv7(),
        at,
        district_id: entry.districtId ?? null,
        actor_user_id: ctx.actor?.userId ?? null,
        actor_name: ctx.actor?.username ?? entry.actorName ?? 'anonymous',
        action: entry.action,
        object_type: entry.objectType,
        object_id: entry.objectId ?? null,
        result: entry.result ?? 'ok',
        ip: ctx.ip,
        user_agent: ctx.userAgent.slice(0, 300),
        detail: entry.detail ?? {},
        prev_hash: prev,
        hash: '',
      };
      row.hash = chainHash(deps.key, prev, row);
      prev = row.hash;
      return row;
    });
    const last = rows[rows.length - 1];
    return {
      rows: JSON.stringify(rows),
      lane: head.lane,
      count: rows.length,
      prevHash: head.hash,
      seq: last.seq,
      hash: last.hash,
    };
  };

  // two round trips: the lane lock with its head and seqs, then the entries and the new head together
  const appendAll: Auditor['appendAll'] = async (trx, items) => {
    if (!items.length) return;
    const r = await sql<{ head: unknown }>`SELECT ${laneLock(items.length)} AS head`.execute(trx);
    const w = appendCtes(chain(laneHead(r.rows[0]?.head), items));
    await sql`WITH audit_entry AS ${w.entry}, audit_head_moved AS ${w.head} SELECT ${w.guard}`.execute(trx);
  };
  const append: Auditor['append'] = (trx, ctx, entry) => appendAll(trx, [{ ctx, entry }]);
  return {
    append,
    appendAll,
    laneLock,
    laneRead,
    chain,
    async record(ctx, entry) {
      await deps.db.transaction().execute((trx) => append(trx, ctx, entry));
    },
  };
}

/** The outcome of checking the chain. */
export type VerifyResult =
  { ok: true; count: number } | { ok: false; count: number; badSeq: number; reason: string };

/**
 * Why a row does not match its hash: it was changed, or it is an intact entry that was moved to
 * another seq or lane (tried against the seqs of the rows around it and every lane).
 */
function diagnose(key: Buffer, r: AuditRow, nearbySeqs: number[]): string {
  for (const seq of nearbySeqs)
    if (seq !== r.seq && chainHash(key, r.prev_hash, { ...r, seq }) === r.hash)
      return `entries were reordered: this entry was recorded at seq ${seq}`;
  for (let lane = 0; lane < AUDIT_LANES; lane++)
    if (lane !== r.lane && chainHash(key, r.prev_hash, { ...r, lane }) === r.hash)
      return `this entry was moved from lane ${lane} to lane ${r.lane}`;
  return 'this entry was changed';
}

/**
 * Walks the log once in seq order, following each lane's chain (seq order is chain order within a
 * lane), and reports the first entry, by seq, that was changed, removed, reordered or moved to
 * another lane; then checks every lane's head, so entries removed from the end of any lane are
 * found too. It reads one snapshot, so entries appended while it runs are neither checked nor
 * mistaken for tampering (an entry and its lane's head commit together).
 */
export async function verifyChain(db: Db, key: Buffer, batch = 5000): Promise<VerifyResult> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const last = new Map<number, { seq: number; hash: string }>();
      let lastSeq = 0;
      let count = 0;
      for (;;) {
        const rows = (await trx
          .selectFrom('audit_log')
          .selectAll()
          .where('seq', '>', lastSeq)
          .orderBy('seq')
          .limit(batch)
          .execute()) as unknown as AuditRow[];
        const seqs = rows.map((r) => r.seq);
        for (const r of rows) {
          const row = { ...r, at: new Date(r.at).toISOString() };
          const prev = last.get(r.lane)?.hash ?? GENESIS;
          if (r.prev_hash !== prev) {
            // A row that still matches its own stored link was not edited: what came before it was.
            const intact = chainHash(key, r.prev_hash, row) === r.hash;
            return {
              ok: false,
              count,
              badSeq: r.seq,
              reason: intact
                ? 'the entry before this one in its lane was removed, or entries were reordered'
                : diagnose(key, row, seqs),
            };
          }
          if (chainHash(key, prev, row) !== r.hash)
            return { ok: false, count, badSeq: r.seq, reason: diagnose(key, row, seqs) };
          last.set(r.lane, { seq: r.seq, hash: r.hash });
          lastSeq = r.seq;
          count++;
        }
        if (rows.length < batch) break;
      }
      const heads = await trx
        .selectFrom('audit_head')
        .select(['lane', 'seq', 'hash'])
        .orderBy('lane')
        .execute();
      const byLane = new Map(heads.map((h) => [h.lane, h]));
      for (let lane = 0; lane < AUDIT_LANES; lane++) {
        const head = byLane.get(lane);
        const end = last.get(lane) ?? { seq: 0, hash: GENESIS };
        if (!head)
          return { ok: false, count, badSeq: end.seq, reason: `the chain head of lane ${lane} is missing` };
        if (head.seq > end.seq)
          return {
            ok: false,
            count,
            badSeq: head.seq,
            reason: `entries were removed from the end of lane ${lane} (its newest entry is missing)`,
          };
        if (head.seq !== end.seq || head.hash !== end.hash)
          return {
            ok: false,
            count,
            badSeq: end.seq,
            reason: `the head of lane ${lane} does not match its newest entry (the head was changed)`,
          };
      }
      return { ok: true, count };
    });
}
