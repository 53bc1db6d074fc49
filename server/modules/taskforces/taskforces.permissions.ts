/** Who may publish 专班招募令, apply to them and keep the members (scope: the district's node). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const taskforcesPermissions = {
  /** See the orders: the organisation department all of its district's, a cadre the open ones and their own applications. */
  'taskforces.read': ['org_officer', 'cadre'],
  /** Publish orders, decide applications, rate members, declare the incentive, import members. */
  'taskforces.manage': ['org_officer'],
  /** Apply to a post of an open order, withdraw before selection (cadres). */
  'taskforces.apply': ['cadre'],
  /** Export orders, applications and members to Excel. */
  'taskforces.export': ['org_officer'],
} as const satisfies PermissionTable;
