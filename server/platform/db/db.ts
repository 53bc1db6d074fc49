/** The connection pool and the typed Kysely handle every service receives. */
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
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

/** Opens the pool behind a Kysely instance. */
export function createDb(url: string, max = 20): { db: Db; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'gongzhi' });
  pool.on('error', () => {
    // an idle client lost its server (restart); the pool replaces it
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, pool };
}
