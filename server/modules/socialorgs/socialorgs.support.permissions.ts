/**
 * Who keeps the support around social organisations. Reading goes with `socialorgs.read` and
 * Excel out with `socialorgs.export` (the register's own); these keep the rosters and records.
 */
import type { PermissionTable } from '../../platform/access/access.ts';

export const socialorgsSupportPermissions = {
  /** Keep the 党建指导员 roster, send instructors to bases or organisations, log their visits. */
  'socialorgs.instructors.manage': ['street_officer', 'org_officer'],
  /** Keep the talent register 草根领袖与本土社工 and its training records. */
  'socialorgs.talents.manage': ['community_officer', 'street_officer', 'org_officer'],
  /** Register bases, settle organisations in them, record the four links 联建联调联管联服. */
  'socialorgs.base.manage': ['street_officer', 'org_officer'],
} as const satisfies PermissionTable;
