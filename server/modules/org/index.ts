/** Public face of the org module: the tree other modules scope by. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { orgMessages } from './org.i18n.ts';
import { orgPermissions } from './org.permissions.ts';

registerPermissions(orgPermissions);
registerMessages(orgMessages);

export { createOrgService, type OrgService, type NodeView } from './org.service.ts';
export { orgRoutes } from './org.routes.ts';
export {
  LEVELS,
  PARTY_ORG_KINDS,
  TEMPORARY_PARTY_ORG_KINDS,
  type Level,
  type PartyOrgKind,
  type TemporaryPartyOrgKind,
} from './org.rules.ts';
export type { PartyOrgBrief } from './org.lifetime.service.ts';
export { createOrgTree, type OrgTree, type OrgTreeNode, type NodeChain } from './org.tree.ts';
