/**
 * Accounts and access, composed from one file per use-case family: login and sessions
 * (accounts.sessions.service.ts), the TOTP second factor (accounts.totp.service.ts), account
 * administration (accounts.users.service.ts), the accounts register in Excel
 * (accounts.export.service.ts), grants and the security policy
 * (accounts.grants.service.ts), accounts and grants in from Excel (accounts.import.service.ts,
 * accounts.grants.import.service.ts). Every verb audits what it did.
 */
import type { Actor } from '../../platform/access/access.ts';
import { createAccountsCore, SESSION_CHANNEL, type AccountsDeps } from './accounts.core.ts';
import { createAccountsExport } from './accounts.export.service.ts';
import { createGrantsImport } from './accounts.grants.import.service.ts';
import { createGrantsService } from './accounts.grants.service.ts';
import { createUsersImport } from './accounts.import.service.ts';
import * as repo from './accounts.repository.ts';
import { createSessionsService, type LoginResult } from './accounts.sessions.service.ts';
import { createTotpService } from './accounts.totp.service.ts';
import { createUsersService } from './accounts.users.service.ts';
import { createAccountsWorkbench } from './accounts.workbench.ts';

export type AccountsService = ReturnType<typeof createAccountsService>;
export { SESSION_CHANNEL, type LoginResult };

/** Builds the accounts service. */
export function createAccountsService(deps: AccountsDeps) {
  const core = createAccountsCore(deps);
  const { db } = core;

  /** Loads the actor of an account (grants with their node paths). */
  async function loadActor(userId: string): Promise<Actor | null> {
    const u = await repo.findUser(db, userId);
    if (!u || u.disabled) return null;
    const grants = await repo.grantsOf(db, userId);
    return {
      userId: u.id,
      username: u.username,
      displayName: u.display_name,
      personId: u.person_id,
      grants: grants.map(({ role, nodeId, districtId, path }) => ({ role, nodeId, districtId, path })),
    };
  }

  return {
    /** Accounts' names by id ("display name (username)"), for the audit log. */
    async accountNames(ids: string[]): Promise<Map<string, string>> {
      const rows = await repo.accountNames(db, [...new Set(ids)].slice(0, 1000));
      return new Map(rows.map((r) => [r.id, `${r.display_name} (${r.username})`]));
    },
    /** Accounts' usernames by id (rosters that name the account, e.g. the mediators roster). */
    async usernames(ids: string[]): Promise<Map<string, string>> {
      const rows = await repo.accountNames(db, [...new Set(ids)].slice(0, 5000));
      return new Map(rows.map((r) => [r.id, r.username]));
    },
    /** The actor of an account named by its username (null when unknown or disabled), for modules that link accounts to their records. */
    async actorByUsername(username: string): Promise<Actor | null> {
      const u = await repo.findUserByUsername(db, username);
      return u ? loadActor(u.id) : null;
    },
    /** Accounts holding a role whose grant reaches the node at path (e.g. the deputies who vote on it). */
    roleHoldersReaching: (role: string, path: string) => repo.roleHoldersReaching(db, role, path),
    ...createSessionsService(core),
    ...createTotpService(core),
    ...createUsersService(core),
    ...createAccountsExport(core),
    ...createGrantsService(core),
    ...createUsersImport(core),
    ...createGrantsImport(core),
    ...createAccountsWorkbench(core),
    loadActor,
  };
}
