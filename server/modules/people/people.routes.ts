/** HTTP routes of people: list, detail, reveal, edits, identities, Excel import and export. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idParams, idemHeaders, ok, sendXlsxAs } from '../../platform/http/routes.ts';
import { BadUploadError } from './people.excel.ts';
import type { PeopleService } from './people.service.ts';
import {
  addIdentityBody,
  createPersonBody,
  exportQuery,
  importCommitBody,
  importPreview,
  importPreviewQuery,
  listQuery,
  personDetail,
  personList,
  revealBody,
  revealed,
  updatePersonBody,
} from './people.schemas.ts';

const tags = ['people'];

/** Registers the people routes. */
export function peopleRoutes(app: App, svc: PeopleService) {
  app.get(
    '/api/people',
    {
      config: { permission: 'people.read' },
      schema: {
        tags,
        summary: '居民列表 List people',
        querystring: listQuery,
        response: { 200: personList },
      },
    },
    async (req) => svc.list(req.ctx, req.query),
  );
  app.get(
    '/api/people/import/template.xlsx',
    {
      config: { permission: 'people.import' },
      schema: { tags, summary: '导入模板 Import template' },
    },
    async (req, reply) => {
      const buf = await svc.template(req.ctx);
      return sendXlsxAs(reply, '居民导入模板.xlsx', buf, 'people.xlsx');
    },
  );
  app.get(
    '/api/people/export.xlsx',
    {
      config: { permission: 'people.export' },
      schema: { tags, summary: '导出 Excel Export the filtered list', querystring: exportQuery },
    },
    async (req, reply) => {
      const { reveal, reason, note, ...filters } = req.query;
      const buf = await svc.exportXlsx(req.ctx, filters, reveal === '1', { reason, note });
      return sendXlsxAs(reply, '居民.xlsx', buf, 'people.xlsx');
    },
  );
  app.get(
    '/api/people/:id',
    {
      config: { permission: 'people.read' },
      schema: { tags, summary: '居民详情 Person', params: idParams, response: { 200: personDetail } },
    },
    async (req) => svc.get(req.ctx, req.params.id),
  );
  app.post(
    '/api/people/:id/reveal',
    {
      config: { permission: 'people.reveal' },
      schema: {
        tags,
        summary: '查看完整信息（须说明原因，留痕）Reveal, with a reason (audited)',
        params: idParams,
        body: revealBody,
        response: { 200: revealed },
      },
    },
    async (req) => svc.reveal(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/people',
    {
      config: { permission: 'people.write' },
      schema: {
        tags,
        summary: '登记居民 Register a person',
        body: createPersonBody,
        headers: idemHeaders,
        response: { 200: created },
      },
    },
    async (req) => svc.create(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.patch(
    '/api/people/:id',
    {
      config: { permission: 'people.write' },
      schema: {
        tags,
        summary: '修改居民 Edit a person',
        params: idParams,
        body: updatePersonBody,
        response: { 200: z.object({ version: z.number() }) },
      },
    },
    async (req) => svc.update(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/people/:id/identities',
    {
      config: { permission: 'people.write' },
      schema: {
        tags,
        summary: '添加身份 Add an identity',
        params: idParams,
        body: addIdentityBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addIdentity(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/people/:id/identities/:identityId',
    {
      config: { permission: 'people.write' },
      schema: {
        tags,
        summary: '移除身份 Remove an identity',
        params: z.object({ id: z.uuid(), identityId: z.uuid() }),
        response: { 200: ok },
      },
    },
    async (req) => svc.removeIdentity(req.ctx, req.params.id, req.params.identityId),
  );
  app.post(
    '/api/people/import/preview',
    {
      config: { permission: 'people.import' },
      schema: {
        tags,
        summary: '导入预览 Import preview (multipart field "file", .xlsx or CSV)',
        querystring: importPreviewQuery,
        consumes: ['multipart/form-data'],
        response: { 200: importPreview },
      },
    },
    async (req) => {
      if (!req.isMultipart()) throw new BadUploadError('people.import.no_file');
      let file, buf;
      try {
        file = await req.file();
        if (!file || file.fieldname !== 'file') throw new BadUploadError('people.import.no_file');
        buf = await file.toBuffer();
      } catch (e) {
        const err = e as { statusCode?: number; code?: string };
        if (e instanceof BadUploadError || err.statusCode === 413 || err.code === 'FST_REQ_FILE_TOO_LARGE')
          throw e;
        // a malformed multipart body (no boundary, cut short) is the client's error, not ours
        throw new BadUploadError('people.import.bad_multipart');
      }
      return svc.importPreview(req.ctx, {
        file: buf,
        fileName: file.filename ?? '',
        nodeId: req.query.nodeId,
        mapping: req.query.mapping,
      });
    },
  );
  app.post(
    '/api/people/import/:batchId/commit',
    {
      config: { permission: 'people.import' },
      schema: {
        tags,
        summary: '确认导入 Commit an import',
        params: z.object({ batchId: z.uuid() }),
        body: importCommitBody,
        response: { 200: z.object({ imported: z.number() }) },
      },
    },
    async (req) => svc.importCommit(req.ctx, req.params.batchId, req.body.mode),
  );
}
