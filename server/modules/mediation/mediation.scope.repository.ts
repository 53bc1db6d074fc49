/** The mediation module's scope: which cases an actor may reach. */
import { sql, type Expression, type SqlBool } from 'kysely';
import { nodeInPaths } from '../../platform/access/scope.ts';

/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

/** Where an actor reaches cases for one action. */
export interface CaseScope {
  userId: string;
  officer: string[];
  mediator: string[];
}

/** A case row (alias c) is inside the scope. */
export function caseVisible(s: CaseScope): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (s.officer.length) parts.push(nodeInPaths('c.node_id', s.officer));
  if (s.mediator.length)
    parts.push(
      sql<SqlBool>`(${nodeInPaths('c.node_id', s.mediator)} AND (c.mediator_user_id = ${s.userId} OR c.created_by = ${s.userId}))`,
    );
  if (!parts.length) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${sql.join(parts, sql` OR `)})`;
}
