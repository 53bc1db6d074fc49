/** Who may run inspection rounds and who rectifies (scope: the district for rounds, the unit's node for findings). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const inspectionsPermissions = {
  /** See rounds, problems and feedback letters in scope (the inspected units see their own, once issued). */
  'inspections.read': ['org_officer', 'street_officer', 'community_officer', 'dept_officer'],
  /** Run rounds: groups, units, problems and suggestions, feedback letters, verification, 移交问责, import. */
  'inspections.manage': ['org_officer'],
  /** Rectify as the inspected unit: plans, progress reports and closure evidence. */
  'inspections.rectify': ['street_officer', 'community_officer', 'dept_officer'],
  /** Export the problems and their rectification to Excel. */
  'inspections.export': ['org_officer', 'street_officer', 'community_officer', 'dept_officer'],
} as const satisfies PermissionTable;
