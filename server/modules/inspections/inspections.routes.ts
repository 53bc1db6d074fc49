/** HTTP routes of inspections 巡察 under /api/inspections. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  dryRunQuery,
  idParams,
  nodeIdQuery,
  sendXlsx,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  exportQuery,
  feedbackBody,
  findingBody,
  findingDetail,
  findingImportResult,
  findingQuery,
  findingView,
  handoverBody,
  moveBody,
  roundBody,
  roundQuery,
  roundView,
  settingsBody,
  settingsView,
} from './inspections.schemas.ts';
import type { InspectionsService } from './inspections.service.ts';

const tags = ['inspections'];

/** Registers the inspections routes. */
export function inspectionsRoutes(app: App, svc: InspectionsService) {
  app.get(
    '/api/inspections/settings',
    {
      config: { permission: 'inspections.read' },
      schema: {
        tags,
        summary: '问题类别 Problem categories',
        querystring: nodeIdQuery,
        response: { 200: settingsView },
      },
    },
    async (req) => svc.settings(req.ctx, req.query.nodeId),
  );
  app.put(
    '/api/inspections/settings',
    {
      config: { permission: 'inspections.manage' },
      schema: {
        tags,
        summary: '设置问题类别 Set the categories',
        body: settingsBody,
        response: { 200: settingsView },
      },
    },
    async (req) => svc.setCategories(req.ctx, req.body),
  );
  app.get(
    '/api/inspections/rounds',
    {
      config: { permission: 'inspections.read' },
      schema: {
        tags,
        summary: '巡察轮次 Rounds',
        querystring: roundQuery,
        response: { 200: z.array(roundView) },
      },
    },
    async (req) => svc.rounds(req.ctx, req.query),
  );
  app.post(
    '/api/inspections/rounds',
    {
      config: { permission: 'inspections.manage' },
      schema: { tags, summary: '部署巡察 Set up a round', body: roundBody, response: { 200: created } },
    },
    async (req) => svc.createRound(req.ctx, req.body),
  );
  app.post(
    '/api/inspections/rounds/:id/import',
    {
      config: { permission: 'inspections.manage' },
      schema: {
        tags,
        summary:
          "导入巡察问题 Import problems (multipart `file`: .xlsx or CSV in the export's columns; ?dryRun=1 checks only)",
        params: idParams,
        querystring: dryRunQuery,
        response: { 200: findingImportResult },
      },
    },
    async (req) =>
      svc.importFindings(
        req.ctx,
        req.params.id,
        await uploadedBytes(req, 'inspections.import.no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.post(
    '/api/inspections/units/:id/feedback',
    {
      config: { permission: 'inspections.manage' },
      schema: {
        tags,
        summary: '送达巡察反馈意见 Issue the feedback letter',
        params: idParams,
        body: feedbackBody,
        response: { 200: z.object({ id: z.uuid(), feedbackNo: z.string(), findings: z.number() }) },
      },
    },
    async (req) => svc.issueFeedback(req.ctx, req.params.id, req.body.version),
  );
  app.get(
    '/api/inspections/units/:id/feedback',
    {
      config: { permission: 'inspections.read' },
      schema: { tags, summary: '巡察反馈意见书 Printable feedback letter (A4 HTML)', params: idParams },
    },
    async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await svc.feedbackLetter(req.ctx, req.params.id)),
  );
  app.get(
    '/api/inspections/findings',
    {
      config: { permission: 'inspections.read' },
      schema: {
        tags,
        summary: '巡察问题 Problems',
        querystring: findingQuery,
        response: { 200: z.array(findingView) },
      },
    },
    async (req) => svc.findings.list(req.ctx, req.query),
  );
  app.post(
    '/api/inspections/findings',
    {
      config: { permission: 'inspections.manage' },
      schema: { tags, summary: '记录问题 Record a problem', body: findingBody, response: { 200: created } },
    },
    async (req) => svc.findings.record(req.ctx, req.body),
  );
  app.get(
    '/api/inspections/findings/:id',
    {
      config: { permission: 'inspections.read' },
      schema: {
        tags,
        summary: '问题及整改过程 A problem and its history',
        params: idParams,
        response: { 200: findingDetail },
      },
    },
    async (req) => svc.findings.get(req.ctx, req.params.id),
  );
  app.post(
    '/api/inspections/findings/:id/moves',
    {
      config: { permission: 'inspections.read' },
      schema: {
        tags,
        summary: '整改方案、进展、销号与验收 Plan, progress, closure and verification',
        params: idParams,
        body: moveBody,
        response: { 200: findingView },
      },
    },
    async (req) => svc.findings.move(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/inspections/findings/:id/handover',
    {
      config: { permission: 'inspections.manage' },
      schema: {
        tags,
        summary: '移交问责 Hand over for accountability',
        params: idParams,
        body: handoverBody,
        response: { 200: findingView },
      },
    },
    async (req) => svc.findings.handover(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/inspections/export',
    {
      config: { permission: 'inspections.export' },
      schema: { tags, summary: '导出巡察问题整改台账 Export (.xlsx)', querystring: exportQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'inspections.sheet'), await svc.exportFindings(req.ctx, req.query)),
  );
}
