/**
 * Who does what in 双报到: members working in a unit (party_member, cadre) report to a community and
 * record their services and pledges; the community officer accepts, places, confirms and sends the
 * yearly feedback; officers read the register in their subtree (a unit sees its own members'
 * reports, a community those reported to it); units pre-register their members from Excel.
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const outreachPermissions = {
  /** Report to a community, record one's services and pledges (the member, from the phone). */
  'outreach.report': ['party_member', 'cadre'],
  /** Read the register of reports, services, pledges and feedback in scope; export it. */
  'outreach.read': ['org_officer', 'street_officer', 'community_officer', 'dept_officer'],
  /** Accept, decline and place reported members, confirm services, send the yearly feedback. */
  'outreach.accept': ['community_officer'],
  /** Register the brand programmes of a community, street or the district. */
  'outreach.programmes': ['org_officer', 'street_officer', 'community_officer'],
  /** The member's unit: pre-register members from Excel, read the feedback sent to it. */
  'outreach.unit': ['org_officer', 'street_officer', 'dept_officer'],
} as const satisfies PermissionTable;
