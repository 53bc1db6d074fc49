/**
 * SQL of people's readers for other modules (party members, volunteers, cadres): one function per query,
 * each over people's own tables (and org_nodes for a subtree).
 */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';

/** Identities (`i`) joined to their persons (`p`): what every reader here starts from. */
function identitiesWithPersons(db: Executor) {
  return db
    .selectFrom('people_identities as i')
    .innerJoin('people_persons as p', (j) =>
      j.onRef('p.district_id', '=', 'i.district_id').onRef('p.id', '=', 'i.person_id'),
    );
}

/** A district's party members with their identity's attributes, by name (at most limit). */
export function findPartyMembers(
  db: Executor,
  districtId: string,
  f: { personIds?: string[]; partyOrgIds?: string[]; mobile?: boolean; limit: number },
) {
  let q = identitiesWithPersons(db)
    .select([
      'p.id',
      'p.district_id',
      'p.node_id',
      'p.name',
      'p.gender',
      'p.id_enc',
      'p.phone_enc',
      'p.birth_date',
      sql<string>`i.attrs->>'partyOrgId'`.as('party_org_id'),
      sql<string>`i.attrs->>'joinedOn'`.as('joined_on'),
      sql<boolean>`coalesce((i.attrs->>'mobile')::boolean, false)`.as('mobile'),
    ])
    .where('i.district_id', '=', districtId)
    .where('i.kind', '=', 'party_member');
  if (f.personIds) q = q.where('i.person_id', 'in', f.personIds);
  if (f.partyOrgIds) q = q.where(sql<boolean>`i.attrs->>'partyOrgId' = ANY(${f.partyOrgIds}::text[])`);
  if (f.mobile !== undefined)
    q = q.where(sql<boolean>`coalesce((i.attrs->>'mobile')::boolean, false) = ${f.mobile}`);
  return q.orderBy('p.name').orderBy('p.id').limit(f.limit).execute();
}

/** The district of a person's party-member identity, if they hold one. */
export function findPartyMemberDistrict(db: Executor, personId: string) {
  return db
    .selectFrom('people_identities')
    .select('district_id')
    .where('person_id', '=', personId)
    .where('kind', '=', 'party_member')
    .executeTakeFirst();
}

/** People with the volunteer identity on nodes under path, by id (at most limit). */
export function findVolunteersUnder(db: Executor, districtId: string, path: string, limit: number) {
  return identitiesWithPersons(db)
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'p.district_id').onRef('n.id', '=', 'p.node_id'),
    )
    .select(['p.id', 'p.node_id', 'p.name', sql<string | null>`i.attrs->>'team'`.as('team')])
    .where('i.district_id', '=', districtId)
    .where('i.kind', '=', 'volunteer')
    .where('n.path', 'like', `${path}%`)
    .orderBy('p.id')
    .limit(limit)
    .execute();
}

/** A person's full name, if the person is in the district. */
export function findPersonName(db: Executor, districtId: string, personId: string) {
  return db
    .selectFrom('people_persons')
    .select('name')
    .where('district_id', '=', districtId)
    .where('id', '=', personId)
    .executeTakeFirst();
}

/** A district's cadres with their identity's attributes, optionally of some units or persons, by name. */
export function findCadres(
  db: Executor,
  districtId: string,
  f: { unitNodeIds?: string[]; personIds?: string[] },
) {
  let q = identitiesWithPersons(db)
    .select([
      'p.id',
      'p.name',
      'p.gender',
      'p.birth_date',
      sql<string>`i.attrs->>'unitNodeId'`.as('unit'),
      sql<string>`i.attrs->>'post'`.as('post'),
      sql<string>`i.attrs->>'grade'`.as('grade'),
      sql<string>`i.attrs->>'postSince'`.as('post_since'),
      sql<string>`i.attrs->>'unitSince'`.as('unit_since'),
    ])
    .where('i.district_id', '=', districtId)
    .where('i.kind', '=', 'cadre');
  if (f.unitNodeIds) q = q.where(sql<boolean>`i.attrs->>'unitNodeId' = ANY(${f.unitNodeIds}::text[])`);
  if (f.personIds) q = q.where('i.person_id', 'in', f.personIds);
  return q.orderBy('p.name').orderBy('p.id').execute();
}
