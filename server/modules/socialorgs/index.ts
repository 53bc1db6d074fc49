/** Public face of the social-organisation register (seed 001, Putuo). */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { socialorgsMessages } from './socialorgs.i18n.ts';
import { socialorgsPermissions } from './socialorgs.permissions.ts';

registerPermissions(socialorgsPermissions);
registerMessages(socialorgsMessages);

export { createSocialOrgsService, type SocialOrgsService, type StaffOrg } from './socialorgs.service.ts';
export { socialorgsRoutes } from './socialorgs.routes.ts';
export { creditCodeCheckChar, creditCodeProblem, ORG_CATEGORIES } from './socialorgs.rules.ts';
