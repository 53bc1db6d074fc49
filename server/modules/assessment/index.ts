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
