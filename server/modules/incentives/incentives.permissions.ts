/**
 * Who proposes, approves and reads incentives and care (no new roles): units (street and department
 * officers, and the organisation department) propose for their cadres and approve their rest
 * periods; the organisation department (org_officer) approves grants and keeps the catalogue;
 * a cadre sees only their own records and books their own rest.
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const incentivesPermissions = {
  /** See the grants, rest periods, care records and talks of the units in scope. */
  'incentives.read': ['org_officer', 'street_officer', 'dept_officer'],
  /** Propose a measure for a cadre of one's unit; withdraw the proposal. */
  'incentives.propose': ['org_officer', 'street_officer', 'dept_officer'],
  /** Approve or reject a proposal (the organisation department). */
  'incentives.approve': ['org_officer'],
  /** Keep the district's measure catalogue (Excel in). */
  'incentives.catalogue': ['org_officer'],
  /** Approve or reject a cadre's rest period (their unit). */
  'incentives.rest.approve': ['org_officer', 'street_officer', 'dept_officer'],
  /** Record care visits, check-ups, hardship help and talks, and their follow-ups. */
  'incentives.care': ['org_officer', 'street_officer', 'dept_officer'],
  /** Export the grants and the catalogue to Excel. */
  'incentives.export': ['org_officer', 'street_officer', 'dept_officer'],
  /** A cadre's own records, entitlements and rest bookings. */
  'incentives.own': ['cadre'],
  /** Read the printable 激励决定 and 休整休养通知 (one's own, or those of units in scope). */
  'incentives.print': ['org_officer', 'street_officer', 'dept_officer', 'cadre'],
} as const satisfies PermissionTable;
