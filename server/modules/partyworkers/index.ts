/** Public face of the partyworkers module 专职党务工作者配备 (seed 003): posts, placements, logs, appraisals. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { partyworkersMessages } from './partyworkers.i18n.ts';
import { partyworkersPermissions } from './partyworkers.permissions.ts';

registerPermissions(partyworkersPermissions);
registerMessages(partyworkersMessages);

export { createPartyworkersService, type PartyworkersService } from './partyworkers.service.ts';
export { partyworkersRoutes } from './partyworkers.routes.ts';
