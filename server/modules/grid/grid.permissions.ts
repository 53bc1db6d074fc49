/**
 * Who may do what in grid work. A cadre's reach comes only from their 我当网格员 assignments (not
 * from the cadre grant's subtree); grid workers reach their grant's subtree and their assignments.
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const gridPermissions = {
  /** Read grids, registers, visits, compliance and patrols. */
  'grid.read': ['org_officer', 'street_officer', 'community_officer', 'grid_worker', 'cadre'],
  /** Add and correct register records, import them from Excel. */
  'grid.collect': ['community_officer', 'grid_worker', 'cadre'],
  /** Visit households on the cycle (the due list). */
  'grid.visit': ['grid_worker', 'cadre'],
  /** Assign workers, set outlines and visit cycles. */
  'grid.manage': ['org_officer', 'street_officer', 'community_officer'],
  /** Log civilisation patrols 文明巡查 (a cadre heading a grid as 网格长 walks it weekly). */
  'grid.patrol': ['street_officer', 'community_officer', 'grid_worker', 'cadre'],
  /** Keep the district's civilisation-city assessment standards 测评体系 (Excel in and out). */
  'grid.standards': ['org_officer'],
  /** Tag an event to an assessment standard. */
  'grid.tag': ['street_officer', 'community_officer', 'grid_worker'],
} as const satisfies PermissionTable;
