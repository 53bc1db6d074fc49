/** Public face of the jobs module 社区人才发展服务站 (seed 001): stations, fairs, postings and job-seeking tickets. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { jobsMessages } from './jobs.i18n.ts';
import { jobsPermissions } from './jobs.permissions.ts';

registerPermissions(jobsPermissions);
registerMessages(jobsMessages);

export { createJobsService, type JobsService } from './jobs.service.ts';
export { jobsRoutes } from './jobs.routes.ts';
export type { AccountByUsername, ClaimOf } from './jobs.core.ts';
