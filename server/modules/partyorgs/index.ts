/** Public face of the partyorgs module: 5W1H activities, grading by results, the menu, secretaries' reports. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { partyorgsMessages } from './partyorgs.i18n.ts';
import { partyorgsPermissions } from './partyorgs.permissions.ts';

registerPermissions(partyorgsPermissions);
registerMessages(partyorgsMessages);

export { createPartyorgsService, type PartyorgsService } from './partyorgs.service.ts';
export { partyorgsRoutes } from './partyorgs.routes.ts';
export { ORG_CLASSES, LEVELS as GRADE_LEVELS } from './partyorgs.rules.ts';
