/**
 * Pure rules of 共治合伙人 and 天大的小事, as data.
 * Seed 000 (福民社区): “构建了‘福民共治合伙人’队伍…运用‘需求导向、红利驱动、共建共治共享成果’的推广模式，吸纳
 * 各单位、群众组织等主动参与社区治理” — partners of five kinds offer 场地/资金/志愿服务/专业服务/物资 and receive
 * 红利 (points per fulfilled need, a yearly star level).
 * Seed 001 (鄞州): “‘天大的小事’百名党员‘找问题、抓需求、求破解’…协同完成社区党委每年确定的10件民生实事” —
 * needs reported, screened, at most ten selected a year, assigned to partners, progressed to done.
 */

export const PARTNER_KINDS = ['unit', 'enterprise', 'mass_org', 'social_org', 'individual'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** What a partner offers (seed 000: 政府引导、企业出力). */
export const OFFER_KINDS = ['venue', 'funds', 'volunteers', 'expertise', 'goods'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

export const PARTNER_STATES = ['applied', 'active', 'declined', 'suspended'] as const;
export type PartnerState = (typeof PARTNER_STATES)[number];

/** The partner state machine: an application is approved or declined; an active partner may be suspended. */
export const PARTNER_MOVES = [
  { action: 'approve', from: ['applied'], to: 'active' },
  { action: 'decline', from: ['applied'], to: 'declined' },
  { action: 'suspend', from: ['active'], to: 'suspended' },
  { action: 'reinstate', from: ['suspended'], to: 'active' },
] as const satisfies readonly { action: string; from: readonly PartnerState[]; to: PartnerState }[];
export type PartnerAction = (typeof PARTNER_MOVES)[number]['action'];

export const NEED_STATES = ['reported', 'merged', 'declined', 'selected', 'in_progress', 'done'] as const;
export type NeedState = (typeof NEED_STATES)[number];

/**
 * The 天大的小事 state machine. `by` says who moves it: the screening community officer, or the
 * partner assigned (the officer may report for a partner too).
 */
export const NEED_MOVES = [
  { action: 'merge', from: ['reported'], to: 'merged', by: 'screen' },
  { action: 'decline', from: ['reported'], to: 'declined', by: 'screen' },
  { action: 'select', from: ['reported'], to: 'selected', by: 'screen' },
  // a selection taken back (a reason required): the need is reported again and no longer counts
  // among the year's ten; a matter done stays done
  { action: 'withdraw', from: ['selected', 'in_progress'], to: 'reported', by: 'screen' },
  { action: 'progress', from: ['selected', 'in_progress'], to: 'in_progress', by: 'partner' },
  { action: 'complete', from: ['selected', 'in_progress'], to: 'done', by: 'partner' },
] as const satisfies readonly {
  action: string;
  from: readonly NeedState[];
  to: NeedState;
  by: 'screen' | 'partner';
}[];
export type NeedAction = (typeof NEED_MOVES)[number]['action'];

/** The most 民生实事 a community's party committee selects in a year (seed 001: 每年确定的10件). */
export const MATTERS_PER_YEAR = 10;

/** Points a partner earns for each 民生实事 it helped complete (红利驱动). */
export const POINTS_PER_MATTER = 10;

/** The yearly star level from points: the first rule whose minimum is reached. */
export const STAR_RULES = [
  { stars: 5, min: 50 },
  { stars: 4, min: 40 },
  { stars: 3, min: 30 },
  { stars: 2, min: 20 },
  { stars: 1, min: 10 },
] as const;

/** Where an action leads from a state, or null. */
export function partnerMove(from: PartnerState, action: string): PartnerState | null {
  const m = PARTNER_MOVES.find((x) => x.action === action);
  return m && (m.from as readonly string[]).includes(from) ? m.to : null;
}

/** The actions open to the officer on a partner in a state. */
export function partnerActions(from: PartnerState): PartnerAction[] {
  return PARTNER_MOVES.filter((m) => (m.from as readonly string[]).includes(from)).map((m) => m.action);
}

/** Where an action leads from a need's state, or null. */
export function needMove(from: NeedState, action: string): NeedState | null {
  const m = NEED_MOVES.find((x) => x.action === action);
  return m && (m.from as readonly string[]).includes(from) ? m.to : null;
}

/** The actions open from a state to a screener, a partner assigned, or both. */
export function needActions(from: NeedState, who: { screen: boolean; partner: boolean }): NeedAction[] {
  return NEED_MOVES.filter(
    (m) =>
      (m.from as readonly string[]).includes(from) &&
      (m.by === 'screen' ? who.screen : who.partner || who.screen),
  ).map((m) => m.action);
}

/** The star level a year's points give (0 below the lowest rule). */
export function starsFor(points: number): number {
  return STAR_RULES.find((r) => points >= r.min)?.stars ?? 0;
}

/** Whether one more 民生实事 may be selected when `selected` already are. */
export function canSelectAnother(selected: number): boolean {
  return selected < MATTERS_PER_YEAR;
}

/** The screening actions that need a reason (the reporter is told it). */
export const REASON_ACTIONS: readonly NeedAction[] = ['decline', 'withdraw'];

/** A 民生实事 not done by its target day (YYYY-MM-DD, compared with today's day in Shanghai). */
export function isOverdue(m: { state: NeedState; targetDate: string | null }, today: string): boolean {
  return (m.state === 'selected' || m.state === 'in_progress') && !!m.targetDate && m.targetDate < today;
}
