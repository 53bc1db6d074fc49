/** HTTP routes of the task-force module under /api/taskforces. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, dryRunQuery, idParams, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import * as s from './taskforces.schemas.ts';
import type { TaskforcesService } from './taskforces.service.ts';

const tags = ['taskforces'];

/** Registers the task-force routes. */
export function taskforcesRoutes(app: App, svc: TaskforcesService) {
  app.get(
    '/api/taskforces/orders',
    {
      config: { permission: 'taskforces.read' },
      schema: {
        tags,
        summary: '专班招募令 Orders',
        querystring: s.ordersQuery,
        response: { 200: z.array(s.orderView) },
      },
    },
    async (req) => svc.orders(req.ctx, req.query),
  );
  app.post(
    '/api/taskforces/orders',
    {
      config: { permission: 'taskforces.manage' },
      schema: {
        tags,
        summary: '发布招募令 Publish an order',
        body: s.orderBody,
        response: { 200: z.object({ id: z.uuid(), number: z.string() }) },
      },
    },
    async (req) => svc.publishOrder(req.ctx, req.body),
  );
  app.get(
    '/api/taskforces/orders/:id',
    {
      config: { permission: 'taskforces.read' },
      schema: { tags, summary: '招募令 One order', params: idParams, response: { 200: s.orderView } },
    },
    async (req) => svc.order(req.ctx, req.params.id),
  );
  app.get(
    '/api/taskforces/orders/:id/print',
    {
      config: { permission: 'taskforces.read' },
      schema: { tags, summary: '打印版 Printable A4 page', params: idParams },
    },
    async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await svc.orderPrint(req.ctx, req.params.id)),
  );
  app.post(
    '/api/taskforces/orders/:id/close',
    {
      config: { permission: 'taskforces.manage' },
      schema: {
        tags,
        summary: '提前截止 Close an order early',
        params: idParams,
        body: s.closeBody,
        response: { 200: s.orderView },
      },
    },
    async (req) => svc.closeOrder(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/taskforces/orders/:id/applications',
    {
      config: { permission: 'taskforces.apply' },
      schema: {
        tags,
        summary: '报名 Apply',
        params: idParams,
        body: s.applyBody,
        response: { 200: created },
      },
    },
    async (req) => svc.apply(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/taskforces/applications',
    {
      config: { permission: 'taskforces.read' },
      schema: {
        tags,
        summary: '报名 Applications',
        querystring: s.applicationsQuery,
        response: { 200: z.array(s.applicationView) },
      },
    },
    async (req) => svc.applications(req.ctx, req.query),
  );
  app.post(
    '/api/taskforces/applications/:id/withdraw',
    {
      config: { permission: 'taskforces.apply' },
      schema: {
        tags,
        summary: '撤回 Withdraw',
        params: idParams,
        body: s.withdrawBody,
        response: { 200: s.applicationView },
      },
    },
    async (req) => svc.withdraw(req.ctx, req.params.id, req.body.version),
  );
  app.post(
    '/api/taskforces/applications/:id/decide',
    {
      config: { permission: 'taskforces.manage' },
      schema: {
        tags,
        summary: '入围、选用或不予选用 Shortlist, select or reject',
        params: idParams,
        body: s.decideBody,
        response: { 200: s.applicationView },
      },
    },
    async (req) => svc.decide(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/taskforces/members',
    {
      config: { permission: 'taskforces.manage' },
      schema: {
        tags,
        summary: '专班成员 Members',
        querystring: s.districtQuery,
        response: { 200: z.array(s.memberView) },
      },
    },
    async (req) => svc.members(req.ctx, req.query),
  );
  app.post(
    '/api/taskforces/members/:id/ratings',
    {
      config: { permission: 'taskforces.manage' },
      schema: {
        tags,
        summary: '年度评定 Rate a member',
        params: idParams,
        body: s.rateBody,
        response: { 200: created },
      },
    },
    async (req) => svc.rate(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/taskforces/members/:id/incentive',
    {
      config: { permission: 'taskforces.manage' },
      schema: {
        tags,
        summary: '申报晋升激励 Declare the promotion incentive (assessment P7)',
        params: idParams,
        response: { 200: s.incentiveView },
      },
    },
    async (req) => svc.declareIncentive(req.ctx, req.params.id),
  );
  app.get(
    '/api/taskforces/retired-ranking',
    {
      config: { permission: 'taskforces.manage' },
      schema: {
        tags,
        summary: '退职领导单列考核 Separate ranking of former leaders',
        querystring: s.districtQuery,
        response: { 200: z.array(s.rankView) },
      },
    },
    async (req) => svc.retiredRanking(req.ctx, req.query),
  );
  app.post(
    '/api/taskforces/members/import',
    {
      config: { permission: 'taskforces.manage' },
      schema: {
        tags,
        summary:
          "导入专班成员 Import members (multipart `file`: .xlsx or CSV in the export's member columns; ?dryRun=1 checks only)",
        querystring: dryRunQuery.extend({ districtId: z.uuid().optional() }),
        response: { 200: s.memberImportResult },
      },
    },
    async (req) =>
      svc.importMembers(
        req.ctx,
        await uploadedBytes(req, 'taskforces.no_file'),
        req.query.dryRun === '1',
        req.query.districtId,
      ),
  );
  app.get(
    '/api/taskforces/export',
    {
      config: { permission: 'taskforces.export' },
      schema: { tags, summary: '导出专班招募台账 Export (.xlsx)', querystring: s.districtQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'taskforces.sheet'), await svc.exportRegister(req.ctx, req.query)),
  );
}
