/** Public face of the eldercare module 一老一小 (seed 001): stations with a 15-minute care circle and service tickets. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { eldercareMessages } from './eldercare.i18n.ts';
import { eldercarePermissions } from './eldercare.permissions.ts';

registerPermissions(eldercarePermissions);
registerMessages(eldercareMessages);

export { createEldercareService, type EldercareService } from './eldercare.service.ts';
export { eldercareRoutes } from './eldercare.routes.ts';
export type { GridHouseholds, GridOutlines } from './eldercare.stations.service.ts';
