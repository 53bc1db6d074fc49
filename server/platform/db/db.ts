/** The connection pool and the typed Kysely handle every service receives. */
import crypto from 'node:crypto';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  sql,
  type PostgresPool,
  type RawBuilder,
  type Transaction,
} from 'kysely';
import pg from 'pg';
import type { DB } from './db.generated.ts';

// int8 (counts, sums) as JS numbers; our counts stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
// numeric as number (money and scores are small decimals here).
pg.types.setTypeParser(1700, (v) => Number(v));
// date as plain 'YYYY-MM-DD' text: a calendar day, not an instant.
pg.types.setTypeParser(1082, (v) => v);

export type { DB };
/** The typed database handle. */
export type Db = Kysely<DB>;
/** A transaction or the root handle: what repositories accept. */
export type Executor = Kysely<DB> | Transaction<DB>;

/**
 * The mark of a hot statement: SQL that holds `${PREPARED}` (raw SQL at its start, a builder's
 * `.modifyEnd(PREPARED)`) runs as a named prepared
 * statement, parsed once per connection (and, once PostgreSQL finds a generic plan as good, planned
 * once). Mark only statements whose text does not vary with their data: arrays travel as one
 * parameter each (`= ANY($1)`, `unnest($1, $2 …)`), rows as one JSON array (`json_to_recordset`),
 * never as lists of placeholders.
 */
const MARK = '/*prepared*/';
export const PREPARED = sql.raw(` ${MARK} `);

/** The pool as Kysely sees it, its clients preparing marked statements. */
function preparingPool(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (!name) {
      name = 'gz_' + crypto.createHash('sha1').update(text).digest('hex').slice(0, 24);
      names.set(text, name);
    }
    return name;
  };
  const wrapped = new WeakSet<pg.PoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      if (!wrapped.has(client)) {
        wrapped.add(client);
        const query = client.query.bind(client) as (...args: unknown[]) => unknown;
        // every other call (callbacks, cursors, config objects) passes through untouched
        (client as { query: unknown }).query = (...args: unknown[]) =>
          typeof args[0] === 'string' && args[0].includes(MARK) && typeof args[2] !== 'function'
            ? query({ name: nameOf(args[0]), text: args[0], values: args[1] })
            : query(...args);
      }
      return client;
    },
    end: () => pool.end(),
  };
}

/**
 * Opens the pool behind a Kysely instance. `genericPlans`: its connections plan every
 * parameterised statement once, for any values (plan_cache_mode = force_generic_plan, added to
 * PGOPTIONS). Only for a pool that runs nothing but marked statements whose plan does not depend
 * on their values: the grouped intake's (see GROUP_POOL). PostgreSQL would otherwise plan such a
 * statement afresh on every run whenever its arrays are shorter than the 10 rows a generic plan
 * assumes, so that the generic plan looks dearer: 0.39 ms of planning on a 0.59 ms statement.
 */
export function createDb(
  url: string,
  max = 20,
  opts: { genericPlans?: boolean } = {},
): { db: Db; pool: pg.Pool } {
  // without options of its own, pg reads PGOPTIONS itself
  const generic = '-c plan_cache_mode=force_generic_plan';
  const pool = new pg.Pool({
    connectionString: url,
    max,
    application_name: 'gongzhi',
    ...(opts.genericPlans
      ? { options: process.env.PGOPTIONS ? `${process.env.PGOPTIONS} ${generic}` : generic }
      : {}),
  });
  // A connection can drop at any time (pg_terminate_backend, a restart, a failover). pg reports it
  // as an 'error' event on the client, and an 'error' event nobody listens to ends the process.
  // An idle client's error reaches the pool ('error' below); a client checked out by a request
  // needs its own listener: the request's query fails (the caller answers 503) and, released,
  // the client is not queryable any more, so the pool discards it and connects afresh next time.
  pool.on('error', () => {
    // an idle client lost its server; the pool has already removed it
  });
  pool.on('connect', (client) => {
    client.on('error', () => {
      // the query in flight, if any, fails with this error; nothing else to do here
    });
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  return { db, pool };
}

/**
 * Connections of the pool for grouped work (the event intake's two statements): a group runner
 * holds one at a time, and one more covers a retry while the pool replaces a lost connection.
 * Its own pool, so its statements get generic plans and it never waits behind a busy main pool.
 */
const GROUP_POOL = 2;

/** The pool for grouped work (see GROUP_POOL), with generic plans. */
export const createGroupDb = (url: string) => createDb(url, GROUP_POOL, { genericPlans: true });

/** A statement built and compiled once, run with its values placed by name (see compileOnce). */
export interface CompiledOnce<N extends string, R> {
  run(exec: Executor, values: Record<N, unknown>): Promise<R[]>;
}

/**
 * A hot statement built once: `build` receives a placeholder per name and returns the statement
 * (any builders may make its parts, the same ones other statements use with real values); it is
 * compiled at its first run, and every run only places its values in parameter order, with no
 * query building or compiling. Mark it PREPARED and PostgreSQL parses it once per connection too.
 */
export function compileOnce<N extends string, R>(
  names: readonly N[],
  build: (p: Record<N, unknown>) => RawBuilder<R>,
): CompiledOnce<N, R> {
  const slots = Object.fromEntries(names.map((n) => [n, { slot: n }])) as Record<N, { slot: N }>;
  let compiled: { sql: string; order: N[] } | null = null;
  return {
    async run(exec, values) {
      if (!compiled) {
        const c = build(slots).compile(exec);
        const order = c.parameters.map((p) => (p as { slot?: N }).slot);
        if (order.some((n) => n === undefined))
          throw new Error('a statement compiled once takes every value through its placeholders');
        compiled = { sql: c.sql, order: order as N[] };
      }
      const params = compiled.order.map((n) => values[n]);
      const r = await exec.executeQuery<R>(CompiledQuery.raw(compiled.sql, params));
      return r.rows;
    },
  };
}

/** SQLSTATEs of work undone because something it relied on moved meanwhile: serialization_failure, deadlock_detected. */
export const SERIALIZATION_FAILURES = ['40001', '40P01'];

/**
 * Runs fn (a statement or a whole transaction) again while it fails with one of `codes`, at most
 * `attempts` times in all; any other error, or the last one, goes to the caller. fn gets the
 * attempt's number (1 first), so a late attempt can take locks where early ones were optimistic.
 */
export async function retryOnSerializationFailure<T>(
  fn: (attempt: number) => Promise<T>,
  opts: { attempts?: number; codes?: readonly string[] } = {},
): Promise<T> {
  const attempts = opts.attempts ?? 5;
  const codes = opts.codes ?? SERIALIZATION_FAILURES;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (attempt >= attempts || typeof code !== 'string' || !codes.includes(code)) throw error;
    }
  }
}

/**
 * Holds a transaction-scoped advisory lock named by key until the transaction ends: one writer at a
 * time for what the key names (a district's defaults stored on first use, a yearly number series).
 */
export async function lockUntilCommit(trx: Executor, key: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
}
