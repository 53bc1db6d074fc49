/**
 * HTTP routes of 一榜三令: the three orders 三令 (register, drafts, issue, dismissal, acknowledgement,
 * print and PDF, consequences) and fault tolerance 容错 (exemptions).
 */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idParams, sendXlsxAs } from '../../platform/http/routes.ts';
import type { TasksService } from './tasks.service.ts';
import {
  consequencesBody,
  consequenceView,
  createOrderBody,
  decideExemptionBody,
  decideOrderBody,
  editOrderBody,
  exemptionBody,
  exemptionView,
  orderView,
  ordersQuery,
} from './tasks.schemas.ts';

const tags = ['tasks'];

/** Registers the routes of the three orders 三令. */
export function tasksOrdersRoutes(app: App, svc: TasksService) {
  // ---- orders ----
  app.get(
    '/api/tasks/orders',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '三令台账 Orders register',
        querystring: ordersQuery,
        response: { 200: z.array(orderView) },
      },
    },
    async (req) => svc.orders(req.ctx, req.query),
  );
  app.get(
    '/api/tasks/orders.xlsx',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '导出台账 Export orders', querystring: ordersQuery },
    },
    async (req, reply) =>
      sendXlsxAs(reply, '三令台账.xlsx', await svc.exportOrders(req.ctx, req.query), 'orders.xlsx'),
  );
  app.post(
    '/api/tasks/orders',
    {
      config: { permission: 'tasks.manage' },
      schema: { tags, summary: '拟令 Draft an order', body: createOrderBody, response: { 200: orderView } },
    },
    async (req) => svc.draftOrder(req.ctx, req.body),
  );
  app.get(
    '/api/tasks/orders/:id',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '令 Order', params: idParams, response: { 200: orderView } },
    },
    async (req) => svc.getOrder(req.ctx, req.params.id),
  );
  app.patch(
    '/api/tasks/orders/:id',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '修改草稿 Edit a draft',
        params: idParams,
        body: editOrderBody,
        response: { 200: orderView },
      },
    },
    async (req) => svc.editOrder(req.ctx, req.params.id, req.body),
  );
  for (const [url, summary, decide] of [
    ['/api/tasks/orders/:id/issue', '签发 Issue', 'issueOrder'],
    ['/api/tasks/orders/:id/dismiss', '撤销草稿 Dismiss', 'dismissOrder'],
  ] as const)
    app.post(
      url,
      {
        config: { permission: 'tasks.manage' },
        schema: { tags, summary, params: idParams, body: decideOrderBody, response: { 200: orderView } },
      },
      async (req) => svc[decide](req.ctx, req.params.id, req.body),
    );
  app.post(
    '/api/tasks/orders/:id/acknowledge',
    {
      config: { permission: 'tasks.acknowledge' },
      schema: { tags, summary: '签收 Acknowledge receipt', params: idParams, response: { 200: orderView } },
    },
    async (req) => svc.acknowledgeOrder(req.ctx, req.params.id),
  );
  app.get(
    '/api/tasks/orders/:id/print',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '打印版 Printable A4 page', params: idParams },
    },
    async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await svc.orderHtml(req.ctx, req.params.id)),
  );
  app.get(
    '/api/tasks/orders/:id.pdf',
    { config: { permission: 'tasks.read' }, schema: { tags, summary: 'PDF', params: idParams } },
    async (req, reply) => {
      const { pdf, fileName } = await svc.orderPdf(req.ctx, req.params.id);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `inline; filename="order.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .send(pdf);
    },
  );
  app.get(
    '/api/tasks/orders/:id/consequences',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '结果运用 Consequences',
        params: idParams,
        response: { 200: z.array(consequenceView) },
      },
    },
    async (req) => svc.consequences(req.ctx, req.params.id),
  );
  app.post(
    '/api/tasks/orders/:id/consequences',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '记录结果运用 Record consequences',
        params: idParams,
        body: consequencesBody,
        response: { 200: z.array(consequenceView) },
      },
    },
    async (req) => svc.recordConsequences(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/tasks/orders/:id/exemptions',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '容错申请 Exemptions',
        params: idParams,
        response: { 200: z.array(exemptionView) },
      },
    },
    async (req) => svc.exemptions(req.ctx, req.params.id),
  );

  // ---- fault tolerance ----
  app.post(
    '/api/tasks/exemptions',
    {
      config: { permission: 'tasks.exempt' },
      schema: {
        tags,
        summary: '申请容错 Apply for exemption',
        body: exemptionBody,
        response: { 200: created },
      },
    },
    async (req) => svc.applyExemption(req.ctx, req.body),
  );
  app.post(
    '/api/tasks/exemptions/:id/decide',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '容错认定 Decide',
        params: idParams,
        body: decideExemptionBody,
        response: { 200: exemptionView },
      },
    },
    async (req) => svc.decideExemption(req.ctx, req.params.id, req.body),
  );
}
