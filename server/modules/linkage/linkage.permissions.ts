/** Who may read, run and take part in the linkage mechanisms (scope: the record's node). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const linkagePermissions = {
  /** Read links and their items, rosters, sessions and problems on one's nodes. */
  'linkage.read': [
    'org_officer',
    'street_officer',
    'community_officer',
    'dept_officer',
    'cadre',
    'party_member',
    'deputy',
    'grid_worker',
  ],
  /** Keep the registers: links, rosters and their roles, sessions' schedule (community and above). */
  'linkage.manage': ['org_officer', 'street_officer', 'community_officer'],
  /** Report progress on an item of one's own link (leaders, departments, serving party members). */
  'linkage.progress': [
    'cadre',
    'dept_officer',
    'party_member',
    'org_officer',
    'street_officer',
    'community_officer',
  ],
  /** Record one's own sessions in a community and the problems raised (deputies and CPPCC members). */
  'linkage.session': ['deputy', 'org_officer', 'street_officer', 'community_officer'],
  /** Answer a problem raised at a session. */
  'linkage.answer': ['org_officer', 'street_officer', 'community_officer', 'dept_officer'],
  /** Export the registers to Excel. */
  'linkage.export': ['org_officer', 'street_officer', 'community_officer'],
} as const satisfies PermissionTable;
