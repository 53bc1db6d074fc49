/**
 * The SQL text of the accounts repository's hand-written statements, as snapshots: a change to
 * them shows in review. Statements are compiled against a driver that runs nothing.
 */
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from '../../platform/db/db.ts';
import { sqlOf } from '../../testing/sql-text.ts';
import * as repo from './accounts.repository.ts';
import * as sheetsRepo from './accounts.sheets.repository.ts';

const PATHS = ['/a/', '/b/c/'];

describe('accounts repository SQL', () => {
  it.each([
    ['findUserByUsername', (db: Kysely<DB>) => repo.findUserByUsername(db, 'Admin')],
    ['findSessions', (db: Kysely<DB>) => repo.findSessions(db, ['x'])],
    ['findUserInPaths', (db: Kysely<DB>) => repo.findUserInPaths(db, 'u', PATHS)],
    ['pageOfUsersInPaths', (db: Kysely<DB>) => repo.pageOfUsersInPaths(db, PATHS, 'li', 20, 0)],
    ['usersForExport', (db: Kysely<DB>) => sheetsRepo.usersForExport(db, PATHS, 20000)],
    ['countUsersWithoutGrants', (db: Kysely<DB>) => repo.countUsersWithoutGrants(db, PATHS)],
    ['pushPasswordHistory', (db: Kysely<DB>) => repo.pushPasswordHistory(db, 'u', 'i', 'h', 4)],
    ['roleHoldersReaching', (db: Kysely<DB>) => repo.roleHoldersReaching(db, 'deputy', '/a/b/')],
    [
      'nodesNamedInPaths',
      (db: Kysely<DB>) => sheetsRepo.nodesNamedInPaths(db, ['福山社区'], ['440304'], PATHS),
    ],
    ['usersByUsernames', (db: Kysely<DB>) => sheetsRepo.usersByUsernames(db, ['Wang.Li', 'zhao'])],
    ['idsInPaths', (db: Kysely<DB>) => sheetsRepo.idsInPaths(db, ['u'], PATHS)],
  ])('%s', async (_name, run) => {
    expect(await sqlOf(run)).toMatchSnapshot();
  });
});
