/**
 * Role grants and the security policy, the security administrator's part of 三员分立 (MLPS 2.0
 * level 3: the security administrator authorises subjects and sets security parameters). Every
 * role, business or security, is granted and revoked by the security administrator only, never on
 * their own account, and under the separation rules; a refused attempt is audited as denied.
 */
import {
  ROLES,
  SECURITY_ROLES,
  can,
  requirePermission,
  scopePaths,
  type RequestContext,
  type Role,
} from '../../platform/access/access.ts';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
} from '../../platform/errors.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Executor } from '../../platform/db/db.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { putSetting } from '../../platform/settings.ts';
import type { AccountsCore } from './accounts.core.ts';
import * as repo from './accounts.repository.ts';
import { separationProblem, type SecuritySettings } from './accounts.rules.ts';

/** The action that grants or revokes a role. */
const grantActionOf = (role: Role) =>
  SECURITY_ROLES.includes(role) ? 'accounts.grant_security' : 'accounts.grant';

/**
 * The one grant path, inside the caller's transaction, once the actor's permission and the node's
 * and account's scope are checked: refuses (409) one's own account, a role the separation rules
 * forbid beside the roles held (read under a lock on the account), the same grant twice; then
 * inserts and audits the grant. POST /api/accounts/grants and the grants import use it.
 */
export async function insertGrant(
  auditor: Pick<Auditor, 'append'>,
  trx: Executor,
  ctx: RequestContext,
  input: {
    id?: string;
    userId: string;
    role: Role;
    node: { id: string; district_id: string; name: string };
  },
): Promise<{ id: string }> {
  const id = input.id ?? uuidv7();
  if (input.userId === ctx.actor?.userId) throw new ConflictError('accounts.self_grant');
  await repo.findUser(trx, input.userId, true); // serialise grants to one account
  const problem = separationProblem(await repo.rolesHeld(trx, input.userId), input.role);
  if (problem) throw new ConflictError(`accounts.${problem}`);
  if (await repo.findSameGrant(trx, input.userId, input.role, input.node.id))
    throw new ConflictError('accounts.grant_exists');
  await repo.insertGrants(trx, [
    {
      id,
      user_id: input.userId,
      role: input.role,
      node_id: input.node.id,
      district_id: input.node.district_id,
      granted_by: ctx.actor?.userId ?? null,
    },
  ]);
  await auditor.append(trx, ctx, {
    action: 'accounts.grant',
    objectType: 'account',
    objectId: input.userId,
    districtId: input.node.district_id,
    detail: { role: input.role, nodeId: input.node.id, nodeName: input.node.name },
  });
  return { id };
}

/** Builds the grant and policy verbs. */
export function createGrantsService(
  core: Pick<AccountsCore, 'db' | 'auditor' | 'security' | 'write' | 'policyChanged'>,
) {
  const { db, auditor, write } = core;

  /** Records a refused grant or revoke (the refusal itself rolled back) and rethrows it. */
  async function refused(
    ctx: RequestContext,
    e: unknown,
    what: { action: string; userId: string; districtId?: string | null; detail: Record<string, unknown> },
  ): Promise<never> {
    if (e instanceof DomainError && (e.status === 409 || e.status === 422))
      await auditor.record(ctx, {
        action: what.action,
        objectType: 'account',
        objectId: what.userId,
        districtId: what.districtId ?? null,
        result: 'denied',
        detail: { ...what.detail, reason: e.key },
      });
    throw e;
  }

  return {
    /**
     * Grants a role on a node the actor's grant reaches, to an account the actor can see (or a new
     * one not yet placed). Refused with 409: one's own account, a second security role, a security
     * role beside a business role, the same grant twice.
     */
    async grantRole(ctx: RequestContext, input: { userId: string; role: Role; nodeId: string }) {
      if (!ROLES.includes(input.role))
        throw new InvalidError([{ field: 'role', key: 'accounts.unknown_role' }]);
      const action = grantActionOf(input.role);
      if (!ctx.actor || !can(ctx.actor, action))
        throw new ForbiddenError(
          SECURITY_ROLES.includes(input.role)
            ? 'accounts.security_role_needs_sec_admin'
            : 'accounts.grant_needs_sec_admin',
        );
      const actor = ctx.actor;
      const node = await repo.findGrantNode(db, input.nodeId);
      if (!node || !can(actor, action, node.path)) throw new NotFoundError();
      const u = await repo.findUser(db, input.userId);
      if (!u) throw new NotFoundError();
      if (await repo.userHasAnchor(db, u.id))
        if (!(await repo.findUserInPaths(db, u.id, scopePaths(actor, action)))) throw new NotFoundError();
      const id = uuidv7();
      const attempt = { role: input.role, nodeId: node.id, nodeName: node.name };
      try {
        await write((trx) => insertGrant(auditor, trx, ctx, { id, userId: u.id, role: input.role, node }));
      } catch (e) {
        await refused(ctx, e, {
          action: 'accounts.grant',
          userId: u.id,
          districtId: node.district_id,
          detail: attempt,
        });
      }
      return { id };
    },

    /** Revokes a grant, under the same rules as granting it (never one's own). */
    async revokeGrant(ctx: RequestContext, grantId: string) {
      if (!ctx.actor || (!can(ctx.actor, 'accounts.grant') && !can(ctx.actor, 'accounts.grant_security')))
        throw new ForbiddenError();
      const actor = ctx.actor;
      const g = await repo.findGrant(db, grantId);
      if (!g || !can(actor, grantActionOf(g.role as Role), g.path)) throw new NotFoundError();
      try {
        if (g.user_id === actor.userId) throw new ConflictError('accounts.self_grant');
        await write(async (trx) => {
          await repo.deleteGrant(trx, grantId);
          await auditor.append(trx, ctx, {
            action: 'accounts.revoke',
            objectType: 'account',
            objectId: g.user_id,
            districtId: g.district_id,
            detail: { role: g.role, grantId, nodeId: g.node_id },
          });
        });
      } catch (e) {
        await refused(ctx, e, {
          action: 'accounts.revoke',
          userId: g.user_id,
          districtId: g.district_id,
          detail: { role: g.role, grantId },
        });
      }
    },

    /** The security settings and which roles must use TOTP. */
    async getPolicy(ctx: RequestContext) {
      requirePermission(ctx, 'accounts.policy');
      const s = await core.security();
      const rows = await repo.rolePolicies(db);
      return { ...s, totpRoles: rows.filter((r) => r.require_totp).map((r) => r.role as Role) };
    },

    /** Changes the security settings and the roles that must use TOTP. */
    async updatePolicy(ctx: RequestContext, input: SecuritySettings & { totpRoles: Role[] }) {
      requirePermission(ctx, 'accounts.policy');
      const { totpRoles, ...settings } = input;
      await write(async (trx) => {
        await putSetting(trx, 'security', settings);
        await repo.replaceTotpRoles(trx, totpRoles);
        await auditor.append(trx, ctx, {
          action: 'accounts.policy.update',
          objectType: 'settings',
          objectId: 'security',
          detail: { ...settings, totpRoles },
        });
      });
      core.policyChanged();
    },
  };
}
