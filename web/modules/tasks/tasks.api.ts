/** Types of the tasks API: the routes' own (web/app/api.generated.ts), so pages cannot drift. */
import type { Body, Query, Res } from '../../app/client.ts';

export {
  CONSEQUENCE_KINDS,
  EVAL_STATUSES,
  ORDER_STATUSES,
  ORDER_TYPES,
  PQ_ASPECTS,
  PROJECT_CATEGORIES,
  PROJECT_STAGES,
  TASK_CATEGORIES as CATEGORIES,
} from '../../../server/modules/tasks/tasks.rules.ts';

/** A yearly task list. */
export type TaskList = Res<'get', '/api/tasks/lists'>[number];
/** A task as the board shows it. */
export type TaskSummary = Res<'get', '/api/tasks/tasks'>[number];
/** The board's filters. */
export type TasksQuery = Query<'get', '/api/tasks/tasks'>;
/** A task with its goal, indicators, milestones and per-object permissions. */
export type TaskDetail = Res<'get', '/api/tasks/tasks/{id}'>;
/** A new task as sent. */
export type TaskInput = Body<'post', '/api/tasks/lists/{id}/tasks'>;
/** A unit's application to claim a task. */
export type Application = Res<'get', '/api/tasks/tasks/{id}/applications'>[number];
/** A responsibility, commendation or accountability order. */
export type Order = Res<'get', '/api/tasks/orders/{id}'>;
/** The orders' filters. */
export type OrdersQuery = Query<'get', '/api/tasks/orders'>;
/** A progress report. */
export type Report = Res<'get', '/api/tasks/tasks/{id}/reports'>[number];
/** One event on a task's timeline. */
export type TimelineEntry = Res<'get', '/api/tasks/tasks/{id}/timeline'>[number];
/** Unit and task rankings. */
export type Leaderboard = Res<'get', '/api/tasks/leaderboard'>;
/** The published list as the public sees it. */
export type PublicList = Res<'get', '/api/tasks/public/lists'>;
/** A violation recorded on a task. */
export type ViolationInput = Body<'post', '/api/tasks/tasks/{id}/violations'>;
/** One consequence of an issued order, as sent (points and note may be left out). */
export type ConsequenceInput = Body<'post', '/api/tasks/orders/{id}/consequences'>['items'][number];
/** A unit's or a person's orders and consequence points over a period. */
export type Points = Res<'get', '/api/tasks/points'>;
/** A district's evaluation thresholds, and whether the user may change them. */
export type EvalSettings = Res<'get', '/api/tasks/settings'>;
/** A 重点项目 in the project register, and the register's filters. */
export type Project = Res<'get', '/api/tasks/projects'>[number];
export type ProjectsQuery = Query<'get', '/api/tasks/projects'>;
export type ProjectInput = Body<'post', '/api/tasks/projects'>;
/** A 容错 exemption application. */
export type Exemption = Res<'get', '/api/tasks/orders/{id}/exemptions'>[number];
/** A bottom-up proposal. */
export type Proposal = Res<'get', '/api/tasks/lists/{id}/proposals'>[number];
/** A political-performance record of a claiming unit, as sent. */
export type PerformanceInput = Body<'post', '/api/tasks/tasks/{id}/performance'>;
