/**
 * Public face of the campaigns module 攻坚签约 (seeds 004 and 002): 棚改, 土地整备 and 征地拆迁 sign-up
 * drives with their households, teams, visits, confirmed signings and the daily bulletin. Other
 * modules may read each cadre's participation (visits and signings) through `participation`.
 */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { campaignsMessages } from './campaigns.i18n.ts';
import { campaignsPermissions } from './campaigns.permissions.ts';

registerPermissions(campaignsPermissions);
registerMessages(campaignsMessages);

export { createCampaignsService, type CampaignsService } from './campaigns.service.ts';
export { campaignsRoutes } from './campaigns.routes.ts';
export type { CampaignAccounts, CampaignPeople } from './campaigns.core.ts';

/** A cadre's participation in sign-up drives over a period (visits logged, signings confirmed). */
export interface CampaignParticipation {
  userId: string;
  visits: number;
  signings: number;
}
