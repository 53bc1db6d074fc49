/** Who may do what with volunteers (scope: the node of the team, activity or volunteer). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const volunteersPermissions = {
  /** Read teams, activities and the year's figures. */
  'volunteers.read': [
    'resident',
    'party_member',
    'social_org',
    'community_officer',
    'street_officer',
    'org_officer',
  ],
  /** Sign up for an activity, check in and out by its QR code, see one's hours, stars and certificate. */
  'volunteers.join': ['resident', 'party_member'],
  /** Keep teams, run activities (QR code, sign-ups), confirm hours, print certificates. */
  'volunteers.organise': ['community_officer', 'street_officer', 'org_officer', 'social_org'],
  /** Set the district's star thresholds. */
  'volunteers.settings': ['org_officer'],
  /** Export and import the registers (teams, volunteers with hours). */
  'volunteers.export': ['community_officer', 'street_officer', 'org_officer'],
} as const satisfies PermissionTable;
