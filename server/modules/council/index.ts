/** Public face of the council module: residents' and children's councils with six-step deliberation. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { councilMessages } from './council.i18n.ts';
import { councilPermissions } from './council.permissions.ts';

registerPermissions(councilPermissions);
registerMessages(councilMessages);

export { createCouncilService, type CouncilService } from './council.service.ts';
export { councilRoutes } from './council.routes.ts';
export { STEPS, STAGES, CATEGORIES, type Stage, type Step } from './council.rules.ts';
