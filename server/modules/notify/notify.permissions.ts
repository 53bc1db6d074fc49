/**
 * Who may read notifications: every role but the auditor, who reads the audit log only. Deputies,
 * social organisations, property staff, owners' committees, mediators and party members are told
 * things too (an order to serve, a pairing, a referral) but read only the notices addressed to their
 * own account: a notice addressed to a node is its officers' (and village staff's, teachers') work.
 */
import { ROLES, type PermissionTable, type Role } from '../../platform/access/access.ts';

/** Roles that read only the notices addressed to their own account, never their node's. */
export const PERSONAL_INBOX_ROLES: readonly Role[] = [
  'deputy',
  'social_org',
  'property_staff',
  'owners_committee',
  'mediator',
  'party_member',
];

export const notifyPermissions = {
  /** Read and mark one's own (and, but for PERSONAL_INBOX_ROLES, one's units') notifications. */
  'notify.read': ROLES.filter((r) => r !== 'auditor'),
} as const satisfies PermissionTable;
