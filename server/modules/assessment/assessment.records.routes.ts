/** HTTP routes of assessment's records (双点, 云端述事, 一人一档). */
import { z } from 'zod';
import { uploadedFile } from '../../platform/http/routes.ts';
import type { App } from '../../platform/http/app.ts';
import type { AssessmentService } from './assessment.service.ts';
import * as s from './assessment.schemas.ts';
import { PQ_INDICATORS } from './assessment.pq.ts';

const tags = ['assessment'];
/** The Idempotency-Key header, when sent. */
const keyOf = (h: Record<string, unknown>) =>
  typeof h['idempotency-key'] === 'string' ? h['idempotency-key'] : undefined;

/** Registers the record routes. */
export function assessmentRecordsRoutes(app: App, svc: AssessmentService) {
  const r = svc.records;
  // ---- 双点 ----
  app.get(
    '/api/assessment/observations',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags,
        summary: '双点观测记录 Observations',
        querystring: s.observationsQuery,
        response: { 200: z.array(s.observationView) },
      },
    },
    async (req) => r.observations(req.ctx, req.query),
  );
  app.post(
    '/api/assessment/observations',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '记录观测 Record an observation',
        body: s.observationBody,
        response: { 200: s.created },
      },
    },
    async (req) => r.observe(req.ctx, req.body),
  );

  // ---- 云端述事 ----
  app.get(
    '/api/assessment/me/reports',
    {
      config: { permission: 'assessment.self' },
      schema: { tags, summary: '我的述事 My work reports', response: { 200: z.array(s.reportView) } },
    },
    async (req) => r.myReports(req.ctx),
  );
  app.post(
    '/api/assessment/me/reports',
    {
      config: { permission: 'assessment.self' },
      schema: {
        tags,
        summary: '记录大事要事难事 Log a matter',
        body: s.reportBody,
        response: { 200: s.created },
      },
    },
    async (req) => r.logReport(req.ctx, req.body, keyOf(req.headers)),
  );
  app.post(
    '/api/assessment/me/reports/:id/files',
    {
      config: { permission: 'assessment.self' },
      schema: {
        tags,
        summary: '上传佐证 Add evidence (multipart `file`)',
        params: s.idParams,
        response: { 200: s.created },
      },
    },
    async (req) => r.addReportFile(req.ctx, req.params.id, await uploadedFile(req)),
  );
  app.get(
    '/api/assessment/reports',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags,
        summary: '云端述事 Work reports',
        querystring: s.reportsQuery,
        response: { 200: z.array(s.reportView) },
      },
    },
    async (req) => r.reports(req.ctx, req.query),
  );
  app.post(
    '/api/assessment/reports/:id/decide',
    {
      config: { permission: 'assessment.review' },
      schema: {
        tags,
        summary: '确认述事 Confirm or return',
        params: s.idParams,
        body: s.decideReportBody,
        response: { 200: s.reportView },
      },
    },
    async (req) => r.decideReport(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/assessment/reports/:id/files/:fileId',
    {
      config: { permission: 'assessment.read|assessment.self' },
      schema: { tags, summary: '佐证文件 Evidence bytes', params: s.fileParams },
    },
    async (req, reply) => {
      const f = await r.reportFile(req.ctx, req.params.id, req.params.fileId);
      return reply
        .type(f.mime)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(f.name)}`)
        .header('cache-control', 'private, no-store')
        .send(f.data);
    },
  );

  // ---- 一人一档 ----
  app.get(
    '/api/assessment/pq/indicators',
    {
      config: { permission: 'assessment.pq.read' },
      schema: {
        tags,
        summary: '政治素质指标清单 The 45 indicators',
        response: { 200: z.array(s.pqIndicatorView) },
      },
    },
    async (req) => (r.pqIndicators(req.ctx), PQ_INDICATORS),
  );
  app.get(
    '/api/assessment/pq/people/:personId',
    {
      config: { permission: 'assessment.pq.read' },
      schema: {
        tags,
        summary: '政治素质档案 File (audited)',
        params: s.personParams,
        response: { 200: s.pqFileView },
      },
    },
    async (req) => r.pqFile(req.ctx, req.params.personId),
  );
  app.get(
    '/api/assessment/pq/people/:personId/print',
    {
      config: { permission: 'assessment.pq.read' },
      schema: { tags, summary: '打印档案 Printable file (HTML, audited)', params: s.personParams },
    },
    async (req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(await r.pqPrint(req.ctx, req.params.personId)),
  );
  app.post(
    '/api/assessment/pq/entries',
    {
      config: { permission: 'assessment.pq.write' },
      schema: { tags, summary: '录入档案 Add to a file', body: s.pqEntryBody, response: { 200: s.created } },
    },
    async (req) => r.addPqEntry(req.ctx, req.body),
  );
  app.get(
    '/api/assessment/pq/library',
    {
      config: { permission: 'assessment.pq.read' },
      schema: {
        tags,
        summary: '研判信息库 Library (audited)',
        querystring: s.pqLibraryQuery,
        response: { 200: z.array(s.pqEntryView) },
      },
    },
    async (req) => r.pqLibrary(req.ctx, req.query),
  );
}
