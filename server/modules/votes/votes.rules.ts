/**
 * Pure rules of votes: the ballot methods and what a valid ballot is, the state of a vote at a
 * moment, the fixed-size encoding sealed ballots are encrypted in, the tally and turnout.
 */

/** Ballot methods: one option; any number of options (approval); options in order of preference. */
export const METHODS = ['single', 'approval', 'ranking'] as const;
export type Method = (typeof METHODS)[number];

/** Where a vote stands: before opening, open, past closing but not yet tallied, tallied, cancelled. */
export const VOTE_STATES = ['scheduled', 'open', 'closing', 'closed', 'cancelled'] as const;
export type VoteState = (typeof VOTE_STATES)[number];

/** How many options a vote may have at most (sealed ballots have room for this many). */
export const MAX_OPTIONS = 30;

/** The state of a vote at `now`. */
export function stateOf(
  v: { opensAt: Date; closesAt: Date; closedAt: Date | null; cancelledAt: Date | null },
  now: Date,
): VoteState {
  if (v.cancelledAt) return 'cancelled';
  if (v.closedAt) return 'closed';
  if (now < v.opensAt) return 'scheduled';
  if (now < v.closesAt) return 'open';
  return 'closing';
}

/** Why a vote's set-up is wrong (a message key), or null. */
export function setupProblem(s: {
  method: Method;
  options: readonly string[];
  maxChoices: number;
  opensAt: Date;
  closesAt: Date;
}): { field: string; key: string } | null {
  if (s.options.length < 2 || s.options.length > MAX_OPTIONS)
    return { field: 'options', key: 'votes.options_count' };
  if (new Set(s.options.map((o) => o.trim())).size !== s.options.length)
    return { field: 'options', key: 'votes.options_duplicate' };
  if (s.method === 'single' && s.maxChoices !== 1) return { field: 'maxChoices', key: 'votes.max_choices' };
  if (s.maxChoices < 1 || s.maxChoices > s.options.length)
    return { field: 'maxChoices', key: 'votes.max_choices' };
  if (s.closesAt <= s.opensAt) return { field: 'closesAt', key: 'votes.closes_before_opens' };
  return null;
}

/**
 * Why a ballot is not valid for a vote (a message key), or null. Choices are 1-based option
 * positions: single takes exactly one; approval one to maxChoices distinct; ranking one to
 * maxChoices distinct, in order of preference.
 */
export function ballotProblem(
  method: Method,
  optionCount: number,
  maxChoices: number,
  choices: readonly number[],
): string | null {
  if (choices.length === 0) return 'votes.ballot_empty';
  if (choices.some((c) => !Number.isInteger(c) || c < 1 || c > optionCount))
    return 'votes.ballot_unknown_option';
  if (new Set(choices).size !== choices.length) return 'votes.ballot_repeated';
  if (method === 'single' && choices.length !== 1) return 'votes.ballot_single';
  if (choices.length > maxChoices) return 'votes.ballot_too_many';
  return null;
}

/** Plaintext size of a sealed ballot: a count byte and up to MAX_OPTIONS positions, zero padded. */
export const SEALED_SIZE = MAX_OPTIONS + 2;

/** A ballot's choices as fixed-size bytes (every sealed ballot is as long as every other). */
export function encodeChoices(choices: readonly number[]): Buffer {
  const b = Buffer.alloc(SEALED_SIZE);
  b[0] = choices.length;
  choices.forEach((c, i) => (b[i + 1] = c));
  return b;
}

/** The choices back from encodeChoices' bytes. */
export function decodeChoices(b: Buffer): number[] {
  const n = b[0];
  if (b.length !== SEALED_SIZE || n > MAX_OPTIONS) throw new Error('not a sealed ballot');
  return [...b.subarray(1, 1 + n)];
}

/** One option's tally. */
export interface OptionResult {
  position: number;
  /** Ballots that chose (approved, ranked) it. */
  count: number;
  /** Ranking: ballots that put it first; otherwise the same as count. */
  first: number;
  /** Ranking: Borda points (a ballot ranking k options gives maxChoices − rank + 1); otherwise count. */
  points: number;
}

/**
 * The tally of a set of ballots (the reference the SQL tally is tested against). Ranking uses the
 * Borda count over maxChoices ranks.
 */
export function tally(
  method: Method,
  optionCount: number,
  maxChoices: number,
  ballots: readonly (readonly number[])[],
): OptionResult[] {
  const out = Array.from({ length: optionCount }, (_, i) => ({
    position: i + 1,
    count: 0,
    first: 0,
    points: 0,
  }));
  for (const b of ballots)
    b.forEach((c, i) => {
      const r = out[c - 1];
      r.count++;
      if (method === 'ranking') {
        if (i === 0) r.first++;
        r.points += maxChoices - i;
      } else {
        r.first++;
        r.points++;
      }
    });
  return out;
}

/** Options ordered by outcome: points, then first preferences, then position. */
export function ranked(results: readonly OptionResult[]): OptionResult[] {
  return [...results].sort((a, b) => b.points - a.points || b.first - a.first || a.position - b.position);
}

/** Ballots cast over voters eligible, as a fraction (null when nobody was eligible). */
export function turnout(ballots: number, eligible: number | null): number | null {
  if (!eligible) return null;
  return Math.min(1, ballots / eligible);
}

/** Fisher–Yates shuffle in place with the given source of random integers in [0, n). */
export function shuffle<T>(items: T[], randomInt: (n: number) => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Labels of the ballot methods in an export or a printed sheet. */
export const METHOD_NAMES: Record<Method, string> = {
  single: '单选',
  approval: '多选（赞成票）',
  ranking: '排序（博达计分）',
};

/**
 * An option's result with its shares, in outcome order: `share` is the part of the ballots that
 * chose (approved, ranked) it; for a ranking `pointsShare` is its part of all Borda points (the
 * measure the ranking is decided by), for the other methods the same as share. Null with no ballots.
 */
export function withShares(
  results: readonly OptionResult[],
  ballots: number,
): (OptionResult & { rank: number; share: number | null; pointsShare: number | null })[] {
  const points = results.reduce((s, r) => s + r.points, 0);
  return ranked(results).map((r, i) => ({
    ...r,
    rank: i + 1,
    share: ballots ? r.count / ballots : null,
    pointsShare: points ? r.points / points : null,
  }));
}
