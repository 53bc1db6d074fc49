/** Public face of the visitteam module 文明巡访团 (seed 003): the roster, visit rounds and their findings. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { visitteamMessages } from './visitteam.i18n.ts';
import { visitteamPermissions } from './visitteam.permissions.ts';

registerPermissions(visitteamPermissions);
registerMessages(visitteamMessages);

export { createVisitteamService, type VisitteamService } from './visitteam.service.ts';
export { visitteamRoutes } from './visitteam.routes.ts';
