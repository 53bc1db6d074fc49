/**
 * Pure rules of 专职党务工作者配备 (seed 003 福田: 为街道社区配备180名专职党务工作者): where a post may be,
 * how many posts are vacant, when a contract is ending, when a yearly appraisal is due, which months
 * a work log may be written for, and the figures' arithmetic.
 */

/** A post is kept at a street or a community. */
export const POST_LEVELS = ['street', 'community'] as const;

/** What a worker brings: party member, 本科及以上, 社会工作者职业资格, 党务培训结业. */
export const QUALIFICATIONS = ['party_member', 'bachelor', 'social_worker', 'party_training'] as const;
export type Qualification = (typeof QUALIFICATIONS)[number];

/** Why a placement ended. */
export const END_REASONS = ['resigned', 'contract_ended', 'dismissed', 'transferred'] as const;
export type EndReason = (typeof END_REASONS)[number];

/** The yearly appraisal's grades: 优秀, 称职, 基本称职, 不称职. */
export const GRADES = ['excellent', 'competent', 'basic', 'incompetent'] as const;
export type Grade = (typeof GRADES)[number];

/** The seed's target: 180 workers placed in a year, until the district sets its own. */
export const DEFAULT_YEARLY_TARGET = 180;
/** A contract ending within this many days shows on the street's home page. */
export const CONTRACT_WARN_DAYS = 60;
/** The most posts one street or community holds. */
export const MAX_POSTS = 50;

const DAY_MS = 86_400_000;
const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** Vacant posts of a node: its posts less the workers in them (never below zero). */
export function vacancies(posts: number, filled: number): number {
  return Math.max(0, posts - filled);
}

/** A share in percent with one decimal; null without a denominator. */
export function pct(a: number, b: number): number | null {
  return b === 0 ? null : Math.round((1000 * a) / b) / 10;
}

/** The contract's state on a day: over (end passed), ending (within the warning days), or fine. */
export function contractState(contractEnd: string, today: string, warnDays = CONTRACT_WARN_DAYS) {
  const left = Math.round((dayMs(contractEnd) - dayMs(today)) / DAY_MS);
  if (left < 0) return 'over' as const;
  if (left <= warnDays) return 'ending' as const;
  return 'fine' as const;
}

/**
 * The year whose appraisal is due on a day, or null: the appraisal of year Y is made from
 * 1 December of Y until the end of March of Y+1 (年度考核 at the year's end).
 */
export function appraisalYearDue(today: string): number | null {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  if (m === 12) return y;
  if (m <= 3) return y - 1;
  return null;
}

/**
 * Whether a worker is appraised for a year: placed by 1 October of that year (a quarter's work
 * at least) and not gone before 1 December.
 */
export function appraisedFor(p: { startedOn: string; endedOn: string | null }, year: number): boolean {
  return p.startedOn <= `${year}-10-01` && (p.endedOn === null || p.endedOn >= `${year}-12-01`);
}

/** Whether a month 'YYYY-MM' may carry a work log: from the start's month up to the current month. */
export function logMonthOpen(month: string, p: { startedOn: string; endedOn: string | null }, today: string) {
  return (
    month >= p.startedOn.slice(0, 7) &&
    month <= today.slice(0, 7) &&
    (p.endedOn === null || month <= p.endedOn.slice(0, 7))
  );
}
