/** HTTP routes of the 学苑工作委员会, class ratings and teachers' awards under /api/training. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idParams, ok, sendXlsxAs } from '../../platform/http/routes.ts';
import * as s from './training.awards.schemas.ts';
import { nodeQuery } from './training.schemas.ts';
import type { TrainingService } from './training.service.ts';

const tags = ['training'];

/** Registers the award routes. */
export function trainingAwardsRoutes(app: App, svc: TrainingService) {
  app.post(
    '/api/training/classes/:id/rating',
    {
      config: { permission: 'training.learn' },
      schema: {
        tags,
        summary: '课程评价 Rate a class',
        params: idParams,
        body: s.rateBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.rateClass(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/training/classes/:id/rating',
    {
      config: { permission: 'training.read' },
      schema: {
        tags,
        summary: '课程评分 A class’s rating',
        params: idParams,
        response: { 200: s.ratingView },
      },
    },
    async (req) => svc.classRating(req.ctx, req.params.id),
  );
  app.get(
    '/api/training/committee',
    {
      config: { permission: 'training.read' },
      schema: {
        tags,
        summary: '学苑工作委员会 The committee',
        querystring: nodeQuery,
        response: { 200: z.array(s.memberView) },
      },
    },
    async (req) => svc.committee(req.ctx, req.query),
  );
  app.post(
    '/api/training/committee',
    {
      config: { permission: 'training.manage' },
      schema: { tags, summary: '增补委员 Add a member', body: s.memberBody, response: { 200: created } },
    },
    async (req) => svc.addMember(req.ctx, req.body),
  );
  app.delete(
    '/api/training/committee/:id',
    {
      config: { permission: 'training.manage' },
      schema: { tags, summary: '委员退出 Remove a member', params: idParams, response: { 200: ok } },
    },
    async (req) => svc.removeMember(req.ctx, req.params.id),
  );
  app.post(
    '/api/training/awards/nominate',
    {
      config: { permission: 'training.manage' },
      schema: {
        tags,
        summary: '生成年度提名 Nominate a year’s teachers',
        body: s.nominateBody,
        response: { 200: z.object({ nominated: z.number() }) },
      },
    },
    async (req) => svc.nominate(req.ctx, req.body),
  );
  app.get(
    '/api/training/awards',
    {
      config: { permission: 'training.read' },
      schema: {
        tags,
        summary: '教师激励奖项 Teachers’ awards',
        querystring: s.awardsQuery,
        response: { 200: z.array(s.awardView) },
      },
    },
    async (req) => svc.awards(req.ctx, req.query),
  );
  app.get(
    '/api/training/awards/mine',
    {
      config: { permission: 'training.read' },
      schema: { tags, summary: '我的奖项 My awards', response: { 200: z.array(s.awardView) } },
    },
    async (req) => svc.myAwards(req.ctx),
  );
  app.get(
    '/api/training/awards.xlsx',
    {
      config: { permission: 'training.export' },
      schema: { tags, summary: '导出奖项 Export awards (Excel)', querystring: s.awardsQuery },
    },
    async (req, reply) =>
      sendXlsxAs(
        reply,
        '教师激励奖项.xlsx',
        await svc.exportAwards(req.ctx, req.query),
        'training-awards.xlsx',
      ),
  );
  app.get(
    '/api/training/awards/:id',
    {
      config: { permission: 'training.read' },
      schema: { tags, summary: '奖项（证书） An award', params: idParams, response: { 200: s.awardView } },
    },
    async (req) => svc.award(req.ctx, req.params.id),
  );
  app.post(
    '/api/training/awards/:id/review',
    {
      config: { permission: 'training.manage' },
      schema: {
        tags,
        summary: '委员会评审 Record the committee’s review',
        params: idParams,
        body: s.reviewBody,
        response: { 200: z.object({ status: s.awardView.shape.status }) },
      },
    },
    async (req) => svc.review(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/training/awards/:id/decide',
    {
      config: { permission: 'training.manage' },
      schema: {
        tags,
        summary: '授予 Decide the award',
        params: idParams,
        body: s.decideBody,
        response: { 200: z.object({ number: z.string() }) },
      },
    },
    async (req) => svc.decide(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/training/awards/:id/reject',
    {
      config: { permission: 'training.manage' },
      schema: {
        tags,
        summary: '不予授予 Turn down',
        params: idParams,
        body: s.rejectBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.reject(req.ctx, req.params.id, req.body),
  );
}
