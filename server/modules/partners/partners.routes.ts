/** HTTP routes of 共治合伙人 and 天大的小事 under /api/partners, and the public board under /api/public/partners. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  dryRunQuery,
  idemHeaders,
  idParams,
  sendXlsx,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  assignBody,
  needBody,
  needsQuery,
  needView,
  partnerBody,
  partnerImportResult,
  partnerReviewBody,
  partnersQuery,
  partnerView,
  progressBody,
  publicQuery,
  publicView,
  screenBody,
  yearQuery,
} from './partners.schemas.ts';
import type { PartnersService } from './partners.service.ts';

const tags = ['partners'];

/** Registers the partners routes. */
export function partnersRoutes(app: App, svc: PartnersService) {
  app.get(
    '/api/partners',
    {
      config: { permission: 'partners.read' },
      schema: {
        tags,
        summary: '共治合伙人 Partners',
        querystring: partnersQuery,
        response: { 200: z.array(partnerView) },
      },
    },
    async (req) => svc.register.list(req.ctx, req.query),
  );
  app.post(
    '/api/partners',
    {
      config: { permission: 'partners.manage' },
      schema: { tags, summary: '登记合伙人 Enter a partner', body: partnerBody, response: { 200: created } },
    },
    async (req) => svc.register.enter(req.ctx, req.body),
  );
  app.post(
    '/api/partners/apply',
    {
      config: { permission: 'partners.apply' },
      schema: { tags, summary: '申请成为合伙人 Apply', body: partnerBody, response: { 200: created } },
    },
    async (req) => svc.register.apply(req.ctx, req.body),
  );
  app.post(
    '/api/partners/:id/review',
    {
      config: { permission: 'partners.manage' },
      schema: {
        tags,
        summary: '审核合伙人 Review a partner',
        params: idParams,
        body: partnerReviewBody,
        response: { 200: partnerView },
      },
    },
    async (req) => svc.register.review(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/partners/export',
    {
      config: { permission: 'partners.export' },
      schema: { tags, summary: '导出合伙人台账 Export partners (.xlsx)', querystring: yearQuery },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'partners.sheet.partners'),
        await svc.register.exportPartners(req.ctx, req.query),
      ),
  );
  app.post(
    '/api/partners/import',
    {
      config: { permission: 'partners.manage' },
      schema: {
        tags,
        summary:
          "导入合伙人 Import partners (multipart `file`: .xlsx or CSV in the export's columns; ?dryRun=1 checks only)",
        querystring: dryRunQuery,
        response: { 200: partnerImportResult },
      },
    },
    async (req) =>
      svc.sheets.importPartners(
        req.ctx,
        await uploadedBytes(req, 'partners.no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.get(
    '/api/partners/needs',
    {
      config: { permission: 'partners.read' },
      schema: {
        tags,
        summary: '天大的小事与民生实事 Needs and livelihood matters',
        querystring: needsQuery,
        response: { 200: z.array(needView) },
      },
    },
    async (req) => svc.needs.list(req.ctx, req.query),
  );
  app.post(
    '/api/partners/needs',
    {
      config: { permission: 'partners.report' },
      schema: {
        tags,
        summary: '反映问题 Report a need (Idempotency-Key)',
        headers: idemHeaders,
        body: needBody,
        response: { 200: created },
      },
    },
    async (req) => svc.needs.report(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/partners/needs/:id/screen',
    {
      config: { permission: 'partners.manage' },
      schema: {
        tags,
        summary: '筛选：合并、不予采纳、列入民生实事 Screen a need',
        params: idParams,
        body: screenBody,
        response: { 200: needView },
      },
    },
    async (req) => svc.needs.screen(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/partners/needs/:id/assign',
    {
      config: { permission: 'partners.manage' },
      schema: {
        tags,
        summary: '指派合伙人 Assign partners',
        params: idParams,
        body: assignBody,
        response: { 200: needView },
      },
    },
    async (req) => svc.needs.assign(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/partners/needs/:id/progress',
    {
      config: { permission: 'partners.serve|partners.manage' },
      schema: {
        tags,
        summary: '报告进展或办结 Report progress or completion',
        params: idParams,
        body: progressBody,
        response: { 200: needView },
      },
    },
    async (req) => svc.needs.progress(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/partners/matters/export',
    {
      config: { permission: 'partners.export' },
      schema: { tags, summary: '导出民生实事台账 Export matters (.xlsx)', querystring: yearQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'partners.sheet.matters'), await svc.exportMatters(req.ctx, req.query)),
  );
  app.get(
    '/api/public/partners/:nodeId',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '公开：本年民生实事与合伙人 Public board',
        params: z.object({ nodeId: z.uuid() }),
        querystring: publicQuery,
        response: { 200: publicView },
      },
    },
    async (req) => svc.needs.publicBoard(req.params.nodeId, req.query.year),
  );
}
