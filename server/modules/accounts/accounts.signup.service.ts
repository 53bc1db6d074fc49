/**
 * Residents' accounts: sign-up and log-in by phone with a one-time code; verification by claiming
 * their record in the register (name and ID number) or by an officer's invitation code, which
 * links the account to the person and grants the resident role on their community; a guardian's
 * link to a child for the children's council. Until verified an account reads public pages only.
 */
import crypto from 'node:crypto';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
} from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { maskName, maskPhone, type PiiCipher } from '../../platform/pii/pii.ts';
import { getSetting } from '../../platform/settings.ts';
import type { NotifyService } from '../notify/index.ts';
import type { ClaimService } from '../people/index.ts';
import { ageOn } from '../people/index.ts';
import { DEFAULT_SECURITY, type SecuritySettings } from './accounts.rules.ts';
import type { OtpSender } from './accounts.signup.otp.ts';
import * as repo from './accounts.signup.repository.ts';
import {
  INVITE_DAYS,
  OTP_POLICY,
  makeInviteCode,
  makeOtp,
  normaliseInviteCode,
  normalisePhone,
  otpThrottle,
  residentDisplayName,
} from './accounts.signup.rules.ts';

export type SignupService = ReturnType<typeof createSignupService>;

/** A session opened by a code: the route sets the cookie. */
export interface CodeLogin {
  token: string;
  created: boolean;
  verified: boolean;
}

