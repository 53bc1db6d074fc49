/**
 * Who may do what in 信访 (scope: the visit's node; a mediator only the visits of the studios they sit
 * in, a department only what is assigned to it, a resident only their own).
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const petitionsPermissions = {
  /** Read visits and studios: officers their subtree, mediators their studios, departments their cases, residents their own. */
  'petitions.read': [
    'org_officer',
    'street_officer',
    'community_officer',
    'mediator',
    'dept_officer',
    'resident',
  ],
  /** Register a visit 来访登记 at a street or community. */
  'petitions.register': ['street_officer', 'community_officer', 'mediator'],
  /** File one's own matter online (a resident, from the phone). */
  'petitions.submit': ['resident'],
  /** Triage at the studio (诉访分离) and settle what was guided away. */
  'petitions.triage': ['street_officer', 'community_officer', 'mediator'],
  /** Handle accepted petitions: assign a department, close. */
  'petitions.handle': ['street_officer', 'community_officer'],
  /**
   * Set up and import studios at a node in scope: the street and community officers, and the
   * district's own officers (org_officer, the one tree role granted on the district node) for the
   * district-level studios of seed 003 (区级访前法律工作室、心访工作室).
   */
  'petitions.studios': ['org_officer', 'street_officer', 'community_officer'],
  /** See a visitor's full ID number and phone, with a reason (audited): the roles of people.reveal. */
  'petitions.reveal': ['org_officer', 'street_officer', 'community_officer'],
  /** Reply to a petition assigned to one's department (or the handling officer for it). */
  'petitions.reply': ['dept_officer', 'street_officer', 'community_officer'],
  /** Rate a reply or ask for a review: the petitioner, or an officer recording for them. */
  'petitions.rate': ['resident', 'street_officer', 'community_officer'],
  /** Change the district's deadlines (checked on the district node). */
  'petitions.settings': ['org_officer', 'street_officer'],
  /** Figures and charts of the subtree. */
  'petitions.figures': ['org_officer', 'street_officer', 'community_officer'],
  /** Export visits and studios to Excel. */
  'petitions.export': ['org_officer', 'street_officer', 'community_officer'],
} as const satisfies PermissionTable;
