/**
 * 基层一线实践锻炼 and 专项考察: composes the families of verbs (batches and assignments; home page,
 * dashboard and the file record; Excel; special assessments) over one core.
 */
import { createBatchesService } from './secondments.batches.service.ts';
import { createSecondmentsCore, type SecondmentsDeps } from './secondments.core.ts';
import { createSheetsService } from './secondments.sheets.service.ts';
import { createSpecialsService } from './secondments.specials.service.ts';
import { createWorkbenchService } from './secondments.workbench.service.ts';

export type SecondmentsService = ReturnType<typeof createSecondmentsService>;

/** Builds the secondments service. */
export function createSecondmentsService(deps: SecondmentsDeps) {
  const core = createSecondmentsCore(deps);
  return {
    ...createBatchesService({ ...deps, core }),
    ...createWorkbenchService({ ...deps, core }),
    ...createSheetsService({ ...deps, core }),
    ...createSpecialsService({ ...deps, core }),
  };
}
