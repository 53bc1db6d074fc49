/**
 * Who may do what in 红色物业 and quality communities (scope: the compound's community node; property
 * staff further limited to their company's compounds, 业委会 members to their own compound).
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const propertyPermissions = {
  /** Read companies, compounds, ratings, the quality index, fees and the problem list. */
  'property.read': [
    'org_officer',
    'street_officer',
    'community_officer',
    'property_staff',
    'owners_committee',
  ],
  /** Register companies and compounds, 业委会 members, link staff and committee accounts. */
  'property.manage': ['street_officer', 'community_officer'],
  /** Configure the criteria, score companies' stars and publish them. */
  'property.rate': ['org_officer', 'street_officer'],
  /** Score a compound's quality index each quarter, enter the five-star campaign, rate the year. */
  'property.quality': ['street_officer', 'community_officer'],
  /** Keep the fee ledger (billed and paid per month), by hand or from Excel. */
  'property.fees': ['street_officer', 'community_officer', 'property_staff'],
  /** Put items on the problem list and move arrears through the batches. */
  'property.issues': ['street_officer', 'community_officer', 'property_staff', 'owners_committee'],
  /** Record the compound's joint party meeting and its decisions. */
  'property.meet': ['street_officer', 'community_officer', 'owners_committee'],
  /** Export the registers to Excel. */
  'property.export': [
    'org_officer',
    'street_officer',
    'community_officer',
    'property_staff',
    'owners_committee',
  ],
} as const satisfies PermissionTable;
