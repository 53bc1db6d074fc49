/**
 * SQL of one person: the node lookup, a person and their identities read and written, the blind-index
 * checks and locks. people_persons and people_identities only.
 */
import { sql } from 'kysely';
import { nodeInPaths, pathInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import type { PersonRow } from './people.row.ts';

/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

/** Escapes LIKE metacharacters for a literal prefix or infix. */
export { likeEscape } from '../../platform/db/like.ts';

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

/**
 * Which of these blind indexes are registered on nodes inside the subtree roots (the scope a
 * duplicate may be told of: a number registered elsewhere in the district answers as absent).
 */
export async function idBidxTakenInPaths(
  db: Executor,
  districtId: string,
  bidxs: Buffer[],
  paths: string[],
  exceptPersonId?: string,
): Promise<Set<string>> {
  const found = new Set<string>();
  if (paths.length === 0) return found;
  for (let i = 0; i < bidxs.length; i += 5000) {
    let q = db
      .selectFrom('people_persons as p')
      .select('p.id_bidx')
      .where('p.district_id', '=', districtId)
      .where('p.id_bidx', 'in', bidxs.slice(i, i + 5000))
      .where(nodeInPaths('p.node_id', paths));
    if (exceptPersonId) q = q.where('p.id', '!=', exceptPersonId);
    for (const r of await q.execute()) found.add(r.id_bidx.toString('hex'));
  }
  return found;
}

/**
 * Serialises the registration of one national ID in a district (held to the end of the
 * transaction): single writes take the number's lock and the district's lock shared; an import
 * takes the district's lock alone, exclusive (one lock, whatever its number of rows).
 */
export async function lockNationalIds(db: Executor, districtId: string, bidx: Buffer | 'all') {
  if (bidx === 'all') {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${'people.id:' + districtId}, 0))`.execute(db);
    return;
  }
  await sql`SELECT pg_advisory_xact_lock_shared(hashtextextended(${'people.id:' + districtId}, 0)),
    pg_advisory_xact_lock(hashtextextended(${'people.id:' + districtId + ':' + bidx.toString('hex')}, 0))`.execute(
    db,
  );
}

/** Person ids by national-ID blind index in a district (the earliest registration of each). */
export function personIdsByBidx(db: Executor, districtId: string, bidxs: Buffer[]) {
  return db
    .selectFrom('people_persons')
    .select(['id', 'id_bidx'])
    .where('district_id', '=', districtId)
    .where('id_bidx', 'in', bidxs)
    .orderBy('id', 'desc')
    .execute();
}

/** Names and nodes of a district's persons by id. */
export function personBriefs(db: Executor, districtId: string, ids: string[]) {
  return db
    .selectFrom('people_persons')
    .select(['id', 'name', 'node_id'])
    .where('district_id', '=', districtId)
    .where('id', 'in', ids)
    .execute();
}

/** Adds one person. */
export async function insertPerson(db: Executor, row: PersonRow) {
  await db.insertInto('people_persons').values(row).execute();
}

/** Rewrites a person's fields with its next version. */
export async function updatePerson(
  db: Executor,
  districtId: string,
  id: string,
  row: Omit<PersonRow, 'district_id' | 'id'>,
  version: number,
) {
  await db
    .updateTable('people_persons')
    .set({ ...row, version, updated_at: new Date() })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Adds an identity to a person. */
export async function insertIdentity(
  db: Executor,
  row: { district_id: string; id: string; person_id: string; kind: string; attrs: string },
) {
  await db.insertInto('people_identities').values(row).execute();
}

/** Removes an identity of a person; returns its kind (undefined when there was none). */
export function deleteIdentity(db: Executor, districtId: string, personId: string, identityId: string) {
  return db
    .deleteFrom('people_identities')
    .where('district_id', '=', districtId)
    .where('person_id', '=', personId)
    .where('id', '=', identityId)
    .returning('kind')
    .executeTakeFirst();
}
