/** 信访: composes the studios, their import, the visits, their handling and the workbench over one core. */
import { createPetitionsCore, type PetitionsDeps } from './petitions.core.ts';
import { createHandlingService } from './petitions.handling.service.ts';
import { createStudiosImport } from './petitions.import.service.ts';
import { createStudiosService } from './petitions.studios.service.ts';
import { createVisitsService } from './petitions.visits.service.ts';
import { createPetitionsWorkbench } from './petitions.workbench.service.ts';

export type PetitionsService = ReturnType<typeof createPetitionsService>;

/** Builds the 信访 service; people names a register person, mediation receives referrals. */
export function createPetitionsService(deps: PetitionsDeps) {
  const core = createPetitionsCore(deps);
  return {
    studios: createStudiosService({ ...deps, core }),
    sheets: createStudiosImport(deps),
    visits: createVisitsService({ ...deps, core }),
    handling: createHandlingService({ ...deps, core }),
    ...createPetitionsWorkbench({ db: deps.db, core }),
  };
}
