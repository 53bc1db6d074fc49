/** 正向激励与关心关爱: composes the catalogue, grants, rest periods, care and talks, and the home page verbs. */
import type { IncentivesDeps } from './incentives.core.ts';
import { createCareService } from './incentives.care.service.ts';
import { createCatalogueService } from './incentives.catalogue.service.ts';
import { createGrantsService } from './incentives.grants.service.ts';
import { createRestsService } from './incentives.rests.service.ts';
import { createIncentivesWorkbench } from './incentives.workbench.service.ts';

export type IncentivesService = ReturnType<typeof createIncentivesService>;

/** Builds the incentives service; the tasks module's orders come through the port the composition root passes. */
export function createIncentivesService(deps: IncentivesDeps) {
  const grants = createGrantsService(deps);
  const rests = createRestsService(deps);
  return {
    ...createCatalogueService(deps),
    grants,
    rests,
    ...createCareService(deps),
    ...createIncentivesWorkbench(deps, rests),
  };
}
