/**
 * SQL of the people list 人员库: the filter, the subtree's nodes, a page of people in name order (a page by
 * keys, or a browse of each node's first people) and its capped total.
 */
import { sql, type RawBuilder } from 'kysely';
import { pathInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { likeEscape } from './people.repository.ts';

/**
 * The nodes whose people a query may return: inside one of the scope roots and, when given, inside
 * the filter node's subtree (each a LIKE prefix the path index serves).
 */
export function scopedNodes(paths: string[], filterPath: string | null): RawBuilder<unknown> {
  const scope = pathInPaths('n.path', paths);
  const narrow = filterPath ? sql`AND n.path LIKE ${likeEscape(filterPath) + '%'}` : sql``;
  return sql`SELECT n.district_id, n.id FROM org_nodes n WHERE ${scope} ${narrow}`;
}

/** What the list and export filter on, already resolved to SQL pieces. */
export interface PersonFilter {
  districtIds: string[];
  paths: string[];
  filterPath: string | null;
  /** Exact lookups through a blind index. */
  idBidx?: Buffer;
  phoneBidx?: Buffer;
  /** Name contains / pinyin prefix. */
  nameLike?: string;
  pinyinPrefix?: string;
  identity?: string;
}

function where(f: PersonFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [
    sql`p.district_id = ANY(${f.districtIds}::uuid[])`,
    sql`(p.district_id, p.node_id) IN (${scopedNodes(f.paths, f.filterPath)})`,
  ];
  if (f.idBidx) parts.push(sql`p.id_bidx = ${f.idBidx}`);
  if (f.phoneBidx) parts.push(sql`p.phone_bidx = ${f.phoneBidx}`);
  if (f.pinyinPrefix !== undefined) {
    // prefix matches only, so the (district_id, name_initials | name_pinyin) indexes serve them
    const pre = likeEscape(f.pinyinPrefix) + '%';
    parts.push(sql`(p.name_initials LIKE ${pre} OR p.name_pinyin LIKE ${pre})`);
  } else if (f.nameLike !== undefined) parts.push(sql`p.name LIKE ${'%' + likeEscape(f.nameLike) + '%'}`);
  if (f.identity)
    parts.push(
      sql`EXISTS (SELECT 1 FROM people_identities i WHERE i.district_id = p.district_id AND i.person_id = p.id AND i.kind = ${f.identity})`,
    );
  return sql.join(parts, sql` AND `);
}

/** A person as listed: ciphertexts still closed. */
export interface ListedRow {
  id: string;
  district_id: string;
  name: string;
  gender: 'M' | 'F';
  birth_date: string;
  id_enc: Buffer;
  phone_enc: Buffer | null;
  address: string;
  node_id: string;
  node_name: string;
  node_path: string;
  kinds: string[];
}

/**
 * Subtrees of at most this many nodes (a grid, a building) are listed node by node. Measured on the
 * 5M-resident district: a community (181 nodes, 1.2% of the people) pages in 0.9 ms through the
 * name index and 4.5 ms node by node; a building (one node) the other way round.
 */
export const FEW_NODES = 50;

/** Above this many nodes (a whole district) the node list is not fetched; each entry's node is checked. */
export const MANY_NODES = 5000;

/** The nodes of a subtree; null when there are more than MANY_NODES of them. */
export type SubtreeNodes = { district_id: string; id: string }[] | null;

/** The full row for each page key, in page order. */
function fullRows(page: RawBuilder<unknown>) {
  return sql<ListedRow>`
    WITH page AS MATERIALIZED (${page})
    SELECT p.id, p.district_id, p.name, p.gender, p.birth_date, p.id_enc, p.phone_enc, p.address, p.node_id,
      n.name AS node_name, n.path AS node_path,
      ARRAY(SELECT i.kind FROM people_identities i
            WHERE i.district_id = p.district_id AND i.person_id = p.id ORDER BY i.kind) AS kinds
    FROM page JOIN people_persons p ON p.district_id = page.district_id AND p.id = page.id
    JOIN org_nodes n ON n.id = p.node_id
    ORDER BY page.name, page.id`;
}

function identityClause(f: PersonFilter) {
  return f.identity
    ? sql`AND EXISTS (SELECT 1 FROM people_identities i WHERE i.district_id = p.district_id AND i.person_id = p.id AND i.kind = ${f.identity})`
    : sql``;
}

/** Whether the filter is a plain browse (no search term): the case the strategies below serve. */
export function isBrowse(f: PersonFilter) {
  return !f.idBidx && !f.phoneBidx && f.pinyinPrefix === undefined && f.nameLike === undefined;
}

/** The nodes of the filter's subtree (one prefix scan of the path index), or null if over max. */
export async function subtreeNodes(db: Executor, f: PersonFilter, max = MANY_NODES): Promise<SubtreeNodes> {
  const { rows } = await sql<{ district_id: string; id: string }>`
    ${scopedNodes(f.paths, f.filterPath)} LIMIT ${max + 1}`.execute(db);
  return rows.length > max ? null : rows;
}

/**
 * The nodes of a filter node's subtree inside the scope, found in the same query as the filter node
 * itself (by id), with its path. No rows when the node does not exist or nothing of it is in scope.
 */
export async function subtreeNodesUnder(
  db: Executor,
  f: PersonFilter,
  nodeId: string,
  max = MANY_NODES,
): Promise<{ nodes: SubtreeNodes; filterPath: string | null }> {
  const scope = pathInPaths('n.path', f.paths);
  // a path is '/<uuid>/…/': every character sorts below '~', so [path, path || '~') is the subtree,
  // a range the path index (text_pattern_ops) serves with the filter node's path known only at run time
  const { rows } = await sql<{ district_id: string; id: string; filter_path: string }>`
    SELECT n.district_id, n.id, t.path AS filter_path
    FROM org_nodes t JOIN org_nodes n ON n.path ~>=~ t.path AND n.path ~<~ (t.path || '~')
    WHERE t.id = ${nodeId} AND ${scope}
    LIMIT ${max + 1}`.execute(db);
  if (!rows.length) return { nodes: [], filterPath: null };
  const nodes = rows.length > max ? null : rows.map((r) => ({ district_id: r.district_id, id: r.id }));
  return { nodes, filterPath: rows[0].filter_path };
}

/**
 * A page of (district_id, id, name) in name order read from the name index, one district at a time:
 * `district_id = ANY(...)` on the index's first column would make PostgreSQL (before 17) sort
 * instead of reading in order, so several districts are read separately and merged.
 */
function inNameOrder(
  districts: string[],
  where: (districtId: string) => RawBuilder<unknown>,
  limit: number,
  offset: number,
) {
  const one = (d: string, lim: number, off: number) => sql`
    SELECT p.district_id, p.id, p.name FROM people_persons p
    WHERE p.district_id = ${d} AND ${where(d)}
    ORDER BY p.name, p.id LIMIT ${lim} OFFSET ${off}`;
  if (districts.length === 1) return one(districts[0], limit, offset);
  return sql`
    SELECT u.district_id, u.id, u.name
    FROM (${sql.join(
      districts.map((d) => sql`(${one(d, limit + offset, 0)})`),
      sql` UNION ALL `,
    )}) u
    ORDER BY u.name, u.id LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * One page ordered by name, its keys found without sorting the subtree. With `nodes` (a browse):
 * - at most `few` nodes (a grid, a building): each node's first offset+limit names from the
 *   (district_id, node_id, name, id) index, merged;
 * - more (a community, a street): the (district_id, name, id) INCLUDE (node_id) index read in name
 *   order, keeping the entries on the subtree's nodes, stopping after the page;
 * - null (a district or more): the same index, each entry's node checked against the scope.
 * Without `nodes` (a search): the general query, its term narrowing the rows first.
 * Only the page's rows are then read in full. All of them return the same page.
 */
export async function listPage(
  db: Executor,
  f: PersonFilter,
  limit: number,
  offset: number,
  nodes?: SubtreeNodes,
  few = FEW_NODES,
) {
  if (nodes && nodes.length === 0) return [];
  const { rows } = await fullRows(pageKeys(f, limit, offset, nodes, few)).execute(db);
  return rows;
}

/** A FROM item of the given nodes as u(district_id, node_id). */
function nodeList(nodes: { district_id: string; id: string }[]) {
  return sql`unnest(${nodes.map((n) => n.district_id)}::uuid[], ${nodes.map((n) => n.id)}::uuid[]) AS u(district_id, node_id)`;
}

/** Each node's first `n` people by name, from the (district_id, node_id, name, id) index; `from` is u(district_id, node_id). */
function firstOfEachNode(from: RawBuilder<unknown>, f: PersonFilter, n: number) {
  return sql`
    SELECT x.district_id, x.id, x.name
    FROM ${from}
    CROSS JOIN LATERAL (
      SELECT p.district_id, p.id, p.name FROM people_persons p
      WHERE p.district_id = u.district_id AND p.node_id = u.node_id ${identityClause(f)}
      ORDER BY p.name, p.id LIMIT ${n}
    ) x`;
}

/** The sum of the per-node counts of the filter's identity kind over `from`, u(district_id, node_id). */
function countsOf(from: RawBuilder<unknown>, f: PersonFilter) {
  return sql`
    SELECT sum(c.n) FROM ${from}
    JOIN people_node_counts c ON c.district_id = u.district_id AND c.node_id = u.node_id AND c.kind = ${f.identity ?? ''}`;
}

/** The SQL of a page's keys (district_id, id, name), by the strategy listPage describes. */
function pageKeys(
  f: PersonFilter,
  limit: number,
  offset: number,
  nodes: SubtreeNodes | undefined,
  few: number,
): RawBuilder<unknown> {
  let page: RawBuilder<unknown>;
  if (nodes && nodes.length <= few) {
    page = sql`${firstOfEachNode(nodeList(nodes), f, limit + offset)}
      ORDER BY x.name, x.id LIMIT ${limit} OFFSET ${offset}`;
  } else if (nodes) {
    const ids = nodes.map((n) => n.id);
    page = inNameOrder(
      [...new Set(nodes.map((n) => n.district_id))],
      () => sql`p.node_id = ANY(${ids}::uuid[]) ${identityClause(f)}`,
      limit,
      offset,
    );
  } else if (nodes === null) {
    // a correlated lookup the planner cannot turn into a join that would sort the whole subtree
    const inPath = (root: string) =>
      sql`(SELECT n.path FROM org_nodes n WHERE n.id = p.node_id) LIKE ${likeEscape(root) + '%'}`;
    const narrow = f.filterPath ? sql`AND ${inPath(f.filterPath)}` : sql``;
    page = inNameOrder(
      f.districtIds,
      () => sql`(${sql.join(f.paths.map(inPath), sql` OR `)}) ${narrow} ${identityClause(f)}`,
      limit,
      offset,
    );
  } else {
    page = sql`
      SELECT p.district_id, p.id, p.name FROM people_persons p
      WHERE ${where(f)}
      ORDER BY p.name, p.id LIMIT ${limit} OFFSET ${offset}`;
  }
  return page;
}

/** How many match, counting no further than cap + 1 (a search). */
export async function countCapped(db: Executor, f: PersonFilter, cap: number): Promise<number> {
  const { rows } = await sql<{ c: number }>`
    SELECT count(*)::int AS c FROM (SELECT 1 FROM people_persons p WHERE ${where(f)} LIMIT ${cap + 1}) x`.execute(
    db,
  );
  return rows[0].c;
}

/**
 * The exact number of people a browse matches: a sum of the per-node counts the triggers keep
 * (people_node_counts), over the subtree's nodes, never a count of people.
 */
export async function browseTotal(db: Executor, f: PersonFilter, nodes: SubtreeNodes): Promise<number> {
  if (nodes && nodes.length === 0) return 0;
  const { rows } = await sql<{ total: string | null }>`SELECT (${totalSql(f, nodes)}) AS total`.execute(db);
  return Number(rows[0].total ?? 0);
}

/** The SQL of a browse's total: node by node through the counts' primary key. */
function totalSql(f: PersonFilter, nodes: SubtreeNodes) {
  return nodes
    ? countsOf(nodeList(nodes), f)
    : sql`
        SELECT sum(c.n) FROM people_node_counts c
        WHERE c.district_id = ANY(${f.districtIds}::uuid[]) AND c.kind = ${f.identity ?? ''}
          AND (c.district_id, c.node_id) IN (${scopedNodes(f.paths, f.filterPath)})`;
}

/** A browse's page and its exact total in one round trip. */
export async function browsePage(
  db: Executor,
  f: PersonFilter,
  limit: number,
  offset: number,
  nodes: SubtreeNodes,
): Promise<{ total: number; rows: ListedRow[] }> {
  if (nodes && nodes.length === 0) return { total: 0, rows: [] };
  const { rows } = await sql<ListedRow & { total: string | null }>`
    SELECT (${totalSql(f, nodes)}) AS total, r.*
    FROM (SELECT 1) one LEFT JOIN (${fullRows(pageKeys(f, limit, offset, nodes, FEW_NODES))}) r ON true
    ORDER BY r.name, r.id`.execute(db);
  // with an empty page the one row carries only the total
  return { total: Number(rows[0]?.total ?? 0), rows: rows.filter((r) => r.id !== null) };
}

/**
 * A browse under a node in one round trip: the node's subtree inside the scope, the page and its
 * exact total. The strategy is chosen inside the statement from the subtree's size (one-time
 * filters: only one branch runs): at most `few` nodes merge each node's first names; up to
 * MANY_NODES read the name index in order, each entry's node checked against the subtree through a
 * hashed subplan (written `(… IN …) IS TRUE` so the planner keeps it a filter instead of a join
 * that would scan the subtree once per entry). Above MANY_NODES it answers `tooMany` and reads no
 * page (the caller takes the district-wide path). No rows when the node does not exist or nothing
 * of it is in scope.
 */
export async function browseUnder(
  db: Executor,
  f: PersonFilter,
  nodeId: string,
  limit: number,
  offset: number,
  few = FEW_NODES,
): Promise<{ tooMany: true } | { tooMany: false; total: number; rows: ListedRow[] }> {
  const scope = pathInPaths('n.path', f.paths);
  const sub = sql`sub AS u(district_id, node_id)`;
  // only one branch runs: its one-time filter on the subtree's size holds
  const page = sql`
    SELECT x.district_id, x.id, x.name FROM (
      (${firstOfEachNode(sub, f, limit + offset)} WHERE (SELECT n FROM k) <= ${few})
      UNION ALL
      (${inNameOrder(
        f.districtIds,
        () => sql`(SELECT n FROM k) > ${few} AND (SELECT n FROM k) <= ${MANY_NODES}
          AND (p.node_id IN (SELECT id FROM sub)) IS TRUE ${identityClause(f)}`,
        limit + offset,
        0,
      )})
    ) x
    ORDER BY x.name, x.id LIMIT ${limit} OFFSET ${offset}`;
  const { rows } = await sql<ListedRow & { n: number; total: string | null }>`
    WITH sub AS MATERIALIZED (
      SELECT n.district_id, n.id
      FROM org_nodes t JOIN org_nodes n ON n.path ~>=~ t.path AND n.path ~<~ (t.path || '~')
      WHERE t.id = ${nodeId} AND ${scope}
      LIMIT ${MANY_NODES + 1}),
    k AS MATERIALIZED (SELECT count(*)::int AS n FROM sub)
    SELECT (SELECT n FROM k) AS n,
      (${countsOf(sub, f)} WHERE (SELECT n FROM k) <= ${MANY_NODES}) AS total,
      r.*
    FROM (SELECT 1) one LEFT JOIN (${fullRows(page)}) r ON true
    ORDER BY r.name, r.id`.execute(db);
  if ((rows[0]?.n ?? 0) > MANY_NODES) return { tooMany: true };
  return { tooMany: false, total: Number(rows[0]?.total ?? 0), rows: rows.filter((r) => r.id !== null) };
}
