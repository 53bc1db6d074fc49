/** Who may read, apply to, run, pay from and export the 强村富民 fund (scope: the node). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const villagefundPermissions = {
  /** Read pools, projects, reports and figures on one's nodes. */
  'villagefund.read': ['org_officer', 'street_officer', 'community_officer', 'village_staff'],
  /** Apply for a project for one's village, request batches by progress, withdraw. */
  'villagefund.apply': ['village_staff', 'community_officer'],
  /** Run the fund: pools and ledger, reviews (visits, analysis, decision), plans, batch approval, yearly reviews, exits. */
  'villagefund.manage': ['org_officer', 'street_officer'],
  /** Check an approved batch and pay it (a person other than the approver). */
  'villagefund.disburse': ['org_officer', 'street_officer'],
  /** Export and import the registers (projects, ledger). */
  'villagefund.export': ['org_officer', 'street_officer'],
} as const satisfies PermissionTable;
