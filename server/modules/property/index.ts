/** Public face of the property module: 红色物业, quality communities, fees and the four batches. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { propertyMessages } from './property.i18n.ts';
import { propertyPermissions } from './property.permissions.ts';

registerPermissions(propertyPermissions);
registerMessages(propertyMessages);

export { createPropertyService, type PropertyService } from './property.service.ts';
export { propertyRoutes } from './property.routes.ts';
export { BATCHES, ISSUE_STATES } from './property.rules.ts';
