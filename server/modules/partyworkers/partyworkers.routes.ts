/** HTTP routes of the partyworkers module under /api/partyworkers. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, dryRunQuery, idParams, ok, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  appraiseBody,
  endBody,
  exportQuery,
  importResult,
  logBody,
  placeBody,
  postsBody,
  registerQuery,
  registerView,
  renewBody,
  settingsBody,
  workerView,
} from './partyworkers.schemas.ts';
import type { PartyworkersService } from './partyworkers.service.ts';

const tags = ['partyworkers'];
const nodeParams = z.object({ nodeId: z.uuid() });

/** Registers the partyworkers routes. */
export function partyworkersRoutes(app: App, svc: PartyworkersService) {
  app.get(
    '/api/partyworkers/register',
    {
      config: { permission: 'partyworkers.read' },
      schema: {
        tags,
        summary: '专职党务工作者岗位台账 Posts, workers, vacancies and figures',
        querystring: registerQuery,
        response: { 200: registerView },
      },
    },
    async (req) => svc.register(req.ctx, req.query),
  );
  app.get(
    '/api/partyworkers/register/export',
    {
      config: { permission: 'partyworkers.export' },
      schema: { tags, summary: '导出岗位台账 Export the post register (.xlsx)', querystring: exportQuery },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'partyworkers.sheet.register'),
        await svc.exportRegister(req.ctx, req.query),
      ),
  );
  app.post(
    '/api/partyworkers/register/import',
    {
      config: { permission: 'partyworkers.manage' },
      schema: {
        tags,
        summary:
          "导入岗位台账 Import workers into vacant posts (multipart `file`: .xlsx or CSV in the export's columns; ?dryRun=1 checks only)",
        querystring: dryRunQuery,
        response: { 200: importResult },
      },
    },
    async (req) =>
      svc.importRegister(
        req.ctx,
        await uploadedBytes(req, 'partyworkers.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.put(
    '/api/partyworkers/posts/:nodeId',
    {
      config: { permission: 'partyworkers.posts' },
      schema: {
        tags,
        summary: '核定岗位数 Set the posts of a street or community',
        params: nodeParams,
        body: postsBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.setPosts(req.ctx, req.params.nodeId, req.body),
  );
  app.put(
    '/api/partyworkers/settings',
    {
      config: { permission: 'partyworkers.posts' },
      schema: {
        tags,
        summary: '年度配备目标 Set the district’s yearly placing target',
        body: settingsBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.setTarget(req.ctx, req.body),
  );
  app.post(
    '/api/partyworkers/workers',
    {
      config: { permission: 'partyworkers.manage' },
      schema: {
        tags,
        summary: '配备到岗 Place a worker in a vacant post',
        body: placeBody,
        response: { 200: created },
      },
    },
    async (req) => svc.place(req.ctx, req.body),
  );
  app.get(
    '/api/partyworkers/workers/:id',
    {
      config: { permission: 'partyworkers.read' },
      schema: {
        tags,
        summary: '专职党务工作者 A worker with monthly logs and appraisals',
        params: idParams,
        response: { 200: workerView },
      },
    },
    async (req) => svc.view(req.ctx, req.params.id),
  );
  app.post(
    '/api/partyworkers/workers/:id/renew',
    {
      config: { permission: 'partyworkers.manage' },
      schema: {
        tags,
        summary: '续签合同 Renew the contract',
        params: idParams,
        body: renewBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.renew(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/partyworkers/workers/:id/end',
    {
      config: { permission: 'partyworkers.manage' },
      schema: {
        tags,
        summary: '离岗 End the placement (the post becomes vacant)',
        params: idParams,
        body: endBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.end(req.ctx, req.params.id, req.body),
  );
  app.put(
    '/api/partyworkers/workers/:id/logs',
    {
      config: { permission: 'partyworkers.log' },
      schema: {
        tags,
        summary: '月度工作纪实 Write a month’s work-log summary (the same month again replaces it)',
        params: idParams,
        body: logBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.writeLog(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/partyworkers/workers/:id/appraisals',
    {
      config: { permission: 'partyworkers.manage' },
      schema: {
        tags,
        summary: '年度考核 Appraise a worker for a year (once)',
        params: idParams,
        body: appraiseBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.appraise(req.ctx, req.params.id, req.body),
  );
}
