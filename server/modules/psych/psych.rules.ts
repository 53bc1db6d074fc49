/**
 * Rules of the 社会心理服务体系 as data (seed 003 福田): the kinds of service point, the population
 * groups screened, the diagnosis categories of the severe-mental-disorder register, the follow-up
 * cycle by risk level, the counselling slots, and the moves of a 服药补贴 application.
 */

/** Kinds of service point: 心理科门诊 (hospital), 心理咨询室 (一类社康中心), 心理辅导室 (school), community station. */
export const POINT_KINDS = ['clinic', 'counselling_room', 'school_room', 'station'] as const;
export type PointKind = (typeof POINT_KINDS)[number];

/** The groups screened in 心理测评 (seed: students, civil servants, residents, police, workers). */
export const POPULATIONS = ['students', 'civil_servants', 'residents', 'police', 'workers'] as const;

/** What a resident may say a booking is about (no more: the rest is for the counsellor's notes). */
export const TOPICS = ['emotion', 'family', 'study', 'work', 'relationship', 'other'] as const;

/** The six diagnosis categories of the national register of severe mental disorders. */
export const CATEGORIES = [
  'schizophrenia',
  'schizoaffective',
  'delusional',
  'bipolar',
  'epilepsy_related',
  'intellectual_disability',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Risk levels 0–5 of the register. */
export const RISK_LEVELS = [0, 1, 2, 3, 4, 5] as const;

export const FOLLOWUP_WAYS = ['home', 'phone', 'clinic'] as const;
export const CONDITIONS = ['stable', 'basically_stable', 'unstable'] as const;

/**
 * Our setting, not the seed's: the follow-up cycle in days by risk level. Level 3 and above are
 * visited every month, the others every quarter.
 */
export const FOLLOWUP_CYCLE_DAYS: Record<number, number> = { 0: 90, 1: 90, 2: 90, 3: 30, 4: 30, 5: 30 };

/** Our setting: the grid worker is told of a follow-up this many days before it falls due (and once when overdue). */
export const FOLLOWUP_NOTICE_DAYS = 3;

/** The target of free counselling hours a year (seed: 每年提供免费心理咨询服务 230 小时以上). */
export const FREE_HOURS_TARGET = 230;

/** Counselling slots: this long, starting on the hour between these hours (Beijing time). */
export const SLOT_MINUTES = 50;
export const FIRST_SLOT_HOUR = 9;
export const LAST_SLOT_HOUR = 17;
/** How far ahead a resident may book. */
export const BOOK_AHEAD_DAYS = 30;

/** Adds days to an ISO date. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The day a patient's next follow-up is due: the last visit (or registration) plus the level's cycle. */
export function nextDue(p: { riskLevel: number; lastVisitOn: string | null; registeredOn: string }): string {
  return addDays(p.lastVisitOn ?? p.registeredOn, FOLLOWUP_CYCLE_DAYS[p.riskLevel] ?? 90);
}

/** Whether a follow-up is overdue today (shown in red). */
export function followupOverdue(
  p: { riskLevel: number; lastVisitOn: string | null; registeredOn: string },
  today: string,
): boolean {
  return nextDue(p) < today;
}

/**
 * Whether a slot may be booked: it starts on the hour, between the first and last slot hour
 * (Beijing time), not in the past and not further ahead than BOOK_AHEAD_DAYS. Returns the problem.
 */
export function slotProblem(
  startsAt: Date,
  now: Date,
): 'not_on_hour' | 'outside_hours' | 'past' | 'too_far' | null {
  if (startsAt.getTime() <= now.getTime()) return 'past';
  if (startsAt.getTime() - now.getTime() > BOOK_AHEAD_DAYS * 86_400_000) return 'too_far';
  if (startsAt.getUTCMinutes() !== 0 || startsAt.getUTCSeconds() !== 0 || startsAt.getUTCMilliseconds() !== 0)
    return 'not_on_hour';
  const hour = (startsAt.getUTCHours() + 8) % 24;
  if (hour < FIRST_SLOT_HOUR || hour > LAST_SLOT_HOUR) return 'outside_hours';
  return null;
}

/** States of a 服药补贴 application: apply → community check → street approval; or rejected with a reason. */
export const SUBSIDY_STATES = ['applied', 'checked', 'approved', 'rejected'] as const;
export type SubsidyState = (typeof SUBSIDY_STATES)[number];
export const SUBSIDY_ACTIONS = ['check', 'approve', 'reject'] as const;
export type SubsidyAction = (typeof SUBSIDY_ACTIONS)[number];
/** Who takes a step: the community checks, the street approves; each may reject at its step. */
export type SubsidyActor = 'community' | 'street';

/** The moves: from which state, by whom, to which state. */
export const SUBSIDY_MOVES: {
  action: SubsidyAction;
  from: SubsidyState;
  by: SubsidyActor;
  to: SubsidyState;
}[] = [
  { action: 'check', from: 'applied', by: 'community', to: 'checked' },
  { action: 'reject', from: 'applied', by: 'community', to: 'rejected' },
  { action: 'approve', from: 'checked', by: 'street', to: 'approved' },
  { action: 'reject', from: 'checked', by: 'street', to: 'rejected' },
];

/** The state after a move, or null when the actor may not take it from this state. */
export function subsidyMove(state: string, action: SubsidyAction, by: SubsidyActor[]): SubsidyState | null {
  const m = SUBSIDY_MOVES.find((x) => x.from === state && x.action === action && by.includes(x.by));
  return m ? m.to : null;
}

/** The moves an actor may take from a state. */
export function subsidyActions(state: string, by: SubsidyActor[]): SubsidyAction[] {
  return SUBSIDY_MOVES.filter((m) => m.from === state && by.includes(m.by)).map((m) => m.action);
}
