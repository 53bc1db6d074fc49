/** Who may see, cast, manage and enter paper ballots in votes (scope: the vote's node). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const votesPermissions = {
  /** See the votes held on one's nodes, their state and (once closed) results. */
  'votes.read': [
    'resident',
    'community_officer',
    'street_officer',
    'org_officer',
    'deputy',
    'party_member',
    'owners_committee',
  ],
  /** Cast a ballot (eligibility is the owner module's resolver's to say). */
  'votes.cast': ['resident', 'deputy', 'party_member', 'owners_committee'],
  /**
   * Close a vote early or cancel it (creating one belongs to the owner module's own verbs); the
   * district's officers close the deputies' votes on the year's livelihood projects (projects).
   */
  'votes.manage': ['community_officer', 'street_officer', 'org_officer'],
  /** Enter paper ballots from an in-person meeting, or confirm another officer's entry. */
  'votes.paper': ['community_officer', 'street_officer'],
  /**
   * Export a closed vote to Excel: its result, and an open (non-secret) vote's ballots with their
   * voters' names masked; a secret vote never exports who voted what.
   */
  'votes.export': ['community_officer', 'street_officer', 'org_officer'],
  /** See voters' names unmasked in an open vote's exported ballots (the officers who ran the vote on the ground). */
  'votes.reveal': ['community_officer', 'street_officer'],
} as const satisfies PermissionTable;
