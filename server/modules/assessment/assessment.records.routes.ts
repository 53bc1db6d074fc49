/**
 * HTTP routes of assessment's records and results:
 *   GET    /api/assessment/observations?districtId&unitNodeId   双点 observations               assessment.read
 *   POST   /api/assessment/observations                         record one                      assessment.manage
 *   GET    /api/assessment/me/reports                           my work reports                 assessment.self
 *   POST   /api/assessment/me/reports                           log a matter (Idempotency-Key)  assessment.self
 *   POST   /api/assessment/me/reports/:id/files                 evidence (multipart `file`)     assessment.self
 *   GET    /api/assessment/reports?districtId&unitNodeId&status&outstanding  matters in scope  assessment.read
 *   POST   /api/assessment/reports/:id/decide                   confirm / return, outstanding   assessment.review
 *   GET    /api/assessment/reports/:id/files/:fileId            evidence bytes                  assessment.read|assessment.self
 *   GET    /api/assessment/pq/indicators                        the 45 indicators               assessment.pq.read
 *   GET    /api/assessment/pq/people/:personId                  a file (audited)                assessment.pq.read
 *   GET    /api/assessment/pq/people/:personId/print            printable file (audited)        assessment.pq.read
 *   POST   /api/assessment/pq/entries                           add to a file                   assessment.pq.write
 *   GET    /api/assessment/pq/library?districtId&…              研判信息库 (audited)            assessment.pq.read
 *   GET    /api/assessment/points/people/:personId?year         a ledger                        assessment.read|assessment.self
 *   POST   /api/assessment/points                               request a manual entry          assessment.review
 *   GET    /api/assessment/points/pending?districtId            waiting for approval            assessment.manage
 *   POST   /api/assessment/points/:id/decide                    approve / reject                assessment.manage
 *   GET    /api/assessment/points/ranking?districtId&quarter    quarterly ranking               assessment.read
 *   GET    /api/assessment/months/people/:personId?year         promotion months                assessment.read|assessment.self
 *   POST   /api/assessment/months/declarations                  declare a situation or veto     assessment.review|assessment.self
 *   GET    /api/assessment/months/declarations?districtId&status  declarations in scope        assessment.read
 *   POST   /api/assessment/months/declarations/:id/review       joint review                    assessment.manage
 *   POST   /api/assessment/months/declarations/:id/confirm      confirm                         assessment.manage
 *   POST   /api/assessment/months/declarations/:id/reject       reject                          assessment.manage
 *   GET    /api/assessment/portraits/:personId                  portrait (radar and tags)       assessment.read|assessment.self
 *   POST   /api/assessment/peer-reviews                         review a colleague              assessment.review|assessment.self
 *   POST   /api/assessment/suggest                              cadres for a task               assessment.manage
 *   GET    /api/assessment/results/eligibility?districtId&quarter  top-30% list with reasons   assessment.manage
 *   GET    /api/assessment/results/intake?districtId&list        雏鹰/青干班/一线/谈话           assessment.manage
 *   GET    /api/assessment/results/stars?districtId&month&quarter  stars                        assessment.read
 *   GET    /api/assessment/groups?districtId                    groups and members              assessment.read
 *   GET    /api/assessment/rotation/alerts?districtId           rotation alerts                 assessment.manage
 *   GET    /api/assessment/rotation/plans?districtId            the rotation plan               assessment.manage
 *   POST   /api/assessment/rotation/plans                       plan a rotation                 assessment.manage
 *   PATCH  /api/assessment/rotation/plans/:id                   done / cancelled                assessment.manage
 */
import { z } from 'zod';
import { DomainError } from '../../platform/errors.ts';
import type { App } from '../../platform/http/app.ts';
import type { AssessmentService } from './assessment.service.ts';
import * as s from './assessment.schemas.ts';
import { PQ_INDICATORS } from './assessment.pq.ts';

const tags = ['assessment'];
/** The Idempotency-Key header, when sent. */
const keyOf = (h: Record<string, unknown>) =>
  typeof h['idempotency-key'] === 'string' ? h['idempotency-key'] : undefined;
const thisYear = () => new Date().getUTCFullYear();

