/** Who may manage accounts, grants and security settings (three-role separation, 三员分立). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const accountsPermissions = {
  /** See accounts and their grants within one's subtree. */
  'accounts.read': ['sys_admin', 'sec_admin'],
  /** Create, disable, reset accounts. */
  'accounts.write': ['sys_admin'],
  /** Grant and revoke the business roles (never the three security roles). */
  'accounts.grant': ['sys_admin'],
  /** Grant and revoke the system, security and audit administrator roles. */
  'accounts.grant_security': ['sec_admin'],
  /** Password preset, lockout, session lifetimes, which roles need TOTP. */
  'accounts.policy': ['sec_admin'],
} as const satisfies PermissionTable;
