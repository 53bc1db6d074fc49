/**
 * Who may do what in 未成年人保护与帮教. Minors' records are the most sensitive: an officer sees the
 * cases of the nodes under their grant, a social worker (social_org, or a community officer on the
 * roster) only the cases assigned to them; every reveal of a name or ID number is audited.
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const juvenilePermissions = {
  /** See sites, the libraries, activities and the cases in reach (a social worker: their own cases). */
  'juvenile.read': ['org_officer', 'street_officer', 'community_officer', 'social_org'],
  /** Register cases, match and assign a worker, close; keep sites, the roster and activities. */
  'juvenile.manage': ['org_officer', 'street_officer', 'community_officer'],
  /** Log sessions and evaluations on a case assigned to oneself (the social worker). */
  'juvenile.help': ['social_org', 'community_officer'],
  /** Keep the district's libraries (问题库, 矫治技术库, 效果评估库), from a grant on the district. */
  'juvenile.library': ['org_officer'],
  /** See a young person's full name and ID number (audited). */
  'juvenile.reveal': ['org_officer', 'street_officer', 'community_officer', 'social_org'],
  /** Export the case register to Excel (masked). */
  'juvenile.export': ['org_officer', 'street_officer', 'community_officer'],
} as const satisfies PermissionTable;
