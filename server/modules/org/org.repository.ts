/** SQL for org_nodes and org_party_orgs. */
import { sql } from 'kysely';
import { pathInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';

export const NODE_COLUMNS = [
  'id',
  'district_id',
  'parent_id',
  'level',
  'name',
  'code',
  'path',
  'depth',
  'name_initials',
  'sort',
  'version',
] as const;

/** One node by id, optionally locked. */
export function findNode(db: Executor, id: string, lock = false) {
  let q = db.selectFrom('org_nodes').select(NODE_COLUMNS).where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Nodes by ids (for breadcrumbs). */
export function findNodes(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('org_nodes').select(NODE_COLUMNS).where('id', 'in', ids).execute();
}

/** Nodes of some levels inside subtrees, in path order (other modules' lists of grids and the like). */
export function nodesUnder(db: Executor, paths: string[], levels: string[], limit: number) {
  if (paths.length === 0 || levels.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_nodes')
    .select(NODE_COLUMNS)
    .where('level', 'in', levels)
    .where(pathInPaths('path', paths))
    .orderBy('path')
    .limit(limit)
    .execute();
}

/** Children of a node with a count of their own children, for a lazy tree. */
export function children(db: Executor, parentId: string) {
  return db
    .selectFrom('org_nodes as n')
    .select([...NODE_COLUMNS.map((c) => `n.${c}` as const)])
    .select((eb) =>
      eb
        .selectFrom('org_nodes as c')
        .select(eb.fn.countAll<number>().as('c'))
        .whereRef('c.parent_id', '=', 'n.id')
        .as('child_count'),
    )
    .where('n.parent_id', '=', parentId)
    .orderBy('n.sort')
    .orderBy('n.name')
    .execute();
}

/** Rewrites the paths (and depths, district) of a whole subtree after a move. */
export async function rewriteSubtree(db: Executor, oldPath: string, newPath: string, depthDelta: number) {
  await sql`UPDATE org_nodes
    SET path = ${newPath} || substr(path, ${oldPath.length + 1}),
        depth = depth + ${depthDelta},
        updated_at = now()
    WHERE path LIKE ${oldPath.replace(/[\\%_]/g, (c) => '\\' + c) + '%'}`.execute(db);
}
