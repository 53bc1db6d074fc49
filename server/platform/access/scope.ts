/**
 * SQL for subtree scoping: the one helper every module uses to keep a query inside the actor's
 * part of the tree. Rows carry a node_id; a node is in scope when its path starts with a root.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor } from './access.ts';
import { scopePaths } from './access.ts';
import type { Executor } from '../db/db.ts';
import { likeEscape } from '../db/like.ts';

/** A LIKE pattern matching the paths that start with p. */
function likePrefix(p: string): string {
  return likeEscape(p) + '%';
}

/**
 * A boolean SQL expression: nodeIdColumn is a node inside one of the given subtree roots.
 * With no roots it is false, so an actor without the permission sees nothing.
 */
export function nodeInPaths(nodeIdColumn: string, paths: string[]): Expression<SqlBool> {
  if (paths.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`${sql.ref(nodeIdColumn)} IN (SELECT n.id FROM org_nodes n WHERE ${prefixMatch('n.path', paths)})`;
}

/**
 * path LIKE 'a%' OR path LIKE 'b%': one prefix condition per root, each served by the
 * text_pattern_ops index on org_nodes.path (LIKE ANY over an array is not).
 */
function prefixMatch(pathColumn: string, paths: string[]) {
  return sql.join(
    paths.map((p) => sql`${sql.ref(pathColumn)} LIKE ${likePrefix(p)}`),
    sql` OR `,
  );
}

/** A subtree root as the dashboards pass it: a node with its level (a path alone walks the tree). */
export interface SubtreeRoot {
  path: string;
  id?: string;
  level?: string;
}

/** The root is a district: its subtree's rows are the rows of its tenant key. */
export function isDistrict(root: SubtreeRoot): root is SubtreeRoot & { id: string } {
  return root.level === 'district' && !!root.id;
}

/**
 * A boolean SQL expression: the row (alias.district_id, alias.node_id) is under one of the roots. A
 * district is its own tenant key (every row of the district carries district_id = the district's
 * id), so districts' subtrees are `district_id IN` alone, without walking the tree; other roots as
 * nodeInPaths.
 */
export function rowUnder(alias: string, roots: SubtreeRoot | SubtreeRoot[]): Expression<SqlBool> {
  const list = Array.isArray(roots) ? roots : [roots];
  if (list.length && list.every(isDistrict))
    return sql<SqlBool>`${sql.ref(`${alias}.district_id`)} IN (${sql.join(list.map((r) => r.id))})`;
  return nodeInPaths(
    `${alias}.node_id`,
    list.map((r) => r.path),
  );
}

/** Like nodeInPaths, for the subtree roots where the actor may perform action. */
export function nodeInScope(nodeIdColumn: string, actor: Actor | null, action: string): Expression<SqlBool> {
  return nodeInPaths(nodeIdColumn, scopePaths(actor, action));
}

/** A boolean SQL expression on a path column itself (for the org tree's own rows). */
export function pathInPaths(pathColumn: string, paths: string[]): Expression<SqlBool> {
  if (paths.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${prefixMatch(pathColumn, paths)})`;
}

/**
 * A node of the tree with its path, for a module's scope checks (org_nodes is read by every
 * module and written only by org).
 */
export function findNode(db: Executor, id: string) {
  return db
    .selectFrom('org_nodes')
    .select(['id', 'district_id', 'name', 'path', 'level'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The join of a module's row (alias.district_id, alias.node_id) to its node `n`. */
export const nodeJoin = (alias: string) => (j: any) =>
  j.onRef('n.district_id', '=', `${alias}.district_id`).onRef('n.id', '=', `${alias}.node_id`);
