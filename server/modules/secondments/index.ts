/** Public face of the secondments module (seed 002 Longgang 基层一线实践锻炼, seed 001 Kaihua 专项考察). */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { secondmentsMessages } from './secondments.i18n.ts';
import { secondmentsPermissions } from './secondments.permissions.ts';

registerPermissions(secondmentsPermissions);
registerMessages(secondmentsMessages);

export { createSecondmentsService, type SecondmentsService } from './secondments.service.ts';
export { secondmentsRoutes } from './secondments.routes.ts';
export type { SecondmentRecord } from './secondments.workbench.service.ts';
