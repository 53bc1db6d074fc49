/**
 * Idempotent writes for phones that retry: the first request with an Idempotency-Key stores its
 * answer in the same transaction as the write; a retry with the same key and the same payload gets
 * that answer back without acting again; the same key with another payload is refused.
 */
import crypto from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from './db/db.ts';
import { canonical } from './audit/audit.ts';
import { DomainError } from './errors.ts';

/** The outcome: the stored or fresh result, and whether it was a replay. */
export interface IdempotentResult<T> {
  result: T;
  replayed: boolean;
}

/** A request's claim on its key. */
export interface IdempotencyClaim<T> {
  /** The row the claim inserts (body: the answer, stored as jsonb; null while not known). */
  row: { userId: string; key: string; hash: string; status: number; body: unknown };
  /**
   * The claim as a data-modifying statement (for a CTE, or run on its own): one row when this
   * request is the first with the key, none when the key was used (it waits for a concurrent first
   * request to finish).
   */
  statement: RawBuilder<{ user_id: string; key: string }>;
  /** After a claim that returned no row: the stored answer, or 422 when the payload differs. */
  replay(trx: Executor): Promise<T>;
  /** The same check on a stored claim already read (request hash and body). */
  answerOf(prior: { hash: string; body: unknown }): T;
}

/**
 * The claim of (user, key) for a request whose stored answer is `answer` (status 0 and no body
 * while the answer is not known yet; withIdempotency fills it in after acting).
 */
export function idempotencyClaim<T>(req: {
  userId: string;
  key: string;
  payload: unknown;
  answer?: T;
}): IdempotencyClaim<T> {
  const hash = crypto.hash('sha256', canonical(req.payload), 'hex');
  const known = req.answer !== undefined;
  const row = {
    userId: req.userId,
    key: req.key,
    hash,
    status: known ? 200 : 0,
    body: known ? (req.answer ?? null) : null,
  };
  const answerOf = (prior: { hash: string; body: unknown }) => {
    if (prior.hash !== hash) throw new DomainError(422, 'error.idempotency_mismatch');
    return prior.body as T;
  };
  return {
    row,
    statement: claimInsert(
      sql`SELECT ${row.userId}::uuid, ${row.key}::text, ${row.hash}::text, ${row.status}::int,
        ${row.body === null ? null : JSON.stringify(row.body)}::jsonb`,
      true,
    ),
    async replay(trx) {
      const prior = await trx
        .selectFrom('platform_idempotency')
        .select(['request_hash', 'body'])
        .where('user_id', '=', req.userId)
        .where('key', '=', req.key)
        .executeTakeFirstOrThrow();
      return answerOf({ hash: prior.request_hash, body: prior.body });
    },
    answerOf,
  };
}

/**
 * The claims' INSERT (a statement of its own or a CTE) from `rows`, a query yielding their columns
 * (user_id, key, request_hash, status, body) in that order. `skipTaken`: a key used before claims
 * nothing (ON CONFLICT DO NOTHING; it waits for a concurrent first request to finish). Without it,
 * for a statement that commits on its own after reading that the keys were free (or that did not
 * read at all): a key taken is a unique violation (23505) that undoes the statement, and the
 * caller reads and then replays. It returns the keys claimed.
 */
export function claimInsert(rows: RawBuilder<unknown>, skipTaken: boolean) {
  return sql<{ user_id: string; key: string }>`
    INSERT INTO platform_idempotency (user_id, key, request_hash, status, body) ${rows}
    ${sql.raw(skipTaken ? 'ON CONFLICT DO NOTHING ' : '')}RETURNING user_id, key`;
}

/**
 * Runs fn once per (user, key) inside trx. Concurrent duplicates wait on the key's row and then
 * read the stored result. Without a key, fn simply runs.
 *
 * `answer`: when the stored answer is known before acting (a create that answers with its
 * client-made id), it is written with the claim and the update after fn is skipped; a retry then
 * gets `answer` back, while the first call gets whatever fn returns (which may carry more).
 */
export async function withIdempotency<T>(
  trx: Executor,
  req: { userId: string; key: string | undefined; payload: unknown; answer?: T },
  fn: () => Promise<T>,
): Promise<IdempotentResult<T>> {
  if (!req.key) return { result: await fn(), replayed: false };
  const claim = idempotencyClaim({ ...req, key: req.key });
  const claimed = await claim.statement.execute(trx);
  if (claimed.rows.length === 0) return { result: await claim.replay(trx), replayed: true };
  const result = await fn();
  if (req.answer !== undefined) return { result, replayed: false };
  await trx
    .updateTable('platform_idempotency')
    .set({ status: 200, body: JSON.stringify(result ?? null) })
    .where('user_id', '=', req.userId)
    .where('key', '=', req.key)
    .execute();
  return { result, replayed: false };
}
