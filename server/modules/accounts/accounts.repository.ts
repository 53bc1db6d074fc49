/** SQL for the accounts module's own tables. */
import { sql, type ExpressionBuilder } from 'kysely';
import { PREPARED, type DB, type Executor } from '../../platform/db/db.ts';
import type { Grant, Role } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { likeEscape } from '../../platform/db/like.ts';

/** Finds an account by username, case-insensitively. */
export function findUserByUsername(db: Executor, username: string) {
  return db
    .selectFrom('accounts_users')
    .selectAll()
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
}

/** Loads an account by id, optionally locking it for update. */
export function findUser(db: Executor, id: string, lock = false) {
  let q = db.selectFrom('accounts_users').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** The grants of an account with the path of each node. */
export async function grantsOf(
  db: Executor,
  userId: string,
): Promise<(Grant & { id: string; nodeName: string })[]> {
  const rows = await db
    .selectFrom('accounts_grants as g')
    .innerJoin('org_nodes as n', 'n.id', 'g.node_id')
    .select(['g.id', 'g.role', 'g.node_id', 'g.district_id', 'n.path', 'n.name'])
    .where('g.user_id', '=', userId)
    .orderBy('n.path')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    role: r.role as Role,
    nodeId: r.node_id,
    districtId: r.district_id,
    path: r.path,
    nodeName: r.name,
  }));
}

/** Sessions with their accounts and the accounts' grants, by id (one round trip: every request asks). */
export function findSessions(db: Executor, ids: string[]) {
  return db
    .selectFrom('accounts_sessions as s')
    .innerJoin('accounts_users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.user_id',
      's.csrf_token',
      's.mfa_passed',
      's.created_at',
      's.last_seen_at',
      's.expires_at',
      'u.username',
      'u.display_name',
      'u.person_id',
      'u.disabled',
      'u.totp_enabled',
      'u.must_change_password',
      'u.password_changed_at',
      sql<Grant[]>`coalesce((
        SELECT json_agg(json_build_object('role', g.role, 'nodeId', g.node_id, 'districtId', g.district_id,
          'path', n.path) ORDER BY n.path)
        FROM accounts_grants g JOIN org_nodes n ON n.id = g.node_id WHERE g.user_id = s.user_id), '[]')`.as(
        'grants',
      ),
    ])
    .where('s.id', '=', sql<string>`ANY(${ids}::text[])`)
    .modifyEnd(PREPARED)
    .execute();
}

/** Roles whose holders must pass a second factor. */
export async function rolesRequiringTotp(db: Executor): Promise<Set<string>> {
  const rows = await db
    .selectFrom('accounts_role_policies')
    .select('role')
    .where('require_totp', '=', true)
    .execute();
  return new Set(rows.map((r) => r.role));
}

/** An account (as u) is placed within subtree roots: it holds a grant there, or its home district is there. */
function placedInPaths(paths: string[]) {
  return (eb: ExpressionBuilder<DB & { u: DB['accounts_users'] }, 'u'>) =>
    eb.or([
      eb.exists(
        eb
          .selectFrom('accounts_grants as g')
          .select('g.id')
          .whereRef('g.user_id', '=', 'u.id')
          .where(nodeInPaths('g.node_id', paths)),
      ),
      nodeInPaths('u.home_district_id', paths),
    ]);
}

/** An account visible within subtree roots: it holds a grant there, or its home district is there. */
export function findUserInPaths(db: Executor, userId: string, paths: string[]) {
  return db
    .selectFrom('accounts_users as u')
    .selectAll('u')
    .where('u.id', '=', userId)
    .where(placedInPaths(paths))
    .executeTakeFirst();
}

/** True when an account has a grant or a home district (something that places it in the tree). */
export async function userHasAnchor(db: Executor, userId: string): Promise<boolean> {
  const r = await db
    .selectFrom('accounts_users as u')
    .select('u.id')
    .where('u.id', '=', userId)
    .where((eb) =>
      eb.or([
        eb('u.home_district_id', 'is not', null),
        eb.exists(eb.selectFrom('accounts_grants as g').select('g.id').whereRef('g.user_id', '=', 'u.id')),
      ]),
    )
    .executeTakeFirst();
  return !!r;
}

/** Escapes LIKE metacharacters of a search term. */
const likeOf = (q: string) => '%' + likeEscape(q) + '%';

/** Accounts placed within subtree roots (home district or a grant), optionally matching a search. */
export function usersInPaths(db: Executor, paths: string[], q?: string) {
  let query = db.selectFrom('accounts_users as u').where(placedInPaths(paths));
  if (q) {
    const like = likeOf(q);
    query = query.where((eb) =>
      eb.or([eb('u.username', 'ilike', like), eb('u.display_name', 'ilike', like)]),
    );
  }
  return query;
}

/** How many accounts within subtree roots match a search. */
export async function countUsersInPaths(db: Executor, paths: string[], q?: string): Promise<number> {
  const [{ total }] = await usersInPaths(db, paths, q)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .execute();
  return Number(total);
}

