/** The votes API as typed functions: types are the routes' own, from web/app/api.generated.ts. */
import { client, type Body, type Res } from '../../app/client.ts';

/** A vote with its options, my voters and (once closed) its tally. */
export type Vote = Res<'get', '/api/votes/{id}'>;
/** A page of votes. */
export type VoteList = Res<'get', '/api/votes'>;
/** Batches of paper ballots (never their ballots). */
export type PaperBatches = Res<'get', '/api/votes/paper'>;
/** Paper ballots as entered. */
export type PaperInput = Body<'post', '/api/votes/{id}/paper'>;
/** Where a vote stands. */
export type VoteState = Vote['state'];

export { METHODS, VOTE_STATES } from '../../../server/modules/votes/votes.rules.ts';

/** Votes in my scope. */
export const listVotes = (q: { state?: VoteState; nodeId?: string; limit?: number; offset?: number }) =>
  client.get('/api/votes', { query: q });
/** One vote. */
export const getVote = (id: string) => client.get('/api/votes/{id}', { path: { id } });
/** Where a closed vote's Excel export downloads from. */
export const exportUrl = (id: string) => client.url('/api/votes/{id}/export', { path: { id } });
/** Casts a ballot (counted: false when this voter had voted already). */
export const castBallot = (id: string, choices: number[], voterId?: string) =>
  client.post('/api/votes/{id}/ballots', { path: { id }, body: { choices, voterId } });
/** Closes a vote now and tallies it. */
export const closeVote = (id: string) => client.post('/api/votes/{id}/close', { path: { id } });
/** Cancels a vote with the reason. */
export const cancelVote = (id: string, reason: string) =>
  client.post('/api/votes/{id}/cancel', { path: { id }, body: { reason } });
/** Enters paper ballots for a second officer to confirm. */
export const enterPaper = (id: string, body: PaperInput) =>
  client.post('/api/votes/{id}/paper', { path: { id }, body });
/** Confirms or sends back a batch of paper ballots. */
export const decidePaper = (batchId: string, confirm: boolean, reason?: string) =>
  client.post('/api/votes/paper/{id}/decision', { path: { id: batchId }, body: { confirm, reason } });
/** Paper batches in my scope (pending ones, or one vote's). */
export const listPaper = (q: { voteId?: string; pending?: '1' }) =>
  client.get('/api/votes/paper', { query: q });
