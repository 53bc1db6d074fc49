/** Public face of the culture module 公共文化服务与文化志愿者 (seed 003): facilities, teams, 点演 orders, star culture volunteers, figures. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { cultureMessages } from './culture.i18n.ts';
import { culturePermissions } from './culture.permissions.ts';

registerPermissions(culturePermissions);
registerMessages(cultureMessages);

export { createCultureService, type CultureService } from './culture.service.ts';
export { cultureRoutes } from './culture.routes.ts';
export type { CulturePopulation } from './culture.core.ts';
