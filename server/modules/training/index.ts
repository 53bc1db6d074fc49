/** Public face of the 领雁学苑 training module (Shangcheng): pools, curriculum, classes, forums, exams, records. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { trainingMessages } from './training.i18n.ts';
import { trainingPermissions } from './training.permissions.ts';

registerPermissions(trainingPermissions);
registerMessages(trainingMessages);

export { createTrainingService, type TrainingService } from './training.service.ts';
export { trainingRoutes } from './training.routes.ts';
export type { TrainingRecord } from './training.exams.service.ts';
