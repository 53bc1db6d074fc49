/** 契约化党建 and the monthly 圆桌会: composes the contracts, round tables, sheets and home-page verbs. */
import type { CompactsDeps } from './compacts.core.ts';
import { createContractsService } from './compacts.contracts.service.ts';
import { createMeetingsService } from './compacts.meetings.service.ts';
import { createSheetsService } from './compacts.sheets.service.ts';
import { createCompactsWorkbench } from './compacts.workbench.service.ts';

export type CompactsService = ReturnType<typeof createCompactsService>;

/** Builds the compacts service. */
export function createCompactsService(deps: CompactsDeps) {
  return {
    ...createContractsService(deps),
    ...createMeetingsService(deps),
    ...createSheetsService(deps),
    ...createCompactsWorkbench(deps),
  };
}
