/**
 * Pure rules of honours (seed 003 Futian: 连续多年颁发“福田居民美德奖”，评选奖励一批见义勇为、助人为乐、
 * 诚实守信、敬业奉献、孝老爱亲的道德模范和先进典型): the default award and its categories, and the
 * nomination state machine from nomination through review to publication.
 */

/** The award a district starts with, and its five categories (seed 003). */
export const DEFAULT_AWARD = {
  name: '福田居民美德奖',
  categories: ['见义勇为', '助人为乐', '诚实守信', '敬业奉献', '孝老爱亲'],
} as const;

export const NOMINATION_STATES = ['nominated', 'approved', 'rejected', 'published'] as const;
export type NominationState = (typeof NOMINATION_STATES)[number];

/** The nomination state machine, as data: reviewed (approve or reject), then published. */
export const NOMINATION_MOVES = [
  { action: 'approve', from: ['nominated'], to: 'approved' },
  { action: 'reject', from: ['nominated', 'approved'], to: 'rejected' },
  { action: 'publish', from: ['approved'], to: 'published' },
  { action: 'withdraw', from: ['published'], to: 'approved' },
] as const satisfies readonly { action: string; from: readonly NominationState[]; to: NominationState }[];
export type NominationAction = (typeof NOMINATION_MOVES)[number]['action'];

/** Where an action leads from a state, or null. */
export function nominationMove(from: NominationState, action: string): NominationState | null {
  const m = NOMINATION_MOVES.find((x) => x.action === action);
  return m && (m.from as readonly NominationState[]).includes(from) ? m.to : null;
}

/** The actions open from a state (the reviewer's buttons). */
export function nominationActions(from: NominationState): NominationAction[] {
  return NOMINATION_MOVES.filter((m) => (m.from as readonly NominationState[]).includes(from)).map(
    (m) => m.action,
  );
}

/** A category must be one of the award's, when the award lists any. */
export function categoryAllowed(categories: readonly string[], category: string): boolean {
  return categories.length === 0 || categories.includes(category);
}

/** One line of a node's honours page, whatever its source (awards, volunteers' stars, cadres' stars). */
export interface HonourEntry {
  /** Where it comes from: 'award', 'volunteer', 'assessment'. */
  source: string;
  /** The honour's title, e.g. '福田居民美德奖·见义勇为', '五星级义工', '月度之星'. */
  title: string;
  name: string;
  /** The unit, community or category shown beside the name. */
  detail: string;
  /** When it was given: a day, a month or a year. */
  period: string;
}
