/** Public face of the contests module (seed 001 开化 擂台赛: 赛马比拼, 实绩晾晒). */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { contestsMessages } from './contests.i18n.ts';
import { contestsPermissions } from './contests.permissions.ts';

registerPermissions(contestsPermissions);
registerMessages(contestsMessages);

export { createContestsService, type ContestsService } from './contests.compose.ts';
export { contestsRoutes } from './contests.routes.ts';
export { DIMENSIONS, DEFAULT_WEIGHTS } from './contests.rules.ts';
