/** HTTP routes of the eldercare module under /api/eldercare. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  dryRunQuery,
  idemHeaders,
  idParams,
  ok,
  sendXlsx,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  moveBody,
  nodeQuery,
  reachView,
  stationBody,
  stationImportResult,
  stationPatch,
  stationView,
  ticketBody,
  ticketQuery,
  ticketView,
} from './eldercare.schemas.ts';
import type { EldercareService } from './eldercare.service.ts';

const tags = ['eldercare'];

/** Registers the eldercare routes. */
export function eldercareRoutes(app: App, svc: EldercareService) {
  app.get(
    '/api/eldercare/stations',
    {
      config: { permission: 'eldercare.read' },
      schema: {
        tags,
        summary: '一老一小服务站 Care stations',
        querystring: nodeQuery,
        response: { 200: z.array(stationView) },
      },
    },
    async (req) => svc.listStations(req.ctx, req.query),
  );
  app.post(
    '/api/eldercare/stations',
    {
      config: { permission: 'eldercare.manage' },
      schema: {
        tags,
        summary: '设立服务站 Set up a station',
        body: stationBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createStation(req.ctx, req.body),
  );
  app.post(
    '/api/eldercare/stations/import',
    {
      config: { permission: 'eldercare.manage' },
      schema: {
        tags,
        summary:
          "导入服务站 Import stations (multipart `file`: .xlsx or CSV in the export's columns; ?dryRun=1 checks only)",
        querystring: dryRunQuery,
        response: { 200: stationImportResult },
      },
    },
    async (req) =>
      svc.importStations(
        req.ctx,
        await uploadedBytes(req, 'eldercare.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.patch(
    '/api/eldercare/stations/:id',
    {
      config: { permission: 'eldercare.manage' },
      schema: {
        tags,
        summary: '修改服务站 Update a station',
        params: idParams,
        body: stationPatch,
        response: { 200: ok },
      },
    },
    async (req) => svc.updateStation(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/eldercare/stations/:id/reach',
    {
      config: { permission: 'eldercare.read' },
      schema: {
        tags,
        summary: '15分钟照护圈覆盖 Grids within the circle',
        params: idParams,
        response: { 200: reachView },
      },
    },
    async (req) => svc.reach(req.ctx, req.params.id),
  );
  app.get(
    '/api/eldercare/stations/export',
    {
      config: { permission: 'eldercare.export' },
      schema: { tags, summary: '导出服务站 Export stations (.xlsx)', querystring: nodeQuery },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'eldercare.sheet.stations'),
        await svc.exportStations(req.ctx, req.query),
      ),
  );
  app.get(
    '/api/eldercare/tickets',
    {
      config: { permission: 'eldercare.read' },
      schema: {
        tags,
        summary: '服务工单 Service tickets',
        querystring: ticketQuery,
        response: { 200: z.array(ticketView) },
      },
    },
    async (req) => svc.listTickets(req.ctx, req.query),
  );
  app.post(
    '/api/eldercare/tickets',
    {
      config: { permission: 'eldercare.request' },
      schema: {
        tags,
        summary: '提交服务需求 Ask for a service (Idempotency-Key)',
        headers: idemHeaders,
        body: ticketBody,
        response: { 200: z.object({ id: z.uuid(), number: z.string() }) },
      },
    },
    async (req) => svc.requestTicket(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/eldercare/tickets/:id/moves',
    {
      config: { permission: 'eldercare.read' },
      schema: {
        tags,
        summary: '派单/完成/评价/取消 Move a ticket',
        params: idParams,
        body: moveBody,
        response: { 200: ticketView },
      },
    },
    async (req) => svc.moveTicket(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/eldercare/tickets/export',
    {
      config: { permission: 'eldercare.export' },
      schema: { tags, summary: '导出服务工单 Export tickets (.xlsx)', querystring: nodeQuery },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'eldercare.sheet.tickets'),
        await svc.exportTickets(req.ctx, req.query),
      ),
  );
}
