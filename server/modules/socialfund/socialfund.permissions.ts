/**
 * Who may see and run the 社会建设专项资金 and the 党建创新项目启动资金 (existing roles only): the fund
 * office is the district's organisation department; reviewers are district officers; social
 * organisations and party (working) committees (streets, communities) apply.
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const socialfundPermissions = {
  /** See funds, rounds and the applications in scope (an organisation its own). */
  'socialfund.read': ['org_officer', 'street_officer', 'community_officer', 'dept_officer', 'social_org'],
  /** Run a fund: rounds, eligibility, decisions, agreements, payments, 结项评估, imports. */
  'socialfund.manage': ['org_officer'],
  /** Apply and report progress: a social organisation, or a party committee's officers. */
  'socialfund.apply': ['social_org', 'street_officer', 'community_officer'],
  /** Score eligible applications of the district (never one's own). */
  'socialfund.review': ['org_officer', 'dept_officer'],
  /** Export applications and the funded list to Excel. */
  'socialfund.export': ['org_officer', 'street_officer'],
} as const satisfies PermissionTable;
