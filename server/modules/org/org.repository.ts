/** SQL for org_nodes and org_party_orgs. */
import { sql } from 'kysely';
import { pathInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { likeEscape } from '../../platform/db/like.ts';

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

/** A node and its whole subtree (at most limit nodes), for the tree's Excel export and import. */
export function subtreeNodes(db: Executor, path: string, limit: number) {
  return db
    .selectFrom('org_nodes')
    .select(['id', 'parent_id', 'level', 'name', 'code', 'path', 'depth', 'sort'])
    .where(pathInPaths('path', [path]))
    .limit(limit)
    .execute();
}

/** Nodes (as n) with the count of their own children, for a lazy tree. */
function nodesWithChildCount(db: Executor) {
  return db
    .selectFrom('org_nodes as n')
    .select(NODE_COLUMNS.map((c) => `n.${c}` as const))
    .select((eb) =>
      eb
        .selectFrom('org_nodes as c')
        .select(eb.fn.countAll<number>().as('c'))
        .whereRef('c.parent_id', '=', 'n.id')
        .as('child_count'),
    );
}

/** Children of a node with a count of their own children, for a lazy tree. */
export function children(db: Executor, parentId: string) {
  return nodesWithChildCount(db)
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
    WHERE path LIKE ${likeEscape(oldPath) + '%'}`.execute(db);
}

/** The nodes at these paths (the actor's subtree roots) with a count of their children. */
export function nodesAtPaths(db: Executor, paths: string[]) {
  if (paths.length === 0) return Promise.resolve([]);
  return nodesWithChildCount(db).where('n.path', 'in', paths).orderBy('n.path').execute();
}

/**
 * Nodes inside subtree roots matching a name: by pinyin initials or full pinyin prefix (or a name
 * containing it) when the term looks like pinyin, else by a name containing it; shortest names first.
 */
export function searchNodes(
  db: Executor,
  paths: string[],
  input: { q: string; pinyin: boolean; level?: string; limit: number },
) {
  let query = db.selectFrom('org_nodes').select(NODE_COLUMNS).where(pathInPaths('path', paths));
  if (input.pinyin) {
    const lower = likeEscape(input.q.toLowerCase());
    query = query.where((eb) =>
      eb.or([
        eb('name_initials', 'like', lower + '%'),
        eb('name_pinyin', 'like', lower + '%'),
        eb('name', 'ilike', '%' + likeEscape(input.q) + '%'),
      ]),
    );
  } else query = query.where('name', 'like', '%' + likeEscape(input.q) + '%');
  if (input.level) query = query.where('level', '=', input.level);
  return query
    .orderBy(sql`length(name)`)
    .orderBy('depth')
    .limit(input.limit)
    .execute();
}

/** A sibling with this name under the parent, if any. */
export function findChildNamed(db: Executor, parentId: string, name: string) {
  return db
    .selectFrom('org_nodes')
    .select('id')
    .where('parent_id', '=', parentId)
    .where('name', '=', name)
    .executeTakeFirst();
}

/** Adds a node. */
export async function insertNode(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    parent_id: string | null;
    level: string;
    name: string;
    code: string | null;
    path: string;
    depth: number;
    name_initials: string;
    name_pinyin: string;
    sort: number;
  },
) {
  await db.insertInto('org_nodes').values(row).execute();
}

/** Renames a node (and its code), moving its version on. */
export async function renameNode(
  db: Executor,
  id: string,
  set: { name: string; code: string | null; name_initials: string; name_pinyin: string; version: number },
) {
  await db
    .updateTable('org_nodes')
    .set({ ...set, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Hangs a moved node under its new parent, moving its version on. */
export async function setParent(db: Executor, id: string, parentId: string, version: number) {
  await db.updateTable('org_nodes').set({ parent_id: parentId, version }).where('id', '=', id).execute();
}

/** One move at a time per installation (held until the transaction ends). */
export async function lockMoves(db: Executor) {
  await sql`SELECT pg_advisory_xact_lock(727277)`.execute(db);
}

/**
 * Party organisations on a node, or (deep) on every node under a path, with their nodes; at most
 * limit of them (a page for people to read), or all of them for figures and checks that count them.
 */
export function partyOrgsOn(
  db: Executor,
  at: { nodeId: string } | { underPath: string },
  limit: number | 'all' = 1000,
  kinds?: readonly string[],
) {
  let q = db
    .selectFrom('org_party_orgs as p')
    .innerJoin('org_nodes as n', 'n.id', 'p.node_id')
    .select([
      'p.id',
      'p.district_id',
      'p.node_id',
      'p.parent_org_id',
      'p.kind',
      'p.name',
      'p.version',
      'p.established_on',
      'p.dissolved_on',
      'p.planned_end',
      'n.name as node_name',
      'n.path',
    ]);
  q =
    'underPath' in at
      ? q.where('n.path', 'like', likeEscape(at.underPath) + '%')
      : q.where('p.node_id', '=', at.nodeId);
  if (kinds) q = kinds.length ? q.where('p.kind', 'in', kinds) : q.where(sql<boolean>`false`);
  q = q.orderBy('n.path').orderBy('p.name');
  return (limit === 'all' ? q : q.limit(limit)).execute();
}

/**
 * How many party organisations under a path are not dissolved, leaving out those of some ids (for
 * figures that count them without reading them).
 */
export async function countLivePartyOrgsUnder(db: Executor, underPath: string, exceptIds: string[]) {
  let q = db
    .selectFrom('org_party_orgs as p')
    .innerJoin('org_nodes as n', 'n.id', 'p.node_id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('n.path', 'like', likeEscape(underPath) + '%')
    .where('p.dissolved_on', 'is', null);
  if (exceptIds.length) q = q.where(sql<boolean>`NOT (p.id = ANY(${exceptIds}::uuid[]))`);
  return (await q.executeTakeFirstOrThrow()).n;
}

/** Party organisations by id with their node's district and path. */
export function partyOrgsById(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_party_orgs as p')
    .innerJoin('org_nodes as n', 'n.id', 'p.node_id')
    .select([
      'p.id',
      'p.district_id',
      'p.node_id',
      'p.name',
      'p.kind',
      'p.version',
      'p.established_on',
      'p.dissolved_on',
      'p.planned_end',
      'n.path',
    ])
    .where('p.id', 'in', ids)
    .execute();
}

/** Adds a party organisation. */
export async function insertPartyOrg(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    node_id: string;
    parent_org_id: string | null;
    kind: string;
    name: string;
    name_initials: string;
    established_on?: string | null;
    planned_end?: string | null;
  },
) {
  await db.insertInto('org_party_orgs').values(row).execute();
}

/** Marks a temporary party organisation dissolved, if its version is still the one read. */
export async function dissolvePartyOrg(
  db: Executor,
  row: { district_id: string; id: string; dissolved_on: string; version: number },
): Promise<boolean> {
  const r = await db
    .updateTable('org_party_orgs')
    .set({ dissolved_on: row.dissolved_on, version: row.version + 1, updated_at: new Date() })
    .where('district_id', '=', row.district_id)
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Renames a temporary party organisation and sets its planned end, if its version is still the one read. */
export async function updateTemporaryPartyOrg(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    name: string;
    name_initials: string;
    planned_end: string | null;
    version: number;
  },
): Promise<boolean> {
  const r = await db
    .updateTable('org_party_orgs')
    .set({
      name: row.name,
      name_initials: row.name_initials,
      planned_end: row.planned_end,
      version: row.version + 1,
      updated_at: new Date(),
    })
    .where('district_id', '=', row.district_id)
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
