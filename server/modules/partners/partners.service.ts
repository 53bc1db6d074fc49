/** The partners module's services composed: the register, its import, the needs and the workbench. */
import { createPartnersImport } from './partners.import.service.ts';
import { createNeedsService } from './partners.needs.service.ts';
import { createRegisterService, type PartnersDeps } from './partners.register.service.ts';
import { createPartnersWorkbench } from './partners.workbench.service.ts';

export type PartnersService = ReturnType<typeof createPartnersService>;

/** Builds every partners use case over one set of dependencies. */
export function createPartnersService(deps: PartnersDeps) {
  const workbench = createPartnersWorkbench(deps);
  return {
    register: createRegisterService(deps),
    sheets: createPartnersImport(deps),
    needs: createNeedsService(deps),
    todos: workbench.todos,
    stats: workbench.stats,
    exportMatters: workbench.exportMatters,
  };
}
