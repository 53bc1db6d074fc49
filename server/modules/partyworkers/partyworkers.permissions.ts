/**
 * Who sees and keeps the register of full-time party workers. The district's organisation department
 * 组织部 (org_officer) sets the posts and the year's target; streets place their workers and appraise
 * them; communities write their workers' monthly logs.
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const partyworkersPermissions = {
  /** See posts, workers, vacancies, logs, appraisals and figures in scope. */
  'partyworkers.read': ['org_officer', 'street_officer', 'community_officer'],
  /** Set the posts of a street or community and the district's yearly target. */
  'partyworkers.posts': ['org_officer'],
  /** Place a worker in a vacant post, renew or end a contract, appraise, import the register. */
  'partyworkers.manage': ['org_officer', 'street_officer'],
  /** Write a worker's monthly work-log summary. */
  'partyworkers.log': ['org_officer', 'street_officer', 'community_officer'],
  /** Export the register to Excel. */
  'partyworkers.export': ['org_officer', 'street_officer'],
} as const satisfies PermissionTable;
