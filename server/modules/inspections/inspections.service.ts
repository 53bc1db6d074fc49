/**
 * Inspections 巡察 (seed 004 Luohu): rounds, groups and units; problems with suggestions and the
 * feedback letter; rectification from plan to verified closure; home page, dashboard, Excel in
 * and out. One use-case family per file, composed here.
 */
import type { InspectionsDeps } from './inspections.core.ts';
import { createFindingsService } from './inspections.findings.service.ts';
import { createFindingsImport } from './inspections.import.service.ts';
import { createRoundsService } from './inspections.rounds.service.ts';
import { createInspectionsWorkbench } from './inspections.workbench.service.ts';

export type InspectionsService = ReturnType<typeof createInspectionsService>;

/** Builds the inspections service from the database, the auditor and the notifications. */
export function createInspectionsService(deps: InspectionsDeps) {
  return {
    ...createRoundsService(deps),
    findings: createFindingsService(deps),
    ...createFindingsImport(deps),
    ...createInspectionsWorkbench(deps),
  };
}
