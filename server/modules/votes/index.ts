/** Public face of the votes module: votes any module can hold, with the eligibility it resolves. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { votesMessages } from './votes.i18n.ts';
import { votesPermissions } from './votes.permissions.ts';

registerPermissions(votesPermissions);
registerMessages(votesMessages);

export { createVotesService, type VotesService, type NewVote } from './votes.service.ts';
export { votesRoutes } from './votes.routes.ts';
export { voteView, type VoteView } from './votes.schemas.ts';
export type { VoteKind, VoteScope, Voter, VoteOutcome } from './votes.kinds.ts';
export {
  METHODS,
  VOTE_STATES,
  ranked,
  turnout,
  type Method,
  type OptionResult,
  type VoteState,
} from './votes.rules.ts';
