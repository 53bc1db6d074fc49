/** Public face of the partymembers module: mobile party members, the return code and monthly tables. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { partymembersMessages } from './partymembers.i18n.ts';
import { pairingMessages } from './partymembers.pairing.i18n.ts';
import { partymembersPermissions } from './partymembers.permissions.ts';

registerPermissions(partymembersPermissions);
registerMessages(partymembersMessages);
registerMessages(pairingMessages);

export { createPartymembersService, type PartymembersService } from './partymembers.service.ts';
export { partymembersRoutes } from './partymembers.routes.ts';
export { pairingRoutes } from './partymembers.pairing.routes.ts';
export { FIVE_CLEARS, DIRECTIONS } from './partymembers.rules.ts';
