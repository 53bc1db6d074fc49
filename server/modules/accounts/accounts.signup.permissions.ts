/** Who may invite residents to link their accounts (residents' own steps need only a login). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const signupPermissions = {
  /** Hand a resident of one's subtree a code that links their account to their record. */
  'accounts.invite': ['community_officer', 'street_officer'],
  /** Have a resident's own page (verified residents; the web shows it in the menu). */
  'residents.self': ['resident', 'party_member', 'deputy'],
} as const satisfies PermissionTable;
