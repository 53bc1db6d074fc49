/** Public face of the mediation module: cases, rooms, the 331 steps, agreements, referrals and figures. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { mediationMessages } from './mediation.i18n.ts';
import { mediationPermissions } from './mediation.permissions.ts';

registerPermissions(mediationPermissions);
registerMessages(mediationMessages);

export { createMediationService, type MediationService } from './mediation.service.ts';
export { mediationRoutes } from './mediation.routes.ts';
export type { DisputeEvent } from './mediation.core.ts';
