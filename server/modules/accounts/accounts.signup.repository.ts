/** SQL of residents' sign-up: codes, phones, invitations, and the account rows they touch. */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';

/** When the last code went to this phone, and how many went to it and from this address in the hour. */
export async function codeCounts(db: Executor, phoneBidx: Buffer, ip: string, since: Date) {
  return db
    .selectFrom('accounts_otp_codes')
    .select([
      sql<Date | null>`max(created_at) FILTER (WHERE phone_bidx = ${phoneBidx})`.as('lastSentAt'),
      sql<number>`count(*) FILTER (WHERE phone_bidx = ${phoneBidx})::int`.as('byPhoneHour'),
      sql<number>`count(*) FILTER (WHERE ip = ${ip})::int`.as('byIpHour'),
    ])
    .where('created_at', '>=', since)
    .where((eb) => eb.or([eb('phone_bidx', '=', phoneBidx), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
}

/** Stores a code (its keyed hash). */
export async function insertCode(
  db: Executor,
  c: { id: string; phoneBidx: Buffer; codeHash: Buffer; ip: string; expiresAt: Date },
) {
  await db
    .insertInto('accounts_otp_codes')
    .values({ id: c.id, phone_bidx: c.phoneBidx, code_hash: c.codeHash, ip: c.ip, expires_at: c.expiresAt })
    .execute();
}

/** The newest code of a phone that is unused and unexpired, locked. */
export function findLiveCode(trx: Executor, phoneBidx: Buffer) {
  return trx
    .selectFrom('accounts_otp_codes')
    .selectAll()
    .where('phone_bidx', '=', phoneBidx)
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .orderBy('created_at', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

/** Counts a wrong guess at a code. */
export async function addCodeAttempt(trx: Executor, id: string) {
  await trx
    .updateTable('accounts_otp_codes')
    .set({ attempts: sql`attempts + 1` })
    .where('id', '=', id)
    .execute();
}

/** Marks a code used (it works once). */
export async function useCode(trx: Executor, id: string) {
  await trx
    .updateTable('accounts_otp_codes')
    .set({ used_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** The account holding a phone, if any. */
export function findUserByPhone(db: Executor, phoneBidx: Buffer) {
  return db
    .selectFrom('accounts_phones as p')
    .innerJoin('accounts_users as u', 'u.id', 'p.user_id')
    .select(['u.id', 'u.username', 'u.disabled', 'u.person_id'])
    .where('p.phone_bidx', '=', phoneBidx)
    .executeTakeFirst();
}

/** Creates a resident's account with its phone. */
export async function insertResident(
  trx: Executor,
  u: {
    id: string;
    username: string;
    displayName: string;
    passwordHash: string;
    phoneEnc: Buffer;
    phoneBidx: Buffer;
  },
) {
  await trx
    .insertInto('accounts_users')
    .values({ id: u.id, username: u.username, display_name: u.displayName, password_hash: u.passwordHash })
    .execute();
  await trx
    .insertInto('accounts_phones')
    .values({ user_id: u.id, phone_enc: u.phoneEnc, phone_bidx: u.phoneBidx })
    .execute();
}

/**
 * After a code login: no lockout carried over, and the (unusable) password's age restarted, since
 * an account without a password must never be asked to change it.
 */
export async function touchCodeLogin(trx: Executor, userId: string) {
  await trx
    .updateTable('accounts_users')
    .set({
      failed_logins: 0,
      locked_until: null,
      password_changed_at: sql`now()`,
      must_change_password: false,
    })
    .where('id', '=', userId)
    .execute();
}

/** Opens a session row (id: SM3 of the cookie token). */
export async function insertSession(
  trx: Executor,
  s: { id: string; userId: string; csrfToken: string; expiresAt: Date; ip: string; userAgent: string },
) {
  await trx
    .insertInto('accounts_sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      csrf_token: s.csrfToken,
      mfa_passed: false,
      expires_at: s.expiresAt,
      ip: s.ip,
      user_agent: s.userAgent.slice(0, 300),
    })
    .execute();
}

/** Links an account to its person and home district, shown from now on by the person's masked name. */
export async function setPerson(
  trx: Executor,
  userId: string,
  personId: string,
  districtId: string,
  displayName: string,
) {
  await trx
    .updateTable('accounts_users')
    .set({
      person_id: personId,
      home_district_id: districtId,
      display_name: displayName,
      version: sql`version + 1`,
    })
    .where('id', '=', userId)
    .execute();
}

/** Grants a role on a node unless the account holds it there already. */
export async function grantIfMissing(
  trx: Executor,
  g: {
    id: string;
    userId: string;
    role: string;
    nodeId: string;
    districtId: string;
    grantedBy: string | null;
  },
) {
  await trx
    .insertInto('accounts_grants')
    .values({
      id: g.id,
      user_id: g.userId,
      role: g.role,
      node_id: g.nodeId,
      district_id: g.districtId,
      granted_by: g.grantedBy,
    })
    .onConflict((oc) => oc.columns(['user_id', 'role', 'node_id']).doNothing())
    .execute();
}

/** The community a node lies in (the node itself when it is one), else the node. */
export async function communityOf(db: Executor, nodeId: string) {
  const n = await db
    .selectFrom('org_nodes')
    .select(['id', 'district_id', 'name', 'path'])
    .where('id', '=', nodeId)
    .executeTakeFirst();
  if (!n) return null;
  const ancestors = n.path.split('/').filter(Boolean);
  const c = await db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'path'])
    .where('id', 'in', ancestors)
    .where('level', '=', 'community')
    .executeTakeFirst();
  return { id: c?.id ?? n.id, districtId: n.district_id, name: c?.name ?? n.name, path: c?.path ?? n.path };
}

/** The phone of an account (ciphertext). */
export function findPhone(db: Executor, userId: string) {
  return db
    .selectFrom('accounts_phones')
    .select('phone_enc')
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** An account's basics. */
export function findAccount(db: Executor, userId: string) {
  return db
    .selectFrom('accounts_users')
    .select(['id', 'display_name', 'person_id', 'home_district_id'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** Stores an invitation (its code's keyed hash). */
export async function insertInvite(
  trx: Executor,
  i: {
    id: string;
    districtId: string;
    nodeId: string;
    personId: string;
    codeHash: Buffer;
    createdBy: string;
    expiresAt: Date;
  },
) {
  await trx
    .insertInto('accounts_invites')
    .values({
      id: i.id,
      district_id: i.districtId,
      node_id: i.nodeId,
      person_id: i.personId,
      code_hash: i.codeHash,
      created_by: i.createdBy,
      expires_at: i.expiresAt,
    })
    .execute();
}

/** A live invitation by its code's hash, locked. */
export function findLiveInvite(trx: Executor, codeHash: Buffer) {
  return trx
    .selectFrom('accounts_invites')
    .selectAll()
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .forUpdate()
    .executeTakeFirst();
}

/** Marks an invitation used by an account. */
export async function useInvite(trx: Executor, districtId: string, id: string, userId: string) {
  await trx
    .updateTable('accounts_invites')
    .set({ used_by: userId, used_at: sql`now()` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}
