/**
 * The rules of 一榜三令, pure: the state machines (as data), planned and actual progress, the daily
 * evaluation (normal / yellow / red), the orders it proposes, rankings and official numbers.
 * No IO here; the service and the set-based SQL evaluation follow exactly these definitions.
 * The kinds and state machines are here; dates and progress, the evaluation, and numbers and
 * rankings have a file each (tasks.<family>.rules.ts), re-exported.
 */
import { ConflictError } from '../../platform/errors.ts';
export * from './tasks.progress.rules.ts';
export * from './tasks.evaluation.rules.ts';
export * from './tasks.rankings.rules.ts';

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
