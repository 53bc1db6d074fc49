/** 攻坚签约: composes the campaign and team, household, edit and removal, register sheet and bulletin verbs. */
import { createCampaignsService as createCampaignVerbs } from './campaigns.campaigns.service.ts';
import { createCampaignsCore, type CampaignsDeps } from './campaigns.core.ts';
import { createCampaignEdits } from './campaigns.edits.service.ts';
import { createHouseholdsService } from './campaigns.households.service.ts';
import { createCampaignSheets } from './campaigns.sheets.service.ts';
import { createCampaignsWorkbench } from './campaigns.workbench.service.ts';

export type CampaignsService = ReturnType<typeof createCampaignsService>;

/** Builds the campaigns service from the database, audit, notices, the register and accounts. */
export function createCampaignsService(deps: CampaignsDeps) {
  const core = createCampaignsCore(deps);
  return {
    ...createCampaignVerbs({ ...deps, core }),
    ...createHouseholdsService({ ...deps, core }),
    ...createCampaignEdits({ ...deps, core }),
    ...createCampaignSheets({ ...deps, core }),
    ...createCampaignsWorkbench({ ...deps, core }),
  };
}
