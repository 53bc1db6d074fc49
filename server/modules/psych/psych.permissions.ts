/**
 * Who does what in the 社会心理服务体系. No new roles: counsellors are accounts linked to a counsellor
 * row (community officers of a 社康, social workers, school teachers); the severe-mental-disorder
 * register is read by officers on the patient's node and by the responsible grid worker only.
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const psychPermissions = {
  /** See the service points, screenings and figures of the subtree. */
  'psych.read': ['org_officer', 'street_officer', 'community_officer'],
  /** Keep the service points and their counsellors. */
  'psych.points': ['org_officer', 'street_officer', 'community_officer'],
  /** Book a counselling slot from the phone, see and cancel one's own bookings. */
  'psych.book': ['resident'],
  /** As the counsellor of a booking: see one's bookings and record the session. */
  'psych.counsel': ['community_officer', 'social_org', 'teacher'],
  /** Record the 心理援助热线's calls and visits of a month (counts only). */
  'psych.hotline': ['org_officer', 'street_officer', 'community_officer'],
  /** Record screening campaigns (counts only). */
  'psych.screening': ['org_officer', 'street_officer', 'community_officer'],
  /** See patients of the register (officers on the node; grid workers: their own patients only). */
  'psych.patients': ['org_officer', 'street_officer', 'community_officer', 'grid_worker'],
  /** Show a patient's name and ID in full (audited). */
  'psych.reveal': ['org_officer', 'street_officer', 'community_officer', 'grid_worker'],
  /** Add patients to the register and change their risk level or grid worker. */
  'psych.register': ['org_officer', 'street_officer', 'community_officer'],
  /** Log a follow-up visit. */
  'psych.followup': ['community_officer', 'grid_worker'],
  /** Enter a 服药补贴 application for a patient. */
  'psych.subsidy.apply': ['community_officer', 'grid_worker'],
  /** The community's check of an application. */
  'psych.subsidy.check': ['community_officer'],
  /** The street's approval, and the monthly payments. */
  'psych.subsidy.approve': ['street_officer'],
  /** Excel out and in of the registers. */
  'psych.export': ['org_officer', 'street_officer', 'community_officer'],
} as const satisfies PermissionTable;
