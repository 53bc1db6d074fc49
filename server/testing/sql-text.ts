/**
 * The SQL a repository function sends, compiled for PostgreSQL against a driver that runs nothing,
 * for snapshot tests of hand-written statements (a change to them shows in review).
 */
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
} from 'kysely';
import type { DB } from '../platform/db/db.ts';

/** A Kysely for PostgreSQL whose driver runs nothing (every statement answers no rows); heard is told each statement it is asked to run. */
export function dummyDb(heard?: (query: CompiledQuery) => void): Kysely<DB> {
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: heard && ((e) => void (e.level === 'query' && heard(e.query))),
  });
}

/** A statement's text on one line, its white space folded (as the snapshots keep it). */
export const folded = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * A dummy database that records the statements it is asked to run, folded; textOf(run) forgets the
 * ones before, runs (a call that wants a row fails on the empty answer, after its statement is
 * recorded) and returns them one a line.
 */
export function recorder() {
  const statements: string[] = [];
  const db = dummyDb((q) => void statements.push(folded(q.sql)));
  const textOf = async (run: () => Promise<unknown>) => {
    statements.length = 0;
    await run().catch(() => undefined);
    return statements.join('\n');
  };
  return { db, statements, textOf };
}

/** The statements run sends, in order (its result is ignored: the driver returns no rows). */
export async function sqlOf(run: (db: Kysely<DB>) => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  await run(dummyDb((q) => void seen.push(q.sql))).catch(() => undefined);
  return seen;
}
