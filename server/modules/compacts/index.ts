/** Public face of the compacts module 契约化党建 and the monthly 圆桌会 (seed 001 鄞州). */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { compactsMessages } from './compacts.i18n.ts';
import { compactsPermissions } from './compacts.permissions.ts';

registerPermissions(compactsPermissions);
registerMessages(compactsMessages);

export { createCompactsService, type CompactsService } from './compacts.service.ts';
export { compactsRoutes } from './compacts.routes.ts';