/** A page of accounts within subtree roots, newest first (a new account shows at the top). */
export function pageOfUsersInPaths(
  db: Executor,
  paths: string[],
  q: string | undefined,
  limit: number,
  offset: number,
) {
  return usersInPaths(db, paths, q)
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.disabled',
      'u.totp_enabled',
      'u.locked_until',
      'u.password_changed_at',
      'u.must_change_password',
      'u.created_at',
    ])
    .orderBy('u.created_at', 'desc')
    .orderBy('u.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** The grants of several accounts with their nodes' names and paths. */
export function grantsOfUsers(db: Executor, userIds: string[]) {
  if (!userIds.length) return Promise.resolve([]);
  return db
    .selectFrom('accounts_grants as g')
    .innerJoin('org_nodes as n', 'n.id', 'g.node_id')
    .select(['g.id', 'g.user_id', 'g.role', 'g.node_id', 'g.created_at', 'n.name as node_name', 'n.path'])
    .where('g.user_id', 'in', userIds)
    .orderBy('n.path')
    .execute();
}

/** Roles an account holds (any node). */
export async function rolesHeld(db: Executor, userId: string): Promise<Role[]> {
  const rows = await db.selectFrom('accounts_grants').select('role').where('user_id', '=', userId).execute();
  return rows.map((r) => r.role as Role);
}

/** One grant with its node's path. */
export function findGrant(db: Executor, grantId: string) {
  return db
    .selectFrom('accounts_grants as g')
    .innerJoin('org_nodes as n', 'n.id', 'g.node_id')
    .select(['g.id', 'g.user_id', 'g.role', 'g.district_id', 'g.node_id', 'n.path'])
    .where('g.id', '=', grantId)
    .executeTakeFirst();
}

/** The same role already held on the same node, if any. */
export function findSameGrant(db: Executor, userId: string, role: Role, nodeId: string) {
  return db
    .selectFrom('accounts_grants')
    .select('id')
    .where('user_id', '=', userId)
    .where('role', '=', role)
    .where('node_id', '=', nodeId)
    .executeTakeFirst();
}

/** A node of the tree (id, district, path, name) a grant may sit on. */
export function findGrantNode(db: Executor, nodeId: string) {
  return db
    .selectFrom('org_nodes')
    .select(['id', 'district_id', 'path', 'name'])
    .where('id', '=', nodeId)
    .executeTakeFirst();
}

/** Adds grants. */
export async function insertGrants(
  db: Executor,
  rows: {
    id: string;
    user_id: string;
    role: Role;
    node_id: string;
    district_id: string;
    granted_by?: string | null;
  }[],
) {
  if (rows.length) await db.insertInto('accounts_grants').values(rows).execute();
}

/** Removes a grant. */
export async function deleteGrant(db: Executor, grantId: string) {
  await db.deleteFrom('accounts_grants').where('id', '=', grantId).execute();
}

/** Adds an account. */
export async function insertUser(
  db: Executor,
  row: {
    id: string;
    username: string;
    display_name: string;
    person_id: string | null;
    home_district_id: string | null;
    password_hash: string;
    must_change_password: boolean;
  },
) {
  await db.insertInto('accounts_users').values(row).execute();
}

/** Changes fields of an account (bumping its version when asked). */
export async function updateUser(
  db: Executor,
  id: string,
  set: Partial<{
    password_hash: string;
    password_changed_at: Date;
    must_change_password: boolean;
    failed_logins: number;
    locked_until: Date | null;
    disabled: boolean;
    totp_secret: Buffer;
    totp_enabled: boolean;
    totp_last_step: number;
  }>,
  bumpVersion = false,
) {
  await db
    .updateTable('accounts_users')
    .set(bumpVersion ? { ...set, version: sql`version + 1` } : set)
    .where('id', '=', id)
    .execute();
}

/** Adds a session. */
export async function insertSession(
  db: Executor,
  row: {
    id: string;
    user_id: string;
    csrf_token: string;
    mfa_passed: boolean;
    expires_at: Date;
    ip: string;
    user_agent: string;
  },
) {
  await db.insertInto('accounts_sessions').values(row).execute();
}

/** Ends one session. */
export async function deleteSession(db: Executor, id: string) {
  await db.deleteFrom('accounts_sessions').where('id', '=', id).execute();
}

/** Ends every session of an account, but the one kept (e.g. the one that changed the password). */
export async function deleteSessionsOf(db: Executor, userId: string, keep?: string) {
  let q = db.deleteFrom('accounts_sessions').where('user_id', '=', userId);
  if (keep) q = q.where('id', '!=', keep);
  await q.execute();
}

/** Marks a session as seen now. */
export async function touchSession(db: Executor, id: string, at: Date) {
  await db.updateTable('accounts_sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

/** Marks a session as having passed the second factor. */
export async function passSessionMfa(db: Executor, id: string) {
  await db.updateTable('accounts_sessions').set({ mfa_passed: true }).where('id', '=', id).execute();
}

/** The hashes of an account's earlier passwords, newest first. */
export async function passwordHistory(db: Executor, userId: string, limit: number): Promise<string[]> {
  if (limit <= 0) return [];
  const rows = await db
    .selectFrom('accounts_password_history')
    .select('password_hash')
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.password_hash);
}

/** Keeps an earlier password's hash and forgets those beyond the newest `keep`. */
export async function pushPasswordHistory(
  db: Executor,
  userId: string,
  id: string,
  hash: string,
  keep: number,
) {
  await db
    .insertInto('accounts_password_history')
    .values({ user_id: userId, id, password_hash: hash })
    .execute();
  await db
    .deleteFrom('accounts_password_history')
    .where('user_id', '=', userId)
    .where(
      'id',
      'not in',
      db
        .selectFrom('accounts_password_history')
        .select('id')
        .where('user_id', '=', userId)
        .orderBy('id', 'desc')
        .limit(Math.max(keep, 0)),
    )
    .execute();
}

/** True when the browser (hash of its device token) logged in to the account before. */
export async function deviceKnown(db: Executor, userId: string, deviceHash: string): Promise<boolean> {
  const r = await db
    .selectFrom('accounts_known_devices')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('device_hash', '=', deviceHash)
    .executeTakeFirst();
  return !!r;
}

/** Remembers a browser an account logged in from. */
export async function rememberDevice(db: Executor, userId: string, deviceHash: string) {
  await db
    .insertInto('accounts_known_devices')
    .values({ user_id: userId, device_hash: deviceHash })
    .onConflict((oc) => oc.columns(['user_id', 'device_hash']).doUpdateSet({ last_seen_at: new Date() }))
    .execute();
}

/** An address's failed logins (locked for update inside a transaction when asked). */
export function ipFailures(db: Executor, ip: string, lock = false) {
  let q = db.selectFrom('accounts_ip_failures').selectAll().where('ip', '=', ip);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Makes sure an address has a failure row to lock. */
export async function ensureIpFailures(db: Executor, ip: string, at: Date) {
  await db
    .insertInto('accounts_ip_failures')
    .values({ ip, failures: 0, window_started_at: at })
    .onConflict((oc) => oc.column('ip').doNothing())
    .execute();
}

/** Writes an address's failures. */
export async function setIpFailures(
  db: Executor,
  ip: string,
  v: { failures: number; windowStartedAt: Date; blockedUntil: Date | null },
) {
  await db
    .updateTable('accounts_ip_failures')
    .set({ failures: v.failures, window_started_at: v.windowStartedAt, blocked_until: v.blockedUntil })
    .where('ip', '=', ip)
    .execute();
}

/** The role policies (which roles need TOTP). */
export function rolePolicies(db: Executor) {
  return db.selectFrom('accounts_role_policies').selectAll().execute();
}

/** Replaces the set of roles that need TOTP. */
export async function replaceTotpRoles(db: Executor, roles: Role[]) {
  await db.deleteFrom('accounts_role_policies').execute();
  if (roles.length)
    await db
      .insertInto('accounts_role_policies')
      .values(roles.map((role) => ({ role, require_totp: true })))
      .execute();
}

/** Accounts locked now or whose password is past its age, within subtree roots (the admin's to-dos). */
export async function countLockedOrExpired(
  db: Executor,
  paths: string[],
  expiredBefore: Date | null,
  now: Date,
) {
  const [{ locked }] = await usersInPaths(db, paths)
    .select((eb) => eb.fn.countAll<number>().as('locked'))
    .where('u.locked_until', '>', now)
    .execute();
  let expired = 0;
  if (expiredBefore) {
    const [r] = await usersInPaths(db, paths)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('u.password_changed_at', '<', expiredBefore)
      .where('u.disabled', '=', false)
      .execute();
    expired = Number(r.n);
  }
  return { locked: Number(locked), expired };
}

/** Accounts within subtree roots that hold no grant yet (waiting for the security admin). */
export async function countUsersWithoutGrants(db: Executor, paths: string[]): Promise<number> {
  const [{ n }] = await db
    .selectFrom('accounts_users as u')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('u.disabled', '=', false)
    .where(nodeInPaths('u.home_district_id', paths))
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('accounts_grants as g').select('g.id').whereRef('g.user_id', '=', 'u.id')),
      ),
    )
    .execute();
  return Number(n);
}

/** Usernames and display names by account id (officers' names in their official acts). */
export function accountNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('accounts_users')
    .select(['id', 'username', 'display_name'])
    .where('id', 'in', ids)
    .execute();
}

/** Enabled accounts holding a role on the node at path or on one of its ancestors (whose grant reaches it). */
export async function roleHoldersReaching(db: Executor, role: string, path: string): Promise<string[]> {
  const rows = await db
    .selectFrom('accounts_grants as g')
    .innerJoin('org_nodes as n', 'n.id', 'g.node_id')
    .innerJoin('accounts_users as u', 'u.id', 'g.user_id')
    .select('g.user_id')
    .distinct()
    .where('g.role', '=', role)
    .where('u.disabled', '=', false)
    .where(sql<boolean>`${path} LIKE n.path || '%'`)
    .execute();
  return rows.map((r) => r.user_id);
}
