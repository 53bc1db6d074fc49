/** HTTP routes of assessment's records: 双点 observations, work reports, the file, points, months, portrait, results, rotation. */
import type { App } from '../../platform/http/app.ts';
import type { AssessmentService } from './assessment.service.ts';

/** Registers the record routes. */
export function assessmentRecordsRoutes(_app: App, _svc: AssessmentService) {}
