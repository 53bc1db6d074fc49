/** HTTP routes of the stability module under /api/stability. */
import type { App } from '../../platform/http/app.ts';
import { created, idemHeaders, idParams, ok, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  assessmentBody,
  catalogueImportQuery,
  catalogueImportResult,
  catalogueView,
  decisionBody,
  decisionEditBody,
  decisionList,
  decisionView,
  incidentBody,
  listQuery,
  measureBody,
  moveBody,
  nodeQuery,
  progressBody,
  reportView,
  thresholdsBody,
} from './stability.schemas.ts';
import type { StabilityService } from './stability.service.ts';

const tags = ['stability'];

/** Registers the stability routes. */
export function stabilityRoutes(app: App, svc: StabilityService) {
  app.get(
    '/api/stability/decisions',
    {
      config: { permission: 'stability.read' },
      schema: {
        tags,
        summary: '重大决策事项台账 The register of major decisions',
        querystring: listQuery,
        response: { 200: decisionList },
      },
    },
    async (req) => svc.list(req.ctx, req.query),
  );
  app.get(
    '/api/stability/decisions/export',
    {
      config: { permission: 'stability.export' },
      schema: { tags, summary: '导出台账 Export the register (.xlsx)', querystring: listQuery },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'stability.sheet.register'),
        await svc.exportRegister(req.ctx, req.query),
      ),
  );
  app.post(
    '/api/stability/decisions',
    {
      config: { permission: 'stability.register' },
      schema: {
        tags,
        summary: '登记重大决策事项 Register a major decision (Idempotency-Key)',
        headers: idemHeaders,
        body: decisionBody,
        response: { 200: created },
      },
    },
    async (req) => svc.register(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/stability/decisions/:id',
    {
      config: { permission: 'stability.read' },
      schema: {
        tags,
        summary: '决策事项详情 A decision with its assessment rounds, measures and incidents',
        params: idParams,
        response: { 200: decisionView },
      },
    },
    async (req) => svc.view(req.ctx, req.params.id),
  );
  app.put(
    '/api/stability/decisions/:id',
    {
      config: { permission: 'stability.register' },
      schema: {
        tags,
        summary: '修改事项（评估提交前）Edit a decision before its assessment is submitted',
        params: idParams,
        body: decisionEditBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.editDecision(req.ctx, req.params.id, req.body),
  );
  app.put(
    '/api/stability/decisions/:id/assessment',
    {
      config: { permission: 'stability.register' },
      schema: {
        tags,
        summary: '保存评估 Save the assessment in progress (risk sources, survey, experts)',
        params: idParams,
        body: assessmentBody,
        response: { 200: decisionView },
      },
    },
    async (req) => svc.saveAssessment(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/stability/decisions/:id/moves',
    {
      config: { permission: 'stability.read' },
      schema: {
        tags,
        summary: '提交评估/审核确认/退回/决策/暂缓/不实施/重新评估 Move a decision',
        params: idParams,
        body: moveBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.moveDecision(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/stability/decisions/:id/report',
    {
      config: { permission: 'stability.read' },
      schema: {
        tags,
        summary: '社会稳定风险评估报告 The numbered assessment report (once confirmed)',
        params: idParams,
        response: { 200: reportView },
      },
    },
    async (req) => svc.report(req.ctx, req.params.id),
  );
  app.post(
    '/api/stability/decisions/:id/measures',
    {
      config: { permission: 'stability.register' },
      schema: {
        tags,
        summary: '添加化解措施 Add a mitigation measure (Idempotency-Key)',
        headers: idemHeaders,
        params: idParams,
        body: measureBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addMeasure(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/stability/measures/:id/progress',
    {
      config: { permission: 'stability.register' },
      schema: {
        tags,
        summary: '措施进展 Record a measure’s progress (Idempotency-Key)',
        headers: idemHeaders,
        params: idParams,
        body: progressBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.progress(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/stability/decisions/:id/incidents',
    {
      config: { permission: 'stability.register' },
      schema: {
        tags,
        summary: '决策后事件 Report an incident after the decision (Idempotency-Key)',
        headers: idemHeaders,
        params: idParams,
        body: incidentBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addIncident(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/stability/catalogue',
    {
      config: { permission: 'stability.read' },
      schema: {
        tags,
        summary: '风险源目录与阈值 The district’s risk-source catalogue and thresholds',
        querystring: nodeQuery,
        response: { 200: catalogueView },
      },
    },
    async (req) => svc.catalogue(req.ctx, req.query),
  );
  app.put(
    '/api/stability/thresholds',
    {
      config: { permission: 'stability.catalogue' },
      schema: {
        tags,
        summary: '设置反对率阈值 Set the district’s opposition thresholds',
        body: thresholdsBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.setThresholds(req.ctx, req.body),
  );
  app.post(
    '/api/stability/catalogue/import',
    {
      config: { permission: 'stability.catalogue' },
      schema: {
        tags,
        summary:
          '导入风险源目录 Import risk sources (multipart `file`; ?nodeId=district&dryRun=1 checks only)',
        querystring: catalogueImportQuery,
        response: { 200: catalogueImportResult },
      },
    },
    async (req) =>
      svc.importCatalogue(
        req.ctx,
        req.query.nodeId,
        await uploadedBytes(req, 'stability.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
}
