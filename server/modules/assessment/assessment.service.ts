/** The assessment service: every use-case family composed over the same dependencies. */
import type { AssessmentDeps } from './assessment.context.ts';
import { createCycleService } from './assessment.cycle.service.ts';
import { createIndicatorsService } from './assessment.indicators.service.ts';
import { createSheetsService } from './assessment.sheets.service.ts';

/** Builds the assessment service. */
export function createAssessmentService(deps: AssessmentDeps) {
  const indicators = createIndicatorsService(deps);
  const cycle = createCycleService(deps);
  const sheets = createSheetsService(deps);
  return { indicators, cycle, sheets };
}
/** The assessment service's type. */
export type AssessmentService = ReturnType<typeof createAssessmentService>;
