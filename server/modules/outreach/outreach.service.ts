/** 在职党员到社区报到服务 "双报到": composes the register, the member's verbs, programmes, sheets and the home page. */
import type { OutreachDeps } from './outreach.core.ts';
import { createMembersService } from './outreach.members.service.ts';
import { createProgrammesService } from './outreach.programmes.service.ts';
import { createRegisterService } from './outreach.register.service.ts';
import { createSheetsService } from './outreach.sheets.service.ts';
import { createOutreachWorkbench } from './outreach.workbench.service.ts';

export type OutreachService = ReturnType<typeof createOutreachService>;

/** Builds the outreach service. */
export function createOutreachService(deps: OutreachDeps) {
  const register = createRegisterService(deps);
  return {
    ...register,
    ...createMembersService(deps, register),
    ...createProgrammesService(deps),
    ...createSheetsService(deps),
    ...createOutreachWorkbench(deps),
  };
}
