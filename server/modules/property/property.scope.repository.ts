/** The property module's scope: which compounds and companies an actor may reach. */
import { sql, type Expression, type SqlBool } from 'kysely';
import { isDistrict, nodeInPaths, type SubtreeRoot } from '../../platform/access/scope.ts';

/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

/** Where an actor may reach compounds for one action, split by how the grant limits it. */
export interface CompoundScope {
  userId: string;
  /** Officers' subtree roots: every compound under them. */
  officer: string[];
  /** Property staff's roots: compounds their linked company serves. */
  staff: string[];
  /** 业委会 roots: the compounds their account is linked to. */
  committee: string[];
}

/** A compound row (alias c) is inside the scope. */
export function compoundVisible(s: CompoundScope, alias = 'c'): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (s.officer.length) parts.push(nodeInPaths(`${alias}.node_id`, s.officer));
  if (s.staff.length)
    parts.push(
      sql<SqlBool>`(${nodeInPaths(`${alias}.node_id`, s.staff)} AND ${sql.ref(`${alias}.company_id`)} IN (SELECT l.company_id FROM property_staff_links l WHERE l.user_id = ${s.userId}))`,
    );
  if (s.committee.length)
    parts.push(
      sql<SqlBool>`(${nodeInPaths(`${alias}.node_id`, s.committee)} AND ${sql.ref(`${alias}.id`)} IN (SELECT l.compound_id FROM property_committee_links l WHERE l.user_id = ${s.userId}))`,
    );
  if (!parts.length) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${sql.join(parts, sql` OR `)})`;
}

/**
 * A row of a compound's (alias.district_id, alias.compound_id: fees, scores, issues) whose compound
 * is under the root: a district's rows carry its tenant key; a smaller subtree's through the
 * compound's node.
 */
export function ofCompoundUnder(alias: string, under: SubtreeRoot): Expression<SqlBool> {
  if (isDistrict(under)) return sql<SqlBool>`${sql.ref(`${alias}.district_id`)} = ${under.id}`;
  return sql<SqlBool>`(${sql.ref(`${alias}.district_id`)}, ${sql.ref(`${alias}.compound_id`)}) IN (SELECT c.district_id, c.id FROM property_compounds c WHERE ${nodeInPaths('c.node_id', [under.path])})`;
}

/** A company row (alias co) is inside the scope: registered in an officer's subtree, serving a compound in scope, or the staff's own. */
export function companyVisible(s: CompoundScope): Expression<SqlBool> {
  return sql<SqlBool>`(${nodeInPaths('co.node_id', s.officer)}
    OR co.id IN (SELECT l.company_id FROM property_staff_links l WHERE l.user_id = ${s.userId} AND ${s.staff.length > 0})
    OR EXISTS (SELECT 1 FROM property_compounds c WHERE c.district_id = co.district_id AND c.company_id = co.id AND ${compoundVisible(s)}))`;
}
