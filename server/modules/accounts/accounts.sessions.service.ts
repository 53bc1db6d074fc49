/**
 * Logging in and staying logged in: the password step with its defences (a progressive delay per
 * account that a browser the account used before is spared, a block per client address, the same
 * answer for unknown and held-up accounts), sessions kept in memory while every change is heard,
 * logout, "who am I", and changing one's own password (which ends the account's other sessions and
 * refuses the last N passwords).
 */
import crypto from 'node:crypto';
import { abilities, type Actor, type RequestContext } from '../../platform/access/access.ts';
import { grouped } from '../../platform/batch.ts';
import { cacheInvalidatedByNotify } from '../../platform/db/changes.ts';
import { DomainError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import type { ResolvedSession } from '../../platform/http/app.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  SESSION_CHANNEL,
  hashPassword,
  tokenHash,
  verifyNothing,
  verifyPassword,
  type AccountsCore,
} from './accounts.core.ts';
import * as repo from './accounts.repository.ts';
import {
  afterFailure,
  ipAfterFailure,
  passwordExpired,
  sessionAlive,
  type SecuritySettings,
} from './accounts.rules.ts';

/** What a successful first login step returns to the route. */
export interface LoginResult {
  token: string;
  csrfToken: string;
  /** The browser's device token: the one it sent if known to the account, else a new one to set. */
  deviceToken: string;
  mfaRequired: boolean;
  totpEnrolled: boolean;
  mustChangePassword: boolean;
}

