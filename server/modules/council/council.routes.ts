/** HTTP routes of the council under /api/council, its public pages under /api/public/council, and share links. */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { InvalidError } from '../../platform/errors.ts';
import type { App } from '../../platform/http/app.ts';
import {
  bodiesQuery,
  bodyBody,
  bodyView,
  cancelMeetingBody,
  commentBody,
  communitySearch,
  deadlineBody,
  diffQuery,
  diffView,
  draftBody,
  enrolBody,
  exportQuery,
  figuresQuery,
  figuresView,
  followBody,
  ideaBody,
  meetingBody,
  meetingList,
  meetingPatch,
  meetingQuery,
  meetingView,
  memberBody,
  minutesBody,
  moderationBody,
  moderationQueue,
  progressBody,
  publicCommunity,
  publicTopic,
  raiseBody,
  supportBody,
  topicDetail,
  topicList,
  topicQuery,
  transitionBody,
} from './council.schemas.ts';
import type { CouncilService } from './council.service.ts';

const ok = z.object({ ok: z.literal(true) });
const idParams = z.object({ id: z.uuid() });
const created = z.object({ id: z.uuid() });
const idemHeaders = z.object({ 'idempotency-key': z.string().min(8).max(100).optional() });
const tags = ['council'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachment = (name: string) =>
  `attachment; filename="council.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;
const thisYear = () => new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Registers the council routes; webDist is where the built client's index.html is (for share links). */
export function councilRoutes(app: App, svc: CouncilService, opts: { webDist?: string } = {}) {
  // ---------- councils ----------
  app.get(
    '/api/council/bodies',
    {
      config: { permission: 'council.read' },
      schema: {
        tags,
        summary: '议事机构 Councils',
        querystring: bodiesQuery,
        response: { 200: z.array(bodyView) },
      },
    },
    async (req) => svc.listBodies(req.ctx, req.query),
  );
  app.post(
    '/api/council/bodies',
    {
      config: { permission: 'council.manage' },
      schema: { tags, summary: '设立议事机构 Set up a council', body: bodyBody, response: { 200: bodyView } },
    },
    async (req) => svc.createBody(req.ctx, req.body),
  );
  app.get(
    '/api/council/bodies/:id',
    {
      config: { permission: 'council.read' },
      schema: { tags, summary: '议事机构详情 A council', params: idParams, response: { 200: bodyView } },
    },
    async (req) => svc.getBody(req.ctx, req.params.id),
  );
  app.post(
    '/api/council/bodies/:id/members',
    {
      config: { permission: 'council.manage' },
      schema: {
        tags,
        summary: '增补议事会成员 Appoint a member',
        params: idParams,
        body: memberBody,
        response: { 200: bodyView },
      },
    },
    async (req) => svc.addMember(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/council/bodies/:id/children',
    {
      config: { permission: 'council.participate' },
      schema: {
        tags,
        summary: '监护人为孩子报名童议员 Enrol a child',
        params: idParams,
        body: enrolBody,
        response: { 200: z.object({ alias: z.string() }) },
      },
    },
    async (req) => svc.enrolChild(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/council/bodies/:id/members/:personId',
    {
      config: { permission: 'council.participate' },
      schema: {
        tags,
        summary: '成员退出 A member leaves',
        params: z.object({ id: z.uuid(), personId: z.uuid() }),
        response: { 200: ok },
      },
    },
    async (req) => {
      await svc.removeMember(req.ctx, req.params.id, req.params.personId);
      return { ok: true as const };
    },
  );

  // ---------- topics ----------
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
    async (req) => {
      await svc.setDeadline(req.ctx, req.params.id, req.body);
      return { ok: true as const };
    },
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
    async (req) => {
      await svc.addProgress(req.ctx, req.params.id, req.body);
      return { ok: true as const };
    },
  );
  app.put(
    '/api/council/topics/:id/follow',
    {
      config: { permission: 'council.read' },
      schema: { tags, summary: '关注 Follow', params: idParams, body: followBody, response: { 200: ok } },
    },
    async (req) => {
      await svc.follow(req.ctx, req.params.id, req.body.follow);
      return { ok: true as const };
    },
  );

  // ---------- moderation ----------
  app.get(
    '/api/council/moderation',
    {
      config: { permission: 'council.moderate' },
      schema: {
        tags,
        summary: '待处理 Moderation queue',
        querystring: z.object({ nodeId: z.uuid().optional() }),
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
    async (req) => {
      await svc.moderate(req.ctx, req.body);
      return { ok: true as const };
    },
  );

  // ---------- meetings ----------
  app.get(
    '/api/council/meetings',
    {
      config: { permission: 'council.read' },
      schema: {
        tags,
        summary: '议事会议 Meetings',
        querystring: meetingQuery,
        response: { 200: meetingList },
      },
    },
    async (req) => svc.listMeetings(req.ctx, req.query),
  );
  app.post(
    '/api/council/meetings',
    {
      config: { permission: 'council.manage' },
      schema: { tags, summary: '召集会议 Call a meeting', body: meetingBody, response: { 200: created } },
    },
    async (req) => svc.createMeeting(req.ctx, req.body),
  );
  app.get(
    '/api/council/meetings/:id',
    {
      config: { permission: 'council.read' },
      schema: { tags, summary: '会议详情 A meeting', params: idParams, response: { 200: meetingView } },
    },
    async (req) => svc.getMeeting(req.ctx, req.params.id),
  );
  app.patch(
    '/api/council/meetings/:id',
    {
      config: { permission: 'council.manage' },
      schema: {
        tags,
        summary: '修改会议 Change a meeting',
        params: idParams,
        body: meetingPatch,
        response: { 200: meetingView },
      },
    },
    async (req) => svc.updateMeeting(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/council/meetings/:id/minutes',
    {
      config: { permission: 'council.manage' },
      schema: {
        tags,
        summary: '会议纪要与签到 Minutes and attendance',
        params: idParams,
        body: minutesBody,
        response: { 200: meetingView },
      },
    },
    async (req) => svc.recordMinutes(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/council/meetings/:id/cancel',
    {
      config: { permission: 'council.manage' },
      schema: {
        tags,
        summary: '取消会议 Cancel',
        params: idParams,
        body: cancelMeetingBody,
        response: { 200: ok },
      },
    },
    async (req) => {
      await svc.cancelMeeting(req.ctx, req.params.id, req.body);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/council/meetings/:id/photos',
    {
      config: { permission: 'council.manage' },
      schema: {
        tags,
        summary: '会议照片 Add a photo (multipart field `file`)',
        params: idParams,
        response: { 200: created },
      },
    },
    async (req) => {
      const file = await req.file().catch(() => undefined);
      if (!file) throw new InvalidError([{ field: 'file', key: 'council.photo_type' }]);
      return svc.addPhoto(req.ctx, req.params.id, await file.toBuffer());
    },
  );
  app.get(
    '/api/council/photos/:id',
    {
      config: { permission: 'council.read' },
      schema: { tags, summary: '照片 Photo bytes', params: idParams },
    },
    async (req, reply) => {
      const p = await svc.photo(req.ctx, req.params.id);
      return reply.type(p.mime).header('cache-control', 'private, max-age=86400').send(p.data);
    },
  );

  // ---------- figures and exports ----------
  app.get(
    '/api/council/figures',
    {
      config: { permission: 'council.read' },
      schema: {
        tags,
        summary: '议事数据 Figures',
        querystring: figuresQuery,
        response: { 200: figuresView },
      },
    },
    async (req) => svc.figures(req.ctx, req.query),
  );
  for (const [what, name, verb] of [
    ['topics', '议题台账', 'exportTopics'],
    ['meetings', '议事会议', 'exportMeetings'],
    ['results', '表决结果', 'exportResults'],
  ] as const)
    app.get(
      `/api/council/export/${what}.xlsx`,
      {
        config: { permission: 'council.export' },
        schema: { tags, summary: `导出${name} Export (Excel)`, querystring: exportQuery },
      },
      async (req, reply) =>
        reply
          .type(XLSX)
          .header('content-disposition', attachment(`${name}.xlsx`))
          .send(await svc[verb](req.ctx, req.query)),
    );

  // ---------- public (no login) ----------
  app.get(
    '/api/public/council/communities',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '查找社区 Find a community',
        querystring: z.object({ q: z.string().trim().min(1).max(30) }),
        response: { 200: communitySearch },
      },
    },
    async (req) => svc.searchCommunities(req.query.q),
  );
  app.get(
    '/api/public/council/communities/:id',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '社区议事公开页 A community’s public page',
        params: idParams,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: publicCommunity },
      },
    },
    async (req) => svc.communityPage(req.params.id, req.query.year ?? thisYear()),
  );
  app.get(
    '/api/public/council/topics/:id',
    {
      config: { permission: 'public' },
      schema: { tags, summary: '公开议题 A public topic', params: idParams, response: { 200: publicTopic } },
    },
    async (req) => svc.publicTopic(req.params.id),
  );

  // A shared link (WeChat reads the page's own title and description, before any script runs):
  // the client's index.html with this community's title and description written in.
  app.get(
    '/public/c/:id',
    { config: { permission: 'public' }, schema: { hide: true, params: idParams } },
    async (req, reply) => {
      const meta = await svc.shareMeta(req.params.id, thisYear());
      const file = opts.webDist ? path.join(opts.webDist, 'index.html') : null;
      const html = file && fs.existsSync(file) ? await fs.promises.readFile(file, 'utf8') : FALLBACK_HTML;
      const title = escapeHtml(meta?.title ?? '共治 gongzhi');
      const description = escapeHtml(meta?.description ?? '共治 gongzhi — 居民议事');
      const tagsHtml =
        `<meta name="description" content="${description}" />` +
        `<meta property="og:title" content="${title}" /><meta property="og:description" content="${description}" />` +
        `<meta property="og:type" content="website" /><meta itemprop="name" content="${title}" />` +
        `<meta itemprop="description" content="${description}" />`;
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(
          html
            .replace(/<meta name="description"[^>]*>/, '')
            .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>${tagsHtml}`),
        );
    },
  );
}

const FALLBACK_HTML =
  '<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8" /><title>共治</title></head><body></body></html>';
