/** Who may do what in the service marketplace (scope: the node of the item or order). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const servicesPermissions = {
  /** Read the four lists and the leaderboards. */
  'services.read': ['resident', 'social_org', 'community_officer', 'street_officer', 'org_officer'],
  /** Order a service 点单, cancel one's own open order, rate a delivered one. */
  'services.order': ['resident'],
  /** Accept an order 接单 for one's organisation, deliver it, publish the organisation's offers. */
  'services.accept': ['social_org'],
  /** Publish government-purchase and community-need items, close items, oversee orders. */
  'services.manage': ['community_officer', 'street_officer', 'org_officer'],
  /** Export items and orders to Excel. */
  'services.export': ['community_officer', 'street_officer', 'org_officer'],
} as const satisfies PermissionTable;
