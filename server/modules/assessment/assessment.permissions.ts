/**
 * Who may do what in cadre assessment. The organisation department runs it for its district, street
 * and department officers review their unit, a cadre sees only their own sheet, file, ledger and
 * months; the political-quality file has permissions of its own.
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const assessmentPermissions = {
  /** See sheets, the cycle board, reports, points, months and rankings of the units in one's subtree. */
  'assessment.read': ['org_officer', 'street_officer', 'dept_officer'],
  /** Run assessment: indicators, cycles, grades, feedback, publication, approvals, results, rotation. */
  'assessment.manage': ['org_officer'],
  /** Review one's unit: sheets, work reports, manual points and declarations for its cadres. */
  'assessment.review': ['org_officer', 'street_officer', 'dept_officer'],
  /** A cadre's own sheet, work reports, ledger, months and portrait. */
  'assessment.self': ['cadre'],
  /** Read the political-quality file 一人一档 (every read audited). */
  'assessment.pq.read': ['org_officer'],
  /** Add to the political-quality file. */
  'assessment.pq.write': ['org_officer'],
} as const satisfies PermissionTable;
