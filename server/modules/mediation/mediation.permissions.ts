/** Who may do what in mediation (scope: the case's node; a mediator only their own cases). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const mediationPermissions = {
  /** Read cases, rooms and figures (a mediator: only the cases assigned to them). */
  'mediation.read': ['org_officer', 'street_officer', 'community_officer', 'mediator'],
  /** Receive a case: from a dispute event, a walk-in or a referral. */
  'mediation.intake': ['street_officer', 'community_officer', 'mediator'],
  /** Set up rooms and their mediators, configure the steps, assign cases. */
  'mediation.manage': ['street_officer', 'community_officer'],
  /**
   * Configure the district's 党群调解331 steps (checked on the district node: the district's
   * organisation department, which promotes the method, or an officer granted on the district).
   */
  'mediation.steps': ['org_officer', 'street_officer', 'community_officer'],
  /** Hear a case, record minutes and the agreement, refer it and record the outcome. */
  'mediation.mediate': ['street_officer', 'community_officer', 'mediator'],
  /** See parties' full names, phones and ID numbers (audited). */
  'mediation.reveal': ['community_officer', 'mediator'],
  /** Export the case register to Excel. */
  'mediation.export': ['org_officer', 'street_officer', 'community_officer'],
} as const satisfies PermissionTable;
