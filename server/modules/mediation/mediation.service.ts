/**
 * Mediation 矛盾纠纷调解: composes the families of verbs (rooms and steps, cases, their
 * proceedings, the workbench with figures, export and print, the register's import) over one shared core.
 */
import { createCasesService } from './mediation.cases.service.ts';
import { createMediationCore, type MediationDeps } from './mediation.core.ts';
import { createCasesImport } from './mediation.import.service.ts';
import { createProceedingsService } from './mediation.proceedings.service.ts';
import { createRosterService } from './mediation.roster.service.ts';
import { createRoomsService } from './mediation.rooms.service.ts';
import { createMediationWorkbench } from './mediation.workbench.service.ts';

export type MediationService = ReturnType<typeof createMediationService>;

/** Builds the mediation service. */
export function createMediationService(deps: MediationDeps) {
  const core = createMediationCore(deps);
  return {
    ...createRoomsService({ ...deps, core }),
    ...createRosterService(deps),
    ...createCasesService({ ...deps, core }),
    ...createCasesImport({ ...deps, core }),
    ...createProceedingsService({ ...deps, core }),
    ...createMediationWorkbench({ ...deps, core }),
  };
}
