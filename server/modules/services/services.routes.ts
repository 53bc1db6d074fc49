/** HTTP routes of the marketplace under /api/services, and its public part under /api/public/services. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  idemHeaders,
  idParams,
  nodeIdQuery,
  ok,
  sendXlsx,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  actionBody,
  actionResult,
  boardQuery,
  boardsView,
  itemBody,
  itemQuery,
  itemView,
  orderBody,
  orderList,
  orderQuery,
  orderView,
  publicServices,
} from './services.schemas.ts';
import type { ServicesService } from './services.service.ts';

const tags = ['services'];

/** Registers the marketplace's routes. */
export function servicesRoutes(app: App, svc: ServicesService) {
  app.get(
    '/api/services/items',
    {
      config: { permission: 'services.read' },
      schema: {
        tags,
        summary: '四张清单 The four lists',
        querystring: itemQuery,
        response: { 200: z.array(itemView) },
      },
    },
    async (req) => svc.listItems(req.ctx, req.query),
  );
  app.post(
    '/api/services/items',
    {
      config: { permission: 'services.manage|services.accept' },
      schema: { tags, summary: '发布服务项目 Publish an item', body: itemBody, response: { 200: created } },
    },
    async (req) => svc.publishItem(req.ctx, req.body),
  );
  app.post(
    '/api/services/items/import',
    {
      config: { permission: 'services.manage' },
      schema: {
        tags,
        summary: '导入服务清单 Import items (multipart `file`: .xlsx or CSV)',
        querystring: nodeIdQuery,
        response: {
          200: z.object({
            created: z.number(),
            errors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
          }),
        },
      },
    },
    async (req) => svc.importItems(req.ctx, req.query.nodeId, await uploadedBytes(req)),
  );
  app.post(
    '/api/services/items/:id/open',
    {
      config: { permission: 'services.manage|services.accept' },
      schema: {
        tags,
        summary: '开放或停止点单 Open or close an item',
        params: idParams,
        body: z.strictObject({ open: z.boolean() }),
        response: { 200: ok },
      },
    },
    async (req) => svc.setItemOpen(req.ctx, req.params.id, req.body.open),
  );
  app.get(
    '/api/services/orders',
    {
      config: { permission: 'services.read' },
      schema: { tags, summary: '点单 Orders', querystring: orderQuery, response: { 200: orderList } },
    },
    async (req) => svc.listOrders(req.ctx, req.query),
  );
  app.post(
    '/api/services/orders',
    {
      config: { permission: 'services.order' },
      schema: {
        tags,
        summary: '点单 Place an order (Idempotency-Key: safe to send again)',
        headers: idemHeaders,
        body: orderBody,
        response: { 200: created },
      },
    },
    async (req) => svc.placeOrder(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/services/orders/:id',
    {
      config: { permission: 'services.read' },
      schema: { tags, summary: '点单详情 An order', params: idParams, response: { 200: orderView } },
    },
    async (req) => svc.getOrder(req.ctx, req.params.id),
  );
  app.post(
    '/api/services/orders/:id/actions',
    {
      config: { permission: 'services.order|services.accept' },
      schema: {
        tags,
        summary: '接单、服务完成、评价、取消 Accept, deliver, rate, cancel',
        params: idParams,
        headers: idemHeaders,
        body: actionBody,
        response: { 200: actionResult },
      },
    },
    async (req) => svc.act(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/services/boards',
    {
      config: { permission: 'services.read' },
      schema: {
        tags,
        summary: '比武榜 The three leaderboards and the rates',
        querystring: boardQuery,
        response: { 200: boardsView },
      },
    },
    async (req) => svc.boards(req.ctx, req.query),
  );
  app.get(
    '/api/services/export',
    {
      config: { permission: 'services.export' },
      schema: {
        tags,
        summary: '导出点单与清单 Export orders and lists (.xlsx)',
        querystring: z.object({
          nodeId: z.uuid().optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
      },
    },
    async (req, reply) => {
      const buf = await svc.exportSheet(req.ctx, req.query);
      return sendXlsx(reply, t(req.ctx.lang, 'services.sheet.orders'), buf);
    },
  );
  app.get(
    '/api/public/services/:id',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '社区服务超市（公开） A community’s marketplace, public',
        params: idParams,
        response: { 200: publicServices },
      },
    },
    async (req) => svc.publicServices(req.params.id),
  );
}
