/** Who may read notifications: every working role (the auditor reads the audit log only). */
import { WORKING_ROLES, type PermissionTable } from '../../platform/access/access.ts';

export const notifyPermissions = {
  /** Read and mark one's own (and one's units') notifications. */
  'notify.read': WORKING_ROLES,
} as const satisfies PermissionTable;
