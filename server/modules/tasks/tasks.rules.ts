/**
 * The rules of 一榜三令, pure: the state machines (as data), planned and actual progress, the daily
 * evaluation (normal / yellow / red), the orders it proposes, rankings and official numbers.
 * No IO here; the service and the set-based SQL evaluation follow exactly these definitions.
 */
import { ConflictError } from '../../platform/errors.ts';

// ---------------------------------------------------------------- kinds (also the web's)

export const TASK_CATEGORIES = ['major_project', 'key_reform', 'key_work', 'party_building'] as const;
export const TASK_SOURCES = ['top_down', 'bottom_up'] as const;
export const TASK_KINDS = ['list_task', 'party_project'] as const;
export const ORDER_TYPES = ['responsibility', 'commendation', 'accountability'] as const;
export const ORDER_STATUSES = ['draft', 'issued', 'dismissed'] as const;
/** The daily evaluation's verdicts (绿黄红). */
export const EVAL_STATUSES = ['normal', 'yellow', 'red'] as const;
/**
 * Uses of results 结果运用 (seed 000: 公开通报、绩效分值、亮点赋分、评优评先、休整休养、嘉奖激励以及干部考核和任用),
 * plus an entry in the cadre's file (一人一档). Each reaches the module that acts on it through TasksFeed.
 */
export const CONSEQUENCE_KINDS = [
  'public_notice',
  'performance_score',
  'highlight_points',
  'award',
  'rest_leave',
  'incentive',
  'cadre_assessment',
  'file_entry',
] as const;
export type ConsequenceKind = (typeof CONSEQUENCE_KINDS)[number];
export const ORDER_TRIGGERS = [
  'progress_lag',
  'ranking_lag',
  'deadline_missed',
  'indicators_unmet',
  'violation',
  'target_met',
] as const;
/** Stages of a 重点项目 in the project register, in display order. */
export const PROJECT_STAGES = ['construction', 'preliminary', 'planning'] as const;
export const PROJECT_CATEGORIES = ['industry', 'livelihood', 'infrastructure'] as const;
/** The five aspects of a claiming unit's political performance (seed 000). */
export const PQ_ASPECTS = ['loyalty', 'steadfastness', 'commitment', 'capability', 'discipline'] as const;

// ---------------------------------------------------------------- state machines

/** One transition: the states it may start from, where it leads, and why it is refused elsewhere. */
export interface Transition<S extends string> {
  from: readonly S[];
  to: S;
  /** The 409 reason when attempted from a state not in from (a default, then per state). */
  reason: string;
  reasons?: Partial<Record<S, string>>;
}
/** A workflow: action → transition. */
export type Machine<S extends string> = Record<string, Transition<S>>;

export type ListStatus = 'draft' | 'published';
export type TaskStatus = 'draft' | 'published' | 'awarded' | 'completed' | 'cancelled';
export type ApplicationStatus = 'submitted' | 'awarded' | 'not_awarded' | 'withdrawn';
export type OrderStatus = 'draft' | 'issued' | 'dismissed';
export type ExemptionStatus = 'pending' | 'granted' | 'refused';
export type EvalStatus = 'normal' | 'yellow' | 'red';
export type OrderType = 'responsibility' | 'commendation' | 'accountability';
/**
 * What drafted an order (seed 000: 对任务进展或排名严重滞后、到期限未达标、涉嫌违法违规的单位和个人出具问责令;
 * 对完成责任令达到预期效果的单位或人员给予嘉奖令).
 */
export type OrderTrigger =
  'progress_lag' | 'ranking_lag' | 'deadline_missed' | 'indicators_unmet' | 'violation' | 'target_met';
/** The trigger of each reason the evaluation gives. */
export const TRIGGER_OF: Record<string, OrderTrigger> = {
  'tasks.why.red_too_long': 'progress_lag',
  'tasks.why.ranking_lag': 'ranking_lag',
  'tasks.why.deadline_missed': 'deadline_missed',
  'tasks.why.indicators_unmet': 'indicators_unmet',
  'tasks.why.violation': 'violation',
  'tasks.why.completed_on_time': 'target_met',
};

/** The yearly list: drafted, then published once (which freezes its version). */
export const LIST_MACHINE = {
  edit: { from: ['draft'], to: 'draft', reason: 'tasks.list_frozen' },
  publish: { from: ['draft'], to: 'published', reason: 'tasks.list_already_published' },
} as const satisfies Machine<ListStatus>;

