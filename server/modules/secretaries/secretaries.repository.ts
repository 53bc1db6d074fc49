/** SQL of the secretaries module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeInPaths, nodeJoin } from '../../platform/access/scope.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** Communities in scope (inScope on n.id) with their street's name, in tree order. */
export function findCommunities(db: Executor, inScope: Where) {
  return db
    .selectFrom('org_nodes as n')
    .leftJoin('org_nodes as p', (j) =>
      j.onRef('p.district_id', '=', 'n.district_id').onRef('p.id', '=', 'n.parent_id'),
    )
    .select(['n.id', 'n.district_id', 'n.name', 'n.path', 'n.parent_id', 'p.name as street_name'])
    .where('n.level', '=', 'community')
    .where(inScope)
    .orderBy('n.path')
    .limit(10_000)
    .execute();
}

/** The names of nodes by id (the ancestors named in a 社区 path). */
export function findNodeNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('org_nodes').select(['id', 'name']).where('id', 'in', ids).execute();
}

/** Terms with their community's name and path. */
function termsWithNode(db: Executor) {
  return db
    .selectFrom('secretaries_terms as t')
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .selectAll('t')
    .select(['n.name as node_name', 'n.path']);
}

/** Terms in office in scope (inScope on t.node_id). */
export function findCurrentTerms(db: Executor, inScope: Where) {
  return termsWithNode(db).where('t.ended_on', 'is', null).where(inScope).limit(10_000).execute();
}

/** A community's terms, newest first. */
export function findTermsOfNode(db: Executor, districtId: string, nodeId: string) {
  return termsWithNode(db)
    .where('t.district_id', '=', districtId)
    .where('t.node_id', '=', nodeId)
    .orderBy('t.started_on', 'desc')
    .orderBy('t.created_at', 'desc')
    .limit(200)
    .execute();
}

/** A term with its community; locked when asked. */
export function findTerm(db: Executor, id: string, lock = false) {
  let q = termsWithNode(db).where('t.id', '=', id);
  if (lock) q = q.forUpdate('t');
  return q.executeTakeFirst();
}
export type TermRow = NonNullable<Awaited<ReturnType<typeof findTerm>>>;

/** A community's current term (locked), or undefined when vacant. */
export function findCurrentTerm(db: Executor, districtId: string, nodeId: string) {
  return termsWithNode(db)
    .where('t.district_id', '=', districtId)
    .where('t.node_id', '=', nodeId)
    .where('t.ended_on', 'is', null)
    .forUpdate('t')
    .executeTakeFirst();
}

