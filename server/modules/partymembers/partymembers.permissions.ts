/** Who may keep the mobile party member register (scope: the branch's node). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const partymembersPermissions = {
  /** Read the register, the monthly tables, the map and the vanguard teams in one's subtree. */
  'partymembers.read': ['org_officer', 'street_officer', 'community_officer'],
  /** Register mobile members, fill their five clears, issue return codes, run vanguard teams. */
  'partymembers.write': ['org_officer', 'street_officer', 'community_officer'],
  /** A party member: see one's own record, scan a return code to register where one lives now. */
  'partymembers.own': ['party_member'],
  /** Export the register and the monthly tables to Excel. */
  'partymembers.export': ['org_officer', 'street_officer', 'community_officer'],
  /** Import the register from Excel. */
  'partymembers.import': ['org_officer', 'street_officer', 'community_officer'],
  /** 结对联系: pair outflowing members with resident members, bulk pairing, mark help requests helped. */
  'partymembers.pair': ['street_officer', 'community_officer'],
  /** 结对联系: a party member keeping in touch logs contacts and study for their own pairs. */
  'partymembers.contact': ['party_member'],
} as const satisfies PermissionTable;
