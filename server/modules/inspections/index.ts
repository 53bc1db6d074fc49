/** Public face of the inspections module (seed 004 巡察): rounds, problems, feedback letters, rectification. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { inspectionsMessages } from './inspections.i18n.ts';
import { inspectionsPermissions } from './inspections.permissions.ts';

registerPermissions(inspectionsPermissions);
registerMessages(inspectionsMessages);

export { createInspectionsService, type InspectionsService } from './inspections.service.ts';
export { inspectionsRoutes } from './inspections.routes.ts';
