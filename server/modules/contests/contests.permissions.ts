/** Who may run, enter, judge and read the 擂台赛 (scope: the district's node for contests, the unit's node for entries). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const contestsPermissions = {
  /** Read the district's contests and the published rankings 实绩晾晒 (every officer of the district). */
  'contests.read': ['org_officer', 'street_officer', 'community_officer', 'dept_officer', 'cadre'],
  /** Set up contests and rounds, open rounds, publish rankings, import the judges' scores. */
  'contests.manage': ['org_officer'],
  /** Submit a participating unit's entry (the unit's own officer). */
  'contests.enter': ['dept_officer', 'street_officer'],
  /** Score entries as a judge named on the contest. */
  'contests.judge': ['org_officer', 'cadre'],
  /** Export a contest's entries and scores. */
  'contests.export': ['org_officer'],
} as const satisfies PermissionTable;
