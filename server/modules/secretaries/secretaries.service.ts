/** 社区书记: composes the roster (terms, rotations, 两委换届), the selections, the import and the home page verbs. */
import { createSecretariesCore, type SecretariesDeps } from './secretaries.core.ts';
import { createRosterImport } from './secretaries.import.service.ts';
import { createRosterService } from './secretaries.roster.service.ts';
import { createSelectionsService } from './secretaries.selections.service.ts';
import { createSecretariesWorkbench } from './secretaries.workbench.service.ts';

export type SecretariesService = ReturnType<typeof createSecretariesService>;

/** Builds the secretaries service; people reads a person's name from the register. */
export function createSecretariesService(deps: SecretariesDeps) {
  const core = createSecretariesCore(deps);
  const selections = createSelectionsService({ ...deps, core });
  return {
    ...createRosterService({ ...deps, core }),
    ...selections,
    ...createRosterImport({ db: deps.db, core }),
    ...createSecretariesWorkbench({
      db: deps.db,
      core,
      candidatesWaiting: selections.candidatesWaiting,
      myCandidacies: selections.myCandidacies,
    }),
  };
}
