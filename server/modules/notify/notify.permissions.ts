/**
 * Who may read notifications: every role but the auditor, who reads the audit log only. Deputies,
 * social organisations, property staff, owners' committees, mediators, party members, village staff
 * and teachers are told things too (an order to serve, a pairing, a referral): they read the notices
 * addressed to their own account; notices addressed to a node reach the working roles held on it.
 */
import { ROLES, type PermissionTable } from '../../platform/access/access.ts';

export const notifyPermissions = {
  /** Read and mark one's own (and, for the working roles, one's units') notifications. */
  'notify.read': ROLES.filter((r) => r !== 'auditor'),
} as const satisfies PermissionTable;
