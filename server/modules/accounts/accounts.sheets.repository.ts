/** SQL of the accounts register in Excel: the export's rows, and what the accounts and grants imports look up. */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { usersInPaths } from './accounts.repository.ts';

/**
 * Every account within subtree roots (at most limit), by username, for the accounts register
 * export: when it last logged in (the latest browser it logged in from) and its encrypted phone,
 * if any. Never the password hash or the TOTP secret.
 */
export function usersForExport(db: Executor, paths: string[], limit: number) {
  return usersInPaths(db, paths)
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.disabled',
      'u.totp_enabled',
      'u.locked_until',
      'u.created_at',
    ])
    .select((eb) => [
      eb
        .selectFrom('accounts_known_devices as d')
        .select((e) => e.fn.max('d.last_seen_at').as('m'))
        .whereRef('d.user_id', '=', 'u.id')
        .as('last_login'),
      eb
        .selectFrom('accounts_phones as p')
        .select('p.phone_enc')
        .whereRef('p.user_id', '=', 'u.id')
        .limit(1)
        .as('phone_enc'),
    ])
    .orderBy('u.username')
    .limit(limit)
    .execute();
}

/** Names and paths of nodes by id (the ancestors a grant's node path names). */
export function nodeNames(db: Executor, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db.selectFrom('org_nodes').select(['id', 'name', 'path']).where('id', 'in', ids).execute();
}

/**
 * Nodes within subtree roots named by one of names or coded by one of codes, with their ancestors'
 * ids in path (the grants import resolves a 授权范围 cell among them).
 */
export function nodesNamedInPaths(db: Executor, names: string[], codes: string[], paths: string[]) {
  if ((!names.length && !codes.length) || !paths.length) return Promise.resolve([]);
  return db
    .selectFrom('org_nodes as n')
    .select(['n.id', 'n.district_id', 'n.path', 'n.name', 'n.code'])
    .where((eb) =>
      eb.or([
        ...(names.length ? [eb('n.name', 'in', names)] : []),
        ...(codes.length ? [eb('n.code', 'in', codes)] : []),
      ]),
    )
    .where(nodeInPaths('n.id', paths))
    .limit(20000)
    .execute();
}

/** Accounts by username (case-insensitive), for an import's plan. */
export function usersByUsernames(db: Executor, usernames: string[]) {
  if (!usernames.length) return Promise.resolve([]);
  return db
    .selectFrom('accounts_users')
    .select(['id', 'username', 'display_name'])
    .where(
      sql`lower(username)`,
      'in',
      usernames.map((u) => u.toLowerCase()),
    )
    .execute();
}

/** Which of these accounts are placed within subtree roots (an import's skip-or-refuse). */
export async function idsInPaths(db: Executor, ids: string[], paths: string[]): Promise<string[]> {
  if (!ids.length || !paths.length) return [];
  const rows = await usersInPaths(db, paths).select('u.id').where('u.id', 'in', ids).execute();
  return rows.map((r) => r.id);
}
