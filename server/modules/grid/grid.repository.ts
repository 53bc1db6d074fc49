/**
 * SQL shared by the grid service. The organisation tree (org_nodes) is read here only for paths,
 * levels and names, the way the platform's scope helper reads it; it is never written.
 */
import type { Executor } from '../../platform/db/db.ts';

/** A node of the tree as this module needs it. */
export interface TreeNode {
  id: string;
  district_id: string;
  parent_id: string | null;
  level: string;
  name: string;
  path: string;
}

/** One node by id. */
export function findNode(db: Executor, id: string): Promise<TreeNode | undefined> {
  return db
    .selectFrom('org_nodes')
    .select(['id', 'district_id', 'parent_id', 'level', 'name', 'path'])
    .where('id', '=', id)
    .executeTakeFirst();
}