/** A task: drafted in a list, published with it, awarded to units, completed (or cancelled). */
export const TASK_MACHINE = {
  publish: { from: ['draft'], to: 'published', reason: 'tasks.task_not_draft' },
  apply: {
    from: ['published'],
    to: 'published',
    reason: 'tasks.task_not_open',
    reasons: { draft: 'tasks.list_not_published', awarded: 'tasks.already_awarded' },
  },
  award: {
    from: ['published'],
    to: 'awarded',
    reason: 'tasks.task_not_open',
    reasons: {
      draft: 'tasks.list_not_published',
      awarded: 'tasks.already_awarded',
      completed: 'tasks.already_awarded',
    },
  },
  report: { from: ['awarded'], to: 'awarded', reason: 'tasks.task_not_in_progress' },
  complete: { from: ['awarded'], to: 'completed', reason: 'tasks.task_not_in_progress' },
  cancel: { from: ['draft', 'published'], to: 'cancelled', reason: 'tasks.task_not_cancellable' },
} as const satisfies Machine<TaskStatus>;

/** An application to claim a task: decided when the task is awarded. */
export const APPLICATION_MACHINE = {
  award: { from: ['submitted'], to: 'awarded', reason: 'tasks.application_decided' },
  decline: { from: ['submitted'], to: 'not_awarded', reason: 'tasks.application_decided' },
  withdraw: { from: ['submitted'], to: 'withdrawn', reason: 'tasks.application_decided' },
} as const satisfies Machine<ApplicationStatus>;

/** An order: a draft is edited, then issued or dismissed by an officer; never by itself. */
export const ORDER_MACHINE = {
  edit: { from: ['draft'], to: 'draft', reason: 'tasks.order_not_draft' },
  issue: { from: ['draft'], to: 'issued', reason: 'tasks.order_not_draft' },
  dismiss: { from: ['draft'], to: 'dismissed', reason: 'tasks.order_not_draft' },
  acknowledge: { from: ['issued'], to: 'issued', reason: 'tasks.order_not_issued' },
  consequences: { from: ['issued'], to: 'issued', reason: 'tasks.order_not_issued' },
  exempt: { from: ['draft'], to: 'draft', reason: 'tasks.exemption_too_late' },
} as const satisfies Machine<OrderStatus>;

/** A 容错 exemption application: decided once, with reasons. */
export const EXEMPTION_MACHINE = {
  grant: { from: ['pending'], to: 'granted', reason: 'tasks.exemption_decided' },
  refuse: { from: ['pending'], to: 'refused', reason: 'tasks.exemption_decided' },
} as const satisfies Machine<ExemptionStatus>;

/** The state an action leads to, or null (with the reason) when it is illegal from this state. */
export function transition<S extends string>(
  machine: Machine<S>,
  from: S,
  action: string,
): { ok: true; to: S } | { ok: false; reason: string } {
  const t = machine[action];
  if (!t) return { ok: false, reason: 'error.conflict' };
  if ((t.from as readonly string[]).includes(from)) return { ok: true, to: t.to };
  return { ok: false, reason: t.reasons?.[from] ?? t.reason };
}

/** Like transition, but throws a 409 with the reason when illegal. */
export function assertTransition<S extends string>(machine: Machine<S>, from: S, action: string): S {
  const r = transition(machine, from, action);
  if (!r.ok) throw new ConflictError(r.reason, { from });
  return r.to;
}

// ---------------------------------------------------------------- dates

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 for a 'YYYY-MM-DD' calendar day. */
export function dayNumber(d: string): number {
  return Math.round(Date.parse(d + 'T00:00:00Z') / DAY_MS);
}
/** The 'YYYY-MM-DD' of a day number. */
export function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- progress

/** A milestone as the rules see it. */
export interface Milestone {
  seq: number;
  weight: number;
  dueDate: string;
  /** Reported completion, 0–100. */
  percent: number;
}

/** Milestones in plan order (by seq). */
function ordered(ms: readonly Milestone[]): Milestone[] {
  return [...ms].sort((a, b) => a.seq - b.seq);
}

/**
 * Planned progress (0–100) on a day: each milestone is planned to rise linearly from the previous
 * milestone's due date (the task's start for the first) to 100% on its own due date; the task's
 * plan is the weighted mean.
 */
export function plannedProgress(ms: readonly Milestone[], startDate: string, day: string): number {
  const total = ms.reduce((s, m) => s + m.weight, 0);
  if (total <= 0) return 0;
  const d = dayNumber(day);
  let prev = dayNumber(startDate);
  let acc = 0;
  for (const m of ordered(ms)) {
    const due = dayNumber(m.dueDate);
    const f = due <= prev ? (d >= due ? 1 : 0) : Math.min(1, Math.max(0, (d - prev) / (due - prev)));
    acc += m.weight * f;
    prev = due;
  }
  return (acc / total) * 100;
}

