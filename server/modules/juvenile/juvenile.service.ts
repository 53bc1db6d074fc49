/** 未成年人保护与帮教: composes the cases, the sites/roster/libraries and the home page verbs. */
import { createCasesService } from './juvenile.cases.service.ts';
import type { JuvenileDeps } from './juvenile.core.ts';
import { createSetupService } from './juvenile.setup.service.ts';
import { createJuvenileWorkbench } from './juvenile.workbench.service.ts';

export type JuvenileService = ReturnType<typeof createJuvenileService>;

/** Builds the juvenile service. */
export function createJuvenileService(deps: JuvenileDeps) {
  return {
    ...createCasesService(deps),
    ...createSetupService(deps),
    ...createJuvenileWorkbench(deps),
  };
}
