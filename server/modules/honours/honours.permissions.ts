/** Who may nominate, review and publish honours (scope: the nominee's node). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const honoursPermissions = {
  /** See a node's honours page and one's own nominations. */
  'honours.read': [
    'org_officer',
    'street_officer',
    'community_officer',
    'resident',
    'party_member',
    'cadre',
    'grid_worker',
    'deputy',
  ],
  /** Nominate someone (officers, and residents for their neighbours). */
  'honours.nominate': ['org_officer', 'street_officer', 'community_officer', 'resident', 'party_member'],
  /** Review nominations and publish the awarded (street and district). */
  'honours.review': ['org_officer', 'street_officer'],
  /** Configure a district's awards. */
  'honours.configure': ['org_officer'],
  /** Enter the officers' nominations from an Excel register (the register's keepers). */
  'honours.import': ['org_officer', 'street_officer', 'community_officer'],
  /** Export nominations and honours to Excel. */
  'honours.export': ['org_officer', 'street_officer', 'community_officer'],
} as const satisfies PermissionTable;
