/** Public face of the tasks module (一榜三令). TasksFeed (service.feed) is what cadre assessment reads. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { tasksMessages } from './tasks.i18n.ts';
import { tasksPermissions } from './tasks.permissions.ts';

registerPermissions(tasksPermissions);
registerMessages(tasksMessages);

export { createTasksService, type TasksService } from './tasks.service.ts';
export { tasksRoutes } from './tasks.routes.ts';
export { tasksManifest, DEFAULT_TASKS_SETTINGS } from './tasks.manifest.ts';
export {
  createTasksFeed,
  type TasksFeed,
  type TasksFeedFilter,
  type FeedOrderOut,
  type FeedConsequence,
  type FeedPerformance,
  type FeedTaskOut,
} from './tasks.feed.ts';

/** A unit's or a person's issued orders and points over a period (for the cadre-assessment module). */
export type OrdersAndPoints = Awaited<
  ReturnType<import('./tasks.service.ts').TasksService['ordersAndPoints']>
>;

/** Units' performance scores from outside the lists (the deputies' satisfaction reaches tasks here). */
export {
  createUnitScoresService,
  type UnitScoresService,
  type UnitScoreInput,
} from './tasks.unitscores.service.ts';
export { tasksUnitScoreRoutes } from './tasks.unitscores.routes.ts';
