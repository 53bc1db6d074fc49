/** HTTP routes of accounts: login, second factor, me, password, users and grants, security policy. */
import rateLimit from '@fastify/rate-limit';
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  dryRunQuery,
  idParams,
  ok,
  okAfter,
  sendXlsxAs,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { LANG_COOKIE, SESSION_COOKIE } from '../../platform/http/app.ts';
import { DomainError } from '../../platform/errors.ts';
import type { AccountsService } from './accounts.service.ts';
import {
  changePasswordBody,
  codeBody,
  createUserBody,
  grantBody,
  grantImportResult,
  loginBody,
  meView,
  policyBody,
  userListQuery,
  userImportResult,
  userPage,
} from './accounts.schemas.ts';

/** The cookie that marks a browser the account logged in from before (spared the account's delay). */
export const DEVICE_COOKIE = 'gz_device';
const DEVICE_COOKIE_OPTIONS = {
  httpOnly: true,
  sameSite: 'lax' as const,
  path: '/api/auth',
  maxAge: 365 * 86400,
};

/**
 * Login throttling, besides the account's delay and the address block kept in the database: at most
 * LOGIN_PER_IP attempts a minute from one address and LOGIN_PER_ACCOUNT on one username, per process.
 */
export const LOGIN_PER_IP = Number(process.env.LOGIN_RATE_PER_IP ?? 120);
export const LOGIN_PER_ACCOUNT = Number(process.env.LOGIN_RATE_PER_ACCOUNT ?? 20);
const tooMany = () => new DomainError(429, 'accounts.too_many_attempts');

/** Registers the accounts routes under /api. */
export function accountsRoutes(app: App, svc: AccountsService) {
  // The login route lives in its own context with @fastify/rate-limit, registered here unless an
  // app-wide registration is already there (whose onRoute hook then reads this route's config).
  app.register(async (child) => {
    if (!child.hasDecorator('createRateLimit')) await child.register(rateLimit, { global: false });
    const perAccount = (child as unknown as { createRateLimit: CreateRateLimit }).createRateLimit({
      max: LOGIN_PER_ACCOUNT,
      timeWindow: 60_000,
      keyGenerator: (req: { body?: unknown }) =>
        'login-account:' +
        String((req.body as { username?: string } | undefined)?.username ?? '').toLowerCase(),
    });
    loginRoute(child as unknown as App, svc, perAccount);
  });
  accountRoutes(app, svc);
}

type CreateRateLimit = (
  o: object,
) => (req: unknown) => Promise<{ isExceeded?: boolean; ttlInSeconds?: number }>;

