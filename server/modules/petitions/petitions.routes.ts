/** HTTP routes of 信访 under /api/petitions: studios, deadlines, visits, their moves, notices and figures. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  dryRunQuery,
  idemHeaders,
  idParams,
  optionalNodeQuery,
  sendXlsx,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  assignBody,
  figuresQuery,
  figuresView,
  noticeView,
  rateBody,
  replyBody,
  revealBody,
  revealView,
  settingsBody,
  settingsView,
  settleBody,
  studioBody,
  studioImportResult,
  studioView,
  submitBody,
  triageBody,
  visitBody,
  visitsQuery,
  visitView,
} from './petitions.schemas.ts';
import type { PetitionsService } from './petitions.service.ts';

const tags = ['petitions'];

/** Registers the 信访 routes. */
export function petitionsRoutes(app: App, svc: PetitionsService) {
  app.get(
    '/api/petitions/studios',
    {
      config: { permission: 'petitions.read' },
      schema: {
        tags,
        summary: '访前法律工作室与心访工作室 Studios',
        querystring: optionalNodeQuery,
        response: { 200: z.array(studioView) },
      },
    },
    async (req) => svc.studios.list(req.ctx, req.query),
  );
  app.post(
    '/api/petitions/studios',
    {
      config: { permission: 'petitions.studios' },
      schema: { tags, summary: '设立工作室 Set up a studio', body: studioBody, response: { 200: created } },
    },
    async (req) => svc.studios.create(req.ctx, req.body),
  );
  app.get(
    '/api/petitions/studios/export',
    {
      config: { permission: 'petitions.export' },
      schema: { tags, summary: '导出工作室台账 Export studios (.xlsx)', querystring: optionalNodeQuery },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'petitions.sheet.studios'),
        await svc.studios.exportStudios(req.ctx, req.query),
      ),
  );
  app.post(
    '/api/petitions/studios/import',
    {
      config: { permission: 'petitions.studios' },
      schema: {
        tags,
        summary:
          "导入工作室 Import studios (multipart `file`: .xlsx or CSV in the export's columns; ?dryRun=1 checks only)",
        querystring: dryRunQuery,
        response: { 200: studioImportResult },
      },
    },
    async (req) =>
      svc.sheets.importStudios(
        req.ctx,
        await uploadedBytes(req, 'petitions.no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.get(
    '/api/petitions/departments',
    {
      config: { permission: 'petitions.handle' },
      schema: {
        tags,
        summary: '可交办的职能部门 Departments to assign',
        response: { 200: z.array(z.object({ id: z.uuid(), name: z.string() })) },
      },
    },
    async (req) => svc.studios.departments(req.ctx),
  );
  app.get(
    '/api/petitions/settings',
    {
      config: { permission: 'petitions.read' },
      schema: { tags, summary: '受理与办理期限 Deadlines', response: { 200: settingsView } },
    },
    async (req) => svc.studios.settings(req.ctx),
  );
  app.put(
    '/api/petitions/settings',
    {
      config: { permission: 'petitions.settings' },
      schema: {
        tags,
        summary: '修改本区期限 Change the district deadlines',
        body: settingsBody,
        response: { 200: settingsView },
      },
    },
    async (req) => svc.studios.saveSettings(req.ctx, req.body),
  );
  app.get(
    '/api/petitions/visits',
    {
      config: { permission: 'petitions.read' },
      schema: {
        tags,
        summary: '来访事项 Visits',
        querystring: visitsQuery,
        response: { 200: z.array(visitView) },
      },
    },
    async (req) => svc.visits.list(req.ctx, req.query),
  );
  app.post(
    '/api/petitions/visits',
    {
      config: { permission: 'petitions.register' },
      schema: {
        tags,
        summary: '来访登记 Register a visit (Idempotency-Key)',
        headers: idemHeaders,
        body: visitBody,
        response: { 200: created },
      },
    },
    async (req) => svc.visits.register(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/petitions/submit',
    {
      config: { permission: 'petitions.submit' },
      schema: {
        tags,
        summary: '网上信访 File one’s own matter (Idempotency-Key)',
        headers: idemHeaders,
        body: submitBody,
        response: { 200: created },
      },
    },
    async (req) => svc.visits.submit(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/petitions/visits/export',
    {
      config: { permission: 'petitions.export' },
      schema: { tags, summary: '导出来访台账 Export visits (.xlsx)', querystring: figuresQuery },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'petitions.sheet.visits'),
        await svc.visits.exportVisits(req.ctx, req.query),
      ),
  );
  app.get(
    '/api/petitions/visits/:id',
    {
      config: { permission: 'petitions.read' },
      schema: { tags, summary: '来访事项 A visit', params: idParams, response: { 200: visitView } },
    },
    async (req) => svc.visits.get(req.ctx, req.params.id),
  );
  app.post(
    '/api/petitions/visits/:id/reveal',
    {
      config: { permission: 'petitions.reveal' },
      schema: {
        tags,
        summary:
          '查看来访人完整身份证号和电话（须说明原因，留痕）Reveal ID and phone, with a reason (audited)',
        params: idParams,
        body: revealBody,
        response: { 200: revealView },
      },
    },
    async (req) => svc.visits.reveal(req.ctx, req.params.id, req.body.reason),
  );
  app.get(
    '/api/petitions/visits/:id/notice',
    {
      config: { permission: 'petitions.read' },
      schema: {
        tags,
        summary: '受理 / 不予受理告知书 The notice',
        params: idParams,
        response: { 200: noticeView },
      },
    },
    async (req) => svc.visits.notice(req.ctx, req.params.id),
  );
  app.post(
    '/api/petitions/visits/:id/triage',
    {
      config: { permission: 'petitions.triage' },
      schema: {
        tags,
        summary: '诉访分离：分流 Triage',
        params: idParams,
        body: triageBody,
        response: { 200: visitView },
      },
    },
    async (req) => svc.handling.triage(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/petitions/visits/:id/settle',
    {
      config: { permission: 'petitions.triage' },
      schema: {
        tags,
        summary: '记录化解结果 Settle a guided matter',
        params: idParams,
        body: settleBody,
        response: { 200: visitView },
      },
    },
    async (req) => svc.handling.settle(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/petitions/visits/:id/assign',
    {
      config: { permission: 'petitions.handle' },
      schema: {
        tags,
        summary: '交办部门 Assign a department',
        params: idParams,
        body: assignBody,
        response: { 200: visitView },
      },
    },
    async (req) => svc.handling.assign(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/petitions/visits/:id/reply',
    {
      config: { permission: 'petitions.reply' },
      schema: {
        tags,
        summary: '答复 Reply',
        params: idParams,
        body: replyBody,
        response: { 200: visitView },
      },
    },
    async (req) => svc.handling.reply(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/petitions/visits/:id/rate',
    {
      config: { permission: 'petitions.rate' },
      schema: {
        tags,
        summary: '评价、申请复查或办结 Rate, ask for a review, or close',
        params: idParams,
        body: rateBody,
        response: { 200: visitView },
      },
    },
    async (req) => svc.handling.rate(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/petitions/figures',
    {
      config: { permission: 'petitions.figures' },
      schema: {
        tags,
        summary: '分流率、化解成功率等 Figures',
        querystring: figuresQuery,
        response: { 200: figuresView },
      },
    },
    async (req) => svc.figures(req.ctx, req.query),
  );
}
