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
    [
      'searchNodes by pinyin',
      (db: Kysely<DB>) => repo.searchNodes(db, ['/a/'], { q: 'ftjd', pinyin: true, limit: 20 }),
    ],
    [
      'searchNodes by name',
      (db: Kysely<DB>) =>
        repo.searchNodes(db, ['/a/'], { q: '福田', pinyin: false, level: 'street', limit: 20 }),
    ],
  ])('%s', async (_name, run) => {
    expect(await sqlOf(run)).toMatchSnapshot();
  });
});
