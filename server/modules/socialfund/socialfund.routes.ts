/** HTTP routes of the socialfund module under /api/socialfund. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  dryRunQuery,
  idemHeaders,
  idParams,
  ok,
  sendXlsx,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import {
  agreementView,
  applicationBody,
  applicationPatch,
  applicationRow,
  applicationView,
  fundBody,
  fundsView,
  linesImportResult,
  listQuery,
  moveBody,
  payBody,
  publishedView,
  reportBody,
  roundBody,
  roundMoveBody,
  roundView,
  scoreBody,
} from './socialfund.schemas.ts';
import type { SocialfundService } from './socialfund.service.ts';

const tags = ['socialfund'];

/** Registers the socialfund routes. */
export function socialfundRoutes(app: App, svc: SocialfundService) {
  app.get(
    '/api/socialfund/funds',
    {
      config: { permission: 'socialfund.read' },
      schema: { tags, summary: '专项资金及各期 Funds and their rounds', response: { 200: fundsView } },
    },
    async (req) => svc.listFunds(req.ctx),
  );
  app.post(
    '/api/socialfund/funds',
    {
      config: { permission: 'socialfund.manage' },
      schema: { tags, summary: '设立资金 Set up a fund', body: fundBody, response: { 200: created } },
    },
    async (req) => svc.createFund(req.ctx, req.body),
  );
  app.post(
    '/api/socialfund/funds/:id/rounds',
    {
      config: { permission: 'socialfund.manage' },
      schema: {
        tags,
        summary: '发布申报指南（新一期） Open a round with its call',
        params: idParams,
        body: roundBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createRound(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/socialfund/rounds/:id',
    {
      config: { permission: 'socialfund.read' },
      schema: {
        tags,
        summary: '一期的申报与排名 A round with its ranked applications',
        params: idParams,
        response: { 200: roundView },
      },
    },
    async (req) => svc.getRound(req.ctx, req.params.id),
  );
  app.post(
    '/api/socialfund/rounds/:id/moves',
    {
      config: { permission: 'socialfund.manage' },
      schema: {
        tags,
        summary: '进入评审/公示 Move a round to review or publish it',
        params: idParams,
        body: roundMoveBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.moveRound(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/socialfund/rounds/:id/export',
    {
      config: { permission: 'socialfund.export' },
      schema: { tags, summary: '导出申报 Export the applications (.xlsx)', params: idParams },
    },
    async (req, reply) => {
      const x = await svc.exportApplications(req.ctx, req.params.id);
      return sendXlsx(reply, `${x.title}申报`, x.bytes);
    },
  );
  app.get(
    '/api/socialfund/rounds/:id/funded/export',
    {
      config: { permission: 'socialfund.export' },
      schema: { tags, summary: '导出资助名单 Export the funded list (.xlsx)', params: idParams },
    },
    async (req, reply) => {
      const x = await svc.exportFunded(req.ctx, req.params.id);
      return sendXlsx(reply, `${x.title}资助名单`, x.bytes);
    },
  );
  app.post(
    '/api/socialfund/rounds/:id/lines/import',
    {
      config: { permission: 'socialfund.manage' },
      schema: {
        tags,
        summary:
          '导入预算明细 Import budget lines for the round (multipart `file`: 项目名称, 科目, 金额（元）; ?dryRun=1 checks only)',
        params: idParams,
        querystring: dryRunQuery,
        response: { 200: linesImportResult },
      },
    },
    async (req) =>
      svc.importLines(
        req.ctx,
        req.params.id,
        await uploadedBytes(req, 'socialfund.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.get(
    '/api/socialfund/public/rounds/:id',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '资助项目公示 The published list of funded projects (public)',
        params: idParams,
        response: { 200: publishedView },
      },
    },
    async (req) => svc.published(req.params.id),
  );
  app.post(
    '/api/socialfund/rounds/:id/applications',
    {
      config: { permission: 'socialfund.apply' },
      schema: {
        tags,
        summary: '填写申报（草稿） Start an application (Idempotency-Key honoured)',
        params: idParams,
        headers: idemHeaders,
        body: applicationBody,
        response: { 200: created },
      },
    },
    async (req) => svc.apply(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/socialfund/applications',
    {
      config: { permission: 'socialfund.read' },
      schema: {
        tags,
        summary: '申报列表 Applications the user may see',
        querystring: listQuery,
        response: { 200: z.array(applicationRow) },
      },
    },
    async (req) => svc.listApplications(req.ctx, req.query),
  );
  app.get(
    '/api/socialfund/applications/:id',
    {
      config: { permission: 'socialfund.read' },
      schema: {
        tags,
        summary: '申报详情 An application',
        params: idParams,
        response: { 200: applicationView },
      },
    },
    async (req) => svc.getApplication(req.ctx, req.params.id),
  );
  app.get(
    '/api/socialfund/applications/:id/agreement',
    {
      config: { permission: 'socialfund.read' },
      schema: {
        tags,
        summary: '资助协议（立项后，编号）The numbered grant agreement',
        params: idParams,
        response: { 200: agreementView },
      },
    },
    async (req) => svc.agreement(req.ctx, req.params.id),
  );
  app.put(
    '/api/socialfund/applications/:id',
    {
      config: { permission: 'socialfund.apply' },
      schema: {
        tags,
        summary: '修改草稿 Rewrite a draft',
        params: idParams,
        body: applicationPatch,
        response: { 200: applicationView },
      },
    },
    async (req) => svc.updateDraft(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/socialfund/applications/:id/moves',
    {
      config: { permission: 'socialfund.read' },
      schema: {
        tags,
        summary: '提交/资格审查/资助决定/签订协议/结项评估 Move an application',
        params: idParams,
        body: moveBody,
        response: { 200: applicationView },
      },
    },
    async (req) => svc.moveApplication(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/socialfund/applications/:id/scores',
    {
      config: { permission: 'socialfund.review' },
      schema: {
        tags,
        summary: '评审打分 Score an application (locked once submitted)',
        params: idParams,
        body: scoreBody,
        response: { 200: applicationView },
      },
    },
    async (req) => svc.score(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/socialfund/applications/:id/payments',
    {
      config: { permission: 'socialfund.manage' },
      schema: {
        tags,
        summary: '拨付一期资金 Pay a tranche',
        params: idParams,
        body: payBody,
        response: { 200: applicationView },
      },
    },
    async (req) => svc.pay(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/socialfund/applications/:id/reports',
    {
      config: { permission: 'socialfund.apply' },
      schema: {
        tags,
        summary: '提交进展报告 Report progress (Idempotency-Key honoured)',
        params: idParams,
        headers: idemHeaders,
        body: reportBody,
        response: { 200: created },
      },
    },
    async (req) => svc.report(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
}
