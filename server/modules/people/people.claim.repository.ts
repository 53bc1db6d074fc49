/** SQL of claiming records: residents' own, guardians' links to children, and who lives where. */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { likeEscape } from './people.repository.ts';

/**
 * The persons holding an ID number's blind index in a district, earliest first (a number may stand
 * in two communities' registers).
 */
export function findPersonsByIdBidx(db: Executor, districtId: string, idBidx: Buffer) {
  return db
    .selectFrom('people_persons as p')
    .select(['p.district_id', 'p.id', 'p.node_id', 'p.name', 'p.birth_date'])
    .where('p.district_id', '=', districtId)
    .where('p.id_bidx', '=', idBidx)
    .orderBy('p.created_at')
    .orderBy('p.id')
    .limit(10)
    .execute();
}

/** A person by id in one of the districts (for an officer's invitation). */
export function findPerson(db: Executor, districtIds: string[], personId: string) {
  if (districtIds.length === 0) return Promise.resolve(undefined);
  return db
    .selectFrom('people_persons as p')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'p.district_id').onRef('n.id', '=', 'p.node_id'),
    )
    .select(['p.district_id', 'p.id', 'p.node_id', 'p.name', 'p.birth_date', 'n.path'])
    .where('p.district_id', 'in', districtIds)
    .where('p.id', '=', personId)
    .executeTakeFirst();
}

/** Records that an account stands for a person: false when either is claimed already. */
export async function insertClaim(
  trx: Executor,
  c: { districtId: string; personId: string; userId: string; how: 'register' | 'invite' },
) {
  const r = await trx
    .insertInto('people_claims')
    .values({ district_id: c.districtId, person_id: c.personId, user_id: c.userId, how: c.how })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The claim an account holds, if any. */
export function findClaimOfUser(db: Executor, userId: string) {
  return db.selectFrom('people_claims').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Records a claim attempt (nothing of what was tried). */
export async function insertAttempt(
  db: Executor,
  a: { id: string; userId: string; ip: string; matched: boolean },
) {
  await db
    .insertInto('people_claim_attempts')
    .values({ id: a.id, user_id: a.userId, ip: a.ip, matched: a.matched })
    .execute();
}

/** Failed attempts since a moment, by account and by address. */
export async function countFailedAttempts(db: Executor, userId: string, ip: string, since: Date) {
  const r = await db
    .selectFrom('people_claim_attempts')
    .select([
      sql<number>`count(*) FILTER (WHERE user_id = ${userId}::uuid)::int`.as('byUser'),
      sql<number>`count(*) FILTER (WHERE ip = ${ip})::int`.as('byIp'),
    ])
    .where('matched', '=', false)
    .where('at', '>=', since)
    .where((eb) => eb.or([eb('user_id', '=', userId), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
  return r;
}

/** Links a guardian to a child (again, if a link was revoked before). */
export async function upsertGuardian(
  trx: Executor,
  g: { districtId: string; childId: string; guardianId: string; guardianUserId: string; consentText: string },
) {
  await trx
    .insertInto('people_guardians')
    .values({
      district_id: g.districtId,
      child_id: g.childId,
      guardian_id: g.guardianId,
      guardian_user_id: g.guardianUserId,
      consent_text: g.consentText,
    })
    .onConflict((oc) =>
      oc.columns(['district_id', 'child_id', 'guardian_id']).doUpdateSet({
        guardian_user_id: g.guardianUserId,
        consent_text: g.consentText,
        consented_at: sql`now()`,
        revoked_at: null,
      }),
    )
    .execute();
}

/** Ends a guardian's link (consent withdrawn): true when there was one. */
export async function revokeGuardian(trx: Executor, districtId: string, childId: string, guardianId: string) {
  const r = await trx
    .updateTable('people_guardians')
    .set({ revoked_at: sql`now()` })
    .where('district_id', '=', districtId)
    .where('child_id', '=', childId)
    .where('guardian_id', '=', guardianId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The children a guardian is linked to, with their names and birth dates (the guardian's own view). */
export function findChildren(db: Executor, districtId: string, guardianId: string) {
  return db
    .selectFrom('people_guardians as g')
    .innerJoin('people_persons as p', (j) =>
      j.onRef('p.district_id', '=', 'g.district_id').onRef('p.id', '=', 'g.child_id'),
    )
    .select(['p.id', 'p.name', 'p.birth_date', 'p.node_id', 'g.consented_at'])
    .where('g.district_id', '=', districtId)
    .where('g.guardian_id', '=', guardianId)
    .where('g.revoked_at', 'is', null)
    .orderBy('p.birth_date')
    .execute();
}

/** Which of these children have a live guardian link to this guardian. */
export async function guardedAmong(
  db: Executor,
  districtId: string,
  guardianId: string,
  childIds: readonly string[],
) {
  if (childIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('people_guardians')
    .select('child_id')
    .where('district_id', '=', districtId)
    .where('guardian_id', '=', guardianId)
    .where('child_id', 'in', childIds)
    .where('revoked_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.child_id));
}

/** Which of these persons hold the resident identity on a node inside the subtree at path. */
export async function residentsAmongUnder(
  db: Executor,
  districtId: string,
  personIds: readonly string[],
  path: string,
) {
  if (personIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('people_persons as p')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'p.district_id').onRef('n.id', '=', 'p.node_id'),
    )
    .innerJoin('people_identities as i', (j) =>
      j
        .onRef('i.district_id', '=', 'p.district_id')
        .onRef('i.person_id', '=', 'p.id')
        .on('i.kind', '=', 'resident'),
    )
    .select('p.id')
    .where('p.district_id', '=', districtId)
    .where('p.id', 'in', personIds)
    .where('n.path', 'like', likeEscape(path) + '%')
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** How many persons hold the resident identity in the subtree at path (exact, from the node counts). */
export async function countResidentsUnder(db: Executor, districtId: string, path: string) {
  const r = await db
    .selectFrom('people_node_counts as c')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'c.district_id').onRef('n.id', '=', 'c.node_id'),
    )
    .select(sql<number>`coalesce(sum(c.n), 0)::int`.as('n'))
    .where('c.district_id', '=', districtId)
    .where('c.kind', '=', 'resident')
    .where('n.path', 'like', likeEscape(path) + '%')
    .executeTakeFirstOrThrow();
  return r.n;
}

/** Names of persons by id. */
export function findNames(db: Executor, districtId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('people_persons')
    .select(['id', 'name'])
    .where('district_id', '=', districtId)
    .where('id', 'in', personIds)
    .execute();
}
