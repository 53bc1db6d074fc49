/** Public face of the creation module 示范创建与先锋指数测评 (seeds 000, 003, 004). */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { creationMessages } from './creation.i18n.ts';
import { creationPermissions } from './creation.permissions.ts';

registerPermissions(creationPermissions);
registerMessages(creationMessages);

export { createCreationService, type CreationService } from './creation.service.ts';
export { creationRoutes } from './creation.routes.ts';
export { type NamedTitle, type NamedTitlesPort } from './creation.titles.ts';
