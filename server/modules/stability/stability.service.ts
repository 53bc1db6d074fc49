/** 重大决策社会稳定风险评估: composes the register, the moves, tracking, the catalogue and the home page verbs. */
import type { StabilityDeps } from './stability.core.ts';
import { createCatalogueService } from './stability.catalogue.service.ts';
import { createDecisionsService } from './stability.decisions.service.ts';
import { createMovesService } from './stability.moves.service.ts';
import { createTrackingService } from './stability.tracking.service.ts';
import { createStabilityWorkbench } from './stability.workbench.service.ts';

export type StabilityService = ReturnType<typeof createStabilityService>;

/** Builds the stability service. */
export function createStabilityService(deps: StabilityDeps) {
  return {
    ...createDecisionsService(deps),
    ...createMovesService(deps),
    ...createTrackingService(deps),
    ...createCatalogueService(deps),
    ...createStabilityWorkbench(deps),
  };
}
