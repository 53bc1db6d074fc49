/** Public face of the socialfund module (seed 003 Futian): 社会建设专项资金 and 基层党建创新项目启动资金. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { socialfundMessages } from './socialfund.i18n.ts';
import { socialfundPermissions } from './socialfund.permissions.ts';

registerPermissions(socialfundPermissions);
registerMessages(socialfundMessages);

export { createSocialfundService, type SocialfundService } from './socialfund.service.ts';
export { socialfundRoutes } from './socialfund.routes.ts';
export type { SocialfundOrgs } from './socialfund.core.ts';
