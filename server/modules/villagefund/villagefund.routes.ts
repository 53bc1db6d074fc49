/** HTTP routes of the 强村富民 fund under /api/villagefund. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  idemHeaders,
  idParams,
  ok,
  optionalNodeQuery,
  sendXlsxAs,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import {
  applyBody,
  batchBody,
  batchDecision,
  exportQuery,
  feasibilityView,
  figuresQuery,
  figuresView,
  importResult,
  inflowBody,
  ledgerQuery,
  ledgerView,
  planBody,
  poolBody,
  poolView,
  projectDetail,
  projectsQuery,
  projectSummary,
  reviewBody,
  stepBody,
  visitBody,
} from './villagefund.schemas.ts';
import type { VillagefundService } from './villagefund.service.ts';
import { villagefundPledgesRoutes } from './villagefund.pledges.routes.ts';

const tags = ['villagefund'];

/** Registers the fund's routes. */
export function villagefundRoutes(app: App, svc: VillagefundService) {
  // ---------- pools and ledger ----------
  app.get(
    '/api/villagefund/pools',
    {
      config: { permission: 'villagefund.read' },
      schema: {
        tags,
        summary: '资金池 Fund pools',
        querystring: optionalNodeQuery,
        response: { 200: z.array(poolView) },
      },
    },
    async (req) => svc.pools(req.ctx, req.query),
  );
  app.post(
    '/api/villagefund/pools',
    {
      config: { permission: 'villagefund.manage' },
      schema: { tags, summary: '设立资金池 Set up a pool', body: poolBody, response: { 200: created } },
    },
    async (req) => svc.createPool(req.ctx, req.body),
  );
  app.get(
    '/api/villagefund/pools/:id',
    {
      config: { permission: 'villagefund.read' },
      schema: { tags, summary: '资金池详情 A pool', params: idParams, response: { 200: poolView } },
    },
    async (req) => svc.pool(req.ctx, req.params.id),
  );
  app.get(
    '/api/villagefund/pools/:id/ledger',
    {
      config: { permission: 'villagefund.read' },
      schema: {
        tags,
        summary: '资金台账 The ledger',
        params: idParams,
        querystring: ledgerQuery,
        response: { 200: z.array(ledgerView) },
      },
    },
    async (req) => svc.ledger(req.ctx, req.params.id, req.query.year),
  );
  app.post(
    '/api/villagefund/pools/:id/inflows',
    {
      config: { permission: 'villagefund.manage' },
      schema: {
        tags,
        summary: '资金入池 Money raised (1+1+1+N)',
        params: idParams,
        body: inflowBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addInflow(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/villagefund/pools/:id/inflows/import',
    {
      config: { permission: 'villagefund.manage' },
      schema: {
        tags,
        summary: '导入入池资金 Import money raised (multipart `file`: .xlsx or CSV)',
        params: idParams,
        response: { 200: importResult },
      },
    },
    async (req) => svc.importInflows(req.ctx, req.params.id, await uploadedBytes(req)),
  );
  app.get(
    '/api/villagefund/pools/:id/ledger.xlsx',
    {
      config: { permission: 'villagefund.export' },
      schema: { tags, summary: '导出资金台账 Export the ledger (Excel)', params: idParams },
    },
    async (req, reply) =>
      sendXlsxAs(reply, '资金台账.xlsx', await svc.exportLedger(req.ctx, req.params.id), 'villagefund.xlsx'),
  );

  // ---------- projects ----------
  app.get(
    '/api/villagefund/projects',
    {
      config: { permission: 'villagefund.read' },
      schema: {
        tags,
        summary: '强村富民项目 Projects',
        querystring: projectsQuery,
        response: { 200: z.array(projectSummary) },
      },
    },
    async (req) => svc.list(req.ctx, req.query),
  );
  app.post(
    '/api/villagefund/projects',
    {
      config: { permission: 'villagefund.apply' },
      schema: {
        tags,
        summary: '申报项目 Apply for a project',
        body: applyBody,
        headers: idemHeaders,
        response: { 200: created },
      },
    },
    async (req) => svc.apply(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/villagefund/projects/:id',
    {
      config: { permission: 'villagefund.read' },
      schema: { tags, summary: '项目详情 A project', params: idParams, response: { 200: projectDetail } },
    },
    async (req) => svc.get(req.ctx, req.params.id),
  );
  app.post(
    '/api/villagefund/projects/:id/steps',
    {
      config: { permission: 'villagefund.manage|villagefund.apply' },
      schema: {
        tags,
        summary: '推进项目 Take a step (评审、立项、不予立项、撤回、退出)',
        params: idParams,
        body: stepBody,
        response: { 200: z.object({ stage: z.string() }) },
      },
    },
    async (req) => svc.step(req.ctx, req.params.id, req.body as Parameters<VillagefundService['step']>[2]),
  );
  app.post(
    '/api/villagefund/projects/:id/visits',
    {
      config: { permission: 'villagefund.manage' },
      schema: {
        tags,
        summary: '实地走访 A panel visit (4+X)',
        params: idParams,
        body: visitBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addVisit(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/villagefund/projects/:id/analysis',
    {
      config: { permission: 'villagefund.manage' },
      schema: {
        tags,
        summary: '线上数据评估 Run the analysis',
        params: idParams,
        response: { 200: feasibilityView },
      },
    },
    async (req) => svc.analyse(req.ctx, req.params.id),
  );
  app.get(
    '/api/villagefund/projects/:id/report',
    {
      config: { permission: 'villagefund.read' },
      schema: { tags, summary: '可行性研究报告 The feasibility report (printable HTML)', params: idParams },
    },
    async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await svc.report(req.ctx, req.params.id)),
  );
  app.put(
    '/api/villagefund/projects/:id/plan',
    {
      config: { permission: 'villagefund.manage' },
      schema: {
        tags,
        summary: '项目方案 The project plan',
        params: idParams,
        body: planBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.setPlan(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/villagefund/projects/:id/batches',
    {
      config: { permission: 'villagefund.apply' },
      schema: {
        tags,
        summary: '按进度申请拨付 Ask for a batch by progress',
        params: idParams,
        body: batchBody,
        headers: idemHeaders,
        response: { 200: created },
      },
    },
    async (req) => svc.requestBatch(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/villagefund/batches/:id/decision',
    {
      config: { permission: 'villagefund.manage|villagefund.disburse' },
      schema: {
        tags,
        summary: '批准、不批准或审核拨付 Approve, reject or pay a batch',
        params: idParams,
        body: batchDecision,
        response: { 200: z.object({ status: z.string() }) },
      },
    },
    async (req) => svc.decideBatch(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/villagefund/projects/:id/reviews',
    {
      config: { permission: 'villagefund.manage' },
      schema: {
        tags,
        summary: '年度绩效评估 Yearly performance review',
        params: idParams,
        body: reviewBody,
        response: { 200: z.object({ score: z.number(), grade: z.string() }) },
      },
    },
    async (req) => svc.review(req.ctx, req.params.id, req.body),
  );

  // ---------- figures and exports ----------
  app.get(
    '/api/villagefund/figures',
    {
      config: { permission: 'villagefund.read' },
      schema: {
        tags,
        summary: '强村富民数据 Figures',
        querystring: figuresQuery,
        response: { 200: figuresView },
      },
    },
    async (req) => svc.figures(req.ctx, req.query),
  );
  app.get(
    '/api/villagefund/export/projects.xlsx',
    {
      config: { permission: 'villagefund.export' },
      schema: { tags, summary: '导出项目台账 Export projects (Excel)', querystring: exportQuery },
    },
    async (req, reply) =>
      sendXlsxAs(
        reply,
        '强村富民项目台账.xlsx',
        await svc.exportProjects(req.ctx, req.query),
        'villagefund.xlsx',
      ),
  );
  villagefundPledgesRoutes(app, svc);
}
