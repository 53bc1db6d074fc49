/** 社区人才发展服务站: composes the stations and fairs, postings, tickets and the home page verbs. */
import { createJobsCore, type JobsDeps } from './jobs.core.ts';
import { createPostingsImport } from './jobs.postings.import.service.ts';
import { createPostingsService } from './jobs.postings.service.ts';
import { createStationsService } from './jobs.stations.service.ts';
import { createTicketsService } from './jobs.tickets.service.ts';
import { createJobsWorkbench } from './jobs.workbench.service.ts';

export type JobsService = ReturnType<typeof createJobsService>;

/** Builds the jobs service (accounts and the people register come in as ports). */
export function createJobsService(deps: JobsDeps) {
  const core = createJobsCore(deps);
  const { stationFor: _stationFor, ...stations } = createStationsService({ ...deps, core });
  return {
    ...stations,
    ...createPostingsService({ ...deps, core }),
    ...createPostingsImport({ ...deps, core }),
    ...createTicketsService({ ...deps, core }),
    ...createJobsWorkbench({ ...deps, core }),
  };
}
