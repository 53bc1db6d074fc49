/**
 * The rules of 一榜三令: the daily evaluation (normal / yellow / red), red days, indicators, the
 * orders it proposes and deadlines soon.
 */
import { ConflictError } from '../../platform/errors.ts';
import {
  dayNumber,
  type Milestone,
  plannedProgress,
  actualProgress,
  milestoneOverdue,
} from './tasks.progress.rules.ts';
import type { TaskStatus, EvalStatus } from './tasks.rules.ts';

// ---------------------------------------------------------------- evaluation

/** Tunable thresholds (defaults in tasks.manifest.ts). */
export interface EvalSettings {
  /** Behind plan by at least this many percentage points → yellow. */
  yellowMargin: number;
  /** Behind plan by at least this many percentage points → red. */
  redMargin: number;
  /** Red for at least this many days → an accountability draft is proposed. */
  redDaysForAccountability: number;
  /** Deadline within this many days and not completed → a notice to the unit. */
  deadlineNoticeDays: number;
  /**
   * 排名严重滞后: a task among the last this many places of its district's ranking (and behind plan by
   * at least the yellow margin) is lagging in rank; 0 turns the trigger off.
   */
  rankingLagPlaces: number;
  /** In the last places for at least this many days → an accountability draft is proposed. */
  rankingLagDays: number;
  /**
   * 到期限未达标 for a completed task: this many days after its deadline, a task whose indicators are
   * not all met gets an accountability draft (the days let the unit report the final values).
   */
  indicatorGraceDays: number;
}

/** The outcome of evaluating one task on one day. */
export interface Evaluation {
  status: EvalStatus;
  planned: number;
  actual: number;
  overdue: boolean;
}

/** Evaluates a task on a day: red when a milestone is overdue or far behind, yellow when behind. */
export function evaluate(
  task: { milestones: readonly Milestone[]; startDate: string },
  day: string,
  s: Pick<EvalSettings, 'yellowMargin' | 'redMargin'>,
): Evaluation {
  const planned = plannedProgress(task.milestones, task.startDate, day);
  const actual = actualProgress(task.milestones);
  const overdue = milestoneOverdue(task.milestones, day);
  return { status: statusOf(planned, actual, overdue, s), planned, actual, overdue };
}

/** The colour from planned, actual and overdue (shared by evaluate and the SQL evaluation's tests). */
export function statusOf(
  planned: number,
  actual: number,
  overdue: boolean,
  s: Pick<EvalSettings, 'yellowMargin' | 'redMargin'>,
): EvalStatus {
  const behind = planned - actual;
  if (overdue || behind >= s.redMargin) return 'red';
  if (behind >= s.yellowMargin) return 'yellow';
  return 'normal';
}

/** The day red began: kept while red continues, set today when red starts, cleared otherwise. */
export function nextRedSince(
  prevStatus: EvalStatus | null,
  prevRedSince: string | null,
  status: EvalStatus,
  day: string,
) {
  if (status !== 'red') return null;
  return prevStatus === 'red' && prevRedSince ? prevRedSince : day;
}

/** Whole days red has lasted on day (0 on the first red day). */
export function redDays(redSince: string | null, day: string): number {
  return redSince ? dayNumber(day) - dayNumber(redSince) : 0;
}

/** A task's key. */
export interface TaskKey {
  district_id: string;
  task_id: string;
}

/** An evaluated task that may be, or was until today, in the last places of its district's ranking. */
export interface LagCandidate {
  districtId: string;
  taskId: string;
  year: number;
  /** Lead over plan (actual − planned), the ranking's first key. */
  lead: number;
  actual: number;
  /** Behind plan by at least the yellow margin, with the trigger on (only these can be in the last places). */
  behind: boolean;
  /** Since when it has been in the last places (null: it was not). */
  lagSince: string | null;
  /** The district's last places and days (rankingLagPlaces, rankingLagDays). */
  places: number;
  days: number;
}

/**
 * 排名严重滞后 on day: a task behind plan by the yellow margin and among the last `places` of its
 * district's ranking of the year, by lead over plan, then actual progress, then id (the lower id
 * ranks higher). Only tasks that are behind need ranking: every task ranked below one of them is
 * behind by more, so their order among themselves is their order in the whole ranking. Returns the
 * tasks entering and leaving the last places, and those in them for at least the district's days.
 */
