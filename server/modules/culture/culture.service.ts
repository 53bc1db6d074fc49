/** 公共文化服务与文化志愿者: composes the facilities, the sheets, the teams, the orders, the stars, the quotas and the figures. */
import type { CultureDeps } from './culture.core.ts';
import { createFacilitiesService } from './culture.facilities.service.ts';
import { createFiguresService } from './culture.figures.service.ts';
import { createOrdersService } from './culture.orders.service.ts';
import { createQuotasService } from './culture.quotas.service.ts';
import { createSheetsService } from './culture.sheets.service.ts';
import { createStarsService } from './culture.stars.service.ts';
import { createTeamsService } from './culture.teams.service.ts';

export type CultureService = ReturnType<typeof createCultureService>;

/** Builds the culture service. */
export function createCultureService(deps: CultureDeps) {
  const facilities = createFacilitiesService(deps);
  const orders = createOrdersService(deps);
  const troupeTeams = (ctx: Parameters<typeof orders.troupeTeams>[1]) => orders.troupeTeams(deps.db, ctx);
  return {
    ...facilities,
    ...createSheetsService({ db: deps.db, addFacility: facilities.addFacility }),
    ...createTeamsService(deps),
    order: orders.order,
    orders: orders.orders,
    move: orders.move,
    ...createStarsService({ ...deps, troupeTeams }),
    ...createQuotasService(deps),
    ...createFiguresService({ ...deps, troupeTeams, orders: orders.orders }),
  };
}
