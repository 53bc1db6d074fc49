/**
 * Rules of 基层一线实践锻炼 (seed 002 Longgang) and 专项考察 (seed 001 Kaihua), pure: a batch's default
 * three months, its phase, which cadres are due (promoted in the last twelve months, no secondment
 * completed), when the street may rate, the week a log belongs to, a street's completion share.
 */

/** The street's ratings at the end of a secondment (优秀/称职/基本称职/不称职), best first. */
export const RATINGS = ['excellent', 'competent', 'basic', 'incompetent'] as const;
export type Rating = (typeof RATINGS)[number];

/** The four ratings of a special assessment (好/较好/一般/差). */
export const MARKS = ['good', 'fair', 'average', 'poor'] as const;
export type Mark = (typeof MARKS)[number];
/** What a special assessment leads to (表扬/无/处理). */
export const OUTCOMES = ['praise', 'none', 'punish'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** The four aspects of a special assessment: 态度、担当、作用、实绩. */
export const ASPECTS = ['attitude', 'responsibility', 'role', 'results'] as const;

/** A secondment lasts three months (seed 002: 全脱产 3 个月). */
export const DEFAULT_MONTHS = 3;
/** Cadres promoted within this many months are due a secondment. */
export const DUE_WITHIN_MONTHS = 12;
/** The street may rate its cadres from this many days before the batch ends. */
export const RATING_OPENS_DAYS = 14;

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A day plus n days. */
export function addDays(on: string, n: number): string {
  return iso(new Date(day(on).getTime() + n * 86_400_000));
}

/** A day plus n calendar months (the last day of a shorter month when the day does not exist). */
export function addMonths(on: string, n: number): string {
  const d = day(on);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last))));
}

/** The default last day of a batch starting on a day: three months, the day before the same date. */
export function defaultEndsOn(startsOn: string): string {
  return addDays(addMonths(startsOn, DEFAULT_MONTHS), -1);
}

/** Where a batch stands on a day. */
export type Phase = 'upcoming' | 'running' | 'ended';
export function phaseOf(b: { startsOn: string; endsOn: string }, today: string): Phase {
  if (today < b.startsOn) return 'upcoming';
  return today > b.endsOn ? 'ended' : 'running';
}

/** Whether the street may rate a batch's cadres on a day (from two weeks before its end). */
export function ratingOpen(b: { startsOn: string; endsOn: string }, today: string): boolean {
  return today >= b.startsOn && today >= addDays(b.endsOn, -RATING_OPENS_DAYS);
}

/** Whether a post taken on a day counts as a promotion within the last twelve months. */
export function promotedRecently(postSince: string | null | undefined, today: string): boolean {
  if (!postSince || !/^\d{4}-\d{2}-\d{2}$/.test(postSince)) return false;
  return postSince <= today && postSince > addMonths(today, -DUE_WITHIN_MONTHS);
}

/** A cadre's standing: a secondment completed, one assigned (running or to come), due, or not due. */
export type CadreStanding = 'completed' | 'assigned' | 'due' | 'not_due';

/**
 * A cadre's standing from their promotion date and their secondments' batches: completed once a
 * batch they were in has ended; assigned while one runs or is to come; otherwise due when promoted
 * within the last twelve months.
 */
export function standingOf(
  postSince: string | null | undefined,
  batches: readonly { startsOn: string; endsOn: string }[],
  today: string,
): CadreStanding {
  if (batches.some((b) => phaseOf(b, today) === 'ended')) return 'completed';
  if (batches.length) return 'assigned';
  return promotedRecently(postSince, today) ? 'due' : 'not_due';
}

/** The Monday of the week a day falls in (weekly logs are filed on it). */
export function weekOf(on: string): string {
  const dow = day(on).getUTCDay(); // 0 Sunday
  return addDays(on, -((dow + 6) % 7));
}

/** Whether a cadre's weekly log is due on a day: the batch runs and this week has none yet. */
export function weeklyLogDue(
  b: { startsOn: string; endsOn: string },
  loggedWeeks: readonly string[],
  today: string,
): boolean {
  return phaseOf(b, today) === 'running' && !loggedWeeks.includes(weekOf(today));
}

/** Completed share of a target in percent, one decimal (null without a target). */
export function completion(target: number, done: number): number | null {
  if (!(target > 0)) return null;
  return Math.round((done / target) * 1000) / 10;
}

/** The share of ratings that are 优秀, in percent (null when none is rated). */
export function excellentShare(ratings: readonly (string | null)[]): number | null {
  const rated = ratings.filter((r): r is string => !!r);
  if (!rated.length) return null;
  return Math.round((rated.filter((r) => r === 'excellent').length / rated.length) * 1000) / 10;
}
