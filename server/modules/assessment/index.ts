/** Public face of the cadre-assessment module 干部考核: its service, routes and the tasks-feed port it consumes. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { assessmentMessages } from './assessment.i18n.ts';
import { assessmentPermissions } from './assessment.permissions.ts';

registerPermissions(assessmentPermissions);
registerMessages(assessmentMessages);

export { createAssessmentService, type AssessmentService } from './assessment.service.ts';
export { assessmentRoutes } from './assessment.routes.ts';
export {
  type AssessmentTaskFeed,
  type FeedPerformance,
  type FeedFilter,
  type FeedTask,
} from './assessment.feed.ts';
// the groups (Kaihua's 领航/雏鹰/常青藤 tracks) for training's plans per track
export { groupsOf, type GroupRule } from './assessment.rules.results.ts';
export { settingsOf } from './assessment.context.ts';
