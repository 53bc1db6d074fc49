/** Public face of the venues module 党群服务阵地联盟 (seeds 003, 001): the register, room bookings, activities, figures. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { venuesMessages } from './venues.i18n.ts';
import { venuesPermissions } from './venues.permissions.ts';

registerPermissions(venuesPermissions);
registerMessages(venuesMessages);

export { createVenuesService, type VenuesService } from './venues.service.ts';
export { venuesRoutes } from './venues.routes.ts';
export type { VenuesPopulation } from './venues.core.ts';
