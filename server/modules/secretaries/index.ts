/** Public face of the secretaries module 社区书记 (seed 004): the roster, rotations, open selections, 两委换届. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { secretariesMessages } from './secretaries.i18n.ts';
import { secretariesPermissions } from './secretaries.permissions.ts';

registerPermissions(secretariesPermissions);
registerMessages(secretariesMessages);

export { createSecretariesService, type SecretariesService } from './secretaries.service.ts';
export { secretariesRoutes } from './secretaries.routes.ts';
export type { SecretaryPeople } from './secretaries.core.ts';
