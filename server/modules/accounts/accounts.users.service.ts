/**
 * Account administration, the system administrator's part of 三员分立: create accounts, list and
 * find them, disable or re-enable them, set a temporary password. Accounts holding one of the three
 * security roles are managed by the security administrator alone, so the system administrator
 * cannot take one over. The installer's and demo's bootstrap lives here too.
 */
import {
  SECURITY_ROLES,
  can,
  requirePermission,
  scopePaths,
  type Actor,
  type RequestContext,
  type Role,
} from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { hashPassword, type AccountsCore } from './accounts.core.ts';
import * as repo from './accounts.repository.ts';
import { passwordExpired, rolesProblem } from './accounts.rules.ts';

/**
 * The district a new account is placed in: the one named, when it is a district of the actor's
 * scope (else 422 on homeDistrictId), or the district of the actor's first account-writing grant.
 */
export async function homeDistrictOf(db: Executor, actor: Actor, named?: string | null): Promise<string> {
  if (named) {
    const n = await repo.findGrantNode(db, named);
    if (!n || n.id !== n.district_id || !can(actor, 'accounts.write', n.path))
      throw new InvalidError([{ field: 'homeDistrictId', key: 'accounts.home_district' }]);
    return n.id;
  }
  const roots = scopePaths(actor, 'accounts.write');
  return actor.grants.find((g) => g.path === roots[0])!.districtId;
}

/**
 * The one create path of an account, inside the caller's transaction: refuses a taken username
 * (422 on `field`), inserts the account with a password it must change at first login, and audits
 * the creation (the username, never the password). POST /api/accounts/users and the import use it.
 */
export async function insertAccount(
  auditor: Pick<Auditor, 'append'>,
  trx: Executor,
  ctx: RequestContext,
  input: {
    id?: string;
    username: string;
    displayName: string;
    personId: string | null;
    homeDistrictId: string;
    passwordHash: string;
  },
  field = 'username',
): Promise<{ id: string }> {
  const id = input.id ?? uuidv7();
  if (await repo.findUserByUsername(trx, input.username))
    throw new InvalidError([{ field, key: 'accounts.username_taken' }]);
  try {
    await repo.insertUser(trx, {
      id,
      username: input.username,
      display_name: input.displayName,
      person_id: input.personId,
      home_district_id: input.homeDistrictId,
      password_hash: input.passwordHash,
      must_change_password: true,
    });
  } catch (e) {
    // made by a concurrent request since the check above (the unique index on lower(username))
    if ((e as { code?: string }).code === '23505')
      throw new InvalidError([{ field, key: 'accounts.username_taken' }]);
    throw e;
  }
  await auditor.append(trx, ctx, {
    action: 'accounts.user.create',
    objectType: 'account',
    objectId: id,
    districtId: input.homeDistrictId,
    detail: { username: input.username },
  });
  return { id };
}

