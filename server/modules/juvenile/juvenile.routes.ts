/** HTTP routes of the juvenile module under /api/juvenile. */
import type { App } from '../../platform/http/app.ts';
import { created, idemHeaders, idParams, ok, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  activityBody,
  activityList,
  assignBody,
  caseBody,
  caseList,
  caseView,
  closeBody,
  evaluationBody,
  figuresView,
  libraryImportQuery,
  libraryImportResult,
  libraryView,
  listQuery,
  matchView,
  nodeQuery,
  planBody,
  reportView,
  revealBody,
  revealView,
  sessionBody,
  siteBody,
  siteList,
  workerBody,
  workerList,
  workerUpdate,
  yearQuery,
} from './juvenile.schemas.ts';
import type { JuvenileService } from './juvenile.service.ts';

const tags = ['juvenile'];

/** Registers the juvenile routes. */
export function juvenileRoutes(app: App, svc: JuvenileService) {
  app.get(
    '/api/juvenile/cases',
    {
      config: { permission: 'juvenile.read' },
      schema: {
        tags,
        summary: '帮教对象台账 The cases in reach (masked)',
        querystring: listQuery,
        response: { 200: caseList },
      },
    },
    async (req) => svc.list(req.ctx, req.query),
  );
  app.get(
    '/api/juvenile/cases/export',
    {
      config: { permission: 'juvenile.export' },
      schema: {
        tags,
        summary: '导出帮教台账 Export the case register (.xlsx, masked)',
        querystring: listQuery,
      },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'juvenile.sheet.cases'), await svc.exportCases(req.ctx, req.query)),
  );
  app.post(
    '/api/juvenile/cases',
    {
      config: { permission: 'juvenile.manage' },
      schema: {
        tags,
        summary: '登记帮教对象 Register a referred young person (Idempotency-Key)',
        headers: idemHeaders,
        body: caseBody,
        response: { 200: created },
      },
    },
    async (req) => svc.register(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/juvenile/cases/:id',
    {
      config: { permission: 'juvenile.read' },
      schema: {
        tags,
        summary: '帮教对象详情 A case with its sessions and evaluations',
        params: idParams,
        response: { 200: caseView },
      },
    },
    async (req) => svc.view(req.ctx, req.params.id),
  );
  app.post(
    '/api/juvenile/cases/:id/reveal',
    {
      config: { permission: 'juvenile.reveal' },
      schema: {
        tags,
        summary: '查看完整身份信息 Reveal the name and ID number (audited)',
        params: idParams,
        body: revealBody,
        response: { 200: revealView },
      },
    },
    async (req) => svc.reveal(req.ctx, req.params.id, req.body.reason),
  );
  app.get(
    '/api/juvenile/cases/:id/matches',
    {
      config: { permission: 'juvenile.manage' },
      schema: {
        tags,
        summary: '社工匹配 Social workers suggested for a case',
        params: idParams,
        response: { 200: matchView },
      },
    },
    async (req) => svc.matches(req.ctx, req.params.id),
  );
  app.post(
    '/api/juvenile/cases/:id/assign',
    {
      config: { permission: 'juvenile.manage' },
      schema: {
        tags,
        summary: '分配社工 Assign a social worker and the plan',
        params: idParams,
        body: assignBody,
        response: { 200: caseView },
      },
    },
    async (req) => svc.assign(req.ctx, req.params.id, req.body),
  );
  app.put(
    '/api/juvenile/cases/:id/plan',
    {
      config: { permission: 'juvenile.read' },
      schema: {
        tags,
        summary: '问题与帮教方案 The problems found and the plan',
        params: idParams,
        body: planBody,
        response: { 200: caseView },
      },
    },
    async (req) => svc.setPlan(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/juvenile/cases/:id/sessions',
    {
      config: { permission: 'juvenile.help' },
      schema: {
        tags,
        summary: '帮教记录 Log a session (Idempotency-Key)',
        headers: idemHeaders,
        params: idParams,
        body: sessionBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addSession(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/juvenile/cases/:id/evaluations',
    {
      config: { permission: 'juvenile.help' },
      schema: {
        tags,
        summary: '效果评估 Record an evaluation (Idempotency-Key)',
        headers: idemHeaders,
        params: idParams,
        body: evaluationBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addEvaluation(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/juvenile/cases/:id/close',
    {
      config: { permission: 'juvenile.manage' },
      schema: {
        tags,
        summary: '结案 Close with the outcome and 转处分流',
        params: idParams,
        body: closeBody,
        response: { 200: caseView },
      },
    },
    async (req) => svc.close(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/juvenile/cases/:id/report',
    {
      config: { permission: 'juvenile.read' },
      schema: {
        tags,
        summary: '帮教结案报告 The numbered closing report',
        params: idParams,
        response: { 200: reportView },
      },
    },
    async (req) => svc.report(req.ctx, req.params.id),
  );
  app.get(
    '/api/juvenile/sites',
    {
      config: { permission: 'juvenile.read' },
      schema: {
        tags,
        summary: '保护服务中心与法治教育实践基地 Sites',
        querystring: nodeQuery,
        response: { 200: siteList },
      },
    },
    async (req) => svc.sites(req.ctx, req.query),
  );
  app.post(
    '/api/juvenile/sites',
    {
      config: { permission: 'juvenile.manage' },
      schema: { tags, summary: '新增场所 Add a site', body: siteBody, response: { 200: created } },
    },
    async (req) => svc.addSite(req.ctx, req.body),
  );
  app.get(
    '/api/juvenile/workers',
    {
      config: { permission: 'juvenile.manage' },
      schema: {
        tags,
        summary: '社工能力库 The social workers’ roster',
        querystring: nodeQuery,
        response: { 200: workerList },
      },
    },
    async (req) => svc.workers(req.ctx, req.query),
  );
  app.post(
    '/api/juvenile/workers',
    {
      config: { permission: 'juvenile.manage' },
      schema: {
        tags,
        summary: '登记社工 Put an account on the roster',
        body: workerBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addWorker(req.ctx, req.body),
  );
  app.put(
    '/api/juvenile/workers/:id',
    {
      config: { permission: 'juvenile.manage' },
      schema: {
        tags,
        summary: '修改社工能力与容量 Change skills and capacity',
        params: idParams,
        body: workerUpdate,
        response: { 200: ok },
      },
    },
    async (req) => svc.updateWorker(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/juvenile/library',
    {
      config: { permission: 'juvenile.read' },
      schema: {
        tags,
        summary: '问题库、矫治技术库、效果评估库 The libraries',
        querystring: nodeQuery,
        response: { 200: libraryView },
      },
    },
    async (req) => svc.library(req.ctx, req.query),
  );
  app.get(
    '/api/juvenile/library/export',
    {
      config: { permission: 'juvenile.read' },
      schema: { tags, summary: '导出知识库 Export the libraries (.xlsx)', querystring: nodeQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'juvenile.sheet.library'), await svc.exportLibrary(req.ctx, req.query)),
  );
  app.post(
    '/api/juvenile/library/import',
    {
      config: { permission: 'juvenile.library' },
      schema: {
        tags,
        summary:
          '导入知识库 Import library entries (multipart `file`; ?nodeId=district&dryRun=1 checks only)',
        querystring: libraryImportQuery,
        response: { 200: libraryImportResult },
      },
    },
    async (req) =>
      svc.importLibrary(
        req.ctx,
        req.query.nodeId,
        await uploadedBytes(req, 'juvenile.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.get(
    '/api/juvenile/activities',
    {
      config: { permission: 'juvenile.read' },
      schema: {
        tags,
        summary: '法治教育活动 Legal-education activities of a year',
        querystring: yearQuery,
        response: { 200: activityList },
      },
    },
    async (req) => svc.activities(req.ctx, req.query),
  );
  app.post(
    '/api/juvenile/activities',
    {
      config: { permission: 'juvenile.manage' },
      schema: {
        tags,
        summary: '登记法治教育活动 Record an activity (Idempotency-Key)',
        headers: idemHeaders,
        body: activityBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addActivity(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/juvenile/figures',
    {
      config: { permission: 'juvenile.manage' },
      schema: {
        tags,
        summary: '帮教统计 The figures of a year',
        querystring: yearQuery,
        response: { 200: figuresView },
      },
    },
    async (req) => svc.figures(req.ctx, req.query),
  );
}