/** Builds login, sessions and one's own password. */
export function createSessionsService(
  core: Pick<
    AccountsCore,
    'db' | 'auditor' | 'changes' | 'changed' | 'security' | 'write' | 'checkPassword' | 'onPolicyChange'
  >,
) {
  const { db, auditor, changes, changed, security, write } = core;

  // Every request resolves its session, so the policy it needs is kept for a few seconds (and
  // dropped at once when this process changes it).
  const POLICY_TTL_MS = 5_000;
  let policyCache: { until: number; s: SecuritySettings; totpRoles: Set<string> } | null = null;
  core.onPolicyChange(() => (policyCache = null));
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
  const sessionRow = (id: string, fresh = false) =>
    (fresh ? sessionCache.reload : sessionCache.get)(id, () => readSessions(id));

  async function mfaRequiredFor(userId: string, totpEnabled: boolean): Promise<boolean> {
    if (totpEnabled) return true;
    const need = await repo.rolesRequiringTotp(db);
    if (need.size === 0) return false;
    const grants = await repo.grantsOf(db, userId);
    return grants.some((g) => need.has(g.role));
  }

  /** Counts a failed login against the client's address, blocking it at the policy's limit. */
  async function failFromIp(ip: string, s: SecuritySettings) {
    await db.transaction().execute(async (trx) => {
      const now = new Date();
      await repo.ensureIpFailures(trx, ip, now);
      const cur = await repo.ipFailures(trx, ip, true);
      const next = ipAfterFailure(
        cur && cur.failures > 0
          ? {
              failures: cur.failures,
              windowStartedAt: cur.window_started_at,
              blockedUntil: cur.blocked_until,
            }
          : null,
        s,
        now,
      );
      await repo.setIpFailures(trx, ip, next);
    });
  }

  /** The wrong-credentials answer, the same for an unknown, a held-up and a mistyped account. */
  const badCredentials = () => new DomainError(401, 'accounts.bad_credentials');

  /** Records a login refused because the account is held up after failures; the answer to give. */
  async function deniedWhileDelayed(ctx: RequestContext, user: { id: string; username: string }) {
    await auditor.record(ctx, {
      action: 'accounts.login',
      objectType: 'account',
      objectId: user.id,
      result: 'denied',
      actorName: user.username,
      detail: { reason: 'delayed' },
    });
    return badCredentials();
  }

  return {
    /**
     * Step one of login: username and password. An address with too many failures is blocked (429);
     * an account with failures in a row makes each further attempt wait (answered as a wrong
     * password while it waits), except from a browser that logged in to it before.
     */
    async login(
      ctx: RequestContext,
      input: { username: string; password: string },
      deviceToken?: string,
    ): Promise<LoginResult> {
      const s = await security();
      const now = new Date();
      const ipRow = await repo.ipFailures(db, ctx.ip);
      if (ipRow?.blocked_until && ipRow.blocked_until > now)
        throw new DomainError(429, 'accounts.ip_blocked', {
          minutes: Math.ceil((ipRow.blocked_until.getTime() - now.getTime()) / 60_000),
          retryAfter: Math.ceil((ipRow.blocked_until.getTime() - now.getTime()) / 1000),
        });
      const user = await repo.findUserByUsername(db, input.username);
      if (!user) {
        await verifyNothing(input.password);
        await failFromIp(ctx.ip, s);
        await auditor.record(ctx, {
          action: 'accounts.login',
          objectType: 'account',
          result: 'failed',
          actorName: input.username.slice(0, 100),
          detail: { reason: 'unknown_user' },
        });
        throw badCredentials();
      }
      const device = deviceToken ? tokenHash(deviceToken) : null;
      const knownDevice = !!device && (await repo.deviceKnown(db, user.id, device));
      if (user.locked_until && user.locked_until > now && !knownDevice) {
        await verifyNothing(input.password);
        await failFromIp(ctx.ip, s);
        throw await deniedWhileDelayed(ctx, user);
      }
      const ok = await verifyPassword(user.password_hash, input.password);
      if (!ok || user.disabled) {
        // The account row is locked while the failure is counted, so parallel guesses all count.
        await db.transaction().execute(async (trx) => {
          const cur = await repo.findUser(trx, user.id, true);
          const next = afterFailure(cur?.failed_logins ?? 0, s, new Date());
          await repo.updateUser(trx, user.id, {
            failed_logins: next.failures,
            locked_until: next.lockedUntil,
          });
          await auditor.append(trx, ctx, {
            action: 'accounts.login',
            objectType: 'account',
            objectId: user.id,
            result: 'failed',
            actorName: user.username,
            detail: {
              reason: user.disabled ? 'disabled' : 'bad_password',
              delayedUntil: next.lockedUntil?.toISOString() ?? null,
              knownDevice,
            },
          });
        });
        if (!ok) await failFromIp(ctx.ip, s);
        if (user.disabled && ok) throw new DomainError(403, 'accounts.disabled');
        throw badCredentials();
      }
      const token = crypto.randomBytes(32).toString('base64url');
      const csrfToken = crypto.randomBytes(24).toString('base64url');
      const nextDevice = knownDevice ? deviceToken! : crypto.randomBytes(24).toString('base64url');
      const mfaRequired = await mfaRequiredFor(user.id, user.totp_enabled);
      const delayed = await db.transaction().execute(async (trx) => {
        // a delay set by guesses that finished while this password was being checked still holds
        const cur = await repo.findUser(trx, user.id, true);
        if (cur?.locked_until && cur.locked_until > new Date() && !knownDevice) return true;
        // with a second factor to come, failures are forgiven only once the code is right, so
        // logging in again does not reset the count of wrong codes (nor remember the browser)
        if (!mfaRequired) {
          await repo.updateUser(trx, user.id, { failed_logins: 0, locked_until: null });
          await repo.rememberDevice(trx, user.id, tokenHash(nextDevice));
        }
        await repo.insertSession(trx, {
          id: tokenHash(token),
          user_id: user.id,
          csrf_token: csrfToken,
          mfa_passed: false,
          expires_at: new Date(now.getTime() + s.absoluteHours * 3600_000),
          ip: ctx.ip,
          user_agent: ctx.userAgent.slice(0, 300),
        });
        await auditor.append(
          trx,
          { ...ctx, actor: null },
          {
            action: 'accounts.login',
            objectType: 'account',
            objectId: user.id,
            actorName: user.username,
            detail: { mfaRequired, knownDevice },
          },
        );
        return false;
      });
      if (delayed) {
        throw await deniedWhileDelayed(ctx, user);
      }
      return {
        token,
        csrfToken,
        deviceToken: nextDevice,
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
      const id = tokenHash(token);
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
        await repo.deleteSession(db, id);
        changed(id);
        return null;
      }
      if (now.getTime() - row.last_seen_at.getTime() > 30_000) {
        await repo.touchSession(db, id, now);
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
        await repo.deleteSession(trx, session.id);
        await auditor.append(
          trx,
          { ...ctx, actor: session.actor },
          { action: 'accounts.logout', objectType: 'account', objectId: session.actor.userId },
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

    /**
     * Changes one's own password, checking the current one, the preset and the last N passwords;
     * every other session of the account ends (the one that changed it stays).
     */
    async changePassword(
      ctx: RequestContext,
      input: { current: string; next: string },
      session?: Pick<ResolvedSession, 'id'> | null,
    ) {
      if (!ctx.actor) throw new DomainError(401, 'error.unauthenticated');
      const u = await repo.findUser(db, ctx.actor.userId);
      if (!u) throw new NotFoundError();
      if (!(await verifyPassword(u.password_hash, input.current)))
        throw new InvalidError([{ field: 'current', key: 'accounts.password.wrong_current' }]);
      await core.checkPassword(input.next, u.username, 'next');
      const s = await security();
      if (s.passwordHistory > 0) {
        const earlier = [u.password_hash, ...(await repo.passwordHistory(db, u.id, s.passwordHistory - 1))];
        for (const h of earlier)
          if (await verifyPassword(h, input.next))
            throw new InvalidError([
              { field: 'next', key: 'accounts.password.reused', params: { n: s.passwordHistory } },
            ]);
      }
      const hash = await hashPassword(input.next);
      await write(async (trx) => {
        await repo.updateUser(
          trx,
          u.id,
          { password_hash: hash, password_changed_at: new Date(), must_change_password: false },
          true,
        );
        await repo.pushPasswordHistory(
          trx,
          u.id,
          uuidv7(),
          u.password_hash,
          Math.max(s.passwordHistory - 1, 0),
        );
        await repo.deleteSessionsOf(trx, u.id, session?.id);
        await auditor.append(trx, ctx, {
          action: 'accounts.password.change',
          objectType: 'account',
          objectId: u.id,
          detail: { otherSessionsEnded: true },
        });
      });
    },
  };
}

export { SESSION_CHANNEL };
