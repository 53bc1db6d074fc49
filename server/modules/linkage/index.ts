/** Public face of the linkage module: 三联三领, 三官三师 and 两代表一委员进社区 (seeds 001, 003). */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { linkageMessages } from './linkage.i18n.ts';
import { linkagePermissions } from './linkage.permissions.ts';

registerPermissions(linkagePermissions);
registerMessages(linkageMessages);

export { createLinkageService, type LinkageService } from './linkage.service.ts';
export { linkageRoutes } from './linkage.routes.ts';
export { DEFAULT_EXPERT_ROLES, LINK_KINDS, HOST_KINDS } from './linkage.rules.ts';
