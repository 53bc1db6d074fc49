/** SQL of the tally: sealed secret ballots, the count, the results and the ballots held. */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { Method, OptionResult } from './votes.rules.ts';

/** Inserts sealed (encrypted) secret ballots under the ids given. */
export async function insertSealed(
  trx: Executor,
  districtId: string,
  voteId: string,
  sealed: { id: string; sealed: Buffer }[],
) {
  if (sealed.length === 0) return;
  await sql`
    INSERT INTO votes_sealed (district_id, vote_id, id, sealed)
    SELECT ${districtId}::uuid, ${voteId}::uuid, i, s
    FROM unnest(${sealed.map((s) => s.id)}::uuid[], ${sealed.map((s) => s.sealed)}::bytea[]) AS x(i, s)`.execute(
    trx,
  );
}

/** Every sealed ballot of a vote. */
export function findSealed(trx: Executor, districtId: string, voteId: string) {
  return trx
    .selectFrom('votes_sealed')
    .select('sealed')
    .where('district_id', '=', districtId)
    .where('vote_id', '=', voteId)
    .execute();
}

/** Removes a vote's sealed ballots (once they are in votes_ballots, shuffled). */
export async function deleteSealed(trx: Executor, districtId: string, voteId: string) {
  await trx
    .deleteFrom('votes_sealed')
    .where('district_id', '=', districtId)
    .where('vote_id', '=', voteId)
    .execute();
}

/**
 * The tally of a vote's ballots in SQL: per option, the ballots that chose it, put it first, and
 * (ranking) its Borda points over maxChoices ranks.
 */
export async function tallyBallots(
  trx: Executor,
  districtId: string,
  voteId: string,
  method: Method,
  maxChoices: number,
): Promise<OptionResult[]> {
  const { rows } = await tallyQuery(districtId, voteId, method, maxChoices).execute(trx);
  return rows.map((r) => ({ position: r.position, count: r.count, first: r.first, points: r.points }));
}

/** The tally statement (exported for its snapshot test). */
export function tallyQuery(districtId: string, voteId: string, method: Method, maxChoices: number) {
  if (method === 'single')
    return sql<OptionResult>`
      SELECT choices[1] AS position, count(*)::int AS count, count(*)::int AS first, count(*)::int AS points
      FROM votes_ballots WHERE district_id = ${districtId}::uuid AND vote_id = ${voteId}::uuid
      GROUP BY 1`;
  if (method === 'approval')
    return sql<OptionResult>`
      SELECT c AS position, count(*)::int AS count, count(*)::int AS first, count(*)::int AS points
      FROM votes_ballots b, unnest(b.choices) AS c
      WHERE b.district_id = ${districtId}::uuid AND b.vote_id = ${voteId}::uuid
      GROUP BY 1`;
  return sql<OptionResult>`
    SELECT u.c AS position, count(*)::int AS count, (count(*) FILTER (WHERE u.o = 1))::int AS first,
      sum(${maxChoices}::int - u.o + 1)::int AS points
    FROM votes_ballots b, unnest(b.choices) WITH ORDINALITY AS u(c, o)
    WHERE b.district_id = ${districtId}::uuid AND b.vote_id = ${voteId}::uuid
    GROUP BY 1`;
}

/** Refreshes the planner's statistics of the ballots table (after a large vote's ballots are unsealed). */
export async function analyzeBallots(trx: Executor) {
  await sql`ANALYZE votes_ballots`.execute(trx);
}

/** Writes a vote's results (every option, zero where nobody chose it) and marks it closed. */
export async function writeResults(
  trx: Executor,
  v: { districtId: string; voteId: string; results: OptionResult[]; eligible: number; ballots: number },
) {
  if (v.results.length)
    await trx
      .insertInto('votes_results')
      .values(
        v.results.map((r) => ({
          district_id: v.districtId,
          vote_id: v.voteId,
          position: r.position,
          count: r.count,
          first: r.first,
          points: r.points,
        })),
      )
      .execute();
  await trx
    .updateTable('votes_votes')
    .set({
      closed_at: sql`now()`,
      eligible_count: v.eligible,
      ballots_count: v.ballots,
      version: sql`version + 1`,
    })
    .where('district_id', '=', v.districtId)
    .where('id', '=', v.voteId)
    .execute();
}

/** How many ballots a vote holds in the clear. */
export async function countBallots(trx: Executor, districtId: string, voteId: string) {
  const r = await trx
    .selectFrom('votes_ballots')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('district_id', '=', districtId)
    .where('vote_id', '=', voteId)
    .executeTakeFirstOrThrow();
  return r.n;
}
