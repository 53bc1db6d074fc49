/** Who may read, order, run, vote on, track and rate livelihood projects (scope: the project's node). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const projectsPermissions = {
  /** Read projects on one's nodes (residents and deputies see the public ones and their own). */
  'projects.read': ['resident', 'deputy', 'community_officer', 'street_officer', 'org_officer'],
  /** Order a micro project 点菜 (verified residents). */
  'projects.order': ['resident'],
  /** Run projects: screen orders, budgets, milestones, contractors, photos, acceptance, the menu. */
  'projects.manage': ['community_officer', 'street_officer', 'org_officer'],
  /** Run the deputies' ballot 票决: candidate lists (and their import), opening and closing the vote. */
  'projects.ballot': ['street_officer', 'org_officer'],
  /** Rate satisfaction: residents their community's micro projects, deputies the chosen projects. */
  'projects.rate': ['resident', 'deputy'],
  /** Track the chosen projects with supervision notes 跟踪监督 (deputies). */
  'projects.track': ['deputy'],
  /** Export projects and statistics to Excel. */
  'projects.export': ['community_officer', 'street_officer', 'org_officer'],
} as const satisfies PermissionTable;
