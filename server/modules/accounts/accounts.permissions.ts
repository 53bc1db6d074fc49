/**
 * Who may manage accounts, grants and security settings (three-role separation, 三员分立, as MLPS
 * 2.0 level 3 reads it): the system administrator manages accounts (create, disable, reset); the
 * security administrator grants and revokes every role and sets the security policy; the auditor
 * audits both (audit.permissions.ts). No account holds two of these roles or any business role.
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const accountsPermissions = {
  /** See accounts and their grants within one's subtree. */
  'accounts.read': ['sys_admin', 'sec_admin'],
  /** Create, disable, reset accounts (not those holding a security role: see grant_security). */
  'accounts.write': ['sys_admin'],
  /** Grant and revoke the business roles. */
  'accounts.grant': ['sec_admin'],
  /** Grant and revoke the three security roles; disable and reset the accounts holding them. */
  'accounts.grant_security': ['sec_admin'],
  /** Password preset, lockout, session lifetimes, which roles need TOTP. */
  'accounts.policy': ['sec_admin'],
} as const satisfies PermissionTable;
