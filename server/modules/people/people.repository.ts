/** SQL for people_persons, people_identities and people_import_batches. */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { pathInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import type { PersonRow } from './people.row.ts';

/** Escapes LIKE metacharacters for a literal prefix or infix. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

/**
 * The nodes whose people a query may return: inside one of the scope roots and, when given, inside
 * the filter node's subtree. One root uses the path index (LIKE prefix); several use LIKE ANY.
 */
export function scopedNodes(paths: string[], filterPath: string | null): RawBuilder<unknown> {
  const scope =
    paths.length === 1
      ? sql<SqlBool>`n.path LIKE ${likeEscape(paths[0]) + '%'}`
      : pathInPaths('n.path', paths);
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

/** A subtree small enough to be listed node by node (a community has about 170 nodes). */
export const FEW_NODES = 400;

/** The full row for each page key, in page order. */
function fullRows(page: RawBuilder<unknown>) {
  return sql`
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
function isBrowse(f: PersonFilter) {
  return !f.idBidx && !f.phoneBidx && f.pinyinPrefix === undefined && f.nameLike === undefined;
}

/**
 * The nodes of the filter's subtree, or null when there are more than FEW_NODES of them. One
 * prefix scan of the org_nodes path index, at most FEW_NODES + 1 rows.
 */
export async function fewNodes(db: Executor, f: PersonFilter, max = FEW_NODES) {
  const { rows } = await sql<{ district_id: string; id: string }>`
    ${scopedNodes(f.paths, f.filterPath)} LIMIT ${max + 1}`.execute(db);
  return rows.length > max ? null : rows;
}

/**
 * One page ordered by name, the page's keys found without sorting the subtree:
 * - a small subtree (a community, a grid): the first offset+limit names of each node from the
 *   (district_id, node_id, name, id) index, merged;
 * - a large one (a street, a district): the (district_id, name, id) index read in order, each
 *   entry's node checked against the scope (a correlated lookup the planner cannot turn into a
 *   join that would sort the whole subtree), stopping after the page;
 * - a search (or strategy 'general'): the general query, its term narrowing the rows first.
 * Only the page's rows are then read in full. All three return the same page.
 */
export async function listPage(
  db: Executor,
  f: PersonFilter,
  limit: number,
  offset: number,
  strategy: { maxNodes?: number; general?: boolean } = {},
) {
  let page: RawBuilder<unknown>;
  const nodes = isBrowse(f) && !strategy.general ? await fewNodes(db, f, strategy.maxNodes) : undefined;
  if (nodes) {
    if (nodes.length === 0) return [];
    page = sql`
      SELECT x.district_id, x.id, x.name
      FROM unnest(${nodes.map((n) => n.district_id)}::uuid[], ${nodes.map((n) => n.id)}::uuid[]) AS u(district_id, node_id)
      CROSS JOIN LATERAL (
        SELECT p.district_id, p.id, p.name FROM people_persons p
        WHERE p.district_id = u.district_id AND p.node_id = u.node_id ${identityClause(f)}
        ORDER BY p.name, p.id LIMIT ${limit + offset}
      ) x
      ORDER BY x.name, x.id LIMIT ${limit} OFFSET ${offset}`;
  } else if (nodes === null) {
    const scope = sql.join(
      f.paths.map(
        (root) => sql`(SELECT n.path FROM org_nodes n WHERE n.id = p.node_id) LIKE ${likeEscape(root) + '%'}`,
      ),
      sql` OR `,
    );
    const narrow = f.filterPath
      ? sql`AND (SELECT n.path FROM org_nodes n WHERE n.id = p.node_id) LIKE ${likeEscape(f.filterPath) + '%'}`
      : sql``;
    page = sql`
      SELECT p.district_id, p.id, p.name FROM people_persons p
      WHERE p.district_id = ANY(${f.districtIds}::uuid[]) AND (${scope}) ${narrow} ${identityClause(f)}
      ORDER BY p.name, p.id LIMIT ${limit} OFFSET ${offset}`;
  } else {
    page = sql`
      SELECT p.district_id, p.id, p.name FROM people_persons p
      WHERE ${where(f)}
      ORDER BY p.name, p.id LIMIT ${limit} OFFSET ${offset}`;
  }
  const { rows } = await fullRows(page).execute(db);
  return rows as ListedRow[];
}

/** How many match, counting no further than cap + 1. */
export async function countCapped(db: Executor, f: PersonFilter, cap: number): Promise<number> {
  const { rows } = await sql<{ c: number }>`
    SELECT count(*)::int AS c FROM (SELECT 1 FROM people_persons p WHERE ${where(f)} LIMIT ${cap + 1}) x`.execute(
    db,
  );
  return rows[0].c;
}

/** One person with the path of its node, optionally locked for update. */
export async function findPerson(db: Executor, districtIds: string[], id: string, lock = false) {
  if (districtIds.length === 0) return undefined;
  let q = db
    .selectFrom('people_persons as p')
    .innerJoin('org_nodes as n', 'n.id', 'p.node_id')
    .selectAll('p')
    .select(['n.name as node_name', 'n.path as node_path'])
    .where('p.district_id', 'in', districtIds)
    .where('p.id', '=', id);
  if (lock) q = q.forUpdate('p');
  return q.executeTakeFirst();
}

/** A person's identities. */
export function identitiesOf(db: Executor, districtId: string, personId: string) {
  return db
    .selectFrom('people_identities')
    .select(['id', 'kind', 'attrs'])
    .where('district_id', '=', districtId)
    .where('person_id', '=', personId)
    .orderBy('kind')
    .execute();
}

/** Inserts encoded persons in chunks (one statement per chunk). */
export async function insertPersons(db: Executor, rows: PersonRow[]) {
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('people_persons')
      .values(rows.slice(i, i + 1000))
      .execute();
}

/** Which of these blind indexes are already registered in the district. */
export async function existingIdBidx(
  db: Executor,
  districtId: string,
  bidxs: Buffer[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < bidxs.length; i += 5000) {
    const rows = await db
      .selectFrom('people_persons')
      .select('id_bidx')
      .where('district_id', '=', districtId)
      .where('id_bidx', 'in', bidxs.slice(i, i + 5000))
      .execute();
    for (const r of rows) found.add(r.id_bidx.toString('hex'));
  }
  return found;
}

/** A node by id with its path, district and level (the tree is read through ids and paths only). */
export function findNode(db: Executor, id: string) {
  return db
    .selectFrom('org_nodes')
    .select(['id', 'district_id', 'path', 'name', 'level'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Nodes by name inside a subtree, for the import's node column. */
export function nodesNamed(db: Executor, rootPath: string, names: string[]) {
  if (names.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_nodes')
    .select(['id', 'district_id', 'path', 'name'])
    .where('path', 'like', likeEscape(rootPath) + '%')
    .where('name', 'in', names)
    .execute();
}

/** Districts under the given nodes (for grants held on a city). */
export async function districtsUnder(db: Executor, paths: string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const rows = await db
    .selectFrom('org_nodes as n')
    .select('n.id')
    .where('n.level', '=', 'district')
    .where(pathInPaths('n.path', paths))
    .execute();
  return rows.map((r) => r.id);
}

/** True when a database error is the violation of the named unique index. */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = e as { code?: string; constraint?: string };
  return err?.code === '23505' && (!constraint || err.constraint === constraint);
}
