/** Who may see, work on and check the responsibility lists (scope: the organisation's node). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const dutylistsPermissions = {
  /** See the lists, items, bulletins, reports and accountability records of the organisations in scope. */
  'dutylists.read': ['org_officer', 'street_officer', 'community_officer', 'dept_officer'],
  /** Report progress on one's organisation's items and file its secretary's yearly report. */
  'dutylists.report': ['org_officer', 'street_officer', 'community_officer', 'dept_officer'],
  /**
   * The office of the party-building leading group (组织部): templates, instantiating a year,
   * checking items, composing and publishing bulletins, rating reports, recording hand-overs to 问责.
   */
  'dutylists.manage': ['org_officer'],
  /** Export the registers to Excel. */
  'dutylists.export': ['org_officer', 'street_officer', 'community_officer', 'dept_officer'],
} as const satisfies PermissionTable;
