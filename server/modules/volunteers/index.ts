/**
 * Public face of the volunteers module (seed 003, Futian). Other modules read stars through
 * `VolunteersService.starsByNode(ctx, nodeId, year)`: volunteers with at least one star under
 * a node in a year, by masked name, with their hours.
 */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { volunteersMessages } from './volunteers.i18n.ts';
import { volunteersPermissions } from './volunteers.permissions.ts';

registerPermissions(volunteersPermissions);
registerMessages(volunteersMessages);

export { createVolunteersService, type VolunteersService } from './volunteers.service.ts';
export { volunteersRoutes } from './volunteers.routes.ts';
export { starsFor, DEFAULT_STAR_HOURS } from './volunteers.rules.ts';
export type { StarLine } from './volunteers.records.service.ts';
