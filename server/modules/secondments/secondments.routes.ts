/** HTTP routes of 基层一线实践锻炼 and 专项考察 under /api/secondments. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  dryRunQuery,
  idemHeaders,
  idParams,
  sendXlsx,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import * as s from './secondments.schemas.ts';
import type { SecondmentsService } from './secondments.service.ts';

const tags = ['secondments'];

/** Registers the secondments routes. */
export function secondmentsRoutes(app: App, svc: SecondmentsService) {
  app.get(
    '/api/secondments/batches',
    {
      config: { permission: 'secondments.read' },
      schema: {
        tags,
        summary: '锻炼批次 Batches',
        querystring: s.batchQuery,
        response: { 200: z.array(s.batchView) },
      },
    },
    async (req) => svc.batches(req.ctx, req.query),
  );
  app.post(
    '/api/secondments/batches',
    {
      config: { permission: 'secondments.manage' },
      schema: { tags, summary: '新建批次 Open a batch', body: s.batchBody, response: { 200: created } },
    },
    async (req) => svc.createBatch(req.ctx, req.body),
  );
  app.get(
    '/api/secondments/batches/:id',
    {
      config: { permission: 'secondments.read' },
      schema: { tags, summary: '批次详情 A batch', params: idParams, response: { 200: s.batchDetail } },
    },
    async (req) => svc.batch(req.ctx, req.params.id),
  );
  app.post(
    '/api/secondments/batches/:id/assignments',
    {
      config: { permission: 'secondments.manage' },
      schema: {
        tags,
        summary: '选派干部 Assign a cadre to a street',
        params: idParams,
        body: s.assignBody,
        response: { 200: created },
      },
    },
    async (req) => svc.assign(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/secondments/batches/:id/import',
    {
      config: { permission: 'secondments.manage' },
      schema: {
        tags,
        summary: '导入选派名单 Import cadres (multipart `file`: 姓名, 工作单位, 街道; ?dryRun=1 checks only)',
        params: idParams,
        querystring: dryRunQuery,
        response: { 200: s.importResult },
      },
    },
    async (req) =>
      svc.importCadres(
        req.ctx,
        req.params.id,
        await uploadedBytes(req, 'secondments.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.post(
    '/api/secondments/batches/:id/progress',
    {
      config: { permission: 'secondments.host' },
      schema: {
        tags,
        summary: '填报攻坚进度 Record a street target progress',
        params: idParams,
        body: s.progressBody,
        response: { 200: s.batchView },
      },
    },
    async (req) => svc.recordProgress(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/secondments/cadres',
    {
      config: { permission: 'secondments.manage' },
      schema: {
        tags,
        summary: '干部及应锻炼情况 Cadres and who is due',
        querystring: s.cadresQuery,
        response: { 200: z.array(s.cadreView) },
      },
    },
    async (req) => svc.cadres(req.ctx, req.query),
  );
  app.get(
    '/api/secondments/mine',
    {
      config: { permission: 'secondments.log' },
      schema: { tags, summary: '我的实践锻炼 My secondments', response: { 200: z.array(s.assignmentView) } },
    },
    async (req) => svc.mine(req.ctx),
  );
  app.get(
    '/api/secondments/assignments/:id',
    {
      config: { permission: 'secondments.read' },
      schema: {
        tags,
        summary: '锻炼记录 An assignment',
        params: idParams,
        response: { 200: s.assignmentDetail },
      },
    },
    async (req) => svc.assignment(req.ctx, req.params.id),
  );
  app.post(
    '/api/secondments/assignments/:id/work',
    {
      config: { permission: 'secondments.host' },
      schema: {
        tags,
        summary: '记录工作 Record a work entry',
        params: idParams,
        body: s.workBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addWork(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/secondments/assignments/:id/weekly',
    {
      config: { permission: 'secondments.log' },
      schema: {
        tags,
        summary: '填写周志 File the weekly log (Idempotency-Key)',
        params: idParams,
        headers: idemHeaders,
        body: s.weeklyBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addWeekly(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/secondments/assignments/:id/rating',
    {
      config: { permission: 'secondments.host' },
      schema: {
        tags,
        summary: '鉴定 Rate a seconded cadre',
        params: idParams,
        body: s.ratingBody,
        response: { 200: s.assignmentView },
      },
    },
    async (req) => svc.rate(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/secondments/export',
    {
      config: { permission: 'secondments.export' },
      schema: { tags, summary: '导出锻炼台账 Export (.xlsx)', querystring: s.batchQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'secondments.sheet'), await svc.exportBatches(req.ctx, req.query)),
  );
  app.get(
    '/api/secondments/specials',
    {
      config: { permission: 'secondments.manage' },
      schema: { tags, summary: '专项考察 Special assessments', response: { 200: z.array(s.specialView) } },
    },
    async (req) => svc.specials(req.ctx),
  );
  app.post(
    '/api/secondments/specials',
    {
      config: { permission: 'secondments.manage' },
      schema: {
        tags,
        summary: '开展专项考察 Open a special assessment',
        body: s.specialBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createSpecial(req.ctx, req.body),
  );
  app.post(
    '/api/secondments/specials/:id/cadres/:personId',
    {
      config: { permission: 'secondments.manage' },
      schema: {
        tags,
        summary: '专项考察评价 Rate a cadre of a special assessment',
        params: s.specialParams,
        body: s.specialRateBody,
        response: { 200: s.specialCadreView },
      },
    },
    async (req) => svc.rateSpecial(req.ctx, req.params.id, req.params.personId, req.body),
  );
}
