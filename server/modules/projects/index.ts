/** Public face of the projects module: micro livelihood projects 民生微实事 and the deputies' vote 票决制. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { projectsMessages } from './projects.i18n.ts';
import { projectsPermissions } from './projects.permissions.ts';

registerPermissions(projectsPermissions);
registerMessages(projectsMessages);

export { createProjectsService, type ProjectsService } from './projects.service.ts';
export { projectsRoutes } from './projects.routes.ts';
export type { PerformancePort } from './projects.items.service.ts';
export { STAGES, KINDS, CATEGORIES, type Stage, type Kind } from './projects.rules.ts';
