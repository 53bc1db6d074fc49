/** Who may see and run sign-up drives 攻坚签约: the district's and streets' offices, and the cadres of their teams. */
import type { PermissionTable } from '../../platform/access/access.ts';

export const campaignsPermissions = {
  /**
   * See campaigns: officers those owned in their subtree; a cadre those they work in as a team
   * member (found by membership, not by the tree).
   */
  'campaigns.read': ['org_officer', 'street_officer', 'cadre'],
  /** Run a campaign: create it, move its stage, keep households and teams, assign households. */
  'campaigns.manage': ['org_officer', 'street_officer'],
  /** Work households: log visits, record a signing or a moving out (a team member, or an officer). */
  'campaigns.work': ['org_officer', 'street_officer', 'cadre'],
  /** Confirm or refuse what a team recorded (the campaign office: never the one who recorded it). */
  'campaigns.confirm': ['org_officer', 'street_officer'],
  /** Export the household register to Excel. */
  'campaigns.export': ['org_officer', 'street_officer'],
} as const satisfies PermissionTable;
