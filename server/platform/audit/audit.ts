/**
 * The audit log: who did what, when (UTC), from where, and the result. Appends are hash-chained
 * with HMAC-SM3 and serialised by a transaction-scoped advisory lock, and they join the caller's
 * transaction so a write and its audit entry commit together or not at all.
 */
import { sql } from 'kysely';
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

const GENESIS = '0'.repeat(64);
const LOCK = 727275;

/** Canonical JSON: keys sorted at every level, so the hash does not depend on key order. */
export function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v ?? null);
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

/** The hash of a row given the previous row's hash. */
export function chainHash(
  key: Buffer,
  prevHash: string,
  row: Omit<AuditRow, 'seq' | 'hash' | 'prev_hash'>,
): string {
  const body = canonical({
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
  /** Appends inside the given transaction (the write and its record commit together). */
  append(
    trx: Executor,
    ctx: Pick<RequestContext, 'actor' | 'ip' | 'userAgent'>,
    entry: AuditEntry,
  ): Promise<void>;
  /** Appends in a transaction of its own (logins, denials: nothing else to commit with). */
  record(ctx: Pick<RequestContext, 'actor' | 'ip' | 'userAgent'>, entry: AuditEntry): Promise<void>;
}

/** Builds the auditor over the database with the chain key. */
export function createAuditor(deps: { db: Db; key: Buffer }): Auditor {
  const append: Auditor['append'] = async (trx, ctx, entry) => {
    await sql`SELECT pg_advisory_xact_lock(${LOCK})`.execute(trx);
    const head = await trx.selectFrom('audit_head').select(['seq', 'hash']).executeTakeFirst();
    const prev = head?.hash ?? GENESIS;
    const row = {
      id: uuidv7(),
      at: new Date().toISOString(),
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
    };
    const hash = chainHash(deps.key, prev, row);
    const inserted = await trx
      .insertInto('audit_log')
      .values({ ...row, detail: JSON.stringify(row.detail), prev_hash: prev, hash })
      .returning('seq')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('audit_head')
      .values({ id: true, seq: inserted.seq, hash })
      .onConflict((oc) => oc.column('id').doUpdateSet({ seq: inserted.seq, hash }))
      .execute();
  };
  return {
    append,
    async record(ctx, entry) {
      await deps.db.transaction().execute((trx) => append(trx, ctx, entry));
    },
  };
}

/** The outcome of checking the chain. */
export type VerifyResult =
  { ok: true; count: number } | { ok: false; count: number; badSeq: number; reason: string };

/**
 * Walks the whole chain in order and reports the first entry that was changed, removed or moved.
 * It reads one snapshot, so entries appended while it runs are neither checked nor mistaken for
 * tampering.
 */
export async function verifyChain(db: Db, key: Buffer, batch = 5000): Promise<VerifyResult> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      let prev = GENESIS;
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
        for (const r of rows) {
          const row = { ...r, at: new Date(r.at).toISOString() };
          if (r.prev_hash !== prev) {
            // A row that still matches its own stored link was not edited: what came before it was.
            const intact = chainHash(key, r.prev_hash, row) === r.hash;
            return {
              ok: false,
              count,
              badSeq: r.seq,
              reason: intact
                ? 'the entry before this one was removed, or entries were reordered'
                : 'this entry was changed',
            };
          }
          if (chainHash(key, prev, row) !== r.hash)
            return { ok: false, count, badSeq: r.seq, reason: 'this entry was changed' };
          prev = r.hash;
          lastSeq = r.seq;
          count++;
        }
        if (rows.length < batch) break;
      }
      const head = await trx.selectFrom('audit_head').select(['seq', 'hash']).executeTakeFirst();
      if (head && (head.seq !== lastSeq || head.hash !== prev))
        return {
          ok: false,
          count,
          badSeq: head.seq,
          reason: 'entries were removed from the end (the newest entry is missing)',
        };
      if (!head && count > 0)
        return { ok: false, count, badSeq: lastSeq, reason: 'the chain head is missing' };
      return { ok: true, count };
    });
}