export function lastPlaces(candidates: readonly LagCandidate[], day: string) {
  const groups = new Map<string, LagCandidate[]>();
  for (const c of candidates) {
    if (!c.behind) continue;
    const k = `${c.districtId}|${c.year}`;
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  const last = new Set<string>();
  for (const g of groups.values()) {
    g.sort((a, b) => a.lead - b.lead || a.actual - b.actual || (a.taskId < b.taskId ? 1 : -1));
    for (const c of g.slice(0, g[0].places)) last.add(c.taskId);
  }
  const key = (c: LagCandidate): TaskKey => ({ district_id: c.districtId, task_id: c.taskId });
  return {
    entering: candidates.filter((c) => last.has(c.taskId) && !c.lagSince).map(key),
    leaving: candidates.filter((c) => !last.has(c.taskId) && c.lagSince).map(key),
    long: candidates
      .filter((c) => last.has(c.taskId) && c.lagSince && dayNumber(c.lagSince) <= dayNumber(day) - c.days)
      .map(key),
  };
}

/** An indicator with its target and latest value. */
export interface IndicatorValue {
  target: number;
  actual?: number | null;
  higherIsBetter?: boolean;
}
/** Every indicator reached its target (vacuously true with none). */
export function indicatorsMet(ind: readonly IndicatorValue[]): boolean {
  return ind.every((i) =>
    i.actual === null || i.actual === undefined
      ? false
      : i.higherIsBetter === false
        ? i.actual <= i.target
        : i.actual >= i.target,
  );
}

/** What the evaluation knows about a task when proposing orders. */
export interface ProposalFacts {
  status: TaskStatus;
  evalStatus: EvalStatus;
  redSince: string | null;
  deadline: string;
  /** Calendar day of completion, when completed. */
  completedOn: string | null;
  /** First day of its current stay in the last places of the ranking (null: not there). */
  lagSince?: string | null;
  indicators: readonly IndicatorValue[];
  violations: number;
  /** An accountability / commendation order already drafted or issued (dismissed ones do not count). */
  hasAccountability: boolean;
  hasCommendation: boolean;
}

/** Why the evaluation proposes an order, as message keys (empty: nothing to propose). */
export interface Proposals {
  commendation: string | null;
  accountability: string | null;
}

/**
 * Proposes draft orders: a commendation when completed on time with indicators met; an
 * accountability order (seed 000's three triggers) when a violation exists (涉嫌违法违规), the deadline
 * passed unfinished or a completed task's indicators are still unmet after the grace days (到期限未达标),
 * red lasted N days or the task stood in the last places of the ranking for N days (进展或排名严重滞后).
 */
export function proposeOrders(
  f: ProposalFacts,
  day: string,
  s: Pick<EvalSettings, 'redDaysForAccountability'> &
    Partial<Pick<EvalSettings, 'rankingLagPlaces' | 'rankingLagDays' | 'indicatorGraceDays'>>,
): Proposals {
  const out: Proposals = { commendation: null, accountability: null };
  if (f.status !== 'awarded' && f.status !== 'completed') return out;
  const onTime = f.completedOn !== null && dayNumber(f.completedOn) <= dayNumber(f.deadline);
  if (
    !f.hasCommendation &&
    f.status === 'completed' &&
    onTime &&
    indicatorsMet(f.indicators) &&
    f.evalStatus !== 'red'
  )
    out.commendation = 'tasks.why.completed_on_time';
  if (!f.hasAccountability) {
    const past = dayNumber(day) - dayNumber(f.deadline);
    if (f.violations > 0) out.accountability = 'tasks.why.violation';
    else if (f.status !== 'completed' && past > 0) out.accountability = 'tasks.why.deadline_missed';
    else if (
      f.status === 'completed' &&
      f.indicators.length > 0 &&
      !indicatorsMet(f.indicators) &&
      past > (s.indicatorGraceDays ?? 0)
    )
      out.accountability = 'tasks.why.indicators_unmet';
    else if (f.evalStatus === 'red' && redDays(f.redSince, day) >= s.redDaysForAccountability)
      out.accountability = 'tasks.why.red_too_long';
    else if (
      f.status === 'awarded' &&
      (s.rankingLagPlaces ?? 0) > 0 &&
      f.lagSince &&
      dayNumber(day) - dayNumber(f.lagSince) >= (s.rankingLagDays ?? 30)
    )
      out.accountability = 'tasks.why.ranking_lag';
  }
  return out;
}

/** A commendation cannot go to a task that is red today. */
export function assertCommendable(evalStatus: EvalStatus | null): void {
  if (evalStatus === 'red') throw new ConflictError('tasks.commend_red');
}

/** Deadline within n days (and not passed) of day. */
export function deadlineSoon(deadline: string, day: string, n: number): boolean {
  const left = dayNumber(deadline) - dayNumber(day);
  return left >= 0 && left <= n;
}
