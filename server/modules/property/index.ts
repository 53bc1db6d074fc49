/** Public face of the property module: 红色物业, quality communities, fees and the four batches. */
import { registerPermissions } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { propertyMessages } from './property.i18n.ts';
import { propertyPermissions } from './property.permissions.ts';
import { findCompound, listCompounds } from './property.repository.ts';

registerPermissions(propertyPermissions);
registerMessages(propertyMessages);

export { createPropertyService, type PropertyService } from './property.service.ts';
export { propertyRoutes } from './property.routes.ts';
export { BATCHES, ISSUE_STATES } from './property.rules.ts';

/**
 * Compounds for other modules' ports (no scope: the caller checks its own on the path): one by id,
 * or every compound under a path; each with its community node and that node's path.
 */
export async function compoundRefs(db: Executor, q: { id: string } | { under: string }) {
  const rows =
    'id' in q
      ? [await findCompound(db, q.id)].filter((r) => r !== undefined)
      : await listCompounds(
          db,
          { userId: '', officer: [q.under], staff: [], committee: [] },
          { limit: 5000 },
        );
  return rows.map((r) => ({
    id: r.id,
    districtId: r.district_id,
    nodeId: r.node_id,
    nodeName: r.node_name,
    name: r.name,
    path: r.path,
  }));
}
