/** 社会心理服务体系: composes points and bookings, the register, subsidies, Excel and the home page verbs. */
import type { PsychDeps } from './psych.core.ts';
import { createBookingsService } from './psych.bookings.service.ts';
import { createRegisterService } from './psych.register.service.ts';
import { createSheetsService } from './psych.sheets.service.ts';
import { createSubsidiesService } from './psych.subsidies.service.ts';
import { createPsychWorkbench } from './psych.workbench.service.ts';

export type PsychService = ReturnType<typeof createPsychService>;

/** Builds the psych service. */
export function createPsychService(deps: PsychDeps) {
  return {
    ...createBookingsService(deps),
    ...createRegisterService(deps),
    ...createSubsidiesService(deps),
    ...createSheetsService(deps),
    ...createPsychWorkbench(deps),
  };
}
