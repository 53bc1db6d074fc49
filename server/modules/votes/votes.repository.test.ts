/** The hand-written statements of votes, as compiled (a change to one shows here first). */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { recorder } from '../../testing/sql-text.ts';
import * as repo from './votes.repository.ts';

const { db, textOf: sqlOf } = recorder();
const D = '01900000-0000-7000-8000-000000000001';
const V = '01900000-0000-7000-8000-000000000002';

describe('votes SQL', () => {
  it('records a group of casts, their ballots and the audit lane in one statement', async () => {
    expect(
      await sqlOf(() =>
        repo.recordCasts(
          db,
          [{ districtId: D, voteId: V, voterId: D, castBy: D, sealed: null, choices: [1] }],
          sql`(SELECT 1)`,
        ),
      ),
    ).toMatchInlineSnapshot(
      `"WITH x AS MATERIALIZED ( SELECT x.*, EXISTS (SELECT 1 FROM votes_votes w WHERE w.district_id = x.d AND w.id = x.v AND w.cancelled_at IS NULL AND w.closed_at IS NULL AND now() >= w.opens_at AND now() < w.closes_at) AS open FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::bytea[], $6::text[]) WITH ORDINALITY AS x(d, v, r, b, s, c, o)), ins AS ( INSERT INTO votes_voters (district_id, vote_id, voter_id, channel, cast_by) SELECT x.d, x.v, x.r, 'online', x.b FROM x WHERE x.open ORDER BY x.o ON CONFLICT DO NOTHING RETURNING vote_id, voter_id), won AS MATERIALIZED (SELECT min(x.o) AS o FROM x JOIN ins ON ins.vote_id = x.v AND ins.voter_id = x.r GROUP BY x.v, x.r), sealed AS ( INSERT INTO votes_sealed (district_id, vote_id, id, sealed) SELECT x.d, x.v, gen_random_uuid(), x.s FROM x JOIN won ON won.o = x.o WHERE x.s IS NOT NULL), clear AS ( INSERT INTO votes_ballots (district_id, vote_id, id, voter_id, choices) SELECT x.d, x.v, gen_random_uuid(), x.r, x.c::smallint[] FROM x JOIN won ON won.o = x.o WHERE x.s IS NULL), lane AS MATERIALIZED (SELECT (SELECT 1) AS head) SELECT won.o IS NOT NULL AS recorded, x.open, (SELECT head FROM lane) AS audit_head FROM x LEFT JOIN won ON won.o = x.o ORDER BY x.o"`,
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
