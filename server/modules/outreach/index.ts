/** Public face of the outreach module 在职党员到社区报到服务 "双报到" (seeds 003 福田, 004 罗湖). */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { outreachMessages } from './outreach.i18n.ts';
import { outreachPermissions } from './outreach.permissions.ts';

registerPermissions(outreachPermissions);
registerMessages(outreachMessages);

export { createOutreachService, type OutreachService } from './outreach.service.ts';
export { outreachRoutes } from './outreach.routes.ts';
