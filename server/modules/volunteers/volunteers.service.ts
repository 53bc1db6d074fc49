/**
 * Volunteers 志愿者 (seed 003, Futian): composes the activity verbs (sign-up, QR check-in and
 * out, hours confirmed) and the register verbs (teams, stars, certificates, totals, Excel,
 * home page and dashboards) over one shared core.
 */
import { createActivitiesService } from './volunteers.activities.service.ts';
import { createVolunteersCore, type VolunteersDeps } from './volunteers.core.ts';
import { createRecordsService } from './volunteers.records.service.ts';

export type VolunteersService = ReturnType<typeof createVolunteersService>;

/** Builds the volunteers service; people gives the register's volunteers (masked) and a person's own name. */
export function createVolunteersService(deps: VolunteersDeps) {
  const core = createVolunteersCore(deps);
  return {
    ...createActivitiesService({ ...deps, core }),
    ...createRecordsService({ ...deps, core }),
  };
}
