/** 社会心理服务体系: composes points and bookings, point keeping, notices, the hotline's counts, the register, subsidies, Excel and the home page verbs. */
import type { PsychDeps } from './psych.core.ts';
import { createBookingsService } from './psych.bookings.service.ts';
import { createHotlineService } from './psych.hotline.service.ts';
import { createNoticesService } from './psych.notices.service.ts';
import { createPointsService } from './psych.points.service.ts';
import { createRegisterService } from './psych.register.service.ts';
import { createSheetsService } from './psych.sheets.service.ts';
import { createSubsidiesService } from './psych.subsidies.service.ts';
import { createPsychWorkbench } from './psych.workbench.service.ts';

export type PsychService = ReturnType<typeof createPsychService>;

/** Builds the psych service. */
export function createPsychService(deps: PsychDeps) {
  return {
    ...createBookingsService(deps),
    ...createPointsService(deps),
    ...createNoticesService(deps),
    ...createHotlineService(deps),
    ...createRegisterService(deps),
    ...createSubsidiesService(deps),
    ...createSheetsService(deps),
    ...createPsychWorkbench(deps),
  };
}
