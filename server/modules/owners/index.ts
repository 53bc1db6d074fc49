/** Public face of the owners module: 业主大会 and 业委会选优建强. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { ownersMessages } from './owners.i18n.ts';
import { ownersPermissions } from './owners.permissions.ts';

registerPermissions(ownersPermissions);
registerMessages(ownersMessages);

export { createOwnersService, type OwnersService } from './owners.service.ts';
export { ownersRoutes } from './owners.routes.ts';