/** A community's latest term, current or ended. */
export function findLastTerm(db: Executor, districtId: string, nodeId: string) {
  return termsWithNode(db)
    .where('t.district_id', '=', districtId)
    .where('t.node_id', '=', nodeId)
    .orderBy('t.started_on', 'desc')
    .orderBy('t.created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Stores a term unless the community has one in office (the partial unique index): true when stored. */
export async function insertTerm(db: Executor, row: Insertable<DB['secretaries_terms']>) {
  const r = await db
    .insertInto('secretaries_terms')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Changes a term, checking the version. */
export function updateTerm(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['secretaries_terms']>,
) {
  return updateVersioned(db, 'secretaries_terms', { districtId, id, version }, set);
}

/** Stores a rotation. */
export function insertRotation(db: Executor, row: Insertable<DB['secretaries_rotations']>) {
  return db.insertInto('secretaries_rotations').values(row).execute();
}

/** Rotations from or to a community in scope (inScope on a node id column of r), newest first. */
export function findRotations(db: Executor, inScope: (col: string) => Where) {
  return db
    .selectFrom('secretaries_rotations as r')
    .innerJoin('org_nodes as f', (j) =>
      j.onRef('f.district_id', '=', 'r.district_id').onRef('f.id', '=', 'r.from_node_id'),
    )
    .innerJoin('org_nodes as d', (j) =>
      j.onRef('d.district_id', '=', 'r.district_id').onRef('d.id', '=', 'r.to_node_id'),
    )
    .select(['r.id', 'r.name', 'r.rotated_on', 'f.name as from_name', 'd.name as to_name'])
    .where((eb) => eb.or([inScope('r.from_node_id'), inScope('r.to_node_id')]))
    .orderBy('r.rotated_on', 'desc')
    .limit(1000)
    .execute();
}

/** Stores a selection and its posts. */
export async function insertSelection(
  db: Executor,
  row: Insertable<DB['secretaries_selections']>,
  postNodeIds: string[],
) {
  await db.insertInto('secretaries_selections').values(row).execute();
  await db
    .insertInto('secretaries_selection_posts')
    .values(postNodeIds.map((node_id) => ({ district_id: row.district_id, selection_id: row.id, node_id })))
    .execute();
}

/** Selections with their publishing node's name and path, by a condition on s, newest first. */
export function findSelections(db: Executor, where: Where) {
  return db
    .selectFrom('secretaries_selections as s')
    .innerJoin('org_nodes as n', nodeJoin('s'))
    .selectAll('s')
    .select(['n.name as node_name', 'n.path'])
    .where(where)
    .orderBy('s.created_at', 'desc')
    .limit(500)
    .execute();
}

/** A selection with its node; locked when asked. */
export function findSelection(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('secretaries_selections as s')
    .innerJoin('org_nodes as n', nodeJoin('s'))
    .selectAll('s')
    .select(['n.name as node_name', 'n.path'])
    .where('s.id', '=', id);
  if (lock) q = q.forUpdate('s');
  return q.executeTakeFirst();
}
export type SelectionRow = NonNullable<Awaited<ReturnType<typeof findSelection>>>;

/** Closes a selection (every post filled). */
export function closeSelection(db: Executor, districtId: string, id: string) {
  return db
    .updateTable('secretaries_selections')
    .set({ state: 'closed', version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** The posts of selections, with their community's name and whether it now has a secretary. */
export function findPosts(db: Executor, selectionIds: string[]) {
  if (selectionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('secretaries_selection_posts as p')
    .innerJoin('org_nodes as n', nodeJoin('p'))
    .select([
      'p.selection_id',
      'p.node_id',
      'n.name as node_name',
      'n.path',
      sql<boolean>`EXISTS (SELECT 1 FROM secretaries_terms t WHERE t.district_id = p.district_id
        AND t.node_id = p.node_id AND t.ended_on IS NULL)`.as('filled'),
    ])
    .where('p.selection_id', 'in', selectionIds)
    .orderBy('n.path')
    .execute();
}

/** Candidates with their community's name and their selection's title, kind and publishing path. */
function candidatesWithNode(db: Executor) {
  return db
    .selectFrom('secretaries_candidates as c')
    .innerJoin('org_nodes as n', nodeJoin('c'))
    .innerJoin('secretaries_selections as s', (j) =>
      j.onRef('s.district_id', '=', 'c.district_id').onRef('s.id', '=', 'c.selection_id'),
    )
    .innerJoin('org_nodes as sn', (j) =>
      j.onRef('sn.district_id', '=', 's.district_id').onRef('sn.id', '=', 's.node_id'),
    )
    .selectAll('c')
    .select(['n.name as node_name', 's.title', 's.kind', 'sn.path as selection_path']);
}

/** Candidates by a condition on c (and s), in order of registration. */
export function findCandidates(db: Executor, where: Where, limit = 2000) {
  return candidatesWithNode(db).where(where).orderBy('c.created_at').limit(limit).execute();
}

/** A candidate; locked when asked. */
export function findCandidate(db: Executor, id: string, lock = false) {
  let q = candidatesWithNode(db).where('c.id', '=', id);
  if (lock) q = q.forUpdate('c');
  return q.executeTakeFirst();
}
export type CandidateRow = NonNullable<Awaited<ReturnType<typeof findCandidate>>>;

/** Stores a candidate unless the account already registered (the unique index): true when stored. */
export async function insertCandidate(db: Executor, row: Insertable<DB['secretaries_candidates']>) {
  const r = await db
    .insertInto('secretaries_candidates')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Changes a candidate, checking the version. */
export function updateCandidate(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['secretaries_candidates']>,
) {
  return updateVersioned(db, 'secretaries_candidates', { districtId, id, version }, set);
}

/** Stores a 两委换届 round unless the street's round of that year exists: true when stored. */
export async function insertElection(db: Executor, row: Insertable<DB['secretaries_elections']>) {
  const r = await db
    .insertInto('secretaries_elections')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Stores a round's result for one community. */
export function insertResult(db: Executor, row: Insertable<DB['secretaries_election_results']>) {
  return db.insertInto('secretaries_election_results').values(row).execute();
}

/** Rounds in scope (inScope on e.node_id) with their results, newest first. */
export function findElections(db: Executor, inScope: Where) {
  return db
    .selectFrom('secretaries_elections as e')
    .innerJoin('org_nodes as n', nodeJoin('e'))
    .select([
      'e.id',
      'e.year',
      'e.held_on',
      'n.name as node_name',
      sql<{ nodeName: string; name: string; termNo: number }[]>`COALESCE((
        SELECT json_agg(json_build_object('nodeName', c.name, 'name', r.name, 'termNo', t.term_no) ORDER BY c.path)
        FROM secretaries_election_results r
        JOIN org_nodes c ON c.district_id = r.district_id AND c.id = r.node_id
        JOIN secretaries_terms t ON t.district_id = r.district_id AND t.id = r.term_id
        WHERE r.district_id = e.district_id AND r.election_id = e.id), '[]'::json)`.as('results'),
    ])
    .where(inScope)
    .orderBy('e.year', 'desc')
    .orderBy('n.path')
    .limit(500)
    .execute();
}

/**
 * The selections one may see: published on or with a post under the officers' roots, open in a
 * district where one may register, or one registered for.
 */
export function selectionVisible(
  v: { paths: string[]; districtIds: string[]; userId: string },
  id?: string,
): Where {
  const inPaths = (col: string) => nodeInPaths(col, v.paths);
  const openHere = v.districtIds.length
    ? sql<SqlBool>`(s.state = 'open' AND s.district_id IN (${sql.join(v.districtIds)}))`
    : sql<SqlBool>`false`;
  return sql<SqlBool>`(${inPaths('s.node_id')}
    OR EXISTS (SELECT 1 FROM secretaries_selection_posts p WHERE p.district_id = s.district_id
      AND p.selection_id = s.id AND ${inPaths('p.node_id')})
    OR ${openHere}
    OR EXISTS (SELECT 1 FROM secretaries_candidates c WHERE c.district_id = s.district_id
      AND c.selection_id = s.id AND c.user_id = ${v.userId}))
    ${id ? sql`AND s.id = ${id}` : sql``}`;
}

/** The candidates of one selection. */
export function candidateOf(districtId: string, selectionId: string): Where {
  return sql<SqlBool>`c.district_id = ${districtId} AND c.selection_id = ${selectionId}`;
}

/** Candidates in a stage still to move, of selections published under the roots. */
export function candidatesRunBy(paths: string[]): Where {
  return sql<SqlBool>`c.stage IN ('registered', 'qualified', 'examined', 'inspected', 'publicised')
    AND ${nodeInPaths('s.node_id', paths)}`;
}

/** An account's own candidacies. */
export function candidatesOfUser(userId: string): Where {
  return sql<SqlBool>`c.user_id = ${userId}`;
}
