/**
 * Accounts and access: login with argon2id, server-side sessions with CSRF tokens, lockout,
 * password presets, the optional TOTP second factor, and role grants on nodes under three-role
 * separation. Every verb audits what it did.
 */
import crypto from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import { sql, type Transaction } from 'kysely';
import {
  ROLES,
  SECURITY_ROLES,
  abilities,
  can,
  requirePermission,
  scopePaths,
  type Actor,
  type RequestContext,
  type Role,
} from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import { cacheInvalidatedByNotify, noChanges, type Changes } from '../../platform/db/changes.ts';
import type { DB, Db } from '../../platform/db/db.ts';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
} from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import { grouped } from '../../platform/batch.ts';
import { getSetting, putSetting } from '../../platform/settings.ts';
import type { ResolvedSession } from '../../platform/http/app.ts';
import * as repo from './accounts.repository.ts';
import {
  DEFAULT_SECURITY,
  afterFailure,
  base32Encode,
  otpauthUri,
  passwordExpired,
  passwordProblems,
  rolesProblem,
  separationProblem,
  sessionAlive,
  totpStep,
  type SecuritySettings,
} from './accounts.rules.ts';

// algorithm 2 is Argon2id (a const enum in @node-rs/argon2, unusable under isolatedModules)
const ARGON = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };
// Verifying against this when the username is unknown keeps the timing of both failures alike.
const DUMMY_HASH = argonHash('not-a-real-password', ARGON);

function sessionId(token: string): string {
  return crypto.createHash('sm3').update(token).digest('hex');
}

/** What a successful first login step returns to the route. */
export interface LoginResult {
  token: string;
  csrfToken: string;
  mfaRequired: boolean;
  totpEnrolled: boolean;
  mustChangePassword: boolean;
}

export type AccountsService = ReturnType<typeof createAccountsService>;

/** The channel on which changes to sessions, accounts, grants and tree paths are announced. */
export const SESSION_CHANNEL = 'gz_sessions';

