/**
 * The SQL text of the accounts repository's hand-written statements, as snapshots: a change to
 * them shows in review. Statements are compiled against a driver that runs nothing.
 */
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from '../../platform/db/db.ts';
import * as repo from './accounts.repository.ts';

/** The SQL a repository function sends (its result ignored: the driver returns no rows). */
async function sqlOf(run: (db: Kysely<DB>) => Promise<unknown>): Promise<string[]> {
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

const PATHS = ['/a/', '/b/c/'];

describe('accounts repository SQL', () => {
  it.each([
    ['findUserByUsername', (db: Kysely<DB>) => repo.findUserByUsername(db, 'Admin')],
    ['findSessions', (db: Kysely<DB>) => repo.findSessions(db, ['x'])],
    ['findUserInPaths', (db: Kysely<DB>) => repo.findUserInPaths(db, 'u', PATHS)],
    ['pageOfUsersInPaths', (db: Kysely<DB>) => repo.pageOfUsersInPaths(db, PATHS, 'li', 20, 0)],
    ['countUsersWithoutGrants', (db: Kysely<DB>) => repo.countUsersWithoutGrants(db, PATHS)],
    ['pushPasswordHistory', (db: Kysely<DB>) => repo.pushPasswordHistory(db, 'u', 'i', 'h', 4)],
  ])('%s', async (_name, run) => {
    expect(await sqlOf(run)).toMatchSnapshot();
  });
});
