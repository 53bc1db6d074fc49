/** The assessment service: every use-case family composed over the same dependencies. */
import type { AssessmentDeps } from './assessment.context.ts';
import { createCycleService } from './assessment.cycle.service.ts';
import { createIndicatorsService } from './assessment.indicators.service.ts';
import { createPointsService } from './assessment.points.service.ts';
import { createRecordsService } from './assessment.records.service.ts';
import { createResultsService } from './assessment.results.service.ts';
import { createSheetsService } from './assessment.sheets.service.ts';
import { createWorkbench } from './assessment.workbench.ts';

/** Builds the assessment service. */
export function createAssessmentService(deps: AssessmentDeps) {
  const indicators = createIndicatorsService(deps);
  const cycle = createCycleService(deps);
  const sheets = createSheetsService(deps);
  const points = createPointsService(deps);
  const records = createRecordsService(deps);
  const results = createResultsService(deps, points);
  const workbench = createWorkbench(deps, results);
  return { indicators, cycle, sheets, points, records, results, workbench };
}
/** The assessment service's type. */
export type AssessmentService = ReturnType<typeof createAssessmentService>;
