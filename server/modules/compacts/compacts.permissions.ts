/**
 * Who may read, keep and sign branch contracts 共建契约 and hold the monthly 圆桌会. The community
 * side acts on the contract's community node; the unit side (a department's officer or cadre) on the
 * unit's node; each reads a contract from either side.
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const compactsPermissions = {
  /** See the contracts, their lists and round tables of one's community or unit. */
  'compacts.read': ['org_officer', 'street_officer', 'community_officer', 'dept_officer', 'cadre'],
  /** Draft contracts and their lists; schedule and hold round tables (the community side). */
  'compacts.manage': ['org_officer', 'street_officer', 'community_officer'],
  /** Sign a contract drafted with one's unit and add to its resource list (the unit side). */
  'compacts.sign': ['dept_officer', 'cadre'],
  /** Mark a project of a contract done (either side). */
  'compacts.progress': ['org_officer', 'street_officer', 'community_officer', 'dept_officer', 'cadre'],
  /** Export contracts and projects to Excel. */
  'compacts.export': ['org_officer', 'street_officer', 'community_officer', 'dept_officer'],
  /** Import a unit's resource list from Excel into a contract (either side). */
  'compacts.import': ['org_officer', 'street_officer', 'community_officer', 'dept_officer'],
} as const satisfies PermissionTable;
