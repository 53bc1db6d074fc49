/** HTTP routes of assessment's portraits, results and rotation. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import type { AssessmentService } from './assessment.service.ts';
import * as s from './assessment.schemas.ts';

const tags = ['assessment'];

/** Registers the portrait, result and rotation routes. */
export function assessmentResultsRoutes(app: App, svc: AssessmentService) {
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
  // a district's groups, rotation alerts and rotation plan
  for (const [url, permission, summary, row, list] of [
    ['/api/assessment/groups', 'assessment.read', '分类赛道 Groups', s.groupRow, 'groups'],
    [
      '/api/assessment/rotation/alerts',
      'assessment.manage',
      '轮岗提醒 Rotation alerts',
      s.rotationAlertRow,
      'rotationAlerts',
    ],
    [
      '/api/assessment/rotation/plans',
      'assessment.manage',
      '轮岗计划 Rotation plan',
      s.rotationPlanView,
      'rotationPlans',
    ],
  ] as const)
    app.get(
      url,
      {
        config: { permission },
        schema: { tags, summary, querystring: s.districtQuery, response: { 200: z.array(row) } },
      },
      async (req) => x[list](req.ctx, req.query.districtId),
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