/** Builds the account-administration verbs. */
export function createUsersService(
  core: Pick<AccountsCore, 'db' | 'auditor' | 'security' | 'write' | 'checkPassword'>,
) {
  const { db, auditor, write } = core;

  /** Hides accounts outside the actor's subtree for any of the actions (404, never 403). */
  async function visibleUser(actor: Actor, userId: string, actions: string[]) {
    const paths = [...new Set(actions.flatMap((a) => scopePaths(actor, a)))];
    const row = await repo.findUserInPaths(db, userId, paths);
    if (!row) throw new NotFoundError();
    return row;
  }

  /**
   * Who may disable or reset an account: the system administrator for ordinary accounts, the
   * security administrator alone for accounts holding one of the three security roles. An account
   * outside both scopes is 404 whatever it holds; nobody disables or resets their own account here.
   */
  async function managed(ctx: RequestContext, userId: string) {
    const actor = ctx.actor;
    if (!actor || (!can(actor, 'accounts.write') && !can(actor, 'accounts.grant_security')))
      throw new ForbiddenError();
    const u = await visibleUser(actor, userId, ['accounts.write', 'accounts.grant_security']);
    if (u.id === actor.userId) throw new ConflictError('accounts.self_manage');
    const security = (await repo.rolesHeld(db, userId)).some((r) => SECURITY_ROLES.includes(r));
    const action = security ? 'accounts.grant_security' : 'accounts.write';
    if (!can(actor, action))
      throw new ForbiddenError(security ? 'accounts.security_account' : 'error.forbidden');
    return u;
  }

  return {
    /**
     * Creates an account in a district of the actor's scope (the actor's own district when none is
     * named), so it shows in the list at once and the security administrator can grant it roles.
     */
    async createUser(
      ctx: RequestContext,
      input: {
        username: string;
        displayName: string;
        password: string;
        personId?: string | null;
        homeDistrictId?: string | null;
      },
    ) {
      const actor = requirePermission(ctx, 'accounts.write');
      const home = await homeDistrictOf(db, actor, input.homeDistrictId);
      await core.checkPassword(input.password, input.username);
      const hash = await hashPassword(input.password);
      return write((trx) =>
        insertAccount(auditor, trx, ctx, {
          username: input.username,
          displayName: input.displayName,
          personId: input.personId ?? null,
          homeDistrictId: home,
          passwordHash: hash,
        }),
      );
    },

    /**
     * Accounts with a grant (or home district) inside the actor's subtree, newest first, searchable
     * by username or name, each with its grants and what the actor may do with it.
     */
    async listUsers(ctx: RequestContext, input: { q?: string; limit: number; offset: number }) {
      const actor = requirePermission(ctx, 'accounts.read');
      const paths = scopePaths(actor, 'accounts.read');
      const q = input.q?.trim() || undefined;
      const [total, rows, s] = await Promise.all([
        repo.countUsersInPaths(db, paths, q),
        repo.pageOfUsersInPaths(db, paths, q, input.limit, input.offset),
        core.security(),
      ]);
      const grants = await repo.grantsOfUsers(
        db,
        rows.map((r) => r.id),
      );
      const now = new Date();
      return {
        total,
        items: rows.map((r) => {
          const mine = grants.filter((g) => g.user_id === r.id);
          const security = mine.some((g) => SECURITY_ROLES.includes(g.role as Role));
          const self = r.id === actor.userId;
          return {
            id: r.id,
            username: r.username,
            displayName: r.display_name,
            disabled: r.disabled,
            totpEnabled: r.totp_enabled,
            locked: !!r.locked_until && r.locked_until > now,
            passwordExpired: passwordExpired(s.passwordPreset, r.password_changed_at, now),
            createdAt: r.created_at.toISOString(),
            grants: mine.map((g) => ({
              id: g.id,
              role: g.role as Role,
              nodeId: g.node_id,
              nodeName: g.node_name,
              can: {
                revoke:
                  !self &&
                  can(
                    actor,
                    SECURITY_ROLES.includes(g.role as Role) ? 'accounts.grant_security' : 'accounts.grant',
                    g.path,
                  ),
              },
            })),
            can: {
              manage: !self && can(actor, security ? 'accounts.grant_security' : 'accounts.write'),
              grant: !self && (can(actor, 'accounts.grant') || can(actor, 'accounts.grant_security')),
            },
          };
        }),
      };
    },

    /** Disables or re-enables an account; disabling ends its sessions. */
    async setDisabled(ctx: RequestContext, userId: string, disabled: boolean) {
      await managed(ctx, userId);
      await write(async (trx) => {
        await repo.updateUser(trx, userId, { disabled }, true);
        if (disabled) await repo.deleteSessionsOf(trx, userId);
        await auditor.append(trx, ctx, {
          action: disabled ? 'accounts.user.disable' : 'accounts.user.enable',
          objectType: 'account',
          objectId: userId,
        });
      });
    },

    /** Sets a temporary password the user must change at next login, and lifts any delay. */
    async resetPassword(ctx: RequestContext, userId: string, password: string) {
      const u = await managed(ctx, userId);
      await core.checkPassword(password, u.username);
      const hash = await hashPassword(password);
      await write(async (trx) => {
        await repo.updateUser(trx, userId, {
          password_hash: hash,
          must_change_password: true,
          failed_logins: 0,
          locked_until: null,
          password_changed_at: new Date(),
        });
        await repo.deleteSessionsOf(trx, userId);
        await auditor.append(trx, ctx, {
          action: 'accounts.password.reset',
          objectType: 'account',
          objectId: userId,
        });
      });
    },

    /** Creates an account and its grants with no actor: used by the installer and the demo seed only. */
    async bootstrapAccount(input: {
      username: string;
      displayName: string;
      password: string;
      personId?: string | null;
      homeDistrictId?: string | null;
      mustChangePassword?: boolean;
      grants: { role: Role; nodeId: string; districtId: string }[];
    }) {
      const id = uuidv7();
      const hash = await hashPassword(input.password);
      const system = { actor: null, ip: '127.0.0.1', userAgent: 'gongzhi-seed' };
      const roles = input.grants.map((g) => g.role);
      const problem = rolesProblem(roles);
      if (problem) throw new ConflictError(`accounts.${problem}`);
      await write(async (trx) => {
        await repo.insertUser(trx, {
          id,
          username: input.username,
          display_name: input.displayName,
          person_id: input.personId ?? null,
          home_district_id: input.homeDistrictId ?? null,
          password_hash: hash,
          must_change_password: input.mustChangePassword ?? false,
        });
        await repo.insertGrants(
          trx,
          input.grants.map((g) => ({
            id: uuidv7(),
            user_id: id,
            role: g.role,
            node_id: g.nodeId,
            district_id: g.districtId,
          })),
        );
        await auditor.append(trx, system, {
          action: 'accounts.user.create',
          objectType: 'account',
          objectId: id,
          actorName: 'system',
          detail: { username: input.username, roles },
        });
      });
      return { id };
    },
  };
}
