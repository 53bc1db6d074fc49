/** HTTP routes of the outreach module (双报到) under /api/outreach. */
import type { App } from '../../platform/http/app.ts';
import { created, idemHeaders, idParams, ok, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  feedbackBody,
  figuresView,
  fulfilBody,
  importQuery,
  importResult,
  listQuery,
  meView,
  moveBody,
  pledgeBody,
  programmeBody,
  programmeList,
  publicPledges,
  reportBody,
  reportList,
  reportView,
  serviceBody,
  serviceMoveBody,
  yearQuery,
} from './outreach.schemas.ts';
import type { OutreachService } from './outreach.service.ts';

const tags = ['outreach'];

/** Registers the outreach routes. */
export function outreachRoutes(app: App, svc: OutreachService) {
  app.get(
    '/api/outreach/me',
    {
      config: { permission: 'outreach.report' },
      schema: {
        tags,
        summary: '我的报到 My report, services and pledges this year',
        response: { 200: meView },
      },
    },
    async (req) => svc.me(req.ctx),
  );
  app.post(
    '/api/outreach/me/report',
    {
      config: { permission: 'outreach.report' },
      schema: {
        tags,
        summary:
          '到社区报到 Report to a community this year (Idempotency-Key; a second tap is the same report)',
        headers: idemHeaders,
        body: reportBody,
        response: { 200: created },
      },
    },
    async (req) => svc.report(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/outreach/me/services',
    {
      config: { permission: 'outreach.report' },
      schema: {
        tags,
        summary: '记录服务 Record a service for the community to confirm (Idempotency-Key)',
        headers: idemHeaders,
        body: serviceBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addService(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/outreach/me/pledges',
    {
      config: { permission: 'outreach.report' },
      schema: {
        tags,
        summary: '亮身份践承诺 Make a public pledge (Idempotency-Key)',
        headers: idemHeaders,
        body: pledgeBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addPledge(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/outreach/pledges/:id/fulfil',
    {
      config: { permission: 'outreach.report' },
      schema: {
        tags,
        summary: '承诺兑现 Record how one’s pledge was kept',
        params: idParams,
        body: fulfilBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.fulfil(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/outreach/reports',
    {
      config: { permission: 'outreach.read' },
      schema: {
        tags,
        summary: '报到台账 The register of members reported (a community’s or a unit’s)',
        querystring: listQuery,
        response: { 200: reportList },
      },
    },
    async (req) => svc.list(req.ctx, req.query),
  );
  app.get(
    '/api/outreach/reports/export',
    {
      config: { permission: 'outreach.read' },
      schema: { tags, summary: '导出报到台账 Export the register (.xlsx)', querystring: yearQuery },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'outreach.sheet.register'),
        await svc.exportRegister(req.ctx, req.query),
      ),
  );
  app.get(
    '/api/outreach/hours/export',
    {
      config: { permission: 'outreach.read' },
      schema: {
        tags,
        summary: '导出服务时长 Export confirmed hours per member (.xlsx)',
        querystring: yearQuery,
      },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'outreach.sheet.hours'), await svc.exportHours(req.ctx, req.query)),
  );
  app.get(
    '/api/outreach/reports/:id',
    {
      config: { permission: 'outreach.read' },
      schema: {
        tags,
        summary: '报到详情 A report with its services, pledges and feedback',
        params: idParams,
        response: { 200: reportView },
      },
    },
    async (req) => svc.view(req.ctx, req.params.id),
  );
  app.post(
    '/api/outreach/reports/:id/moves',
    {
      config: { permission: 'outreach.accept' },
      schema: {
        tags,
        summary: '接收/不予接收/调整岗位 Accept, decline or place a reported member',
        params: idParams,
        body: moveBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.move(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/outreach/services/:id/moves',
    {
      config: { permission: 'outreach.accept' },
      schema: {
        tags,
        summary: '确认/退回服务记录 Confirm or return a service',
        params: idParams,
        body: serviceMoveBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.moveService(req.ctx, req.params.id, req.body),
  );
  app.put(
    '/api/outreach/reports/:id/feedback',
    {
      config: { permission: 'outreach.accept' },
      schema: {
        tags,
        summary: '年度反馈 Send the year’s feedback to the member’s unit (once)',
        params: idParams,
        body: feedbackBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.sendFeedback(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/outreach/reports/:id/feedback/read',
    {
      config: { permission: 'outreach.unit' },
      schema: {
        tags,
        summary: '单位已阅反馈 The unit marks the feedback read',
        params: idParams,
        response: { 200: ok },
      },
    },
    async (req) => svc.markRead(req.ctx, req.params.id),
  );
  app.get(
    '/api/outreach/programmes',
    {
      config: { permission: 'outreach.read' },
      schema: {
        tags,
        summary: '品牌项目 Programmes of a year (守望先锋队, 亮身份, 三民, 党群嘉年华, 志愿者联盟)',
        querystring: yearQuery,
        response: { 200: programmeList },
      },
    },
    async (req) => svc.programmes(req.ctx, req.query),
  );
  app.post(
    '/api/outreach/programmes',
    {
      config: { permission: 'outreach.programmes' },
      schema: {
        tags,
        summary: '登记品牌项目 Register a programme (Idempotency-Key)',
        headers: idemHeaders,
        body: programmeBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addProgramme(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/outreach/figures',
    {
      config: { permission: 'outreach.read' },
      schema: {
        tags,
        summary:
          '报到统计 Members reported per community, share active this quarter, hours by programme kind',
        querystring: yearQuery,
        response: { 200: figuresView },
      },
    },
    async (req) => svc.figures(req.ctx, req.query),
  );
  app.post(
    '/api/outreach/import',
    {
      config: { permission: 'outreach.unit' },
      schema: {
        tags,
        summary:
          '导入单位党员名单预报到 Pre-register a unit’s members (multipart `file`; ?nodeId=unit&year&dryRun=1)',
        querystring: importQuery,
        response: { 200: importResult },
      },
    },
    async (req) =>
      svc.importMembers(
        req.ctx,
        req.query.nodeId,
        req.query.year,
        await uploadedBytes(req, 'outreach.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.get(
    '/api/outreach/public/communities/:id/pledges',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '社区党员亮身份承诺公示 A community’s members’ pledges this year (public, names masked)',
        params: idParams,
        response: { 200: publicPledges },
      },
    },
    async (req) => svc.publicPledges(req.params.id),
  );
}
