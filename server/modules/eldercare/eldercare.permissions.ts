/** Who may see, run, serve and ask for 一老一小 services (scope: the station's community). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const eldercarePermissions = {
  /** See the stations, their circles and (officers) the tickets; residents their own tickets. */
  'eldercare.read': [
    'org_officer',
    'street_officer',
    'community_officer',
    'social_org',
    'grid_worker',
    'resident',
  ],
  /** Keep the stations and assign tickets. */
  'eldercare.manage': ['org_officer', 'street_officer', 'community_officer'],
  /** Serve a ticket assigned to one and mark it done (the station's social organisation). */
  'eldercare.serve': ['social_org', 'org_officer', 'street_officer', 'community_officer'],
  /** Ask a station for a service and rate it when done (residents). */
  'eldercare.request': ['resident'],
  /** Export stations and tickets to Excel. */
  'eldercare.export': ['org_officer', 'street_officer', 'community_officer'],
} as const satisfies PermissionTable;
