/** HTTP routes of the incentives module under /api/incentives. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idemHeaders, idParams, ok, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  cadreView,
  careBody,
  careList,
  catalogueImportResult,
  catalogueView,
  commendationsQuery,
  commendationView,
  decisionDoc,
  figuresView,
  followUpBody,
  grantBody,
  grantList,
  grantMoveBody,
  grantView,
  importQuery,
  listQuery,
  mineView,
  nodeQuery,
  restBody,
  restList,
  restListQuery,
  restMoveBody,
  restNotice,
  talkBody,
  talkList,
  yearQuery,
} from './incentives.schemas.ts';
import type { IncentivesService } from './incentives.service.ts';

const tags = ['incentives'];

/** Registers the incentives routes. */
export function incentivesRoutes(app: App, svc: IncentivesService) {
  app.get(
    '/api/incentives/measures',
    {
      config: { permission: 'incentives.read' },
      schema: {
        tags,
        summary: '激励措施目录 The district’s measure catalogue',
        querystring: nodeQuery,
        response: { 200: catalogueView },
      },
    },
    async (req) => svc.catalogue(req.ctx, req.query),
  );
  app.get(
    '/api/incentives/measures/export',
    {
      config: { permission: 'incentives.export' },
      schema: { tags, summary: '导出激励措施目录 Export the catalogue (.xlsx)', querystring: nodeQuery },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'incentives.sheet.catalogue'),
        await svc.exportCatalogue(req.ctx, req.query),
      ),
  );
  app.post(
    '/api/incentives/measures/import',
    {
      config: { permission: 'incentives.catalogue' },
      schema: {
        tags,
        summary:
          '导入激励措施目录 Import the catalogue (multipart `file`; ?nodeId=district&dryRun=1 checks only)',
        querystring: importQuery,
        response: { 200: catalogueImportResult },
      },
    },
    async (req) =>
      svc.importCatalogue(
        req.ctx,
        req.query.nodeId,
        await uploadedBytes(req, 'incentives.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.get(
    '/api/incentives/cadres',
    {
      config: { permission: 'incentives.propose' },
      schema: {
        tags,
        summary: '本单位干部 The cadres of the actor’s units',
        querystring: nodeQuery,
        response: { 200: z.array(cadreView) },
      },
    },
    async (req) => svc.cadres(req.ctx, req.query),
  );
  app.get(
    '/api/incentives/commendations',
    {
      config: { permission: 'incentives.propose' },
      schema: {
        tags,
        summary: '干部的嘉奖令 The 嘉奖令 issued for a cadre this year or last (what a proposal may follow)',
        querystring: commendationsQuery,
        response: { 200: z.array(commendationView) },
      },
    },
    async (req) => svc.grants.commendations(req.ctx, req.query.personId),
  );
  app.get(
    '/api/incentives/grants',
    {
      config: { permission: 'incentives.read' },
      schema: {
        tags,
        summary: '激励记录 Incentive records in scope',
        querystring: listQuery,
        response: { 200: grantList },
      },
    },
    async (req) => svc.grants.list(req.ctx, req.query),
  );
  app.get(
    '/api/incentives/grants/export',
    {
      config: { permission: 'incentives.export' },
      schema: { tags, summary: '导出激励记录 Export the incentive records (.xlsx)', querystring: yearQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'incentives.sheet.grants'), await svc.exportGrants(req.ctx, req.query)),
  );
  app.post(
    '/api/incentives/grants',
    {
      config: { permission: 'incentives.propose' },
      schema: {
        tags,
        summary: '单位提出激励建议 A unit proposes a measure for a cadre (Idempotency-Key)',
        headers: idemHeaders,
        body: grantBody,
        response: { 200: created },
      },
    },
    async (req) => svc.grants.propose(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/incentives/grants/:id',
    {
      config: { permission: 'incentives.read' },
      schema: {
        tags,
        summary: '激励记录详情 One incentive record',
        params: idParams,
        response: { 200: grantView },
      },
    },
    async (req) => svc.grants.view(req.ctx, req.params.id),
  );
  app.post(
    '/api/incentives/grants/:id/moves',
    {
      config: { permission: 'incentives.read' },
      schema: {
        tags,
        summary: '审批/退回/撤回 Approve, reject or withdraw a proposal',
        params: idParams,
        body: grantMoveBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.grants.move(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/incentives/grants/:id/decision',
    {
      config: { permission: 'incentives.print' },
      schema: {
        tags,
        summary: '激励决定 The numbered decision (once approved)',
        params: idParams,
        response: { 200: decisionDoc },
      },
    },
    async (req) => svc.grants.decision(req.ctx, req.params.id),
  );
  app.get(
    '/api/incentives/mine',
    {
      config: { permission: 'incentives.own' },
      schema: {
        tags,
        summary: '我的激励与休整休养 A cadre’s own records and entitlements',
        response: { 200: mineView },
      },
    },
    async (req) => svc.rests.mine(req.ctx),
  );
  app.get(
    '/api/incentives/rests',
    {
      config: { permission: 'incentives.read' },
      schema: {
        tags,
        summary: '休整休养安排 Rest periods in scope',
        querystring: restListQuery,
        response: { 200: restList },
      },
    },
    async (req) => svc.rests.list(req.ctx, req.query),
  );
  app.post(
    '/api/incentives/rests',
    {
      config: { permission: 'incentives.own' },
      schema: {
        tags,
        summary: '预约休整休养 A cadre books a rest period (Idempotency-Key)',
        headers: idemHeaders,
        body: restBody,
        response: { 200: created },
      },
    },
    async (req) => svc.rests.book(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/incentives/rests/:id/moves',
    {
      config: { permission: 'incentives.print' },
      schema: {
        tags,
        summary: '审批/退回/取消 Approve, reject or cancel a rest period',
        params: idParams,
        body: restMoveBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.rests.move(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/incentives/rests/:id/notice',
    {
      config: { permission: 'incentives.print' },
      schema: {
        tags,
        summary: '休整休养通知 The numbered notice (once approved)',
        params: idParams,
        response: { 200: restNotice },
      },
    },
    async (req) => svc.rests.notice(req.ctx, req.params.id),
  );
  app.get(
    '/api/incentives/care',
    {
      config: { permission: 'incentives.read' },
      schema: {
        tags,
        summary: '关心关爱记录 Care records in scope',
        querystring: yearQuery,
        response: { 200: careList },
      },
    },
    async (req) => svc.careList(req.ctx, req.query),
  );
  app.post(
    '/api/incentives/care',
    {
      config: { permission: 'incentives.care' },
      schema: {
        tags,
        summary: '登记关心关爱 Record a visit, check-up or hardship help',
        body: careBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addCare(req.ctx, req.body),
  );
  app.post(
    '/api/incentives/care/:id/follow-up',
    {
      config: { permission: 'incentives.care' },
      schema: {
        tags,
        summary: '回访 Record the follow-up',
        params: idParams,
        body: followUpBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.followUp(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/incentives/talks',
    {
      config: { permission: 'incentives.read' },
      schema: {
        tags,
        summary: '谈心谈话记录 Talks in scope',
        querystring: yearQuery,
        response: { 200: talkList },
      },
    },
    async (req) => svc.talkList(req.ctx, req.query),
  );
  app.post(
    '/api/incentives/talks',
    {
      config: { permission: 'incentives.care' },
      schema: { tags, summary: '登记谈心谈话 Record a talk', body: talkBody, response: { 200: created } },
    },
    async (req) => svc.addTalk(req.ctx, req.body),
  );
  app.get(
    '/api/incentives/figures',
    {
      config: { permission: 'incentives.read' },
      schema: {
        tags,
        summary: '激励统计 The figures of a year, by area and month',
        querystring: yearQuery,
        response: { 200: figuresView },
      },
    },
    async (req) => svc.figures(req.ctx, req.query),
  );
}
