/** HTTP routes of assessment's points and promotion months. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import type { AssessmentService } from './assessment.service.ts';
import * as s from './assessment.schemas.ts';

const tags = ['assessment'];
const thisYear = () => new Date().getUTCFullYear();

/** Registers the points and promotion-months routes. */
export function assessmentPointsRoutes(app: App, svc: AssessmentService) {
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
  for (const [url, summary, decide] of [
    ['/api/assessment/months/declarations/:id/confirm', '组织部认定 Confirm', 'confirmDeclaration'],
    ['/api/assessment/months/declarations/:id/reject', '不予认定 Reject', 'rejectDeclaration'],
  ] as const)
    app.post(
      url,
      {
        config: { permission: 'assessment.manage' },
        schema: {
          tags,
          summary,
          params: s.idParams,
          body: s.decideDeclarationBody,
          response: { 200: s.declarationView },
        },
      },
      async (req) => p[decide](req.ctx, req.params.id, req.body),
    );
}
