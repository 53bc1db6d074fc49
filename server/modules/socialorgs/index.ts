/** Public face of the social-organisation register (seed 001, Putuo). */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { socialorgsMessages } from './socialorgs.i18n.ts';
import { socialorgsPermissions } from './socialorgs.permissions.ts';
import { socialorgsSupportMessages } from './socialorgs.support.i18n.ts';
import { socialorgsSupportPermissions } from './socialorgs.support.permissions.ts';

registerPermissions(socialorgsPermissions);
registerMessages(socialorgsMessages);

export { createSocialOrgsService, type SocialOrgsService, type StaffOrg } from './socialorgs.service.ts';
export { socialorgsRoutes } from './socialorgs.routes.ts';
export { creditCodeCheckChar, creditCodeProblem, ORG_CATEGORIES } from './socialorgs.rules.ts';

// support around the organisations: 党建指导员, 草根领袖与本土社工, 总部基地 and the 四联平台
registerPermissions(socialorgsSupportPermissions);
registerMessages(socialorgsSupportMessages);
export {
  createSocialOrgsSupportService,
  type SocialOrgsSupportService,
} from './socialorgs.support.service.ts';
export { socialorgsSupportRoutes } from './socialorgs.support.routes.ts';
