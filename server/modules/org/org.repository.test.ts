/** The SQL text of the org repository's hand-written statements, as snapshots. */
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from '../../platform/db/db.ts';
import { sqlOf } from '../../testing/sql-text.ts';
import * as repo from './org.repository.ts';

describe('org repository SQL', () => {
  it.each([
    ['rewriteSubtree', (db: Kysely<DB>) => repo.rewriteSubtree(db, '/a/b/', '/a/c/b/', 1)],
    ['lockMoves', (db: Kysely<DB>) => repo.lockMoves(db)],
    ['subtreeNodes', (db: Kysely<DB>) => repo.subtreeNodes(db, '/a/b/', 100000)],
    [
      'searchNodes by pinyin',
      (db: Kysely<DB>) => repo.searchNodes(db, ['/a/'], { q: 'ftjd', pinyin: true, limit: 20 }),
    ],
    [
      'searchNodes by name',
      (db: Kysely<DB>) =>
        repo.searchNodes(db, ['/a/'], { q: '福田', pinyin: false, level: 'street', limit: 20 }),
    ],
    [
      'countLivePartyOrgsUnder except some',
      (db: Kysely<DB>) => repo.countLivePartyOrgsUnder(db, '/a/', ['0190a0b0-0000-7000-8000-000000000001']),
    ],
    [
      'partyOrgsOn of some kinds',
      (db: Kysely<DB>) => repo.partyOrgsOn(db, { underPath: '/a/' }, 'all', ['hq_group', 'project_branch']),
    ],
  ])('%s', async (_name, run) => {
    expect(await sqlOf(run)).toMatchSnapshot();
  });
});
