/** HTTP routes of the dutylists module under /api/dutylists. */
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
import { t } from '../../platform/i18n.ts';
import {
  bulletinView,
  checkItemBody,
  composeBody,
  draftUpdate,
  fileReportBody,
  instantiateBody,
  instantiateResult,
  listBody,
  listsView,
  listView,
  rateBody,
  referralBody,
  referralView,
  reportItemBody,
  reportView,
  situationsView,
  templateBody,
  templatesImportResult,
  templatesView,
  templateUpdate,
  yearQuery,
} from './dutylists.schemas.ts';
import type { DutylistsService } from './dutylists.service.ts';
import { RATINGS } from './dutylists.rules.ts';

const tags = ['dutylists'];

/** Registers the dutylists routes. */
export function dutylistsRoutes(app: App, svc: DutylistsService) {
  app.get(
    '/api/dutylists/templates',
    {
      config: { permission: 'dutylists.read' },
      schema: { tags, summary: '责任清单模板 Templates', response: { 200: templatesView } },
    },
    async (req) => svc.templates(req.ctx),
  );
  app.post(
    '/api/dutylists/templates',
    {
      config: { permission: 'dutylists.manage' },
      schema: {
        tags,
        summary: '新增模板事项 Add a template item',
        body: templateBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createTemplate(req.ctx, req.body),
  );
  app.put(
    '/api/dutylists/templates/:id',
    {
      config: { permission: 'dutylists.manage' },
      schema: {
        tags,
        summary: '修改或停用模板事项 Change or retire a template item',
        params: idParams,
        body: templateUpdate,
        response: { 200: ok },
      },
    },
    async (req) => svc.updateTemplate(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/dutylists/templates/export',
    {
      config: { permission: 'dutylists.export' },
      schema: { tags, summary: '导出模板 Export the templates (.xlsx)' },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'dutylists.sheet.templates'), await svc.exportTemplates(req.ctx)),
  );
  app.post(
    '/api/dutylists/templates/import',
    {
      config: { permission: 'dutylists.manage' },
      schema: {
        tags,
        summary:
          "导入模板 Import templates (multipart `file`: .xlsx or CSV in the export's columns; ?dryRun=1 checks only)",
        querystring: dryRunQuery,
        response: { 200: templatesImportResult },
      },
    },
    async (req) =>
      svc.importTemplates(
        req.ctx,
        await uploadedBytes(req, 'dutylists.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.post(
    '/api/dutylists/instantiate',
    {
      config: { permission: 'dutylists.manage' },
      schema: {
        tags,
        summary: '生成年度责任清单 Make the year’s lists from the templates',
        body: instantiateBody,
        response: { 200: instantiateResult },
      },
    },
    async (req) => svc.instantiate(req.ctx, req.body),
  );
  app.get(
    '/api/dutylists/lists',
    {
      config: { permission: 'dutylists.read' },
      schema: {
        tags,
        summary: '年度责任清单 The year’s lists with completion rates',
        querystring: yearQuery,
        response: { 200: listsView },
      },
    },
    async (req) => svc.lists(req.ctx, req.query),
  );
  app.post(
    '/api/dutylists/lists',
    {
      config: { permission: 'dutylists.manage' },
      schema: {
        tags,
        summary: '为单个组织或岗位生成清单 Make one list',
        body: listBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addList(req.ctx, req.body),
  );
  app.get(
    '/api/dutylists/lists/:id',
    {
      config: { permission: 'dutylists.read' },
      schema: {
        tags,
        summary: '清单详情 A list with its items',
        params: idParams,
        response: { 200: listView },
      },
    },
    async (req) => svc.getList(req.ctx, req.params.id),
  );
  app.get(
    '/api/dutylists/items/export',
    {
      config: { permission: 'dutylists.export' },
      schema: { tags, summary: '导出责任事项 Export the items (.xlsx)', querystring: yearQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'dutylists.sheet.items'), await svc.exportItems(req.ctx, req.query)),
  );
  app.post(
    '/api/dutylists/items/:id/report',
    {
      config: { permission: 'dutylists.report' },
      schema: {
        tags,
        summary: '报送进展 Report progress with evidence (Idempotency-Key honoured)',
        params: idParams,
        headers: idemHeaders,
        body: reportItemBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.reportItem(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/dutylists/items/:id/check',
    {
      config: { permission: 'dutylists.manage' },
      schema: {
        tags,
        summary: '认定或退回 Accept or return a reported item',
        params: idParams,
        body: checkItemBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.checkItem(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/dutylists/bulletins',
    {
      config: { permission: 'dutylists.read' },
      schema: { tags, summary: '季度专项通报 Quarterly bulletins', response: { 200: z.array(bulletinView) } },
    },
    async (req) => svc.bulletins(req.ctx),
  );
  app.post(
    '/api/dutylists/bulletins',
    {
      config: { permission: 'dutylists.manage' },
      schema: {
        tags,
        summary: '编发通报（或更正） Compose a bulletin (or a correction)',
        body: composeBody,
        response: { 200: created },
      },
    },
    async (req) => svc.compose(req.ctx, req.body),
  );
  app.get(
    '/api/dutylists/bulletins/:id',
    {
      config: { permission: 'dutylists.read' },
      schema: { tags, summary: '通报 A bulletin', params: idParams, response: { 200: bulletinView } },
    },
    async (req) => svc.getBulletin(req.ctx, req.params.id),
  );
  app.put(
    '/api/dutylists/bulletins/:id',
    {
      config: { permission: 'dutylists.manage' },
      schema: {
        tags,
        summary: '修改通报草稿 Revise a draft',
        params: idParams,
        body: draftUpdate,
        response: { 200: ok },
      },
    },
    async (req) => svc.updateDraft(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/dutylists/bulletins/:id/publish',
    {
      config: { permission: 'dutylists.manage' },
      schema: {
        tags,
        summary: '印发通报 Publish a bulletin (frozen from then on)',
        params: idParams,
        body: z.object({ version: z.number().int().min(1).max(2_000_000_000) }),
        response: { 200: ok },
      },
    },
    async (req) => svc.publish(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/dutylists/reports',
    {
      config: { permission: 'dutylists.read' },
      schema: {
        tags,
        summary: '年度专项述职 Yearly reports (the summary table)',
        querystring: yearQuery,
        response: { 200: z.array(reportView) },
      },
    },
    async (req) => svc.reports(req.ctx, req.query),
  );
  app.post(
    '/api/dutylists/reports',
    {
      config: { permission: 'dutylists.report' },
      schema: {
        tags,
        summary: '提交述职报告 File a yearly report',
        body: fileReportBody,
        response: { 200: created },
      },
    },
    async (req) => svc.fileReport(req.ctx, req.body),
  );
  app.post(
    '/api/dutylists/reports/:id/rate',
    {
      config: { permission: 'dutylists.manage' },
      schema: {
        tags,
        summary: '述职评议 Rate a report (好/较好/一般/差 from the score and the completion rate)',
        params: idParams,
        body: rateBody,
        response: { 200: z.object({ rating: z.enum(RATINGS), completion: z.number().nullable() }) },
      },
    },
    async (req) => svc.rateReport(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/dutylists/situations',
    {
      config: { permission: 'dutylists.read' },
      schema: { tags, summary: '问责情形 The catalogue of situations', response: { 200: situationsView } },
    },
    async (req) => svc.situations(req.ctx),
  );
  app.get(
    '/api/dutylists/referrals',
    {
      config: { permission: 'dutylists.read' },
      schema: {
        tags,
        summary: '移交问责记录 Cases handed to accountability',
        querystring: yearQuery,
        response: { 200: z.array(referralView) },
      },
    },
    async (req) => svc.referrals(req.ctx, req.query),
  );
  app.post(
    '/api/dutylists/referrals',
    {
      config: { permission: 'dutylists.manage' },
      schema: {
        tags,
        summary: '登记移交问责 Record a case handed to accountability',
        body: referralBody,
        response: { 200: created },
      },
    },
    async (req) => svc.recordReferral(req.ctx, req.body),
  );
}
