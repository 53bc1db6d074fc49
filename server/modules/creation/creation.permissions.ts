/**
 * Who runs 示范创建 and the 先锋指数. No new roles: the district's organisation department and
 * civil-affairs office are org_officer on the district node (programmes, review, naming, weights);
 * the street's office pre-reviews 初审 and scores its party organisations; communities and
 * departments declare (a department declares 模范机关).
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const creationPermissions = {
  /** See the programmes, declarations, titles and figures in scope. */
  'creation.read': ['org_officer', 'street_officer', 'community_officer', 'dept_officer'],
  /** Declare 申报 for a level and self-assess with evidence (the declaring community or unit). */
  'creation.declare': ['community_officer', 'dept_officer'],
  /** Pre-review 初审 the declarations of the street's communities. */
  'creation.prereview': ['street_officer'],
  /** Score, publicise and name (from a grant on the district node). */
  'creation.review': ['org_officer'],
  /** Define programmes, their ladder settings and standards; the index weights. */
  'creation.manage': ['org_officer'],
  /** See the 先锋指数 of the party organisations in scope. */
  'creation.index.read': ['org_officer', 'street_officer', 'community_officer'],
  /** Score party organisations in scope for a quarter (the street or the district). */
  'creation.index.score': ['org_officer', 'street_officer'],
  /** Record the 整改 of a flagged organisation. */
  'creation.index.rectify': ['street_officer', 'community_officer'],
  /** Excel out of the registers. */
  'creation.export': ['org_officer', 'street_officer'],
} as const satisfies PermissionTable;
