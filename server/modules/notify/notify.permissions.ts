/** Who may read notifications: every working role (the auditor reads the audit log only). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const notifyPermissions = {
  /** Read and mark one's own (and one's units') notifications. */
  'notify.read': [
    'sys_admin',
    'sec_admin',
    'org_officer',
    'street_officer',
    'community_officer',
    'dept_officer',
    'cadre',
    'grid_worker',
    'resident',
  ],
} as const satisfies PermissionTable;
