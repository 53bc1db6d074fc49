/**
 * 领雁学苑 (Shangcheng): composes the families of verbs (teacher pools, curriculum and forums;
 * classes and attendance; exams, certificates and records; home page and Excel) over one core.
 */
import { createAcademyService } from './training.academy.service.ts';
import { createAwardsService } from './training.awards.service.ts';
import { createClassesService } from './training.classes.service.ts';
import { createTrainingCore, type TrainingDeps } from './training.core.ts';
import { createExamsService } from './training.exams.service.ts';
import { createTracksService } from './training.tracks.service.ts';
import { createWorkbenchService } from './training.workbench.service.ts';
import { awardsAndTracksTodos } from './training.awards.todos.ts';

export type TrainingService = ReturnType<typeof createTrainingService>;

/** Builds the academy's service. */
export function createTrainingService(deps: TrainingDeps) {
  const core = createTrainingCore(deps);
  const academy = createAcademyService({ ...deps, core });
  const awards = createAwardsService({ ...deps, core });
  const tracks = createTracksService({ ...deps, core });
  const workbench = createWorkbenchService({ ...deps, core, academy });
  return {
    ...academy,
    ...createClassesService({ ...deps, core }),
    ...createExamsService({ ...deps, core }),
    ...workbench,
    ...awards,
    ...tracks,
    /** What waits for the actor: the academy's to-dos, then the awards' and the tracks'. */
    todos: async (ctx: Parameters<typeof workbench.todos>[0]) => [
      ...(await workbench.todos(ctx)),
      ...(await awardsAndTracksTodos(ctx, awards, tracks)),
    ],
  };
}