/** Registers the record and result routes. */
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
    async (req) => {
      const file = await req.file();
      if (!file) throw new DomainError(400, 'assessment.file_missing');
      return r.addReportFile(req.ctx, req.params.id, { name: file.filename, data: await file.toBuffer() });
    },
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

  // ---- points ----
  const p = svc.points;
  app.get(
    '/api/assessment/points/people/:personId',
    {
      config: { permission: 'assessment.read|assessment.self' },
      schema: {
        tags,
        summary: '积分台账 Ledger',
        params: s.personParams,
        querystring: s.yearQuery,
        response: { 200: s.ledgerView },
      },
    },
    async (req) => p.ledger(req.ctx, req.params.personId, req.query.year ?? thisYear()),
  );
  app.post(
    '/api/assessment/points',
    {
      config: { permission: 'assessment.review' },
      schema: {
        tags,
        summary: '申请加扣分 Request points',
        body: s.pointsBody,
        response: { 200: s.created },
      },
    },
    async (req) => p.requestPoints(req.ctx, req.body),
  );
  app.get(
    '/api/assessment/points/pending',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '待审批积分 Pending',
        querystring: s.districtQuery,
        response: { 200: z.array(s.pointsRequestView) },
      },
    },
    async (req) => p.pendingPoints(req.ctx, req.query.districtId),
  );
  app.post(
    '/api/assessment/points/:id/decide',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '审批积分 Decide',
        params: s.idParams,
        body: s.decidePointsBody,
        response: { 200: z.object({ id: z.uuid(), status: z.string() }) },
      },
    },
    async (req) => p.decidePoints(req.ctx, req.params.id, req.body.decision),
  );
  app.get(
    '/api/assessment/points/ranking',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags,
        summary: '积分季度排名 Quarterly ranking',
        querystring: s.pointsRankingQuery,
        response: { 200: z.array(s.pointsRankingRow) },
      },
    },
    async (req) => p.pointsRanking(req.ctx, req.query),
  );

  // ---- promotion months ----
  app.get(
    '/api/assessment/months/people/:personId',
    {
      config: { permission: 'assessment.read|assessment.self' },
      schema: {
        tags,
        summary: '晋升月数 Promotion months',
        params: s.personParams,
        querystring: s.yearQuery,
        response: { 200: s.monthsView },
      },
    },
    async (req) => p.months(req.ctx, req.params.personId, req.query.year),
  );
  app.post(
    '/api/assessment/months/declarations',
    {
      config: { permission: 'assessment.review|assessment.self' },
      schema: { tags, summary: '申报情形 Declare', body: s.declarationBody, response: { 200: s.created } },
    },
    async (req) => p.declare(req.ctx, req.body),
  );
  app.get(
    '/api/assessment/months/declarations',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags,
        summary: '晋升申报 Declarations',
        querystring: s.declarationsQuery,
        response: { 200: z.array(s.declarationView) },
      },
    },
    async (req) => p.declarations(req.ctx, req.query),
  );
  app.post(
    '/api/assessment/months/declarations/:id/review',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '联合审定 Joint review',
        params: s.idParams,
        body: s.reviewDeclarationBody,
        response: { 200: s.declarationView },
      },
    },
    async (req) => p.reviewDeclaration(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/assessment/months/declarations/:id/confirm',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '组织部认定 Confirm',
        params: s.idParams,
        body: s.decideDeclarationBody,
        response: { 200: s.declarationView },
      },
    },
    async (req) => p.confirmDeclaration(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/assessment/months/declarations/:id/reject',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '不予认定 Reject',
        params: s.idParams,
        body: s.decideDeclarationBody,
        response: { 200: s.declarationView },
      },
    },
    async (req) => p.rejectDeclaration(req.ctx, req.params.id, req.body),
  );

  // ---- portrait, results, rotation ----
  const x = svc.results;
  app.get(
    '/api/assessment/portraits/:personId',
    {
      config: { permission: 'assessment.read|assessment.self' },
      schema: {
        tags,
        summary: '人物画像 Portrait',
        params: s.personParams,
        response: { 200: s.portraitView },
      },
    },
    async (req) => x.portrait(req.ctx, req.params.personId),
  );
  app.post(
    '/api/assessment/peer-reviews',
    {
      config: { permission: 'assessment.review|assessment.self' },
      schema: { tags, summary: '同事互评 Peer review', body: s.peerReviewBody, response: { 200: s.created } },
    },
    async (req) => x.peerReview(req.ctx, req.body),
  );
  app.post(
    '/api/assessment/suggest',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '人岗匹配 Suggest cadres',
        body: s.suggestBody,
        response: { 200: z.array(s.suggestionView) },
      },
    },
    async (req) => x.suggest(req.ctx, req.body),
  );
  app.get(
    '/api/assessment/results/eligibility',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '提拔资格（前30%） Eligibility',
        querystring: s.resultsQuery,
        response: { 200: z.array(s.eligibilityRow) },
      },
    },
    async (req) => x.eligibility(req.ctx, req.query),
  );
  app.get(
    '/api/assessment/results/intake',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '培养与谈话名单 Intake lists',
        querystring: s.intakeQuery,
        response: { 200: z.array(s.intakeRow) },
      },
    },
    async (req) => x.intake(req.ctx, req.query),
  );
  app.get(
    '/api/assessment/results/stars',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags,
        summary: '月度/季度之星 Stars',
        querystring: s.starsQuery,
        response: { 200: z.array(s.starRow) },
      },
    },
    async (req) => x.stars(req.ctx, req.query),
  );
  app.get(
    '/api/assessment/groups',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags,
        summary: '分类赛道 Groups',
        querystring: s.districtQuery,
        response: { 200: z.array(s.groupRow) },
      },
    },
    async (req) => x.groups(req.ctx, req.query.districtId),
  );
  app.get(
    '/api/assessment/rotation/alerts',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '轮岗提醒 Rotation alerts',
        querystring: s.districtQuery,
        response: { 200: z.array(s.rotationAlertRow) },
      },
    },
    async (req) => x.rotationAlerts(req.ctx, req.query.districtId),
  );
  app.get(
    '/api/assessment/rotation/plans',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '轮岗计划 Rotation plan',
        querystring: s.districtQuery,
        response: { 200: z.array(s.rotationPlanView) },
      },
    },
    async (req) => x.rotationPlans(req.ctx, req.query.districtId),
  );
  app.post(
    '/api/assessment/rotation/plans',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '纳入轮岗计划 Plan a rotation',
        body: s.rotationPlanBody,
        response: { 200: s.created },
      },
    },
    async (req) => x.planRotation(req.ctx, req.body),
  );
  app.patch(
    '/api/assessment/rotation/plans/:id',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '更新轮岗计划 Update',
        params: s.idParams,
        body: s.rotationPlanPatch,
        response: { 200: z.object({ id: z.uuid(), status: z.string() }) },
      },
    },
    async (req) => x.setRotationPlan(req.ctx, req.params.id, req.body.status),
  );
}
