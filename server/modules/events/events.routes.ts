/**
 * HTTP routes of grid events 事件: thin (permission, schemas, one service call). The OpenAPI
 * document at /api/openapi.json describes them. Offline replay of reports and transitions goes
 * through POST /api/grid/sync.
 */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idParams, optionalNodeQuery, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { EventsService } from './events.service.ts';
import {
  categoryView,
  createEventBody,
  dashboardView,
  eventDetail,
  eventPage,
  eventView,
  exportEventsQuery,
  listEventsQuery,
  rangeQuery,
  rankingView,
  ratesView,
  routingRuleBody,
  routingRuleView,
  slaBody,
  transitionBody,
  departmentOption,
  evaluationBody,
  noteBody,
  preventionBody,
  preventionView,
  residentReportBody,
  reviewBody,
  settingsBody,
  settingsView,
  slaView,
} from './events.schemas.ts';
import { DomainError } from '../../platform/errors.ts';

const tags = ['events'];

/** The Idempotency-Key header, if sent (bounded so a key cannot be abused as storage). */
export function idempotencyKey(headers: Record<string, unknown>): string | undefined {
  const k = headers['idempotency-key'];
  if (k === undefined) return undefined;
  if (typeof k !== 'string' || k.length < 8 || k.length > 100)
    throw new DomainError(400, 'events.bad_idempotency_key');
  return k;
}

