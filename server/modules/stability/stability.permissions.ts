/**
 * Who may register major decisions, assess them, review the assessment and track it. The district
 * political-legal office 政法委 has no role of its own (no new roles): its officers hold org_officer
 * on the district node, and review is only done from a grant on a district node.
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const stabilityPermissions = {
  /** See the major decisions of the units in scope, their assessments, measures and incidents. */
  'stability.read': ['org_officer', 'street_officer', 'dept_officer'],
  /** Register a decision and run its assessment, mitigation and tracking (the deciding unit). */
  'stability.register': ['org_officer', 'street_officer', 'dept_officer'],
  /** Confirm or return an assessment's level (the district 政法委, from a district grant). */
  'stability.review': ['org_officer'],
  /** Keep the district's risk-source catalogue and opposition thresholds. */
  'stability.catalogue': ['org_officer'],
  /** Export the register of major decisions to Excel. */
  'stability.export': ['org_officer', 'street_officer', 'dept_officer'],
} as const satisfies PermissionTable;
