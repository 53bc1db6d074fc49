/** Public face of the psych module 社会心理服务体系 (seed 003): service points, bookings, screening, the register, subsidies. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { psychMessages } from './psych.i18n.ts';
import { psychPermissions } from './psych.permissions.ts';

registerPermissions(psychPermissions);
registerMessages(psychMessages);

export { createPsychService, type PsychService } from './psych.service.ts';
export { psychRoutes } from './psych.routes.ts';
