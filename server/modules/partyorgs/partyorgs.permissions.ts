/** Who may plan, record and grade party organisations' work (scope: the organisation's node). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const partyorgsPermissions = {
  /** Read activities, grades, the menu and secretaries' reports in one's subtree. */
  'partyorgs.read': ['org_officer', 'street_officer', 'community_officer'],
  /** Plan activities by 5W1H and record them, order from the 主题党日 menu, submit the secretary's report. */
  'partyorgs.plan': ['org_officer', 'street_officer', 'community_officer'],
  /** Grade organisations, configure the criteria, keep the menu, rate secretaries' reports. */
  'partyorgs.grade': ['org_officer', 'street_officer'],
  /** Export the registers to Excel. */
  'partyorgs.export': ['org_officer', 'street_officer', 'community_officer'],
  /** Import activities from Excel. */
  'partyorgs.import': ['org_officer', 'street_officer', 'community_officer'],
} as const satisfies PermissionTable;
