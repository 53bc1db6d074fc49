/** The optional TOTP second factor (RFC 6238): enrol, confirm, and the code step of login. */
import crypto from 'node:crypto';
import type { RequestContext } from '../../platform/access/access.ts';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
} from '../../platform/errors.ts';
import type { ResolvedSession } from '../../platform/http/app.ts';
import { tokenHash, type AccountsCore } from './accounts.core.ts';
import * as repo from './accounts.repository.ts';
import { afterFailure, base32Encode, otpauthUri, totpStep } from './accounts.rules.ts';

/** Builds the second-factor verbs. */
export function createTotpService(core: Pick<AccountsCore, 'db' | 'auditor' | 'pii' | 'security' | 'write'>) {
  const { db, auditor, pii, security, write } = core;
  return {
    /**
     * Step two of login: the TOTP code. A code is accepted once only; wrong codes count towards the
     * account's delay like wrong passwords, and reaching the threshold ends the account's sessions.
     * A right code remembers the browser (its device token) as one the account logs in from.
     */
    async verifyTotp(ctx: RequestContext, session: ResolvedSession, code: string, deviceToken?: string) {
      const s = await security();
      const outcome = await write(async (trx) => {
        const u = await repo.findUser(trx, session.actor.userId, true);
        if (!u?.totp_secret || !u.totp_enabled) throw new ConflictError('accounts.totp_not_enrolled');
        const secret = Buffer.from(pii.decrypt(u.totp_secret), 'hex');
        const step = totpStep(secret, code, Date.now(), u.totp_last_step);
        let locked = false;
        let until: Date | null = null;
        if (step !== null) {
          await repo.updateUser(trx, u.id, { totp_last_step: step, failed_logins: 0, locked_until: null });
          await repo.passSessionMfa(trx, session.id);
          if (deviceToken) await repo.rememberDevice(trx, u.id, tokenHash(deviceToken));
        } else {
          const next = afterFailure(u.failed_logins, s, new Date());
          locked = !!next.lockedUntil;
          until = next.lockedUntil;
          await repo.updateUser(trx, u.id, { failed_logins: next.failures, locked_until: next.lockedUntil });
          if (locked) await repo.deleteSessionsOf(trx, u.id);
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
        return { ok: step !== null, locked, until };
      });
      if (outcome.locked)
        throw new DomainError(423, 'accounts.locked', {
          minutes: Math.max(1, Math.ceil(((outcome.until?.getTime() ?? Date.now()) - Date.now()) / 60_000)),
        });
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
        await repo.updateUser(trx, u.id, {
          totp_secret: pii.encrypt(secret.toString('hex')),
          totp_enabled: false,
        });
        await auditor.append(
          trx,
          { ...ctx, actor: session.actor },
          { action: 'accounts.totp.start', objectType: 'account', objectId: u.id },
        );
      });
      return { secret: base32Encode(secret), uri: otpauthUri('gongzhi 共治', u.username, secret) };
    },

    /** Confirms enrolment with a first code; the session then counts as having passed the factor. */
    async confirmTotp(ctx: RequestContext, session: ResolvedSession, code: string) {
      await write(async (trx) => {
        const u = await repo.findUser(trx, session.actor.userId, true);
        if (!u?.totp_secret) throw new ConflictError('accounts.totp_not_enrolled');
        if (u.totp_enabled && session.mfaRequired && !session.mfaPassed) throw new ForbiddenError();
        const secret = Buffer.from(pii.decrypt(u.totp_secret), 'hex');
        const step = totpStep(secret, code, Date.now(), u.totp_last_step);
        if (step === null)
          throw new InvalidError([{ field: 'code', key: 'accounts.totp_invalid' }], 'accounts.totp_invalid');
        await repo.updateUser(trx, u.id, { totp_enabled: true, totp_last_step: step });
        await repo.passSessionMfa(trx, session.id);
        await auditor.append(
          trx,
          { ...ctx, actor: session.actor },
          { action: 'accounts.totp.enable', objectType: 'account', objectId: u.id },
        );
      });
    },
  };
}
