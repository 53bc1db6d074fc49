/** SQL for the accounts module's own tables. */
import { sql } from 'kysely';
import { PREPARED, type Executor } from '../../platform/db/db.ts';
import type { Grant, Role } from '../../platform/access/access.ts';

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
