/** Who may see and keep the roster of community party secretaries, and run and enter selections. */
import type { PermissionTable } from '../../platform/access/access.ts';

export const secretariesPermissions = {
  /** See the roster, vacancies, terms, rotations and 两委换届 rounds of the communities in scope. */
  'secretaries.read': ['org_officer', 'street_officer'],
  /** Keep the roster: appoint, end terms, rotate, import; publish and run selections (组织部). */
  'secretaries.manage': ['org_officer'],
  /** Record a 两委换届 round's results for a street's communities. */
  'secretaries.elect': ['org_officer', 'street_officer'],
  /** See selections: officers all in scope; cadres the open ones of their district and their own. */
  'secretaries.selections': ['org_officer', 'street_officer', 'cadre'],
  /** Register for a selection: a cadre for themself, the organisation department for someone. */
  'secretaries.apply': ['cadre', 'org_officer'],
  /** Export the roster to Excel. */
  'secretaries.export': ['org_officer', 'street_officer'],
} as const satisfies PermissionTable;
