/** Public face of the honours module (seed 003 福田居民美德奖): awards, nominations, review, honours pages. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { honoursMessages } from './honours.i18n.ts';
import { honoursPermissions } from './honours.permissions.ts';

registerPermissions(honoursPermissions);
registerMessages(honoursMessages);

export { createHonoursService, type HonoursService, type ExtraHonours } from './honours.service.ts';
export { honoursRoutes } from './honours.routes.ts';
export { DEFAULT_AWARD, type HonourEntry } from './honours.rules.ts';
export { honoursFromAssessmentStars, honoursFromVolunteerStars } from './honours.ports.ts';
