/** The assessment service: every use-case family composed over the same dependencies. */
import type { AssessmentDeps } from './assessment.context.ts';
import { createExcelService } from './assessment.excel.service.ts';
import { createCycleService } from './assessment.cycle.service.ts';
import { createGradesService } from './assessment.grades.service.ts';
import { createIndicatorsService } from './assessment.indicators.service.ts';
import { createPointsService } from './assessment.points.service.ts';
import { createRankingsService } from './assessment.rankings.service.ts';
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
  const grades = createGradesService(deps);
  const families = { indicators, cycle, sheets, grades, points, records, results, workbench };
  return { ...families, excel: createExcelService(families), rankings: createRankingsService(deps) };
}
/** The assessment service's type. */
export type AssessmentService = ReturnType<typeof createAssessmentService>;
