/**
 * SQL of the org tree's public reads (org.tree.ts): one function per query, over org_nodes only,
 * each answering in the public shape (OrgTreeNode).
 */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { NodeChain, OrgTreeNode } from './org.tree.ts';

/** Nodes by id, each with its ancestors (one statement). */
export async function selectNodeChains(db: Executor, ids: string[]): Promise<Map<string, NodeChain>> {
  if (!ids.length) return new Map();
  const r = await sql<{ id: string; chain: OrgTreeNode[] }>`
    SELECT n.id, (SELECT json_agg(json_build_object('id', a.id, 'districtId', a.district_id,
        'parentId', a.parent_id, 'level', a.level, 'name', a.name, 'code', a.code, 'path', a.path) ORDER BY length(a.path))
      FROM org_nodes a WHERE a.id = ANY (string_to_array(btrim(n.path, '/'), '/')::uuid[])) AS chain
    FROM org_nodes n WHERE n.id = ANY (${ids}::uuid[])`.execute(db);
  return new Map(r.rows.map((row) => [row.id, { node: row.chain[row.chain.length - 1], chain: row.chain }]));
}

/** The children of a node, by sort order and name. */
export function selectChildren(db: Executor, parentId: string): Promise<OrgTreeNode[]> {
  return db
    .selectFrom('org_nodes')
    .select(['id', 'district_id as districtId', 'parent_id as parentId', 'level', 'name', 'code', 'path'])
    .where('parent_id', '=', parentId)
    .orderBy('sort')
    .orderBy('name')
    .execute();
}

/** A district's departments 职能部门 (any depth below it), by name. */
export function selectDepartments(db: Executor, districtId: string): Promise<OrgTreeNode[]> {
  return db
    .selectFrom('org_nodes')
    .select(['id', 'district_id as districtId', 'parent_id as parentId', 'level', 'name', 'code', 'path'])
    .where('district_id', '=', districtId)
    .where('level', '=', 'department')
    .orderBy('name')
    .execute();
}