/** Registers the events routes. */
export function eventsRoutes(app: App, svc: EventsService) {
  app.get(
    '/api/events/categories',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: '事件分类 Categories', response: { 200: z.array(categoryView) } },
    },
    async (req) => svc.categories(req.ctx),
  );
  app.post(
    '/api/events',
    {
      config: { permission: 'events.report' },
      schema: {
        tags,
        summary: '上报事件 Report an event',
        body: createEventBody,
        response: { 200: eventView },
      },
    },
    async (req) => svc.report(req.ctx, req.body, idempotencyKey(req.headers)),
  );
  app.get(
    '/api/events',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: '事件列表 Events in scope',
        querystring: listEventsQuery,
        response: { 200: eventPage },
      },
    },
    async (req) => svc.list(req.ctx, req.query),
  );
  app.get(
    '/api/events/export',
    {
      // who has the events inbox (events.read or a department's events.handle); the service scopes
      // the rows exactly like the list's
      config: { permission: 'events.read|events.handle' },
      schema: {
        tags,
        summary:
          '导出事件台账 Export the events list with its filters (.xlsx, at most 50,000 rows, else 422)',
        querystring: exportEventsQuery,
      },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        `${t(req.ctx.lang, 'events.sheet.events')}-${shanghaiDay()}`,
        await svc.exportList(req.ctx, req.query),
      ),
  );
  app.get(
    '/api/events/:id',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: '事件详情 Event', params: idParams, response: { 200: eventDetail } },
    },
    async (req) => svc.get(req.ctx, req.params.id),
  );
  app.post(
    '/api/events/:id/transitions',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: '流转 Move the event (receive, dispatch, accept, return, handle, verify, close, …)',
        params: idParams,
        body: transitionBody,
        response: { 200: eventView },
      },
    },
    // a stale copy answers 409 with the current one (StaleError)
    async (req) => svc.transition(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/events/:id/photos',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: '上传照片 Add a photo (multipart field `file`)',
        params: idParams,
        response: { 200: created },
      },
    },
    async (req) => {
      const data = await uploadedBytes(req, 'events.photo_missing');
      return svc.addPhoto(req.ctx, req.params.id, { data }, idempotencyKey(req.headers));
    },
  );
  app.get(
    '/api/events/:id/photos/:photoId',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: '照片 Photo bytes', params: z.object({ id: z.uuid(), photoId: z.uuid() }) },
    },
    async (req, reply) => {
      const p = await svc.photo(req.ctx, req.params.id, req.params.photoId);
      const ext = p.mime === 'image/jpeg' ? 'jpg' : p.mime.slice('image/'.length);
      return reply
        .type(p.mime)
        .header('cache-control', 'private, max-age=86400')
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `inline; filename="${req.params.photoId}.${ext}"`)
        .send(p.data);
    },
  );
  app.get(
    '/api/events/routing-rules',
    {
      config: { permission: 'events.configure' },
      schema: {
        tags,
        summary: '派遣规则 Routing rules',
        querystring: optionalNodeQuery,
        response: { 200: z.array(routingRuleView) },
      },
    },
    async (req) => svc.routingRules(req.ctx, req.query.nodeId),
  );
  app.post(
    '/api/events/routing-rules',
    {
      config: { permission: 'events.configure' },
      schema: {
        tags,
        summary: '设定派遣规则 Set a routing rule',
        body: routingRuleBody,
        response: { 200: created },
      },
    },
    async (req) => svc.setRoutingRule(req.ctx, req.body),
  );
  app.delete(
    '/api/events/routing-rules/:id',
    {
      config: { permission: 'events.configure' },
      schema: {
        tags,
        summary: '删除派遣规则 Delete a routing rule',
        params: idParams,
        response: { 200: z.object({ ok: z.boolean() }) },
      },
    },
    async (req) => svc.deleteRoutingRule(req.ctx, req.params.id),
  );
  app.get(
    '/api/events/sla',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: '时限 Effective service levels',
        querystring: z.object({ districtId: z.uuid() }),
        response: { 200: z.array(slaView) },
      },
    },
    async (req) => svc.serviceLevels(req.ctx, req.query.districtId),
  );
  app.put(
    '/api/events/sla',
    {
      config: { permission: 'events.configure' },
      schema: {
        tags,
        summary: '设定时限 Set a service level',
        body: slaBody,
        response: { 200: z.object({ ok: z.boolean() }) },
      },
    },
    async (req) => svc.setServiceLevel(req.ctx, req.body),
  );
  app.get(
    '/api/events/rates',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: '接收率与处置率 Receipt and disposal rates',
        querystring: rangeQuery,
        response: { 200: ratesView },
      },
    },
    async (req) => svc.rates(req.ctx, req.query),
  );
  app.get(
    '/api/events/rates/ranking',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: '排名 Ranking of children',
        querystring: rangeQuery,
        response: { 200: rankingView },
      },
    },
    async (req) => svc.ranking(req.ctx, req.query),
  );
  app.get(
    '/api/events/dashboard',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: '驾驶舱 Dashboard of a node',
        querystring: rangeQuery,
        response: { 200: dashboardView },
      },
    },
    async (req) => svc.dashboard(req.ctx, req.query),
  );
  app.post(
    '/api/events/resident',
    {
      config: { permission: 'events.report' },
      schema: {
        tags,
        summary: '居民上报 A resident reports a problem at a place (the grid follows from the point)',
        body: residentReportBody,
        response: { 200: eventView },
      },
    },
    async (req) => svc.reportAsResident(req.ctx, req.body, idempotencyKey(req.headers)),
  );
  app.get(
    '/api/events/:id/departments',
    {
      config: { permission: 'events.manage' },
      schema: {
        tags,
        summary: '可派遣部门 Departments the event may be dispatched to',
        params: idParams,
        response: { 200: z.array(departmentOption) },
      },
    },
    async (req) => svc.departmentsFor(req.ctx, req.params.id),
  );
  app.post(
    '/api/events/:id/notes',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: '备注或公开答复 Add an internal note or a public reply',
        params: idParams,
        body: noteBody,
        response: { 200: eventView },
      },
    },
    async (req) => svc.addNote(req.ctx, req.params.id, req.body, idempotencyKey(req.headers)),
  );
  app.post(
    '/api/events/:id/evaluation',
    {
      config: { permission: 'events.evaluate' },
      schema: {
        tags,
        summary: '评估 Record whether the problem was fixed and residents agreed',
        params: idParams,
        body: evaluationBody,
        response: { 200: eventView },
      },
    },
    async (req) => svc.evaluate(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/events/settings',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: "区设置 A district's events settings (the recurrence rule)",
        querystring: z.object({ districtId: z.uuid() }),
        response: { 200: settingsView },
      },
    },
    async (req) => svc.settings(req.ctx, req.query.districtId),
  );
  app.put(
    '/api/events/settings',
    {
      config: { permission: 'events.configure' },
      schema: {
        tags,
        summary: "修改区设置 Change a district's events settings (409 with the current copy)",
        body: settingsBody,
        response: { 200: settingsView },
      },
    },
    // a stale copy answers 409 with the current one (StaleError)
    async (req) => svc.saveSettings(req.ctx, req.body),
  );
  app.get(
    '/api/events/prevention',
    {
      config: { permission: 'events.read' },
      schema: {
        tags,
        summary: '预防事项 Prevention items',
        querystring: z.object({
          nodeId: z.uuid().optional(),
          state: z.enum(['open', 'reviewed', 'closed']).optional(),
        }),
        response: { 200: z.array(preventionView) },
      },
    },
    async (req) => svc.prevention(req.ctx, req.query),
  );
  app.get(
    '/api/events/prevention/export',
    {
      config: { permission: 'events.evaluate' },
      schema: {
        tags,
        summary: '导出预防事项 Export prevention items (.xlsx)',
        querystring: z.object({
          nodeId: z.uuid().optional(),
          state: z.enum(['open', 'reviewed', 'closed']).optional(),
        }),
      },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'events.sheet.prevention'),
        await svc.exportPrevention(req.ctx, req.query),
      ),
  );
  app.post(
    '/api/events/prevention',
    {
      config: { permission: 'events.evaluate' },
      schema: {
        tags,
        summary: '新建预防事项 Make a recurring problem a prevention item',
        body: preventionBody,
        response: { 200: preventionView },
      },
    },
    async (req) => svc.createPrevention(req.ctx, req.body),
  );
  app.post(
    '/api/events/prevention/:id/reviews',
    {
      config: { permission: 'events.read' },
      schema: {
        tags,
        summary: '复查预防事项 Review a prevention item',
        params: idParams,
        body: reviewBody,
        response: { 200: preventionView },
      },
    },
    async (req) => svc.reviewPrevention(req.ctx, req.params.id, req.body),
  );
}
