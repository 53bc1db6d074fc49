/** Shapes of the votes API, shared by the routes and the web pages. */
import { z } from 'zod';
import { MAX_OPTIONS, METHODS, VOTE_STATES } from './votes.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);

export const method = z.enum(METHODS);
export const voteState = z.enum(VOTE_STATES);

/** A ballot: option positions (1-based), in order of preference for a ranking. */
export const castBody = z.strictObject({
  choices: z.array(z.number().int().min(1).max(MAX_OPTIONS)).min(1).max(MAX_OPTIONS),
  /** Whom to vote as, when the account may vote for more than one (a guardian for a child). */
  voterId: id.optional(),
});
/** What a cast answers: counted, or not because this voter had voted already. */
export const castResult = z.object({ counted: z.boolean() });

/** One option with its tally (tallies only once the vote is closed). */
export const optionView = z.object({
  position: z.number(),
  label: z.string(),
  count: z.number().nullable(),
  first: z.number().nullable(),
  points: z.number().nullable(),
});

/** One voter the account may vote as, and whether that voter has voted. */
export const voterView = z.object({ id, label: z.string(), voted: z.boolean() });

/** A vote as the API shows it. */
export const voteView = z.object({
  id,
  districtId: id,
  nodeId: id,
  nodeName: z.string(),
  owner: z.string(),
  ownerRef: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  method,
  maxChoices: z.number(),
  secret: z.boolean(),
  opensAt: z.string(),
  closesAt: z.string(),
  closedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  state: voteState,
  options: z.array(optionView),
  /** Voters so far (online and confirmed paper). */
  voted: z.number(),
  /** At the tally; null before. */
  eligible: z.number().nullable(),
  ballots: z.number().nullable(),
  turnout: z.number().nullable(),
  /** The voters this account may vote as. */
  myVoters: z.array(voterView),
  can: z.object({
    cast: z.boolean(),
    close: z.boolean(),
    cancel: z.boolean(),
    paper: z.boolean(),
    /** Closed, and the actor may export it (votes.export). */
    export: z.boolean(),
  }),
});
export type VoteView = z.infer<typeof voteView>;

/** A vote in a list. */
export const voteSummary = voteView.omit({ options: true, myVoters: true, description: true, can: true });

export const listQuery = z.object({
  nodeId: id.optional(),
  state: voteState.optional(),
  owner: z.string().trim().max(30).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const listView = z.object({ total: z.number(), items: z.array(voteSummary) });

export const cancelBody = z.strictObject({ reason: text(500) });

/** Paper ballots from an in-person meeting, as the first officer enters them. */
export const paperBody = z.strictObject({
  /** One entry per person who voted on paper, with their ballot. */
  entries: z
    .array(
      z.strictObject({
        voterId: id,
        choices: castBody.shape.choices,
      }),
    )
    .min(1)
    .max(2000),
  note: z.string().trim().max(500).default(''),
});
export const paperDecisionBody = z.strictObject({
  confirm: z.boolean(),
  reason: z.string().trim().max(500).optional(),
});
/** A batch of paper ballots (who entered it, how many; never the ballots). */
export const paperBatchView = z.object({
  id,
  voteId: id,
  voteTitle: z.string(),
  ballotCount: z.number(),
  voterCount: z.number(),
  note: z.string(),
  status: z.enum(['pending', 'confirmed', 'rejected']),
  enteredBy: z.string(),
  enteredAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  rejectReason: z.string().nullable(),
  can: z.object({ decide: z.boolean() }),
});
export const paperListView = z.array(paperBatchView);
