/** Public face of the stability module 重大决策社会稳定风险评估 (seed 003): decisions, assessments, review, tracking. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { stabilityMessages } from './stability.i18n.ts';
import { stabilityPermissions } from './stability.permissions.ts';

registerPermissions(stabilityPermissions);
registerMessages(stabilityMessages);

export { createStabilityService, type StabilityService } from './stability.service.ts';
export { stabilityRoutes } from './stability.routes.ts';
