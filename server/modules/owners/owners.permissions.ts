/**
 * Who may do what with 业主大会 and 业委会 (scope: the compound's community node). The community and
 * street offices keep the owners' register and run assemblies with the 业委会; the community party
 * organisation vets candidates 党组织把关 (its officers hold community_officer or street_officer:
 * no new roles); owners vote online through their resident account.
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const ownersPermissions = {
  /** Read the owners' register (phones masked), assemblies, results, notices and elections. */
  'owners.read': ['org_officer', 'street_officer', 'community_officer', 'owners_committee'],
  /** Keep the owners' register (by hand or Excel) and link an owner to a resident account. */
  'owners.register': ['street_officer', 'community_officer', 'owners_committee'],
  /** Open and close assemblies, enter paper ballots and confirm another officer's paper ballot. */
  'owners.assembly': ['street_officer', 'community_officer', 'owners_committee'],
  /** Call 业委会 elections and nominate candidates. */
  'owners.elect': ['street_officer', 'community_officer', 'owners_committee'],
  /** Vet candidates for the community party organisation 党组织把关. */
  'owners.vet': ['street_officer', 'community_officer'],
  /** Vote online in the assemblies of the compounds where the resident account is linked to an owner. */
  'owners.vote': ['resident'],
  /** Reveal an owner's full phone number (audited). */
  'owners.reveal': ['street_officer', 'community_officer'],
  /** Export the owners' register to Excel. */
  'owners.export': ['street_officer', 'community_officer', 'owners_committee'],
} as const satisfies PermissionTable;
