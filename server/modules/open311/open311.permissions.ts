/** Who may manage Open311 API keys (the endpoints themselves are public and check api_key). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const open311Permissions = {
  /** Create, list and revoke keys for nodes in one's subtree. */
  'open311.keys': ['sys_admin', 'org_officer'],
} as const satisfies PermissionTable;
