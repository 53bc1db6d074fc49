/**
 * HTTP routes of the council's topics 议题 through the six steps: supports, ideas, comments, drafts,
 * progress, follows and moderation.
 */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  idemHeaders,
  idParams,
  ok,
  okAfter,
  optionalNodeQuery,
} from '../../platform/http/routes.ts';
import type { CouncilService } from './council.service.ts';
import {
  commentBody,
  deadlineBody,
  diffQuery,
  diffView,
  draftBody,
  followBody,
  ideaBody,
  moderationBody,
  moderationQueue,
  progressBody,
  raiseBody,
  supportBody,
  topicDetail,
  topicList,
  topicQuery,
  transitionBody,
} from './council.schemas.ts';

const tags = ['council'];

/** Registers the routes of the council's topics. */
export function councilTopicsRoutes(app: App, svc: CouncilService) {
  app.get(
    '/api/council/topics',
    {
      config: { permission: 'council.read' },
      schema: { tags, summary: '议题 Topics', querystring: topicQuery, response: { 200: topicList } },
    },
    async (req) => svc.list(req.ctx, req.query),
  );
  app.post(
    '/api/council/topics',
    {
      config: { permission: 'council.participate' },
      schema: {
        tags,
        summary: '提议题 Raise a topic',
        body: raiseBody,
        headers: idemHeaders,
        response: { 200: created },
      },
    },
    async (req) => svc.raise(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/council/topics/:id',
    {
      config: { permission: 'council.read' },
      schema: { tags, summary: '议题详情 A topic', params: idParams, response: { 200: topicDetail } },
    },
    async (req) => svc.get(req.ctx, req.params.id),
  );
  app.post(
    '/api/council/topics/:id/transitions',
    {
      config: { permission: 'council.participate' },
      schema: {
        tags,
        summary: '推进议事步骤 Take a step (受理、进入下一步、表决、解决…)',
        params: idParams,
        body: transitionBody,
        response: { 200: z.object({ stage: z.string() }) },
      },
    },
    async (req) => svc.transition(req.ctx, req.params.id, req.body),
  );
  app.put(
    '/api/council/topics/:id/deadline',
    {
      config: { permission: 'council.manage' },
      schema: {
        tags,
        summary: '步骤截止时间 Step deadline',
        params: idParams,
        body: deadlineBody,
        response: { 200: ok },
      },
    },
    async (req) => okAfter(svc.setDeadline(req.ctx, req.params.id, req.body)),
  );
  app.post(
    '/api/council/topics/:id/supports',
    {
      config: { permission: 'council.participate' },
      schema: {
        tags,
        summary: '附议 Support a topic',
        params: idParams,
        body: supportBody,
        response: { 200: z.object({ added: z.boolean() }) },
      },
    },
    async (req) => svc.supportTopic(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/council/topics/:id/ideas',
    {
      config: { permission: 'council.participate' },
      schema: {
        tags,
        summary: '出主意 Give an idea',
        params: idParams,
        body: ideaBody,
        headers: idemHeaders,
        response: { 200: created },
      },
    },
    async (req) => svc.addIdea(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/council/ideas/:id/supports',
    {
      config: { permission: 'council.participate' },
      schema: {
        tags,
        summary: '点赞金点子 Support an idea',
        params: idParams,
        body: supportBody,
        response: { 200: z.object({ added: z.boolean() }) },
      },
    },
    async (req) => svc.supportIdea(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/council/topics/:id/comments',
    {
      config: { permission: 'council.participate' },
      schema: {
        tags,
        summary: '发表意见 Comment',
        params: idParams,
        body: commentBody,
        headers: idemHeaders,
        response: { 200: created },
      },
    },
    async (req) => svc.addComment(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/council/topics/:id/drafts',
    {
      config: { permission: 'council.participate' },
      schema: {
        tags,
        summary: '拟定方案或公约（新版本） Save a plan or convention version',
        params: idParams,
        body: draftBody,
        response: { 200: z.object({ id: z.uuid(), version: z.number() }) },
      },
    },
    async (req) => svc.addDraft(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/council/topics/:id/diff',
    {
      config: { permission: 'council.read' },
      schema: {
        tags,
        summary: '版本对比 Compare versions',
        params: idParams,
        querystring: diffQuery,
        response: { 200: diffView },
      },
    },
    async (req) => svc.diff(req.ctx, req.params.id, req.query),
  );
  app.post(
    '/api/council/topics/:id/progress',
    {
      config: { permission: 'council.manage' },
      schema: {
        tags,
        summary: '实施进展 Progress note',
        params: idParams,
        body: progressBody,
        response: { 200: ok },
      },
    },
    async (req) => okAfter(svc.addProgress(req.ctx, req.params.id, req.body)),
  );
  app.put(
    '/api/council/topics/:id/follow',
    {
      config: { permission: 'council.read' },
      schema: { tags, summary: '关注 Follow', params: idParams, body: followBody, response: { 200: ok } },
    },
    async (req) => okAfter(svc.follow(req.ctx, req.params.id, req.body.follow)),
  );

  // ---------- moderation ----------
  app.get(
    '/api/council/moderation',
    {
      config: { permission: 'council.moderate' },
      schema: {
        tags,
        summary: '待处理 Moderation queue',
        querystring: optionalNodeQuery,
        response: { 200: moderationQueue },
      },
    },
    async (req) => svc.queue(req.ctx, req.query),
  );
  app.post(
    '/api/council/moderation',
    {
      config: { permission: 'council.moderate' },
      schema: { tags, summary: '隐藏或恢复 Hide or show', body: moderationBody, response: { 200: ok } },
    },
    async (req) => okAfter(svc.moderate(req.ctx, req.body)),
  );
}