/** Builds the accounts service. */
export function createAccountsService(deps: {
  db: Db;
  auditor: Auditor;
  pii: PiiCipher;
  /** Notifications that keep the session cache true; without them nothing is cached. */
  changes?: Changes;
}) {
  const { db, auditor } = deps;
  const changes = deps.changes ?? noChanges;
  const security = () => getSetting<SecuritySettings>(db, 'security', DEFAULT_SECURITY);

  // Every request resolves its session, so the policy it needs is kept for a few seconds (and
  // dropped at once when this process changes it).
  const POLICY_TTL_MS = 5_000;
  let policyCache: { until: number; s: SecuritySettings; totpRoles: Set<string> } | null = null;
  async function sessionPolicy() {
    if (policyCache && policyCache.until > Date.now()) return policyCache;
    const [s, totpRoles] = await Promise.all([security(), repo.rolesRequiringTotp(db)]);
    policyCache = { until: Date.now() + POLICY_TTL_MS, s, totpRoles };
    return policyCache;
  }

  // Every request reads its session row, so the reads that arrive while one is running go to the
  // database together, in one query (each still sees the row as committed when its query runs).
  type SessionRow = Awaited<ReturnType<typeof repo.findSessions>>[number];
  const readSessions = grouped<string, SessionRow | undefined>(
    async (ids) => {
      const rows = await repo.findSessions(db, [...new Set(ids)]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => ({ ok: true, value: byId.get(id) }));
    },
    { concurrency: 2 },
  );

  // Session rows (with the account and its grants) are kept in memory while this process hears
  // every change to them: triggers on the sessions, accounts, grants and the tree's paths notify
  // SESSION_CHANNEL in the changing transaction (migration accounts_session_notify), and this
  // process announces its own changes at once. A read that was under way when a change was heard
  // is not kept (the generation moved), and nothing is kept while the LISTEN connection is down.
  const sessionCache = cacheInvalidatedByNotify<SessionRow>(changes, SESSION_CHANNEL, 50_000);
  /** After a commit that changed sessions, accounts or grants: this process forgets them now. */
  const changed = (id = '*') => changes.announce(SESSION_CHANNEL, id);
  /** A transaction of this service that may change what sessions carry. */
  function write<T>(fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return db
      .transaction()
      .execute(fn)
      .finally(() => changed());
  }
  const sessionRow = (id: string, fresh = false) =>
    (fresh ? sessionCache.reload : sessionCache.get)(id, () => readSessions(id));

  async function mfaRequiredFor(userId: string, totpEnabled: boolean): Promise<boolean> {
    if (totpEnabled) return true;
    const need = await repo.rolesRequiringTotp(db);
    if (need.size === 0) return false;
    const grants = await repo.grantsOf(db, userId);
    return grants.some((g) => need.has(g.role));
  }

  async function checkPassword(password: string, username: string) {
    const s = await security();
    const problems = passwordProblems(s.passwordPreset, password, username);
    if (problems.length)
      throw new InvalidError(problems.map((p) => ({ field: 'password', key: `accounts.password.${p}` })));
  }

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

  /** Hides accounts outside the actor's subtree (404, never 403). */
  async function visibleUser(actor: Actor, userId: string, action: string) {
    const paths = scopePaths(actor, action);
    const row = await db
      .selectFrom('accounts_users as u')
      .selectAll('u')
      .where('u.id', '=', userId)
      .where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('accounts_grants as g')
              .select('g.id')
              .whereRef('g.user_id', '=', 'u.id')
              .where(nodeInPaths('g.node_id', paths)),
          ),
          nodeInPaths('u.home_district_id', paths),
        ]),
      )
      .executeTakeFirst();
    if (!row) throw new NotFoundError();
    return row;
  }

  return {
    /** Step one of login: username and password. Locks the account after repeated failures. */
    async login(ctx: RequestContext, input: { username: string; password: string }): Promise<LoginResult> {
      const s = await security();
      const user = await repo.findUserByUsername(db, input.username);
      if (!user) {
        await argonVerify(await DUMMY_HASH, input.password).catch(() => false);
        await auditor.record(ctx, {
          action: 'accounts.login',
          objectType: 'account',
          result: 'failed',
          actorName: input.username.slice(0, 100),
          detail: { reason: 'unknown_user' },
        });
        throw new DomainError(401, 'accounts.bad_credentials');
      }
      const now = new Date();
      if (user.locked_until && user.locked_until > now) {
        await auditor.record(ctx, {
          action: 'accounts.login',
          objectType: 'account',
          objectId: user.id,
          result: 'denied',
          actorName: user.username,
          detail: { reason: 'locked' },
        });
        throw new DomainError(423, 'accounts.locked', {
          minutes: Math.ceil((user.locked_until.getTime() - now.getTime()) / 60_000),
        });
      }
      const ok = await argonVerify(user.password_hash, input.password).catch(() => false);
      if (!ok || user.disabled) {
        // The account row is locked while the failure is counted, so parallel guesses all count.
        await db.transaction().execute(async (trx) => {
          const cur = await repo.findUser(trx, user.id, true);
          const at = new Date();
          const already = !!cur?.locked_until && cur.locked_until > at;
          const next = already
            ? { failures: cur!.failed_logins, lockedUntil: cur!.locked_until }
            : afterFailure(cur?.failed_logins ?? 0, s, at);
          if (!already)
            await trx
              .updateTable('accounts_users')
              .set({ failed_logins: next.failures, locked_until: next.lockedUntil })
              .where('id', '=', user.id)
              .execute();
          await auditor.append(trx, ctx, {
            action: 'accounts.login',
            objectType: 'account',
            objectId: user.id,
            result: 'failed',
            actorName: user.username,
            detail: {
              reason: user.disabled ? 'disabled' : 'bad_password',
              locked: !!next.lockedUntil,
            },
          });
        });
        if (user.disabled && ok) throw new DomainError(403, 'accounts.disabled');
        throw new DomainError(401, 'accounts.bad_credentials');
      }
      const token = crypto.randomBytes(32).toString('base64url');
      const csrfToken = crypto.randomBytes(24).toString('base64url');
      const mfaRequired = await mfaRequiredFor(user.id, user.totp_enabled);
      const lockedUntil = await db.transaction().execute(async (trx) => {
        // a lock set by guesses that finished while this password was being checked still holds
        const cur = await repo.findUser(trx, user.id, true);
        if (cur?.locked_until && cur.locked_until > new Date()) return cur.locked_until;
        // with a second factor to come, failures are forgiven only once the code is right, so
        // logging in again does not reset the count of wrong codes
        if (!mfaRequired)
          await trx
            .updateTable('accounts_users')
            .set({ failed_logins: 0, locked_until: null })
            .where('id', '=', user.id)
            .execute();
        await trx
          .insertInto('accounts_sessions')
          .values({
            id: sessionId(token),
            user_id: user.id,
            csrf_token: csrfToken,
            mfa_passed: false,
            expires_at: new Date(now.getTime() + s.absoluteHours * 3600_000),
            ip: ctx.ip,
            user_agent: ctx.userAgent.slice(0, 300),
          })
          .execute();
        await auditor.append(
          trx,
          { ...ctx, actor: null },
          {
            action: 'accounts.login',
            objectType: 'account',
            objectId: user.id,
            actorName: user.username,
            detail: { mfaRequired },
          },
        );
        return null;
      });
      if (lockedUntil) {
        await auditor.record(ctx, {
          action: 'accounts.login',
          objectType: 'account',
          objectId: user.id,
          result: 'denied',
          actorName: user.username,
          detail: { reason: 'locked' },
        });
        throw new DomainError(423, 'accounts.locked', {
          minutes: Math.ceil((lockedUntil.getTime() - Date.now()) / 60_000),
        });
      }
      return {
        token,
        csrfToken,
        mfaRequired,
        totpEnrolled: user.totp_enabled,
        mustChangePassword:
          user.must_change_password || passwordExpired(s.passwordPreset, user.password_changed_at, now),
      };
    },

    /** Forgets every kept session now (after this process committed a change they carry). */
    forgetSessions: () => changed(),

    /** Finds the live session behind a cookie token and the actor it acts for. */
    async resolveSession(token: string): Promise<ResolvedSession | null> {
      const id = sessionId(token);
      let row = await sessionRow(id);
      if (!row || row.disabled) return null;
      const now = new Date();
      const { s, totpRoles } = await sessionPolicy();
      const over = (r: SessionRow) =>
        r.expires_at < now || !sessionAlive({ createdAt: r.created_at, lastSeenAt: r.last_seen_at }, s, now);
      // a kept row's last_seen_at may be older than another process has written: read it again first
      if (over(row) && sessionCache.has(id)) {
        row = await sessionRow(id, true);
        if (!row || row.disabled) return null;
      }
      if (over(row)) {
        await db.deleteFrom('accounts_sessions').where('id', '=', id).execute();
        changed(id);
        return null;
      }
      if (now.getTime() - row.last_seen_at.getTime() > 30_000) {
        await db.updateTable('accounts_sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
        changed(id);
      }
      // the session row carries the account and its grants
      const actor: Actor = {
        userId: row.user_id,
        username: row.username,
        displayName: row.display_name,
        personId: row.person_id,
        grants: row.grants,
      };
      return {
        id,
        actor,
        csrfToken: row.csrf_token,
        mfaPassed: row.mfa_passed,
        mfaRequired: row.totp_enabled || actor.grants.some((g) => totpRoles.has(g.role)),
        mustChangePassword:
          row.must_change_password || passwordExpired(s.passwordPreset, row.password_changed_at, now),
      };
    },

    /** Ends a session. */
    async logout(ctx: RequestContext, session: ResolvedSession) {
      await write(async (trx) => {
        await trx.deleteFrom('accounts_sessions').where('id', '=', session.id).execute();
        await auditor.append(
          trx,
          { ...ctx, actor: session.actor },
          {
            action: 'accounts.logout',
            objectType: 'account',
            objectId: session.actor.userId,
          },
        );
      });
    },

    /**
     * Step two of login: the TOTP code. A code is accepted once only; wrong codes count towards the
     * lockout like wrong passwords, and reaching it ends the account's sessions.
     */
    async verifyTotp(ctx: RequestContext, session: ResolvedSession, code: string) {
      const s = await security();
      const outcome = await write(async (trx) => {
        const u = await repo.findUser(trx, session.actor.userId, true);
        if (!u?.totp_secret || !u.totp_enabled) throw new ConflictError('accounts.totp_not_enrolled');
        const secret = Buffer.from(deps.pii.decrypt(u.totp_secret), 'hex');
        const step = totpStep(secret, code, Date.now(), u.totp_last_step);
        let locked = false;
        if (step !== null) {
          await trx
            .updateTable('accounts_users')
            .set({ totp_last_step: step, failed_logins: 0 })
            .where('id', '=', u.id)
            .execute();
          await trx
            .updateTable('accounts_sessions')
            .set({ mfa_passed: true })
            .where('id', '=', session.id)
            .execute();
        } else {
          const next = afterFailure(u.failed_logins, s, new Date());
          locked = !!next.lockedUntil;
          await trx
            .updateTable('accounts_users')
            .set({ failed_logins: next.failures, locked_until: next.lockedUntil })
            .where('id', '=', u.id)
            .execute();
          if (locked) await trx.deleteFrom('accounts_sessions').where('user_id', '=', u.id).execute();
        }
        await auditor.append(
          trx,
          { ...ctx, actor: session.actor },
          {
            action: 'accounts.totp.verify',
            objectType: 'account',
            objectId: u.id,
            result: step !== null ? 'ok' : 'failed',
            detail: locked ? { locked: true } : undefined,
          },
        );
        return { ok: step !== null, locked };
      });
      if (outcome.locked) throw new DomainError(423, 'accounts.locked', { minutes: s.lockoutMinutes });
      if (!outcome.ok)
        throw new InvalidError([{ field: 'code', key: 'accounts.totp_invalid' }], 'accounts.totp_invalid');
    },

    /** Starts TOTP enrolment: a new secret (stored encrypted, not yet enabled) and its otpauth URI. */
    async startTotp(ctx: RequestContext, session: ResolvedSession) {
      const u = await repo.findUser(db, session.actor.userId);
      if (!u) throw new NotFoundError();
      if (u.totp_enabled && session.mfaRequired && !session.mfaPassed) throw new ForbiddenError();
      const secret = crypto.randomBytes(20);
      await write(async (trx) => {
        await trx
          .updateTable('accounts_users')
          .set({ totp_secret: deps.pii.encrypt(secret.toString('hex')), totp_enabled: false })
          .where('id', '=', u.id)
          .execute();
        await auditor.append(
          trx,
          { ...ctx, actor: session.actor },
          {
            action: 'accounts.totp.start',
            objectType: 'account',
            objectId: u.id,
          },
        );
      });
      return {
        secret: base32Encode(secret),
        uri: otpauthUri('gongzhi 共治', u.username, secret),
      };
    },

    /** Confirms enrolment with a first code; the session then counts as having passed the factor. */
    async confirmTotp(ctx: RequestContext, session: ResolvedSession, code: string) {
      await write(async (trx) => {
        const u = await repo.findUser(trx, session.actor.userId, true);
        if (!u?.totp_secret) throw new ConflictError('accounts.totp_not_enrolled');
        if (u.totp_enabled && session.mfaRequired && !session.mfaPassed) throw new ForbiddenError();
        const secret = Buffer.from(deps.pii.decrypt(u.totp_secret), 'hex');
        const step = totpStep(secret, code, Date.now(), u.totp_last_step);
        if (step === null)
          throw new InvalidError([{ field: 'code', key: 'accounts.totp_invalid' }], 'accounts.totp_invalid');
        await trx
          .updateTable('accounts_users')
          .set({ totp_enabled: true, totp_last_step: step })
          .where('id', '=', u.id)
          .execute();
        await trx
          .updateTable('accounts_sessions')
          .set({ mfa_passed: true })
          .where('id', '=', session.id)
          .execute();
        await auditor.append(
          trx,
          { ...ctx, actor: session.actor },
          {
            action: 'accounts.totp.enable',
            objectType: 'account',
            objectId: u.id,
          },
        );
      });
    },

    /** Who am I: account, grants, abilities and the state of the second factor. */
    async me(session: ResolvedSession | null, ctx: RequestContext) {
      if (!session) return { authenticated: false as const, lang: ctx.lang };
      const u = await repo.findUser(db, session.actor.userId);
      const s = await security();
      const grants = await repo.grantsOf(db, session.actor.userId);
      const pending = session.mfaRequired && !session.mfaPassed;
      return {
        authenticated: !pending,
        mfaPending: pending,
        totpEnrolled: !!u?.totp_enabled,
        lang: ctx.lang,
        user: {
          id: session.actor.userId,
          username: session.actor.username,
          displayName: session.actor.displayName,
          personId: session.actor.personId,
          mustChangePassword:
            !!u &&
            (u.must_change_password || passwordExpired(s.passwordPreset, u.password_changed_at, new Date())),
        },
        grants: grants.map((g) => ({
          id: g.id,
          role: g.role,
          nodeId: g.nodeId,
          nodeName: g.nodeName,
          districtId: g.districtId,
        })),
        abilities: pending ? [] : abilities(session.actor),
        csrfToken: session.csrfToken,
        passwordPreset: s.passwordPreset,
      };
    },

    /** Changes one's own password, checking the current one and the preset. */
    async changePassword(ctx: RequestContext, input: { current: string; next: string }) {
      if (!ctx.actor) throw new DomainError(401, 'error.unauthenticated');
      const u = await repo.findUser(db, ctx.actor.userId);
      if (!u) throw new NotFoundError();
      if (!(await argonVerify(u.password_hash, input.current).catch(() => false)))
        throw new InvalidError([{ field: 'current', key: 'accounts.password.wrong_current' }]);
      await checkPassword(input.next, u.username);
      const hash = await argonHash(input.next, ARGON);
      await write(async (trx) => {
        await trx
          .updateTable('accounts_users')
          .set({
            password_hash: hash,
            password_changed_at: new Date(),
            must_change_password: false,
            version: sql`version + 1`,
          })
          .where('id', '=', u.id)
          .execute();
        await auditor.append(trx, ctx, {
          action: 'accounts.password.change',
          objectType: 'account',
          objectId: u.id,
        });
      });
    },

    /** Creates an account (administrators; the seed calls it with a null actor through createAccount). */
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
      requirePermission(ctx, 'accounts.write');
      await checkPassword(input.password, input.username);
      const id = uuidv7();
      const hash = await argonHash(input.password, ARGON);
      await write(async (trx) => {
        if (await repo.findUserByUsername(trx, input.username))
          throw new InvalidError([{ field: 'username', key: 'accounts.username_taken' }]);
        await trx
          .insertInto('accounts_users')
          .values({
            id,
            username: input.username,
            display_name: input.displayName,
            person_id: input.personId ?? null,
            home_district_id: input.homeDistrictId ?? null,
            password_hash: hash,
            must_change_password: true,
          })
          .execute();
        await auditor.append(trx, ctx, {
          action: 'accounts.user.create',
          objectType: 'account',
          objectId: id,
          districtId: input.homeDistrictId ?? null,
          detail: { username: input.username },
        });
      });
      return { id };
    },

    /** Accounts with a grant (or home district) inside the actor's subtree, searchable by name. */
    async listUsers(ctx: RequestContext, input: { q?: string; limit: number; offset: number }) {
      const actor = requirePermission(ctx, 'accounts.read');
      const paths = scopePaths(actor, 'accounts.read');
      let q = db
        .selectFrom('accounts_users as u')
        .where((eb) =>
          eb.or([
            eb.exists(
              eb
                .selectFrom('accounts_grants as g')
                .select('g.id')
                .whereRef('g.user_id', '=', 'u.id')
                .where(nodeInPaths('g.node_id', paths)),
            ),
            nodeInPaths('u.home_district_id', paths),
          ]),
        );
      if (input.q) {
        const like = '%' + input.q.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
        q = q.where((eb) => eb.or([eb('u.username', 'ilike', like), eb('u.display_name', 'ilike', like)]));
      }
      const [{ total }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
      const rows = await q
        .select([
          'u.id',
          'u.username',
          'u.display_name',
          'u.disabled',
          'u.totp_enabled',
          'u.locked_until',
          'u.created_at',
        ])
        .orderBy('u.username')
        .limit(input.limit)
        .offset(input.offset)
        .execute();
      const grants = rows.length
        ? await db
            .selectFrom('accounts_grants as g')
            .innerJoin('org_nodes as n', 'n.id', 'g.node_id')
            .select(['g.id', 'g.user_id', 'g.role', 'g.node_id', 'n.name as node_name'])
            .where(
              'g.user_id',
              'in',
              rows.map((r) => r.id),
            )
            .execute()
        : [];
      return {
        total,
        items: rows.map((r) => ({
          id: r.id,
          username: r.username,
          displayName: r.display_name,
          disabled: r.disabled,
          totpEnabled: r.totp_enabled,
          locked: !!r.locked_until && r.locked_until > new Date(),
          grants: grants
            .filter((g) => g.user_id === r.id)
            .map((g) => ({ id: g.id, role: g.role as Role, nodeId: g.node_id, nodeName: g.node_name })),
        })),
      };
    },

    /** Disables or re-enables an account; disabling ends its sessions. */
    async setDisabled(ctx: RequestContext, userId: string, disabled: boolean) {
      const { actor, action } = await managerOf(ctx, userId);
      await visibleUser(actor, userId, action);
      await write(async (trx) => {
        await trx
          .updateTable('accounts_users')
          .set({ disabled, version: sql`version + 1` })
          .where('id', '=', userId)
          .execute();
        if (disabled) await trx.deleteFrom('accounts_sessions').where('user_id', '=', userId).execute();
        await auditor.append(trx, ctx, {
          action: disabled ? 'accounts.user.disable' : 'accounts.user.enable',
          objectType: 'account',
          objectId: userId,
        });
      });
    },

    /** Sets a temporary password the user must change at next login, and unlocks the account. */
    async resetPassword(ctx: RequestContext, userId: string, password: string) {
      const { actor, action } = await managerOf(ctx, userId);
      const u = await visibleUser(actor, userId, action);
      await checkPassword(password, u.username);
      const hash = await argonHash(password, ARGON);
      await write(async (trx) => {
        await trx
          .updateTable('accounts_users')
          .set({
            password_hash: hash,
            must_change_password: true,
            failed_logins: 0,
            locked_until: null,
            password_changed_at: new Date(),
          })
          .where('id', '=', userId)
          .execute();
        await trx.deleteFrom('accounts_sessions').where('user_id', '=', userId).execute();
        await auditor.append(trx, ctx, {
          action: 'accounts.password.reset',
          objectType: 'account',
          objectId: userId,
        });
      });
    },

    /**
     * Grants a role on a node. Business roles need accounts.grant on an ancestor of the node; the
     * three security roles need accounts.grant_security, and no account may hold two of them.
     */
    async grantRole(ctx: RequestContext, input: { userId: string; role: Role; nodeId: string }) {
      if (!ROLES.includes(input.role))
        throw new InvalidError([{ field: 'role', key: 'accounts.unknown_role' }]);
      const security = SECURITY_ROLES.includes(input.role);
      const action = security ? 'accounts.grant_security' : 'accounts.grant';
      if (!ctx.actor || !can(ctx.actor, action))
        throw new ForbiddenError(security ? 'accounts.security_role_needs_sec_admin' : 'error.forbidden');
      const actor = ctx.actor;
      const node = await db
        .selectFrom('org_nodes')
        .select(['id', 'district_id', 'path'])
        .where('id', '=', input.nodeId)
        .executeTakeFirst();
      if (!node || !can(actor, action, node.path)) throw new NotFoundError();
      await visibleUserOrNew(actor, input.userId, action);
      const id = uuidv7();
      await write(async (trx) => {
        await repo.findUser(trx, input.userId, true); // serialise grants to one account
        const held = (await repo.grantsOf(trx, input.userId)).map((g) => g.role);
        const problem = separationProblem(held, input.role);
        if (problem) throw new ConflictError(`accounts.${problem}`);
        const exists = await trx
          .selectFrom('accounts_grants')
          .select('id')
          .where('user_id', '=', input.userId)
          .where('role', '=', input.role)
          .where('node_id', '=', input.nodeId)
          .executeTakeFirst();
        if (exists) throw new ConflictError('accounts.grant_exists');
        await trx
          .insertInto('accounts_grants')
          .values({
            id,
            user_id: input.userId,
            role: input.role,
            node_id: node.id,
            district_id: node.district_id,
            granted_by: actor.userId,
          })
          .execute();
        await auditor.append(trx, ctx, {
          action: 'accounts.grant',
          objectType: 'account',
          objectId: input.userId,
          districtId: node.district_id,
          detail: { role: input.role, nodeId: node.id },
        });
      });
      return { id };
    },

    /** Revokes a grant, under the same rules as granting it. */
    async revokeGrant(ctx: RequestContext, grantId: string) {
      if (!ctx.actor) throw new ForbiddenError();
      const actor = ctx.actor;
      const g = await db
        .selectFrom('accounts_grants as g')
        .innerJoin('org_nodes as n', 'n.id', 'g.node_id')
        .select(['g.id', 'g.user_id', 'g.role', 'g.district_id', 'n.path'])
        .where('g.id', '=', grantId)
        .executeTakeFirst();
      const action =
        g && SECURITY_ROLES.includes(g.role as Role) ? 'accounts.grant_security' : 'accounts.grant';
      if (!can(actor, 'accounts.grant') && !can(actor, 'accounts.grant_security')) throw new ForbiddenError();
      if (!g || !can(actor, action, g.path)) throw new NotFoundError();
      await write(async (trx) => {
        await trx.deleteFrom('accounts_grants').where('id', '=', grantId).execute();
        await auditor.append(trx, ctx, {
          action: 'accounts.revoke',
          objectType: 'account',
          objectId: g.user_id,
          districtId: g.district_id,
          detail: { role: g.role, grantId },
        });
      });
    },

    /** The security settings and which roles must use TOTP. */
    async getPolicy(ctx: RequestContext) {
      requirePermission(ctx, 'accounts.policy');
      const s = await security();
      const rows = await db.selectFrom('accounts_role_policies').selectAll().execute();
      return { ...s, totpRoles: rows.filter((r) => r.require_totp).map((r) => r.role as Role) };
    },

    /** Changes the security settings and the roles that must use TOTP. */
    async updatePolicy(ctx: RequestContext, input: SecuritySettings & { totpRoles: Role[] }) {
      requirePermission(ctx, 'accounts.policy');
      const { totpRoles, ...settings } = input;
      await write(async (trx) => {
        await putSetting(trx, 'security', settings);
        await trx.deleteFrom('accounts_role_policies').execute();
        if (totpRoles.length)
          await trx
            .insertInto('accounts_role_policies')
            .values(totpRoles.map((role) => ({ role, require_totp: true })))
            .execute();
        await auditor.append(trx, ctx, {
          action: 'accounts.policy.update',
          objectType: 'settings',
          objectId: 'security',
          detail: { ...settings, totpRoles },
        });
      });
      policyCache = null;
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
      const hash = await argonHash(input.password, ARGON);
      const system = { actor: null, ip: '127.0.0.1', userAgent: 'gongzhi-seed' };
      const roles = input.grants.map((g) => g.role);
      const problem = rolesProblem(roles);
      if (problem) throw new ConflictError(`accounts.${problem}`);
      await write(async (trx) => {
        await trx
          .insertInto('accounts_users')
          .values({
            id,
            username: input.username,
            display_name: input.displayName,
            person_id: input.personId ?? null,
            home_district_id: input.homeDistrictId ?? null,
            password_hash: hash,
            must_change_password: input.mustChangePassword ?? false,
          })
          .execute();
        if (input.grants.length)
          await trx
            .insertInto('accounts_grants')
            .values(
              input.grants.map((g) => ({
                id: uuidv7(),
                user_id: id,
                role: g.role,
                node_id: g.nodeId,
                district_id: g.districtId,
              })),
            )
            .execute();
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

    loadActor,
  };

  /**
   * Who may disable or reset an account: the system administrator for ordinary accounts, the
   * security administrator alone for accounts holding one of the three security roles.
   */
  async function managerOf(ctx: RequestContext, userId: string) {
    if (!ctx.actor || (!can(ctx.actor, 'accounts.write') && !can(ctx.actor, 'accounts.grant_security')))
      throw new ForbiddenError();
    const held = await db
      .selectFrom('accounts_grants')
      .select('role')
      .where('user_id', '=', userId)
      .execute();
    const security = held.some((g) => SECURITY_ROLES.includes(g.role as Role));
    const action = security ? 'accounts.grant_security' : 'accounts.write';
    if (!can(ctx.actor, action))
      throw new ForbiddenError(security ? 'accounts.security_account' : 'error.forbidden');
    return { actor: ctx.actor, action };
  }

  /** Like visibleUser, but an account with no grants and no home district is visible to any granter. */
  async function visibleUserOrNew(actor: Actor, userId: string, action: string) {
    const u = await repo.findUser(db, userId);
    if (!u) throw new NotFoundError();
    const hasAnchor =
      u.home_district_id ||
      (await db.selectFrom('accounts_grants').select('id').where('user_id', '=', userId).executeTakeFirst());
    if (hasAnchor) await visibleUser(actor, userId, action);
  }
}
