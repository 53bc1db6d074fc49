/**
 * HTTP routes of grid: The civilisation standards 文明创建: the list, its import and export, and an event's
 * standard.
 */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { idParams, nodeIdQuery, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import type { GridService } from './index.ts';
import { eventStandardView, standardsImportResult, standardsView, tagBody } from './grid.schemas.ts';

const tags = ['grid'];

/** Registers the routes of standards. */
export function gridStandardsRoutes(app: App, svc: GridService) {
  app.get(
    '/api/grid/standards',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '测评标准 Civilisation-city assessment standards',
        querystring: nodeIdQuery,
        response: { 200: standardsView },
      },
    },
    async (req) => svc.standards(req.ctx, req.query.nodeId),
  );
  app.post(
    '/api/grid/standards/import',
    {
      config: { permission: 'grid.standards' },
      schema: {
        tags,
        summary: '导入测评标准 Import the standards (multipart `file`: .xlsx or CSV)',
        querystring: nodeIdQuery,
        response: { 200: standardsImportResult },
      },
    },
    async (req) =>
      svc.importStandards(req.ctx, req.query.nodeId, await uploadedBytes(req, 'grid.import_no_file')),
  );
  app.get(
    '/api/grid/standards/export',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '导出测评标准 Export the standards (.xlsx)',
        querystring: nodeIdQuery,
      },
    },
    async (req, reply) => {
      const buf = await svc.exportStandards(req.ctx, req.query.nodeId);
      return sendXlsx(reply, t(req.ctx.lang, 'grid.standards.sheet'), buf);
    },
  );
  app.get(
    '/api/grid/events/:id/standard',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '事件对应的测评标准 The standard an event is tagged to',
        params: idParams,
        response: { 200: eventStandardView },
      },
    },
    async (req) => svc.eventStandard(req.ctx, req.params.id),
  );
  app.put(
    '/api/grid/events/:id/standard',
    {
      config: { permission: 'grid.tag' },
      schema: {
        tags,
        summary: '事件对应测评标准 Tag an event to a standard',
        params: idParams,
        body: tagBody,
        response: { 200: z.object({ ok: z.boolean() }) },
      },
    },
    async (req) => svc.tagEvent(req.ctx, req.params.id, req.body),
  );
}
