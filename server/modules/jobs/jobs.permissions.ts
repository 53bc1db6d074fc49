/** Who may see, run, publish to and ask the community talent service station (scope: the station's community). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const jobsPermissions = {
  /** See stations, fairs and postings; officers the tickets; residents their own; employers their postings. */
  'jobs.read': [
    'org_officer',
    'street_officer',
    'community_officer',
    'social_org',
    'property_staff',
    'resident',
  ],
  /** Keep the stations and fairs, work the service tickets (recommend, interviews, outcomes). */
  'jobs.manage': ['org_officer', 'street_officer', 'community_officer'],
  /** Publish postings (the station, and employers: social organisations and property companies). */
  'jobs.post': ['org_officer', 'street_officer', 'community_officer', 'social_org', 'property_staff'],
  /** File a job-seeking need, answer recommendations, confirm and rate the service (residents). */
  'jobs.seek': ['resident'],
  /** Export needs, tickets and postings to Excel; import postings. */
  'jobs.export': ['org_officer', 'street_officer', 'community_officer'],
} as const satisfies PermissionTable;
