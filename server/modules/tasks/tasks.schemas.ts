/**
 * Shapes of the tasks API (一榜三令), shared by the routes and the web pages. Keep them stable. One
 * file per use-case family (tasks.<family>.schemas.ts); the routes and services import this one.
 */
export {
  CONSEQUENCE_KINDS,
  ORDER_TRIGGERS,
  ORDER_TYPES,
  PQ_ASPECTS,
  TASK_CATEGORIES,
  TASK_KINDS,
  TASK_SOURCES,
} from './tasks.rules.ts';
export type { ConsequenceKind } from './tasks.rules.ts';
export {
  indicator,
  milestoneInput,
  taskCategory,
  taskSource,
  orderType,
  evalStatus,
  taskStatus,
  listStatus,
  orderStatus,
  type Indicator,
} from './tasks.common.schemas.ts';
export * from './tasks.lists.schemas.ts';
export * from './tasks.tasks.schemas.ts';
export * from './tasks.orders.schemas.ts';
export * from './tasks.evaluation.schemas.ts';
export * from './tasks.rankings.schemas.ts';
export * from './tasks.public.schemas.ts';
export * from './tasks.party.schemas.ts';
export * from './tasks.projects.schemas.ts';
