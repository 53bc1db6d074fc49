/**
 * Who sees and keeps the 文明巡访团. The district's organisation department 组织部 (org_officer) keeps the
 * roster and schedules the rounds; the district and streets record what the members saw on a round
 * (a member's notes, typed on a phone); the community of the area marks its findings fixed.
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const visitteamPermissions = {
  /** See the rounds, their findings and the figures in scope. */
  'visitteam.read': ['org_officer', 'street_officer', 'community_officer'],
  /** Keep the roster (add, import, export) and schedule rounds and their members. */
  'visitteam.manage': ['org_officer'],
  /** Record a finding on a round. */
  'visitteam.record': ['org_officer', 'street_officer'],
  /** Mark a finding of the area fixed. */
  'visitteam.fix': ['street_officer', 'community_officer'],
} as const satisfies PermissionTable;
