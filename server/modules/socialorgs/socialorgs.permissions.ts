/** Who may read and keep the social-organisation register (scope: the organisation's node). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const socialorgsPermissions = {
  /** Read the register (staff of an organisation read their own and those around it). */
  'socialorgs.read': ['community_officer', 'street_officer', 'org_officer', 'social_org'],
  /** Register organisations, record inspections and projects, link staff accounts, import. */
  'socialorgs.manage': ['community_officer', 'street_officer', 'org_officer'],
  /** Export the register to Excel. */
  'socialorgs.export': ['community_officer', 'street_officer', 'org_officer'],
} as const satisfies PermissionTable;
