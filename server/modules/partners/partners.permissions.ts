/** Who may do what with 共治合伙人 and 天大的小事 (scope: the community's node). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const partnersPermissions = {
  /** See the community's partners and the year's 民生实事 with their progress. */
  'partners.read': [
    'org_officer',
    'street_officer',
    'community_officer',
    'social_org',
    'property_staff',
    'party_member',
    'resident',
    'grid_worker',
    'cadre',
  ],
  /** Approve partners, enter and import them, screen needs, select and assign the 民生实事. */
  'partners.manage': ['community_officer'],
  /** Apply to be a partner, for one's organisation. */
  'partners.apply': ['social_org', 'property_staff'],
  /** Report progress and completion on a 民生实事 assigned to one's partner. */
  'partners.serve': ['social_org', 'property_staff'],
  /** Report a small problem or need (找问题、抓需求). */
  'partners.report': ['party_member', 'resident'],
  /** Export the partners register and the year's matters. */
  'partners.export': ['org_officer', 'street_officer', 'community_officer'],
} as const satisfies PermissionTable;