function loginRoute(app: App, svc: AccountsService, perAccount: ReturnType<CreateRateLimit>) {
  app.post(
    '/api/auth/login',
    {
      config: {
        permission: 'public',
        csrf: false,
        rateLimit: { max: LOGIN_PER_IP, timeWindow: 60_000, errorResponseBuilder: tooMany },
      },
      preHandler: async (req, reply) => {
        const r = await perAccount(req);
        if (r.isExceeded) {
          reply.header('retry-after', String(r.ttlInSeconds ?? 60));
          throw tooMany();
        }
      },
      schema: {
        tags: ['accounts'],
        summary: '登录 Log in (step one)',
        body: loginBody,
        response: {
          200: z.object({
            mfaRequired: z.boolean(),
            totpEnrolled: z.boolean(),
            mustChangePassword: z.boolean(),
          }),
        },
      },
    },
    async (req, reply) => {
      let r;
      try {
        r = await svc.login(req.ctx, req.body, req.cookies[DEVICE_COOKIE]);
      } catch (e) {
        const retry = e instanceof DomainError ? e.params.retryAfter : undefined;
        if (retry) reply.header('retry-after', String(retry));
        throw e;
      }
      const secure = req.protocol === 'https';
      reply.setCookie(SESSION_COOKIE, r.token, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
      reply.setCookie(DEVICE_COOKIE, r.deviceToken, { ...DEVICE_COOKIE_OPTIONS, secure });
      return {
        mfaRequired: r.mfaRequired,
        totpEnrolled: r.totpEnrolled,
        mustChangePassword: r.mustChangePassword,
      };
    },
  );
}

function accountRoutes(app: App, svc: AccountsService) {
  // Second-factor routes work on a session that has passed the password but not yet the code.
  const needSession = (req: { session: unknown }) => {
    if (!req.session) throw new DomainError(401, 'error.unauthenticated');
  };
  app.post(
    '/api/auth/totp',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['accounts'],
        summary: '动态验证码 Second factor',
        body: codeBody,
        response: { 200: ok },
      },
    },
    async (req) => {
      needSession(req);
      await svc.verifyTotp(req.ctx, req.session!, req.body.code, req.cookies[DEVICE_COOKIE]);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/auth/totp/enrol',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['accounts'],
        summary: '绑定动态验证码 Start TOTP enrolment',
        response: { 200: z.object({ secret: z.string(), uri: z.string() }) },
      },
    },
    async (req) => {
      needSession(req);
      return svc.startTotp(req.ctx, req.session!);
    },
  );
  app.post(
    '/api/auth/totp/confirm',
    {
      config: { permission: 'public' },
      schema: { tags: ['accounts'], summary: '确认绑定 Confirm TOTP', body: codeBody, response: { 200: ok } },
    },
    async (req) => {
      needSession(req);
      await svc.confirmTotp(req.ctx, req.session!, req.body.code);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/auth/logout',
    {
      config: { permission: 'public' },
      schema: { tags: ['accounts'], summary: '退出 Log out', response: { 200: ok } },
    },
    async (req, reply) => {
      if (req.session) await svc.logout(req.ctx, req.session);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );
  app.get(
    '/api/auth/me',
    {
      config: { permission: 'public' },
      schema: { tags: ['accounts'], summary: '当前用户 Who am I', response: { 200: meView } },
    },
    async (req) => svc.me(req.session, req.ctx),
  );
  app.post(
    '/api/auth/lang',
    {
      config: { permission: 'public', csrf: false },
      schema: {
        tags: ['accounts'],
        summary: '切换语言 Switch language',
        body: z.object({ lang: z.enum(['zh-CN', 'en-US']) }),
        response: { 200: ok },
      },
    },
    async (req, reply) => {
      reply.setCookie(LANG_COOKIE, req.body.lang, { path: '/', sameSite: 'lax' });
      return { ok: true as const };
    },
  );
  app.post(
    '/api/auth/password',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['accounts'],
        summary: '修改密码 Change password',
        body: changePasswordBody,
        response: { 200: ok },
      },
    },
    async (req) => okAfter(svc.changePassword(req.ctx, req.body, req.session)),
  );

  app.get(
    '/api/accounts/users',
    {
      config: { permission: 'accounts.read' },
      schema: {
        tags: ['accounts'],
        summary: '账号列表 Accounts',
        querystring: userListQuery,
        response: { 200: userPage },
      },
    },
    async (req) => svc.listUsers(req.ctx, req.query),
  );
  app.get(
    '/api/accounts/users/export.xlsx',
    {
      config: { permission: 'accounts.read' },
      schema: { tags: ['accounts'], summary: '导出账号清单 Export the accounts register (.xlsx)' },
    },
    async (req, reply) => {
      const day = shanghaiDay();
      return sendXlsxAs(
        reply,
        `${t(req.ctx.lang, 'accounts.sheet.users')}-${day}.xlsx`,
        await svc.exportUsers(req.ctx),
        `accounts-${day}.xlsx`,
      );
    },
  );
  app.post(
    '/api/accounts/users',
    {
      config: { permission: 'accounts.write' },
      schema: {
        tags: ['accounts'],
        summary: '新建账号 Create account',
        body: createUserBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createUser(req.ctx, req.body),
  );
  app.post(
    '/api/accounts/users/import',
    {
      config: { permission: 'accounts.write' },
      schema: {
        tags: ['accounts'],
        summary:
          "导入账号 Import accounts (multipart `file`: .xlsx or CSV with 账号, 姓名; ?dryRun=1 checks only; the answer carries each new account's initial password once)",
        querystring: dryRunQuery,
        response: { 200: userImportResult },
      },
    },
    async (req) =>
      svc.importUsers(req.ctx, await uploadedBytes(req, 'accounts.import.no_file'), req.query.dryRun === '1'),
  );
  app.post(
    '/api/accounts/users/:id/disable',
    {
      config: { permission: 'accounts.write|accounts.grant_security' }, // which one: the service decides
      schema: {
        tags: ['accounts'],
        summary: '停用/启用 Disable or enable',
        params: idParams,
        body: z.object({ disabled: z.boolean() }),
        response: { 200: ok },
      },
    },
    async (req) => okAfter(svc.setDisabled(req.ctx, req.params.id, req.body.disabled)),
  );
  app.post(
    '/api/accounts/users/:id/password',
    {
      config: { permission: 'accounts.write|accounts.grant_security' },
      schema: {
        tags: ['accounts'],
        summary: '重置密码 Reset password',
        params: idParams,
        body: z.object({ password: z.string().min(1).max(256) }),
        response: { 200: ok },
      },
    },
    async (req) => okAfter(svc.resetPassword(req.ctx, req.params.id, req.body.password)),
  );
  app.post(
    '/api/accounts/grants',
    {
      config: { permission: 'accounts.grant|accounts.grant_security' }, // which one: the service decides
      schema: {
        tags: ['accounts'],
        summary: '授予角色 Grant a role on a node',
        body: grantBody,
        response: { 200: created },
      },
    },
    async (req) => svc.grantRole(req.ctx, req.body),
  );
  app.post(
    '/api/accounts/grants/import',
    {
      config: { permission: 'accounts.grant' },
      schema: {
        tags: ['accounts'],
        summary:
          '导入授权 Import grants (multipart `file`: .xlsx or CSV with 账号, 角色, 授权范围; ?dryRun=1 checks only)',
        querystring: dryRunQuery,
        response: { 200: grantImportResult },
      },
    },
    async (req) =>
      svc.importGrants(
        req.ctx,
        await uploadedBytes(req, 'accounts.import.no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.delete(
    '/api/accounts/grants/:id',
    {
      config: { permission: 'accounts.grant|accounts.grant_security' },
      schema: {
        tags: ['accounts'],
        summary: '撤销角色 Revoke a grant',
        params: idParams,
        response: { 200: ok },
      },
    },
    async (req) => okAfter(svc.revokeGrant(req.ctx, req.params.id)),
  );
  app.get(
    '/api/accounts/policy',
    {
      config: { permission: 'accounts.policy' },
      schema: { tags: ['accounts'], summary: '安全策略 Security policy', response: { 200: policyBody } },
    },
    async (req) => svc.getPolicy(req.ctx),
  );
  app.put(
    '/api/accounts/policy',
    {
      config: { permission: 'accounts.policy' },
      schema: {
        tags: ['accounts'],
        summary: '修改安全策略 Update policy',
        body: policyBody,
        response: { 200: ok },
      },
    },
    async (req) => okAfter(svc.updatePolicy(req.ctx, req.body)),
  );
}
