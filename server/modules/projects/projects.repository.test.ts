/**
 * The SQL text of the projects repository's hand-written statements, as snapshots: a change to
 * them shows in review. Statements are compiled against a driver that runs nothing.
 */
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { DB } from '../../platform/db/db.ts';
import { sqlOf } from '../../testing/sql-text.ts';
import * as repo from './projects.repository.ts';

const D = '01900000-0000-7000-8000-000000000001';

describe('projects repository SQL', () => {
  it.each([
    ['itemFacts', (db: Kysely<DB>) => repo.itemFacts(db, D, D)],
    [
      'insertMilestone',
      (db: Kysely<DB>) =>
        repo.insertMilestone(db, { districtId: D, id: D, projectId: D, title: '采购', dueOn: '2026-12-10' }),
    ],
    ['yearFigures', (db: Kysely<DB>) => repo.yearFigures(db, nodeInPaths('p.node_id', ['/a/']), 2026)],
  ])('%s', async (_name, run) => {
    expect(await sqlOf(run)).toMatchSnapshot();
  });
});
