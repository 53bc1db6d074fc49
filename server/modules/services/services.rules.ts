/**
 * Pure rules of the service marketplace (seed 001, Putuo): the four lists, service categories,
 * the order's state machine, what counts as a good rating, the two rates per node and the three
 * leaderboards (by category, by orders accepted, by good-rating rate).
 */

/** The four lists 四张清单: government purchase, community needs, residents' needs, social-organisation offers. */
export const LISTS = ['government', 'community', 'resident', 'offer'] as const;
export type List = (typeof LISTS)[number];

/** Categories of service ordered (elderly care, children, mediation, ...). */
export const SERVICE_CATEGORIES = [
  'elderly',
  'children',
  'mediation',
  'health',
  'culture',
  'repair',
  'legal',
  'employment',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export const ORDER_STATES = ['open', 'accepted', 'delivered', 'rated', 'cancelled'] as const;
export type OrderState = (typeof ORDER_STATES)[number];

/** What may be done to an order, by whom, from which state, to which state. */
export const ORDER_MACHINE = {
  accept: { by: 'org', from: ['open'], to: 'accepted' },
  deliver: { by: 'org', from: ['accepted'], to: 'delivered' },
  rate: { by: 'resident', from: ['delivered'], to: 'rated' },
  cancel: { by: 'resident', from: ['open'], to: 'cancelled' },
} as const satisfies Record<string, { by: 'org' | 'resident'; from: readonly OrderState[]; to: OrderState }>;
export type OrderAction = keyof typeof ORDER_MACHINE;

/** The actions a party may take on an order in a state. */
export function actionsFor(state: OrderState, party: { org: boolean; resident: boolean }): OrderAction[] {
  return (Object.keys(ORDER_MACHINE) as OrderAction[]).filter((a) => {
    const m = ORDER_MACHINE[a];
    return (m.from as readonly string[]).includes(state) && (m.by === 'org' ? party.org : party.resident);
  });
}

/** A good rating 好评: four or five stars of five. */
export const isGood = (rating: number) => rating >= 4;

/** Orders ever accepted: accepted, delivered or rated. */
export const wasAccepted = (state: OrderState) =>
  state === 'accepted' || state === 'delivered' || state === 'rated';

/** A share as a percentage with one decimal, or null when nothing was counted. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/** Counts of a node's year of orders. */
export interface OrderCounts {
  placed: number;
  accepted: number;
  rated: number;
  good: number;
}

/** Acceptance rate 接单率 = orders accepted ÷ orders placed; good-rating rate 好评率 = good ÷ rated. */
export function rates(c: OrderCounts) {
  return { acceptance: percent(c.accepted, c.placed), good: percent(c.good, c.rated) };
}

/** One organisation's year in the marketplace. */
export interface OrgTally {
  orgId: string;
  accepted: number;
  rated: number;
  good: number;
}

/** Leaderboard 接单榜: most orders accepted first (ties: more good ratings, then id). */
export function byAccepted(rows: OrgTally[]): OrgTally[] {
  return [...rows].sort(
    (a, b) => b.accepted - a.accepted || b.good - a.good || a.orgId.localeCompare(b.orgId),
  );
}

/**
 * Leaderboard 好评榜: highest good-rating rate first among organisations rated at least `minRated`
 * times (so one lucky rating does not top it); ties: more ratings, then id.
 */
export function byGoodRate(rows: OrgTally[], minRated = 3): (OrgTally & { rate: number })[] {
  return rows
    .filter((r) => r.rated >= minRated)
    .map((r) => ({ ...r, rate: percent(r.good, r.rated)! }))
    .sort((a, b) => b.rate - a.rate || b.rated - a.rated || a.orgId.localeCompare(b.orgId));
}

/** One category's year. */
export interface CategoryTally {
  category: string;
  placed: number;
  accepted: number;
  good: number;
  rated: number;
}

/** Leaderboard 类别榜: categories by orders placed (ties: accepted, then name). */
export function byCategory(rows: CategoryTally[]): CategoryTally[] {
  return [...rows].sort(
    (a, b) => b.placed - a.placed || b.accepted - a.accepted || a.category.localeCompare(b.category),
  );
}
