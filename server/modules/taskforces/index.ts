/** Public face of the task-force module 专班招募令 (seed 001 衢江): orders, applications, members, incentive. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { taskforcesMessages } from './taskforces.i18n.ts';
import { taskforcesPermissions } from './taskforces.permissions.ts';

registerPermissions(taskforcesPermissions);
registerMessages(taskforcesMessages);

export { createTaskforcesService, type TaskforcesService } from './taskforces.service.ts';
export { taskforcesRoutes } from './taskforces.routes.ts';
export { type IncentiveDeclarer } from './taskforces.core.ts';
