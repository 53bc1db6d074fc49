/** Public face of the incentives module 正向激励与关心关爱 (seeds 004, 000): measures, grants, rest, care, talks. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { incentivesMessages } from './incentives.i18n.ts';
import { incentivesPermissions } from './incentives.permissions.ts';

registerPermissions(incentivesPermissions);
registerMessages(incentivesMessages);

export { createIncentivesService, type IncentivesService } from './incentives.service.ts';
export { incentivesRoutes } from './incentives.routes.ts';
