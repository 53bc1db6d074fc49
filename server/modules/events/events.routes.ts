/**
 * HTTP routes of grid events 事件 (all JSON unless noted; times ISO 8601 UTC, days Asia/Shanghai).
 *
 *   GET    /api/events/categories                     code list with service levels
 *   POST   /api/events                                report (body.id = client UUIDv7; header Idempotency-Key)
 *   GET    /api/events                                scoped list (?nodeId&departmentId&state&category&from&to&mine&limit&offset)
 *   GET    /api/events/:id                            detail with history, timer and allowed actions
 *   POST   /api/events/:id/transitions                {action, version, note?, departmentId?, duplicateOf?}
 *                                                     409 events.illegal_transition | error.stale (+ `current`)
 *   POST   /api/events/:id/photos                     multipart `file` (jpeg/png/webp ≤ 5 MB; header Idempotency-Key)
 *   GET    /api/events/:id/photos/:photoId            the image bytes
 *   GET    /api/events/routing-rules                  ?nodeId
 *   POST   /api/events/routing-rules                  {category, nodeId, departmentId} (replaces the same category+node)
 *   DELETE /api/events/routing-rules/:id
 *   GET    /api/events/sla                            ?districtId: effective service levels
 *   PUT    /api/events/sla                            {districtId, category, level, receiveHours, handleDays}
 *   GET    /api/events/rates                          ?nodeId|departmentId&from&to&granularity → totals + trend
 *   GET    /api/events/rates/ranking                  ?nodeId&from&to → children (or departments) ranked
 *   GET    /api/events/dashboard                      ?nodeId&from&to → by state/category, rates, overdue, recurring, map points
 *
 * Offline replay of reports and transitions goes through POST /api/grid/sync (grid.routes.ts).
 */
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { App } from '../../platform/http/app.ts';
import type { EventsService } from './events.service.ts';
import { StaleEventError } from './events.service.ts';
import {
  categoryView,
  createEventBody,
  dashboardView,
  eventDetail,
  eventPage,
  eventView,
  listEventsQuery,
  rangeQuery,
  rankingView,
  ratesView,
  routingRuleBody,
  routingRuleView,
  slaBody,
  transitionBody,
} from './events.schemas.ts';
import { DomainError, problemOf } from '../../platform/errors.ts';

const idParams = z.object({ id: z.uuid() });
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
    async (req, reply) => {
      try {
        return await svc.transition(req.ctx, req.params.id, req.body);
      } catch (e) {
        if (e instanceof StaleEventError)
          return (reply as unknown as FastifyReply)
            .status(409)
            .type('application/problem+json; charset=utf-8')
            .serializer(JSON.stringify)
            .send({ ...problemOf(e, req.ctx.lang), current: e.current });
        throw e;
      }
    },
  );
  app.post(
    '/api/events/:id/photos',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: '上传照片 Add a photo (multipart field `file`)',
        params: idParams,
        response: { 200: z.object({ id: z.uuid() }) },
      },
    },
    async (req) => {
      const file = await req.file();
      if (!file) throw new DomainError(400, 'events.photo_missing');
      const data = await file.toBuffer();
      return svc.addPhoto(req.ctx, req.params.id, { mime: file.mimetype, data }, idempotencyKey(req.headers));
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
      return reply.type(p.mime).header('cache-control', 'private, max-age=86400').send(p.data);
    },
  );
  app.get(
    '/api/events/routing-rules',
    {
      config: { permission: 'events.configure' },
      schema: {
        tags,
        summary: '派遣规则 Routing rules',
        querystring: z.object({ nodeId: z.uuid().optional() }),
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
        response: { 200: z.object({ id: z.uuid() }) },
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
        response: {
          200: z.array(
            z.object({
              category: z.string(),
              level: z.number(),
              receiveHours: z.number(),
              handleDays: z.number(),
              custom: z.boolean(),
            }),
          ),
        },
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
}
