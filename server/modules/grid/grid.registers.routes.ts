/** HTTP routes of grid: The registers 台账: records, their history, import and export. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { nodeIdQuery, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import { idempotencyKey } from '../events/index.ts';
import type { GridService } from './index.ts';
import {
  createRecordBody,
  historyView,
  importCommitBody,
  importPreview,
  importQuery,
  importStatus,
  recordPage,
  recordQuery,
  recordView,
  registerKind,
  updateRecordBody,
} from './grid.schemas.ts';

const kindParams = z.object({ kind: registerKind });
const tags = ['grid'];

/** Registers the routes of registers. */
export function gridRegistersRoutes(app: App, svc: GridService) {
  app.get(
    '/api/grid/registers/:kind',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '台账 Register',
        params: kindParams,
        querystring: recordQuery,
        response: { 200: recordPage },
      },
    },
    async (req) => svc.records(req.ctx, req.params.kind, req.query),
  );
  app.post(
    '/api/grid/registers/:kind',
    {
      config: { permission: 'grid.collect' },
      schema: {
        tags,
        summary: '新增台账记录 Add a record',
        params: kindParams,
        body: createRecordBody,
        response: { 200: recordView },
      },
    },
    async (req) => svc.createRecord(req.ctx, req.params.kind, req.body, idempotencyKey(req.headers)),
  );
  app.patch(
    '/api/grid/registers/:kind/:id',
    {
      config: { permission: 'grid.collect' },
      schema: {
        tags,
        summary: '修改台账记录 Update a record',
        params: kindParams.extend({ id: z.uuid() }),
        body: updateRecordBody,
        response: { 200: recordView },
      },
    },
    // a stale copy answers 409 with the current one (StaleError)
    async (req) => svc.updateRecord(req.ctx, req.params.kind, req.params.id, req.body),
  );
  app.get(
    '/api/grid/registers/:kind/:id/history',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '变更历史 History',
        params: kindParams.extend({ id: z.uuid() }),
        response: { 200: z.array(historyView) },
      },
    },
    async (req) => svc.history(req.ctx, req.params.kind, req.params.id),
  );
  app.post(
    '/api/grid/registers/:kind/import',
    {
      config: { permission: 'grid.collect' },
      schema: {
        tags,
        summary: '导入预览 Import preview (multipart `file`: .xlsx or CSV)',
        params: kindParams,
        querystring: importQuery,
        response: { 200: importPreview },
      },
    },
    async (req) =>
      svc.previewImport(
        req.ctx,
        req.params.kind,
        req.query.nodeId,
        await uploadedBytes(req, 'grid.import_no_file'),
        req.query.mapping,
      ),
  );
  app.post(
    '/api/grid/registers/:kind/import/:importId/commit',
    {
      config: { permission: 'grid.collect' },
      schema: {
        tags,
        summary: '确认导入 Commit an import (in batches)',
        params: kindParams.extend({ importId: z.uuid() }),
        body: importCommitBody,
        response: { 200: importStatus },
      },
    },
    async (req) => svc.commitImport(req.ctx, req.params.kind, req.params.importId, req.body),
  );
  app.get(
    '/api/grid/registers/:kind/import/:importId',
    {
      config: { permission: 'grid.collect' },
      schema: {
        tags,
        summary: '导入进度 Import progress',
        params: kindParams.extend({ importId: z.uuid() }),
        response: { 200: importStatus },
      },
    },
    async (req) => svc.importStatus(req.ctx, req.params.kind, req.params.importId),
  );
  app.get(
    '/api/grid/registers/:kind/export',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '导出 Export (.xlsx)',
        params: kindParams,
        querystring: nodeIdQuery,
      },
    },
    async (req, reply) => {
      const buf = await svc.exportRecords(req.ctx, req.params.kind, req.query.nodeId);
      return sendXlsx(reply, t(req.ctx.lang, `grid.register.${req.params.kind}`), buf);
    },
  );
}
