/** Public face of the partners module (seeds 000, 001): 共治合伙人 and 天大的小事 / 民生实事. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { partnersMessages } from './partners.i18n.ts';
import { partnersPermissions } from './partners.permissions.ts';

registerPermissions(partnersPermissions);
registerMessages(partnersMessages);

export { createPartnersService, type PartnersService } from './partners.service.ts';
export { partnersRoutes } from './partners.routes.ts';
export { MATTERS_PER_YEAR } from './partners.rules.ts';
