/** Who may do what with grid events. Scope is the subtree of the grant; see events.service.ts. */
import type { PermissionTable } from '../../platform/access/access.ts';

export const eventsPermissions = {
  /** Report an event at a node in one's subtree. */
  'events.report': ['org_officer', 'street_officer', 'community_officer', 'grid_worker', 'cadre', 'resident'],
  /** See events located in one's subtree (departments see theirs through events.handle). */
  'events.read': ['org_officer', 'street_officer', 'community_officer', 'grid_worker'],
  /** Receive, dispatch, reject, merge, escalate and close events whose handling node is in one's subtree. */
  'events.manage': ['org_officer', 'street_officer', 'community_officer'],
  /** Accept, return and handle events dispatched to one's department. */
  'events.handle': ['dept_officer'],
  /** Verify handled events located in one's subtree (the reporter may always verify). */
  'events.verify': ['grid_worker', 'community_officer', 'street_officer'],
  /** Resolve a minor event located in one's subtree on the spot 自行处置, with an after-photo. */
  'events.resolve': ['grid_worker', 'community_officer'],
  /** Record the evaluation 评估 of a closed event and keep prevention items 预防 in one's subtree. */
  'events.evaluate': ['org_officer', 'street_officer', 'community_officer'],
  /** Routing rules, service levels and the district's settings. */
  'events.configure': ['org_officer', 'street_officer'],
} as const satisfies PermissionTable;
