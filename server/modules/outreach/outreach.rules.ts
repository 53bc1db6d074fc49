/**
 * Pure rules of 在职党员到社区报到服务 "双报到" (seed 003 福田: 千名党员进社区, 守望先锋队; seed 004 罗湖:
 * 亮身份, 三民, 党群嘉年华, 志愿者联盟): the kinds of brand programme, a report's states and moves as
 * data, what a second tap of 报到 does, hours kept as half hours, the quarter a day falls in, the
 * rating a year's confirmed hours suggest, and when a pledge is due.
 */

/** Brand programmes: 守望先锋队, 亮身份践承诺, 三民 (民情/民意/民生), 党群嘉年华, 志愿者联盟, other. */
export const KINDS = ['watch', 'pledge', 'sanmin', 'carnival', 'alliance', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/** A report's states: pre-registered by the unit, reported by the member, accepted or declined. */
export const STATES = ['invited', 'reported', 'accepted', 'declined'] as const;
export type State = (typeof STATES)[number];

/** The community's moves of a report. */
export const MOVE_ACTIONS = ['accept', 'decline', 'place'] as const;
export type MoveAction = (typeof MOVE_ACTIONS)[number];

/** Each move: the states it leaves from and the state it reaches. */
export const MOVES: Record<MoveAction, { from: readonly State[]; to: State }> = {
  accept: { from: ['reported'], to: 'accepted' },
  decline: { from: ['reported'], to: 'declined' },
  /** Moves an accepted member to another programme or post. */
  place: { from: ['accepted'], to: 'accepted' },
};

/** The moves open from a state. */
export function movesFrom(state: State): MoveAction[] {
  return MOVE_ACTIONS.filter((a) => MOVES[a].from.includes(state));
}

/** A service's states and the community's moves on it. */
export const SERVICE_STATES = ['recorded', 'confirmed', 'returned'] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];
export const SERVICE_ACTIONS = ['confirm', 'return'] as const;
export type ServiceAction = (typeof SERVICE_ACTIONS)[number];
export const SERVICE_MOVES: Record<ServiceAction, { from: readonly ServiceState[]; to: ServiceState }> = {
  confirm: { from: ['recorded'], to: 'confirmed' },
  return: { from: ['recorded'], to: 'returned' },
};

/** The yearly feedback's ratings 优秀 / 合格 / 不合格. */
export const RATINGS = ['excellent', 'pass', 'fail'] as const;
export type Rating = (typeof RATINGS)[number];

/**
 * What a member's tap of 报到 does, given this year's report (if any): a first report is inserted; a
 * pre-registration (invited) or a declined report is reported now; the same community again is
 * the same report (a retry); another community while reported or accepted is refused (one
 * community a year — the community must decline first).
 */
export function reportStep(
  existing: { state: State; communityId: string } | null,
  communityId: string,
): 'insert' | 'report' | 'same' | 'conflict' {
  if (!existing) return 'insert';
  if (existing.state === 'invited' || existing.state === 'declined') return 'report';
  return existing.communityId === communityId ? 'same' : 'conflict';
}

/** Hours are kept as half hours (0.5 h steps). */
export const toHalfHours = (hours: number) => Math.round(hours * 2);
/** Half hours back to hours. */
export const hoursOf = (halfHours: number) => halfHours / 2;

/** The first and the day after the last day of the quarter a day (YYYY-MM-DD) falls in. */
export function quarterOf(day: string): { from: string; to: string } {
  const y = Number(day.slice(0, 4));
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  const m = (n: number) => String(n).padStart(2, '0');
  const from = `${y}-${m(q * 3 + 1)}-01`;
  const to = q === 3 ? `${y + 1}-01-01` : `${y}-${m(q * 3 + 4)}-01`;
  return { from, to };
}

/**
 * The rating a year's confirmed hours suggest (the community decides): 20 hours and more 优秀,
 * 8 and more 合格, less 不合格 (a project default, like the volunteers' star hours).
 */
export const RATING_BANDS: readonly { minHours: number; rating: Rating }[] = [
  { minHours: 20, rating: 'excellent' },
  { minHours: 8, rating: 'pass' },
  { minHours: 0, rating: 'fail' },
];

/** The suggested rating of a year's confirmed hours. */
export function suggestedRating(hours: number): Rating {
  return RATING_BANDS.find((b) => hours >= b.minHours)?.rating ?? 'fail';
}

/** An open pledge is due on the home page this many days before its day. */
export const PLEDGE_SOON_DAYS = 14;

/** Whether an open pledge shows as due on a day: its due day within PLEDGE_SOON_DAYS, or past. */
export function pledgeDue(p: { state: 'open' | 'fulfilled'; dueOn: string }, soonDay: string): boolean {
  return p.state === 'open' && p.dueOn <= soonDay;
}

/** Whether a programme has a free place (places are counted over accepted members). */
export function hasPlace(taken: number, places: number): boolean {
  return taken < places;
}

/** The share in percent, one decimal (null with nothing to divide by). */
export function pct(a: number, b: number): number | null {
  return b === 0 ? null : Math.round((1000 * a) / b) / 10;
}
