/** HTTP routes of residents' accounts under /api/residents. */
import { SESSION_COOKIE, type App } from '../../platform/http/app.ts';
import { idParams, ok, okAfter } from '../../platform/http/routes.ts';
import {
  childBody,
  childView,
  claimBody,
  claimResult,
  inviteBody,
  inviteResult,
  otpBody,
  otpResult,
  redeemBody,
  residentMe,
  verifyBody,
  verifyResult,
} from './accounts.signup.schemas.ts';
import type { SignupService } from './accounts.signup.service.ts';

const tags = ['residents'];

/** Registers the residents' account routes. */
export function signupRoutes(app: App, svc: SignupService) {
  app.post(
    '/api/residents/otp',
    {
      config: { permission: 'public', csrf: false },
      schema: {
        tags,
        summary: '获取短信验证码 Send a one-time code',
        body: otpBody,
        response: { 200: otpResult },
      },
    },
    async (req) => svc.requestCode(req.ctx, req.body),
  );
  app.post(
    '/api/residents/session',
    {
      config: { permission: 'public', csrf: false },
      schema: {
        tags,
        summary: '验证码注册或登录 Sign up or log in with the code',
        body: verifyBody,
        response: { 200: verifyResult },
      },
    },
    async (req, reply) => {
      const r = await svc.verifyCode(req.ctx, req.body);
      reply.setCookie(SESSION_COOKIE, r.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: req.protocol === 'https',
        path: '/',
      });
      return { created: r.created, verified: r.verified };
    },
  );
  app.get(
    '/api/residents/me',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: '我的 My page', response: { 200: residentMe } },
    },
    async (req) => svc.me(req.ctx),
  );
  app.post(
    '/api/residents/claim',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: '实名核验：认领居民档案 Claim one’s record',
        body: claimBody,
        response: { 200: claimResult },
      },
    },
    async (req) => svc.claim(req.ctx, req.body),
  );
  app.post(
    '/api/residents/redeem',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: '使用邀请码 Redeem an invitation',
        body: redeemBody,
        response: { 200: claimResult },
      },
    },
    async (req) => svc.redeem(req.ctx, req.body),
  );
  app.post(
    '/api/residents/invites',
    {
      config: { permission: 'accounts.invite' },
      schema: {
        tags,
        summary: '为居民发放邀请码 Invite a resident',
        body: inviteBody,
        response: { 200: inviteResult },
      },
    },
    async (req) => svc.invite(req.ctx, req.body),
  );
  app.post(
    '/api/residents/children',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: '监护人关联儿童 Link a child as guardian',
        body: childBody,
        response: { 200: childView },
      },
    },
    async (req) => svc.linkChild(req.ctx, req.body),
  );
  app.delete(
    '/api/residents/children/:id',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: '撤回监护人同意 Withdraw consent',
        params: idParams,
        response: { 200: ok },
      },
    },
    async (req) => okAfter(svc.unlinkChild(req.ctx, req.params.id)),
  );
}
