/** The SQL text of the audit search's hand-written statements, as snapshots. */
import { describe, expect, it } from 'vitest';
import { sqlOf } from '../../testing/sql-text.ts';
import { countCapped, matching } from './audit.repository.ts';

describe('audit repository SQL', () => {
  it('counts matches up to a cap, scoped and filtered', async () => {
    const f = { actor: 'Admin', action: 'people.', result: 'ok' as const, from: '2026-01-01T00:00:00Z' };
    expect(
      await sqlOf((db) => countCapped(db, matching(db, f, { all: false, paths: ['/a/'] }), 10_000)),
    ).toMatchSnapshot();
  });
});
