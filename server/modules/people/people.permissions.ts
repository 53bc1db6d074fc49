/**
 * Who may see and change personal records. The security roles (system, security and audit
 * administrators) never see personal data; cadres and residents reach people through other modules.
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const peoplePermissions = {
  /** List, search and open person records (masked) inside one's subtree. */
  'people.read': ['org_officer', 'street_officer', 'community_officer', 'grid_worker'],
  /** Create and edit person records and their identities inside one's subtree. */
  'people.write': ['org_officer', 'street_officer', 'community_officer', 'grid_worker'],
  /** See a person's national ID, phone, birth date and address unmasked (each reveal is audited). */
  'people.reveal': ['org_officer', 'street_officer', 'community_officer'],
  /** Import residents from an Excel register (台账). */
  'people.import': ['org_officer', 'street_officer', 'community_officer'],
  /** Export a filtered list to Excel. */
  'people.export': ['org_officer', 'street_officer', 'community_officer'],
} as const satisfies PermissionTable;
