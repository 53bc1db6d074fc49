/**
 * 领雁学苑 (Shangcheng): composes the families of verbs (teacher pools, curriculum and forums;
 * classes and attendance; exams, certificates and records; home page and Excel) over one core.
 */
import { createAcademyService } from './training.academy.service.ts';
import { createClassesService } from './training.classes.service.ts';
import { createTrainingCore, type TrainingDeps } from './training.core.ts';
import { createExamsService } from './training.exams.service.ts';
import { createWorkbenchService } from './training.workbench.service.ts';

export type TrainingService = ReturnType<typeof createTrainingService>;

/** Builds the academy's service. */
export function createTrainingService(deps: TrainingDeps) {
  const core = createTrainingCore(deps);
  const academy = createAcademyService({ ...deps, core });
  return {
    ...academy,
    ...createClassesService({ ...deps, core }),
    ...createExamsService({ ...deps, core }),
    ...createWorkbenchService({ ...deps, core, academy }),
  };
}
