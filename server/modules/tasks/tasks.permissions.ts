/** Who may do what in 一榜三令. Units act through the roles granted on the unit's node. */
import type { PermissionTable } from '../../platform/access/access.ts';

const UNITS = ['street_officer', 'community_officer', 'dept_officer', 'cadre'] as const;

export const tasksPermissions = {
  /** See lists, the board (own tasks only for units), orders and leaderboards in one's subtree. */
  'tasks.read': ['org_officer', ...UNITS],
  /** Run the list, award tasks, issue / edit / dismiss orders, decide exemptions (organisation dept.). */
  'tasks.manage': ['org_officer'],
  /** Set the district's evaluation thresholds (margins, red days, deadline notice days). */
  'tasks.settings': ['org_officer'],
  /** Propose a task bottom-up for one's unit. */
  'tasks.propose': ['org_officer', ...UNITS],
  /** Apply for (claim) a published task or party project for one's unit. */
  'tasks.apply': [...UNITS],
  /** Report progress on one's own tasks. */
  'tasks.report': [...UNITS],
  /** Acknowledge receipt of an order addressed to one's unit. */
  'tasks.acknowledge': [...UNITS],
  /** Apply for 容错 exemption from a drafted accountability order on one's own task. */
  'tasks.exempt': [...UNITS],
  /**
   * See the district's published list inside the app (residents and others without tasks.read; the
   * same published list as the public page, shown on their menu).
   */
  'tasks.view_published': [
    'resident',
    'party_member',
    'deputy',
    'grid_worker',
    'social_org',
    'owners_committee',
  ],
  /** List party-building projects of a community and award their claims. */
  'tasks.party.manage': ['org_officer', 'street_officer', 'community_officer'],
} as const satisfies PermissionTable;
