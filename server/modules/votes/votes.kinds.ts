/**
 * The contract between votes and the modules that hold votes: each owner registers a kind of vote
 * with the resolver that says who may vote. Votes never reads another module's tables; it asks.
 */
import type { Actor } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import type { OptionResult } from './votes.rules.ts';

/** A vote as its kind's resolver sees it. */
export interface VoteScope {
  id: string;
  districtId: string;
  nodeId: string;
  /** The node's materialised path, for subtree checks. */
  nodePath: string;
  owner: string;
  ownerRef: string | null;
  kind: string;
  params: Record<string, unknown>;
  title: string;
}

/** Someone an account may vote as. */
export interface Voter {
  /** Stable id of the voter in this kind (a person id, usually); one vote per id. */
  id: string;
  /** How the account sees this voter: itself, or a child's alias. Never a national ID or phone. */
  label: string;
}

/** The outcome handed to the owner when a vote is tallied. */
export interface VoteOutcome {
  results: OptionResult[];
  ballots: number;
  eligible: number;
}

/** Who may vote in votes of one kind, as the owner module decides. */
export interface VoteKind {
  /** The voters this account may vote as in this vote (empty: not eligible). */
  votersFor(actor: Actor, vote: VoteScope): Promise<Voter[]>;
  /** How many may vote (turnout's denominator), counted when the vote is tallied. */
  countEligible(vote: VoteScope): Promise<number>;
  /** Which of these voter ids may vote (for paper ballots an officer enters). */
  eligibleAmong(vote: VoteScope, voterIds: readonly string[]): Promise<Set<string>>;
  /**
   * The names of these voters, for the ballots of an open (non-secret) vote's export (masked there
   * unless the reader may reveal). A kind without it exports its ballots without names.
   */
  voterNames?(vote: VoteScope, voterIds: readonly string[]): Promise<Map<string, string>>;
  /** Runs inside the tallying transaction, after the results are written. */
  onClosed?(trx: Executor, vote: VoteScope, outcome: VoteOutcome): Promise<void>;
}
