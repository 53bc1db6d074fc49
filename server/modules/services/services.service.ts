/**
 * The service marketplace 服务超市 (seed 001, Putuo): composes the order verbs, the lists and
 * leaderboards, and the home page, dashboard and export verbs over the social organisations the
 * socialorgs module registers.
 */
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import type { NotifyService } from '../notify/index.ts';
import type { MarketOrgs } from './services.core.ts';
import { createMarketService } from './services.market.service.ts';
import { createOrdersService } from './services.orders.service.ts';
import { createMarketWorkbench } from './services.workbench.service.ts';

export type ServicesService = ReturnType<typeof createServicesService>;

/** Builds the marketplace. */
export function createServicesService(deps: {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  pii: Pick<PiiCipher, 'encrypt' | 'decrypt'>;
  orgs: MarketOrgs;
}) {
  return {
    ...createOrdersService(deps),
    ...createMarketService(deps),
    ...createMarketWorkbench(deps),
  };
}
