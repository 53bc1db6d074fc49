/**
 * The 强村富民 fund (Qingtian): composes the families of verbs (projects and their review, money in
 * pools and batches and yearly reviews, home page and Excel) over one shared core.
 */
import { createVillagefundCore, type VillagefundDeps } from './villagefund.core.ts';
import { createMoneyService } from './villagefund.money.service.ts';
import { createPledgesService } from './villagefund.pledges.service.ts';
import { createProjectsService } from './villagefund.projects.service.ts';
import { createWorkbenchService } from './villagefund.workbench.service.ts';

export type VillagefundService = ReturnType<typeof createVillagefundService>;

/** Builds the fund's service. */
export function createVillagefundService(deps: VillagefundDeps) {
  const core = createVillagefundCore(deps);
  return {
    ...createProjectsService({ ...deps, core }),
    ...createMoneyService({ ...deps, core }),
    ...createWorkbenchService({ ...deps, core }),
    ...createPledgesService({ ...deps, core }),
  };
}
