/** 专班招募令: composes the orders, the applications, the members and the Excel register. */
import { createApplicationsService } from './taskforces.applications.service.ts';
import type { TaskforcesDeps } from './taskforces.core.ts';
import { createMembersService } from './taskforces.members.service.ts';
import { createOrdersService } from './taskforces.orders.service.ts';
import { createSheetsService } from './taskforces.sheets.service.ts';

export type TaskforcesService = ReturnType<typeof createTaskforcesService>;

/** Builds the task-force service. */
export function createTaskforcesService(deps: TaskforcesDeps) {
  const orders = createOrdersService(deps);
  return {
    ...orders,
    ...createApplicationsService({ ...deps, visibleOrder: orders.visibleOrder }),
    ...createMembersService(deps),
    ...createSheetsService(deps),
  };
}
