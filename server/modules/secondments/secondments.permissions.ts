/** Who may run, host, take part in and export 基层一线实践锻炼 and 专项考察 (scope: the batch's node, the street). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const secondmentsPermissions = {
  /** See batches: the organisation department all in its subtree, a street its own cadres, a cadre their own. */
  'secondments.read': ['org_officer', 'street_officer', 'cadre'],
  /** Run batches (streets, cadres, import) and special assessments; see who is due. */
  'secondments.manage': ['org_officer'],
  /** Host seconded cadres: work entries, target progress, the rating at the end. */
  'secondments.host': ['street_officer'],
  /** Keep one's own weekly log while seconded. */
  'secondments.log': ['cadre'],
  /** Export batches with cadres and ratings to Excel. */
  'secondments.export': ['org_officer', 'street_officer'],
} as const satisfies PermissionTable;
