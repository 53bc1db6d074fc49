/**
 * SQL shared by the academy's families: the node lookup for scope checks and which nodes serve a grant's
 * paths. Only training's own tables, and org_nodes for paths and names.
 */
import { sql, type Expression, type SqlBool } from 'kysely';

/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';
import { likeEscape } from '../../platform/db/like.ts';

/**
 * Rows whose node serves the given grant paths: a node inside one of them, or above one of them
 * (the street's academy serves its communities' secretaries).
 */
export function nodeServes(nodeIdColumn: string, paths: string[]): Expression<SqlBool> {
  if (paths.length === 0) return sql<SqlBool>`false`;
  const likes = sql.join(
    paths.map((p) => sql`(n.path LIKE ${likeEscape(p) + '%'} OR ${p} LIKE n.path || '%')`),
    sql` OR `,
  );
  return sql<SqlBool>`${sql.ref(nodeIdColumn)} IN (SELECT n.id FROM org_nodes n WHERE ${likes})`;
}
