/**
 * Who may see and keep the public cultural service (no new roles). A troupe's or team's leader is
 * the account named as its lead (any of the roles under culture.lead), or an officer over its node.
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const culturePermissions = {
  /** See the district's facilities, culture teams and their programmes (the whole district). */
  'culture.read': [
    'org_officer',
    'street_officer',
    'community_officer',
    'dept_officer',
    'cadre',
    'grid_worker',
    'resident',
    'social_org',
    'party_member',
  ],
  /** Keep facilities, teams, members, programmes and rehearsals in one's subtree. */
  'culture.manage': ['org_officer', 'street_officer', 'community_officer'],
  /** Order a programme for a community 点演, cancel the order, rate the performance. */
  'culture.order': ['org_officer', 'street_officer', 'community_officer'],
  /** As a team's lead: accept or decline orders, record performances, log and confirm hours. */
  'culture.lead': [
    'org_officer',
    'street_officer',
    'community_officer',
    'social_org',
    'resident',
    'party_member',
  ],
  /** The figures: facilities, m² per 10,000, the 1 km circle, performances, hours and stars. */
  'culture.stats': ['org_officer', 'street_officer', 'community_officer'],
  /** Reveal a team member's full phone number with a reason (audited; over the team's node). */
  'culture.reveal': ['org_officer', 'street_officer', 'community_officer'],
  /** Export the facilities register to Excel. */
  'culture.export': ['org_officer', 'street_officer', 'community_officer'],
  /** Star culture volunteers of the subtree: print certificates, nominate upward. */
  'culture.certify': ['org_officer', 'street_officer'],
  /** The district's star thresholds and nomination quotas, and deciding nominations (from a district grant). */
  'culture.settings': ['org_officer'],
} as const satisfies PermissionTable;
