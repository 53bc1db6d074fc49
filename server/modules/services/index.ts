/** Public face of the service marketplace (seed 001, Putuo). */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { servicesMessages } from './services.i18n.ts';
import { servicesPermissions } from './services.permissions.ts';

registerPermissions(servicesPermissions);
registerMessages(servicesMessages);

export { createServicesService, type ServicesService } from './services.service.ts';
export { servicesRoutes } from './services.routes.ts';
export { LISTS, SERVICE_CATEGORIES } from './services.rules.ts';
