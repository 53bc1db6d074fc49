/**
 * The SQL a repository function sends, compiled for PostgreSQL against a driver that runs nothing,
 * for snapshot tests of hand-written statements (a change to them shows in review).
 */
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import type { DB } from '../platform/db/db.ts';

/** The statements run sends, in order (its result is ignored: the driver returns no rows). */
export async function sqlOf(run: (db: Kysely<DB>) => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (e) => void seen.push(e.query.sql),
  });
  await run(db).catch(() => undefined);
  return seen;
}
