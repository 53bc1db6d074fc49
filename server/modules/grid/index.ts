/** Public face of the grid module: grid work, registers, visits, patrols, offline sync. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { gridMessages } from './grid.i18n.ts';
import { gridPermissions } from './grid.permissions.ts';

registerPermissions(gridPermissions);
registerMessages(gridMessages);

export { gridRoutes } from './grid.routes.ts';
export {
  createGridService,
  StaleRecordError,
  type GridService,
  type GridServiceImpl,
} from './grid.service.ts';
