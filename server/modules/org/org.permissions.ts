/** Who may read and shape the organisation tree and its party organisations. */
import { WORKING_ROLES, type PermissionTable } from '../../platform/access/access.ts';

export const orgPermissions = {
  /** Browse and search the tree inside one's subtree. The auditor reads the audit log only. */
  'org.read': WORKING_ROLES,
  /** Create, rename and move nodes inside one's subtree. */
  'org.write': ['sys_admin', 'org_officer', 'street_officer', 'community_officer'],
  /** Create and edit party organisations inside one's subtree. */
  'org.party.write': ['org_officer', 'street_officer', 'community_officer'],
} as const satisfies PermissionTable;
