/** 正向激励与关心关爱: composes the catalogue, grants, rest periods, care and talks, and the home page verbs. */
import { createTasksFeed } from '../tasks/index.ts';
import type { IncentivesDeps } from './incentives.core.ts';
import { createCareService } from './incentives.care.service.ts';
import { createCatalogueService } from './incentives.catalogue.service.ts';
import { createGrantsService } from './incentives.grants.service.ts';
import { createRestsService } from './incentives.rests.service.ts';
import { createIncentivesWorkbench } from './incentives.workbench.service.ts';

export type IncentivesService = ReturnType<typeof createIncentivesService>;

/**
 * Builds the incentives service. The tasks module's orders come from its public feed: the one the
 * composition root passes, else one built here over the same database (read through tasks' index.ts).
 */
export function createIncentivesService(
  given: Omit<IncentivesDeps, 'orders'> & Partial<Pick<IncentivesDeps, 'orders'>>,
) {
  const deps: IncentivesDeps = { ...given, orders: given.orders ?? createTasksFeed({ db: given.db }) };
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
