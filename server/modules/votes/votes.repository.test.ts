/** The hand-written statements of votes, as compiled (a change to one shows here first). */
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from '../../platform/db/db.ts';
import * as repo from './votes.repository.ts';

const seen: string[] = [];
const db = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
  log: (e) => {
    seen.push(e.query.sql.replace(/\s+/g, ' ').trim());
  },
});
const D = '01900000-0000-7000-8000-000000000001';
const V = '01900000-0000-7000-8000-000000000002';
async function sqlOf(run: () => Promise<unknown>) {
  seen.length = 0;
  await run();
  return seen.join('\n');
}

describe('votes SQL', () => {
  it('records a voter only while the vote is open, once', async () => {
    expect(
      await sqlOf(() =>
        repo.insertVoterWhileOpen(db, { districtId: D, voteId: V, voterId: D, channel: 'online', castBy: D }),
      ),
    ).toMatchInlineSnapshot(
      `"INSERT INTO votes_voters (district_id, vote_id, voter_id, channel, cast_by) SELECT $1::uuid, $2::uuid, $3::uuid, $4, $5::uuid WHERE EXISTS (SELECT 1 FROM votes_votes v WHERE v.district_id = $6::uuid AND v.id = $7::uuid AND v.cancelled_at IS NULL AND v.closed_at IS NULL AND now() >= v.opens_at AND now() < v.closes_at) ON CONFLICT DO NOTHING RETURNING voter_id"`,
    );
  });
  it('takes the vote lock shared or exclusive', async () => {
    expect(await sqlOf(() => repo.lockVote(db, V, 'shared'))).toMatchInlineSnapshot(
      `"SELECT pg_advisory_xact_lock_shared(hashtextextended($1::text, 7201))"`,
    );
  });
  it('inserts ballots in the order given', async () => {
    expect(
      await sqlOf(() => repo.insertBallots(db, D, V, [{ id: D, voterId: null, choices: [2, 1] }])),
    ).toMatchInlineSnapshot(
      `"INSERT INTO votes_ballots (district_id, vote_id, id, voter_id, choices) SELECT $1::uuid, $2::uuid, x.id, x.voter_id, x.choices::smallint[] FROM unnest($3::uuid[], $4::uuid[], $5::text[]) WITH ORDINALITY AS x(id, voter_id, choices, ord) ORDER BY x.ord"`,
    );
  });
  it('tallies each method', () => {
    for (const m of ['single', 'approval', 'ranking'] as const)
      expect(repo.tallyQuery(D, V, m, 3).compile(db).sql.replace(/\s+/g, ' ').trim()).toMatchSnapshot(m);
  });
});
