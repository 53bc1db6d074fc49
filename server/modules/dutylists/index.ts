/** Public face of the dutylists module 主体责任清单 (seed 004): lists, 季度专项通报, 年度专项述职, 问责 records. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { dutylistsMessages } from './dutylists.i18n.ts';
import { dutylistsPermissions } from './dutylists.permissions.ts';

registerPermissions(dutylistsPermissions);
registerMessages(dutylistsMessages);

export { createDutylistsService, type DutylistsService } from './dutylists.service.ts';
export { dutylistsRoutes } from './dutylists.routes.ts';
