/**
 * The text of every hand-written SQL statement of the events module (and of org's tree reads it
 * relies on), compiled and kept as snapshots: a change to a statement shows in review. The
 * statements run against a driver that records them and answers no rows.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { recorder } from '../../testing/sql-text.ts';
import { selectNodeChains } from '../org/org.tree.repository.ts';
import * as repo from './events.repository.ts';
import * as listsRepo from './events.lists.repository.ts';
import * as notesRepo from './events.notes.repository.ts';
import * as ratesRepo from './events.rates.repository.ts';
import { intakeState, reportedWriteSql } from './intake/intake.repository.ts';

const D = '00000000-0000-7000-8000-00000000000d';
const N = '00000000-0000-7000-8000-00000000000e';

describe('hand-written SQL of the events module', () => {
  it('the intake write (one statement per group)', () => {
    const slots = Object.fromEntries(
      ['reports', 'auditRows', 'lane', 'prevHash', 'seq', 'hash', 'shard'].map((n) => [n, { slot: n }]),
    );
    const { db } = recorder();
    const c = reportedWriteSql(slots as never).compile(db);
    expect(c.sql).toMatchSnapshot();
  });

  it('the intake read (when a group cannot go without one)', async () => {
    const { db, statements } = recorder();
    await intakeState(db, { reports: [{ eventId: N, claim: null }], head: sql`NULL` }).catch(() => undefined);
    expect(statements).toMatchSnapshot();
  });

  it('rollup writes and reads, text search, the evaluated filter', async () => {
    const { db, statements } = recorder();
    await ratesRepo.addToRollup(db, [
      {
        districtId: D,
        nodeId: N,
        day: '2026-12-06',
        category: 'sanitation',
        shard: 3,
        v: { reported: 1, received: 1, dispatched: 0, handled: 0, verified: 0, resolved: 1 },
      },
    ]);
    await ratesRepo.rollupByDay(db, D, N, '2026-01-01', '2026-12-31');
    await ratesRepo.rollupByNode(db, D, [N], '2026-01-01', '2026-12-31');
    await ratesRepo.rollupByCategory(db, D, N, '2026-01-01', '2026-12-31');
    await listsRepo.listEvents(db, listsRepo.textMatches('井盖_%'), { limit: 10, offset: 0 });
    await listsRepo.countEvents(db, repo.ANY_EVENT).catch(() => undefined); // no row from the recorder
    await notesRepo.latestPublicNotes(db, [N]);
    await notesRepo.publicSteps(db, {
      inSubtree: sql<boolean>`true` as never,
      from: new Date(0),
      to: new Date(0),
      limit: 10,
    });
    await listsRepo.unevaluatedEvents(db, repo.ANY_EVENT, 5);
    await ratesRepo.recurringPlaces(db, repo.ANY_EVENT, '2026-01-01', '2026-12-31', 20);
    expect(statements).toMatchSnapshot();
  });

  it('the register export (the list with its evaluation, no photos)', async () => {
    const { db, statements } = recorder();
    await listsRepo.exportedEvents(db, listsRepo.textMatches('井盖'), 50_000);
    expect(statements).toMatchSnapshot();
  });

  it("org's nodes with their ancestors (kept on gz_org)", async () => {
    const { db, statements } = recorder();
    await selectNodeChains(db, [N]);
    expect(statements).toMatchSnapshot();
  });
});