/** Orders milestones by due date, numbers them 1..n and sets where each one's plan starts. */
export function planMilestones<M extends { dueDate: string }>(
  ms: readonly M[],
  startDate: string,
): (M & { seq: number; plannedFrom: string })[] {
  const sorted = ms
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.dueDate.localeCompare(b.m.dueDate) || a.i - b.i);
  return sorted.map(({ m }, k) => ({
    ...m,
    seq: k + 1,
    plannedFrom: k === 0 ? startDate : sorted[k - 1].m.dueDate,
  }));
}

/** Actual progress (0–100): reported percentages rolled up by milestone weight. */
export function actualProgress(ms: readonly Milestone[]): number {
  const total = ms.reduce((s, m) => s + m.weight, 0);
  if (total <= 0) return 0;
  return ms.reduce((s, m) => s + m.weight * m.percent, 0) / total;
}

/** Whether some milestone is past its due date (before day) and not finished. */
export function milestoneOverdue(ms: readonly Milestone[], day: string): boolean {
  const d = dayNumber(day);
  return ms.some((m) => dayNumber(m.dueDate) < d && m.percent < 100);
}

/** Whether every milestone is reported 100%. */
export function allDone(ms: readonly Milestone[]): boolean {
  return ms.length > 0 && ms.every((m) => m.percent >= 100);
}

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

// ---------------------------------------------------------------- numbers and rankings

const TYPE_CHAR: Record<OrderType, string> = {
  responsibility: '责',
  commendation: '嘉',
  accountability: '问',
};

/** The district's short name for document numbers: 福田区 → 福田. */
export function districtShortName(name: string): string {
  const s = name.replace(/(自治县|新区|区|县|市)$/u, '');
  return s.length > 0 ? s : name;
}

/** An official number like 福田责〔2026〕12号. */
export function orderNumber(districtName: string, type: OrderType, year: number, seq: number): string {
  return `${districtShortName(districtName)}${TYPE_CHAR[type]}〔${year}〕${seq}号`;
}

/** Whether a series of issued sequence numbers is exactly 1..n. */
export function gapless(seqs: readonly number[]): boolean {
  const s = [...seqs].sort((a, b) => a - b);
  return s.every((v, i) => v === i + 1);
}

/** Competition ranking (1, 2, 2, 4) of items already sorted, by a key that defines ties. */
export function competitionRanks<T>(sorted: readonly T[], key: (t: T) => string): number[] {
  const ranks: number[] = [];
  sorted.forEach((t, i) => {
    ranks.push(i > 0 && key(sorted[i - 1]) === key(t) ? ranks[i - 1] : i + 1);
  });
  return ranks;
}

/** A task for ranking. */
export interface TaskForRank {
  id: string;
  planned: number;
  actual: number;
}
/** Tasks ranked by lead over plan (actual − planned), then by actual progress, then id. */
export function rankTasks<T extends TaskForRank>(tasks: readonly T[]): (T & { rank: number })[] {
  const r2 = (x: number) => Math.round(x * 1000) / 1000;
  const sorted = [...tasks].sort(
    (a, b) =>
      r2(b.actual - b.planned) - r2(a.actual - a.planned) ||
      r2(b.actual) - r2(a.actual) ||
      a.id.localeCompare(b.id),
  );
  const ranks = competitionRanks(sorted, (t) => `${r2(t.actual - t.planned)}|${r2(t.actual)}`);
  return sorted.map((t, i) => ({ ...t, rank: ranks[i] }));
}

/** A unit's record for ranking. */
export interface UnitForRank {
  nodeId: string;
  points: number;
  completedOnTime: number;
  commendations: number;
  accountabilities: number;
  avgProgress: number;
}
/**
 * Units ranked by points, then tasks completed on time, commendations, fewer accountability
 * orders, and average progress.
 */
export function rankUnits<T extends UnitForRank>(units: readonly T[]): (T & { rank: number })[] {
  const k = (u: T) =>
    [
      u.points,
      u.completedOnTime,
      u.commendations,
      -u.accountabilities,
      Math.round(u.avgProgress * 1000),
    ].join('|');
  const sorted = [...units].sort(
    (a, b) =>
      b.points - a.points ||
      b.completedOnTime - a.completedOnTime ||
      b.commendations - a.commendations ||
      a.accountabilities - b.accountabilities ||
      Math.round(b.avgProgress * 1000) - Math.round(a.avgProgress * 1000) ||
      a.nodeId.localeCompare(b.nodeId),
  );
  const ranks = competitionRanks(sorted, k);
  return sorted.map((u, i) => ({ ...u, rank: ranks[i] }));
}

/** Milestones must be due no later than the deadline and not before the start; returns bad indexes. */
export function badMilestoneDates(
  ms: readonly { dueDate: string }[],
  startDate: string,
  deadline: string,
): number[] {
  const lo = dayNumber(startDate);
  const hi = dayNumber(deadline);
  return ms.flatMap((m, i) => (dayNumber(m.dueDate) < lo || dayNumber(m.dueDate) > hi ? [i] : []));
}
