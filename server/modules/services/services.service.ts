/**
 * The service marketplace 服务超市 (seed 001, Putuo): composes the order verbs, the lists and
 * leaderboards, and the home page, dashboard and export verbs over the social organisations the
 * socialorgs module registers.
 */
import type { ServicesDeps } from './services.core.ts';
import { createMarketService } from './services.market.service.ts';
import { createOrdersService } from './services.orders.service.ts';
import { createMarketWorkbench } from './services.workbench.service.ts';

export type ServicesService = ReturnType<typeof createServicesService>;

/** Builds the marketplace. */
export function createServicesService(deps: ServicesDeps) {
  return {
    ...createOrdersService(deps),
    ...createMarketService(deps),
    ...createMarketWorkbench(deps),
  };
}
