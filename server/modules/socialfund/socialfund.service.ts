/** 社会建设专项资金 / 党建创新项目启动资金: composes funds and rounds, applications, decisions, delivery, import and the home page. */
import { createApplicationsService } from './socialfund.applications.service.ts';
import { createSocialfundCore, type SocialfundDeps } from './socialfund.core.ts';
import { createDecisionsService } from './socialfund.decisions.service.ts';
import { createDeliveryService } from './socialfund.delivery.service.ts';
import { createFundsService } from './socialfund.funds.service.ts';
import { createLinesImport } from './socialfund.import.service.ts';
import { createSocialfundWorkbench } from './socialfund.workbench.service.ts';

export type SocialfundService = ReturnType<typeof createSocialfundService>;

/** Builds the socialfund service; orgs gives the social organisation a staff account works for. */
export function createSocialfundService(deps: SocialfundDeps) {
  const core = createSocialfundCore(deps);
  const funds = createFundsService({ ...deps, core });
  return {
    ...funds,
    ...createApplicationsService({ ...deps, core, funds }),
    ...createDecisionsService({ ...deps, core }),
    ...createDeliveryService({ ...deps, core }),
    ...createLinesImport({ db: deps.db, auditor: deps.auditor, funds }),
    ...createSocialfundWorkbench({ db: deps.db, core, funds }),
  };
}
