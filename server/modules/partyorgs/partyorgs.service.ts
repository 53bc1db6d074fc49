/**
 * Party-organisation quality (seed 004, Luohu): composes the 5W1H activities and the 主题党日 menu,
 * grading by results and the secretaries' reports, and the home page and Excel verbs.
 */
import { createActivitiesService } from './partyorgs.activities.service.ts';
import { createPartyorgsCore, type PartyorgsDeps } from './partyorgs.core.ts';
import { createGradesService } from './partyorgs.grades.service.ts';
import { createPartyorgsWorkbench } from './partyorgs.workbench.service.ts';

export type PartyorgsService = ReturnType<typeof createPartyorgsService>;

/** Builds the party-organisation quality service. */
export function createPartyorgsService(deps: PartyorgsDeps) {
  const core = createPartyorgsCore(deps);
  const activities = createActivitiesService({ ...deps, core });
  const grades = createGradesService({ ...deps, core });
  return { ...activities, ...grades, ...createPartyorgsWorkbench({ ...deps, core, activities, grades }) };
}
