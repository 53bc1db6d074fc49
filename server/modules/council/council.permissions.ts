/** Who may read, take part in, run and moderate a council (scope: the council's node). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const councilPermissions = {
  /** Read the topics, meetings and decisions of councils on one's nodes. */
  'council.read': [
    'resident',
    'community_officer',
    'street_officer',
    'org_officer',
    'party_member',
    'deputy',
  ],
  /** Raise topics, give ideas, support, comment, follow (verified residents; officers join in too). */
  'council.participate': ['resident', 'party_member', 'deputy', 'community_officer', 'street_officer'],
  /** Run a council: accept topics, move the steps, write drafts, open votes, meetings, members. */
  'council.manage': ['community_officer', 'street_officer'],
  /** Hide a topic, idea or comment with a reason (audited), or show it again. */
  'council.moderate': ['community_officer', 'street_officer'],
  /** Export topics, meetings and results to Excel. */
  'council.export': ['community_officer', 'street_officer', 'org_officer'],
} as const satisfies PermissionTable;
