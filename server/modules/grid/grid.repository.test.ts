import { describe, expect, it } from 'vitest';
import { dummyDb } from '../../testing/sql-text.ts';
import * as patrolsRepo from './grid.patrols.repository.ts';
import * as recordsRepo from './grid.records.repository.ts';

// compiles statements without a database, so a change to hand-written SQL shows in review
const db = dummyDb();

describe('hand-written SQL of the grid repository', () => {
  it('records with their last visit up to a day', () => {
    const q = recordsRepo.recordsWithLastVisitSql(['/a/b/', '/a/c/'], '2026-12-06', 20000).compile(db);
    expect(q.sql).toMatchSnapshot();
    expect(q.parameters).toEqual(['2026-12-06', '/a/b/%', '/a/c/%', 20000]);
  });

  it('records with their visits over a period', () => {
    const q = recordsRepo.recordsWithVisitsSql(['/a/b/'], '2026-12-01', '2026-12-06', 200000).compile(db);
    expect(q.sql).toMatchSnapshot();
  });

  it('grid-head patrol coverage counted over a period', () => {
    const q = patrolsRepo
      .headCoverageTotalSql(
        'd',
        { id: 'n', path: '/d/s/', level: 'street' },
        {
          from: '2026-01-01',
          to: '2026-12-07',
          fromWeek: '2025-12-29',
        },
      )
      .compile(db);
    expect(q.sql).toMatchSnapshot();
    expect(q.parameters).toEqual(['d', '2025-12-29', '2026-12-07', '/d/s/%', '2026-12-07', '2026-01-01']);
  });
});
