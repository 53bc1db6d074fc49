/** Who may read the audit log: the auditor alone (three-role separation, 三员分立). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const auditPermissions = {
  /** Search the audit log and check its hash chain. */
  'audit.read': ['auditor'],
  /** Download the audit log as Excel (itself an audited act). */
  'audit.export': ['auditor'],
} as const satisfies PermissionTable;
