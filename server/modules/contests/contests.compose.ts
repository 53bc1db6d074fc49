/** The contests service: its use-case families composed on one core. */
import { contestsCore, type ContestsDeps } from './contests.core.ts';
import { createContestsEntries } from './contests.entries.service.ts';
import { createContestsSetup } from './contests.service.ts';
import { createContestsSetupPage } from './contests.setup.service.ts';
import { createContestsSheets } from './contests.sheets.service.ts';
import { createContestsWorkbench } from './contests.workbench.service.ts';

export type ContestsService = ReturnType<typeof createContestsService>;

/** Builds the contests service (deps.today lets the demo play a past year). */
export function createContestsService(deps: ContestsDeps) {
  const core = contestsCore(deps);
  return {
    ...createContestsSetup(core),
    ...createContestsSetupPage(core),
    ...createContestsEntries(core),
    ...createContestsSheets(core),
    ...createContestsWorkbench(core),
  };
}
