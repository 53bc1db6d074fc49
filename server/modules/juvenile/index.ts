/** Public face of the juvenile module 未成年人保护与帮教 (seeds 003 and 000): sites, roster, libraries, cases. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { juvenileMessages } from './juvenile.i18n.ts';
import { juvenilePermissions } from './juvenile.permissions.ts';

registerPermissions(juvenilePermissions);
registerMessages(juvenileMessages);

export { createJuvenileService, type JuvenileService } from './juvenile.service.ts';
export { juvenileRoutes } from './juvenile.routes.ts';