/** Builds residents' sign-up verbs. */
export function createSignupService(deps: {
  db: Db;
  auditor: Pick<Auditor, 'append' | 'record'>;
  pii: PiiCipher;
  otp: OtpSender;
  claims: Pick<
    ClaimService,
    | 'claimByRegister'
    | 'claimByInvite'
    | 'personWithPath'
    | 'claimOf'
    | 'linkChild'
    | 'unlinkChild'
    | 'childrenOf'
    | 'maskedNames'
  >;
  notify: Pick<NotifyService, 'send'>;
  /** After a commit that changed what sessions carry (person, grants). */
  forgetSessions: () => void;
}) {
  const { db, auditor, pii, claims } = deps;
  const codeHash = (id: string, code: string) => pii.blindIndex('otp', `${id}:${code}`);
  const inviteHash = (code: string) => pii.blindIndex('invite', code);
  const sessionId = (token: string) => crypto.createHash('sm3').update(token).digest('hex');

  function phoneOf(raw: string) {
    const p = normalisePhone(raw);
    if (!p) throw new InvalidError([{ field: 'phone', key: 'residents.phone.invalid' }]);
    return p;
  }

  function actorOf(ctx: RequestContext) {
    if (!ctx.actor) throw new DomainError(401, 'error.unauthenticated');
    return ctx.actor;
  }

  /** Links an account to a person and grants the resident role on the person's community. */
  async function link(
    trx: Executor,
    ctx: RequestContext,
    userId: string,
    rec: { districtId: string; personId: string; nodeId: string; maskedName: string },
    how: 'register' | 'invite',
  ) {
    const community = await repo.communityOf(trx, rec.nodeId);
    if (!community) throw new NotFoundError();
    await repo.setPerson(trx, userId, rec.personId, rec.districtId, rec.maskedName);
    await repo.grantIfMissing(trx, {
      id: uuidv7(),
      userId,
      role: 'resident',
      nodeId: community.id,
      districtId: community.districtId,
      grantedBy: null,
    });
    await auditor.append(trx, ctx, {
      action: 'residents.claim',
      objectType: 'account',
      objectId: userId,
      districtId: rec.districtId,
      detail: { personId: rec.personId, how, communityId: community.id },
    });
    await deps.notify.send(trx, [
      {
        districtId: rec.districtId,
        userId,
        kind: 'residents.verified',
        title: `实名核验通过，欢迎参与${community.name}议事`,
        titleKey: 'residents.verified',
        titleParams: { community: community.name },
        link: '/residents/me',
      },
    ]);
    return community;
  }

  return {
    /** Sends a one-time code to a phone (the same answer whether or not it has an account). */
    async requestCode(ctx: RequestContext, input: { phone: string }) {
      const phone = phoneOf(input.phone);
      const bidx = pii.blindIndex('phone', phone);
      const now = new Date();
      const counts = await repo.codeCounts(db, bidx, ctx.ip, new Date(now.getTime() - 3600_000));
      const wait = otpThrottle(counts, now);
      if (wait) throw new DomainError(429, wait.key, { seconds: wait.seconds });
      const code = makeOtp((n) => crypto.randomInt(n));
      const id = uuidv7();
      await repo.insertCode(db, {
        id,
        phoneBidx: bidx,
        codeHash: codeHash(id, code),
        ip: ctx.ip,
        expiresAt: new Date(now.getTime() + OTP_POLICY.ttlSeconds * 1000),
      });
      await deps.otp.send(phone, code);
      await auditor.record(ctx, {
        action: 'residents.otp',
        objectType: 'phone',
        actorName: maskPhone(phone),
      });
      return { expiresIn: OTP_POLICY.ttlSeconds, resendIn: OTP_POLICY.resendSeconds };
    },

    /**
     * Signs up or logs in with the code: a new phone makes an account (unverified: public pages
     * only), a known one logs in. A code works once and allows OTP_POLICY.maxAttempts guesses.
     */
    async verifyCode(ctx: RequestContext, input: { phone: string; code: string }): Promise<CodeLogin> {
      const phone = phoneOf(input.phone);
      const bidx = pii.blindIndex('phone', phone);
      const s = await getSetting<SecuritySettings>(db, 'security', DEFAULT_SECURITY);
      const out = await db.transaction().execute(async (trx) => {
        const c = await repo.findLiveCode(trx, bidx);
        if (!c || c.attempts >= OTP_POLICY.maxAttempts) return null;
        const given = codeHash(c.id, input.code);
        if (given.length !== c.code_hash.length || !crypto.timingSafeEqual(given, c.code_hash)) {
          await repo.addCodeAttempt(trx, c.id);
          return null;
        }
        await repo.useCode(trx, c.id);
        let user = await repo.findUserByPhone(trx, bidx);
        const created = !user;
        if (!user) {
          const id = uuidv7();
          await repo.insertResident(trx, {
            id,
            username: `r${crypto.randomBytes(6).toString('hex')}`,
            displayName: residentDisplayName(phone),
            passwordHash: '!', // no password: residents log in with codes
            phoneEnc: pii.encrypt(phone),
            phoneBidx: bidx,
          });
          user = { id, username: '', disabled: false, person_id: null };
        }
        if (user.disabled) throw new ForbiddenError('accounts.disabled');
        await repo.touchCodeLogin(trx, user.id);
        const token = crypto.randomBytes(32).toString('base64url');
        await repo.insertSession(trx, {
          id: sessionId(token),
          userId: user.id,
          csrfToken: crypto.randomBytes(24).toString('base64url'),
          expiresAt: new Date(Date.now() + s.absoluteHours * 3600_000),
          ip: ctx.ip,
          userAgent: ctx.userAgent,
        });
        await auditor.append(
          trx,
          { ...ctx, actor: null },
          {
            action: created ? 'residents.signup' : 'accounts.login',
            objectType: 'account',
            objectId: user.id,
            actorName: maskPhone(phone),
            detail: { method: 'sms' },
          },
        );
        return { token, created, verified: !!user.person_id };
      });
      if (!out) {
        await auditor.record(ctx, {
          action: 'accounts.login',
          objectType: 'account',
          result: 'failed',
          actorName: maskPhone(phone),
          detail: { method: 'sms', reason: 'bad_code' },
        });
        throw new DomainError(401, 'residents.otp.wrong');
      }
      deps.forgetSessions();
      return out;
    },

    /**
     * Verifies the account by the holder's name and ID number against the register of a
     * district. Nothing entered is echoed back; failures look alike and are throttled.
     */
    async claim(ctx: RequestContext, input: { districtId: string; name: string; nationalId: string }) {
      const actor = actorOf(ctx);
      if (actor.personId) throw new ConflictError('residents.claim.already');
      const community = await db.transaction().execute(async (trx) => {
        const rec = await claims.claimByRegister(trx, ctx, { userId: actor.userId, ...input });
        return link(trx, ctx, actor.userId, rec, 'register');
      });
      deps.forgetSessions();
      return { communityId: community.id, communityName: community.name };
    },

    /** An officer's invitation for a resident of their subtree: a code to give them in person. */
    async invite(ctx: RequestContext, input: { districtId?: string; personId: string }) {
      const actor = requirePermission(ctx, 'accounts.invite');
      const districts = input.districtId
        ? [input.districtId]
        : [
            ...new Set(
              actor.grants.filter((g) => can(actor, 'accounts.invite', g.path)).map((g) => g.districtId),
            ),
          ];
      const person = await claims.personWithPath(districts, input.personId);
      if (!person || !can(actor, 'accounts.invite', person.path)) throw new NotFoundError();
      const community = await repo.communityOf(db, person.nodeId);
      const code = makeInviteCode((n) => crypto.randomInt(n));
      const expiresAt = new Date(Date.now() + INVITE_DAYS * 86400_000);
      await db.transaction().execute(async (trx) => {
        const id = uuidv7();
        await repo.insertInvite(trx, {
          id,
          districtId: person.districtId,
          nodeId: community?.id ?? person.nodeId,
          personId: person.personId,
          codeHash: inviteHash(code),
          createdBy: actor.userId,
          expiresAt,
        });
        await auditor.append(trx, ctx, {
          action: 'residents.invite',
          objectType: 'person',
          objectId: person.personId,
          districtId: person.districtId,
          detail: { invite: id },
        });
      });
      return { code, expiresAt: expiresAt.toISOString(), personName: maskName(person.name) };
    },

    /** Verifies the account with an officer's invitation code. */
    async redeem(ctx: RequestContext, input: { code: string }) {
      const actor = actorOf(ctx);
      if (actor.personId) throw new ConflictError('residents.claim.already');
      const code = normaliseInviteCode(input.code);
      if (!code) throw new InvalidError([{ field: 'code', key: 'residents.invite.bad_code' }]);
      const community = await db.transaction().execute(async (trx) => {
        const inv = await repo.findLiveInvite(trx, inviteHash(code));
        if (!inv) throw new InvalidError([{ field: 'code', key: 'residents.invite.bad_code' }]);
        const names = await claims.maskedNames(inv.district_id, [inv.person_id]);
        const rec = {
          districtId: inv.district_id,
          personId: inv.person_id,
          nodeId: inv.node_id,
          maskedName: names.get(inv.person_id) ?? '居民',
        };
        if (!(await claims.claimByInvite(trx, { userId: actor.userId, ...rec })))
          throw new ConflictError('residents.invite.claimed');
        await repo.useInvite(trx, inv.district_id, inv.id, actor.userId);
        return link(trx, ctx, actor.userId, rec, 'invite');
      });
      deps.forgetSessions();
      return { communityId: community.id, communityName: community.name };
    },

    /** The resident's own page: phone (masked), verification, community, linked children. */
    async me(ctx: RequestContext) {
      const actor = actorOf(ctx);
      const [account, phone, claim] = await Promise.all([
        repo.findAccount(db, actor.userId),
        repo.findPhone(db, actor.userId),
        claims.claimOf(actor.userId),
      ]);
      if (!account) throw new NotFoundError();
      const grant = actor.grants.find((g) => g.role === 'resident');
      const community = grant ? await repo.communityOf(db, grant.nodeId) : null;
      const children = claim ? await claims.childrenOf(claim.districtId, claim.personId) : [];
      const today = new Date();
      return {
        userId: actor.userId,
        displayName: account.display_name,
        phone: phone ? maskPhone(pii.decrypt(phone.phone_enc)) : null,
        verified: !!actor.personId,
        community: community
          ? { id: community.id, name: community.name, districtId: community.districtId }
          : null,
        children: children.map((c) => ({
          personId: c.personId,
          name: c.name,
          age: ageOn(c.birthDate, today),
          consentedAt: c.consentedAt.toISOString(),
        })),
        consentText: t(ctx.lang, 'residents.consent_text'),
      };
    },

    /** A verified resident links their child's record as guardian, with consent. */
    async linkChild(ctx: RequestContext, input: { name: string; nationalId: string; consent: true }) {
      const actor = actorOf(ctx);
      const claim = actor.personId ? await claims.claimOf(actor.userId) : null;
      if (!claim) throw new ConflictError('residents.verify_first');
      if (input.consent !== true)
        throw new InvalidError([{ field: 'consent', key: 'residents.child.consent_required' }]);
      const today = new Date();
      const child = await db.transaction().execute(async (trx) => {
        const rec = await claims.linkChild(trx, ctx, {
          guardianUserId: actor.userId,
          guardianId: claim.personId,
          districtId: claim.districtId,
          name: input.name,
          nationalId: input.nationalId,
          consentText: t('zh-CN', 'residents.consent_text'),
          today,
        });
        await auditor.append(trx, ctx, {
          action: 'residents.child.link',
          objectType: 'person',
          objectId: rec.personId,
          districtId: rec.districtId,
          detail: { guardian: claim.personId },
        });
        return rec;
      });
      const kids = await claims.childrenOf(claim.districtId, claim.personId);
      const c = kids.find((k) => k.personId === child.personId)!;
      return {
        personId: c.personId,
        name: c.name,
        age: ageOn(c.birthDate, today),
        consentedAt: c.consentedAt.toISOString(),
      };
    },

    /** A guardian withdraws consent: the child's link ends. */
    async unlinkChild(ctx: RequestContext, childId: string) {
      const actor = actorOf(ctx);
      const claim = actor.personId ? await claims.claimOf(actor.userId) : null;
      if (!claim) throw new NotFoundError();
      await db.transaction().execute(async (trx) => {
        if (!(await claims.unlinkChild(trx, claim.districtId, childId, claim.personId)))
          throw new NotFoundError();
        await auditor.append(trx, ctx, {
          action: 'residents.child.unlink',
          objectType: 'person',
          objectId: childId,
          districtId: claim.districtId,
        });
      });
    },
  };
}
