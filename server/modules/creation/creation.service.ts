/** 示范创建与先锋指数测评: composes programmes, declarations, the index and the home page verbs. */
import type { CreationDeps } from './creation.core.ts';
import { createDeclarationsService } from './creation.declarations.service.ts';
import { createIndexSheetService } from './creation.index.import.service.ts';
import { createIndexService } from './creation.index.service.ts';
import { createProgrammesService } from './creation.programmes.service.ts';
import { createRecheckService } from './creation.recheck.service.ts';
import { createTitlesPort } from './creation.titles.ts';
import { createCreationWorkbench } from './creation.workbench.service.ts';

export type CreationService = ReturnType<typeof createCreationService>;

/** Builds the creation service. */
export function createCreationService(deps: CreationDeps) {
  const index = createIndexService(deps);
  return {
    ...createProgrammesService(deps),
    ...createDeclarationsService(deps),
    ...createRecheckService(deps),
    ...index,
    ...createIndexSheetService(deps),
    ...createCreationWorkbench({ db: deps.db, index }),
    ...createTitlesPort(deps),
  };
}
