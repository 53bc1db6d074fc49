/**
 * Party-organisation quality (seed 004, Luohu): composes the 5W1H activities and the 主题党日 menu,
 * grading by results and the secretaries' reports, and the home page and Excel verbs.
 */
import { createActivitiesService } from './partyorgs.activities.service.ts';
import { createPartyorgsCore, type PartyorgsDeps } from './partyorgs.core.ts';
import { createGradesService } from './partyorgs.grades.service.ts';
import { createTemporaryOrgsService } from './partyorgs.temporary.service.ts';
import { createPartyorgsWorkbench } from './partyorgs.workbench.service.ts';

export type PartyorgsService = ReturnType<typeof createPartyorgsService>;

/** Builds the party-organisation quality service. */
export function createPartyorgsService(deps: PartyorgsDeps) {
  const core = createPartyorgsCore(deps);
  const activities = createActivitiesService({ ...deps, core });
  const grades = createGradesService({ ...deps, core });
  const temporary = createTemporaryOrgsService({ ...deps, core });
  const workbench = createPartyorgsWorkbench({ ...deps, core, activities, grades });
  return {
    ...activities,
    ...grades,
    ...temporary,
    ...workbench,
    /** What waits, including temporary organisations past their planned end. */
    async todos(ctx: Parameters<typeof workbench.todos>[0]) {
      const [own, temporaryOrgs] = await Promise.all([workbench.todos(ctx), temporary.temporaryTodos(ctx)]);
      return [...own, ...temporaryOrgs];
    },
    /** The node's figures, including the temporary organisations'. */
    async stats(...a: Parameters<typeof workbench.stats>) {
      const [own, temporaryOrgs] = await Promise.all([
        workbench.stats(...a),
        temporary.temporaryStats(a[0], a[1]),
      ]);
      return [...own, ...temporaryOrgs];
    },
  };
}
