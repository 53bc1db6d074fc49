/** Public face of the 强村富民 fund module (Qingtian): pools, projects, batches, reviews. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { villagefundMessages } from './villagefund.i18n.ts';
import { villagefundPermissions } from './villagefund.permissions.ts';

registerPermissions(villagefundPermissions);
registerMessages(villagefundMessages);

export { createVillagefundService, type VillagefundService } from './villagefund.service.ts';
export { villagefundRoutes } from './villagefund.routes.ts';
