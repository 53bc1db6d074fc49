/** SQL of a closed vote's export: an open (non-secret) vote's ballots with their voters. */
import type { Executor } from '../../platform/db/db.ts';

/**
 * An open vote's ballots, each with its voter, the channel and when it was cast, in casting order.
 * Only ballots that carry their voter: a secret vote's ballots never do (and the caller never asks).
 */
export function findOpenBallots(db: Executor, districtId: string, voteId: string) {
  return db
    .selectFrom('votes_ballots as b')
    .innerJoin('votes_voters as w', (j) =>
      j
        .onRef('w.district_id', '=', 'b.district_id')
        .onRef('w.vote_id', '=', 'b.vote_id')
        .onRef('w.voter_id', '=', 'b.voter_id'),
    )
    .select(['b.voter_id', 'b.choices', 'w.channel', 'w.cast_at'])
    .where('b.district_id', '=', districtId)
    .where('b.vote_id', '=', voteId)
    .orderBy('w.cast_at')
    .orderBy('b.voter_id')
    .execute();
}
