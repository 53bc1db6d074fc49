/** Who may see, keep and book the venues of the 党群服务阵地联盟 (scope: the district of a grant, for reading and booking). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const venuesPermissions = {
  /** See the alliance's venues, their rooms and week calendars, the 10-minute circle (the whole district). */
  'venues.read': [
    'org_officer',
    'street_officer',
    'community_officer',
    'dept_officer',
    'cadre',
    'grid_worker',
    'resident',
    'social_org',
    'party_member',
  ],
  /** Book a room: residents, social organisations, party members for their branch, officers. */
  'venues.book': [
    'resident',
    'social_org',
    'party_member',
    'community_officer',
    'street_officer',
    'org_officer',
  ],
  /** Keep the register (venues in one's subtree, rooms, members joining and leaving), approve bookings, mark no-shows. */
  'venues.manage': ['org_officer', 'street_officer', 'community_officer'],
  /** The figures: utilisation, m² per 10,000 residents, communities with a centre; declare a street's population. */
  'venues.stats': ['org_officer', 'street_officer', 'community_officer'],
  /** Export the register and the bookings to Excel. */
  'venues.export': ['org_officer', 'street_officer', 'community_officer'],
} as const satisfies PermissionTable;
