/** HTTP routes of the jobs module under /api/jobs. */
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
  fairBody,
  fairView,
  moveBody,
  needBody,
  nodeQuery,
  postingBody,
  postingImportResult,
  postingPatch,
  postingQuery,
  postingView,
  recMoveBody,
  recommendBody,
  recParams,
  stationBody,
  stationPatch,
  stationView,
  ticketQuery,
  ticketView,
} from './jobs.schemas.ts';
import type { JobsService } from './jobs.service.ts';

const tags = ['jobs'];

/** Registers the jobs routes. */
export function jobsRoutes(app: App, svc: JobsService) {
  app.get(
    '/api/jobs/stations',
    {
      config: { permission: 'jobs.read' },
      schema: {
        tags,
        summary: '社区人才发展服务站 Talent stations',
        querystring: nodeQuery,
        response: { 200: z.array(stationView) },
      },
    },
    async (req) => svc.listStations(req.ctx, req.query),
  );
  app.post(
    '/api/jobs/stations',
    {
      config: { permission: 'jobs.manage' },
      schema: { tags, summary: '设立服务站 Set up a station', body: stationBody, response: { 200: created } },
    },
    async (req) => svc.createStation(req.ctx, req.body),
  );
  app.patch(
    '/api/jobs/stations/:id',
    {
      config: { permission: 'jobs.manage' },
      schema: {
        tags,
        summary: '修改服务站 Update a station',
        params: idParams,
        body: stationPatch,
        response: { 200: ok },
      },
    },
    async (req) => svc.updateStation(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/jobs/fairs',
    {
      config: { permission: 'jobs.read' },
      schema: {
        tags,
        summary: '海创市集 Job fairs',
        querystring: nodeQuery,
        response: { 200: z.array(fairView) },
      },
    },
    async (req) => svc.listFairs(req.ctx, req.query),
  );
  app.post(
    '/api/jobs/fairs',
    {
      config: { permission: 'jobs.manage' },
      schema: { tags, summary: '举办海创市集 Hold a fair', body: fairBody, response: { 200: created } },
    },
    async (req) => svc.createFair(req.ctx, req.body),
  );
  app.get(
    '/api/jobs/postings',
    {
      config: { permission: 'jobs.read' },
      schema: {
        tags,
        summary: '岗位 Postings',
        querystring: postingQuery,
        response: { 200: z.array(postingView) },
      },
    },
    async (req) => svc.listPostings(req.ctx, req.query),
  );
  app.post(
    '/api/jobs/postings',
    {
      config: { permission: 'jobs.post' },
      schema: { tags, summary: '发布岗位 Publish a posting', body: postingBody, response: { 200: created } },
    },
    async (req) => svc.createPosting(req.ctx, req.body),
  );
  app.patch(
    '/api/jobs/postings/:id',
    {
      config: { permission: 'jobs.read' },
      schema: {
        tags,
        summary: '关闭/重开岗位 Close or reopen a posting',
        params: idParams,
        body: postingPatch,
        response: { 200: ok },
      },
    },
    async (req) => svc.updatePosting(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/jobs/postings/export',
    {
      config: { permission: 'jobs.export' },
      schema: { tags, summary: '导出岗位 Export postings (.xlsx)', querystring: nodeQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'jobs.sheet.postings'), await svc.exportPostings(req.ctx, req.query)),
  );
  app.post(
    '/api/jobs/postings/import',
    {
      config: { permission: 'jobs.manage' },
      schema: {
        tags,
        summary:
          "导入岗位 Import postings (multipart `file`: .xlsx or CSV in the export's columns; ?dryRun=1 checks only)",
        querystring: dryRunQuery,
        response: { 200: postingImportResult },
      },
    },
    async (req) =>
      svc.importPostings(req.ctx, await uploadedBytes(req, 'jobs.import_no_file'), req.query.dryRun === '1'),
  );
  app.get(
    '/api/jobs/tickets',
    {
      config: { permission: 'jobs.read' },
      schema: {
        tags,
        summary: '求职服务工单 Job-seeking tickets',
        querystring: ticketQuery,
        response: { 200: z.array(ticketView) },
      },
    },
    async (req) => svc.listTickets(req.ctx, req.query),
  );
  app.post(
    '/api/jobs/tickets',
    {
      config: { permission: 'jobs.seek' },
      schema: {
        tags,
        summary: '求职登记 File a job-seeking need (Idempotency-Key)',
        headers: idemHeaders,
        body: needBody,
        response: { 200: z.object({ id: z.uuid(), number: z.string() }) },
      },
    },
    async (req) => svc.fileNeed(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/jobs/tickets/export',
    {
      config: { permission: 'jobs.export' },
      schema: {
        tags,
        summary: '导出求职登记与工单 Export needs and tickets (.xlsx, masked)',
        querystring: nodeQuery,
      },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'jobs.sheet.tickets'), await svc.exportTickets(req.ctx, req.query)),
  );
  app.get(
    '/api/jobs/tickets/:id',
    {
      config: { permission: 'jobs.read' },
      schema: { tags, summary: '工单详情 A ticket', params: idParams, response: { 200: ticketView } },
    },
    async (req) => svc.getTicket(req.ctx, req.params.id),
  );
  app.get(
    '/api/jobs/tickets/:id/matches',
    {
      config: { permission: 'jobs.manage' },
      schema: {
        tags,
        summary: '匹配岗位 Postings matching the need (ids, best first)',
        params: idParams,
        response: { 200: z.array(z.uuid()) },
      },
    },
    async (req) => svc.matches(req.ctx, req.params.id),
  );
  app.post(
    '/api/jobs/tickets/:id/recommendations',
    {
      config: { permission: 'jobs.manage' },
      schema: {
        tags,
        summary: '推荐岗位 Recommend a posting',
        params: idParams,
        body: recommendBody,
        response: { 200: ticketView },
      },
    },
    async (req) => svc.recommend(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/jobs/tickets/:id/recommendations/:recId/moves',
    {
      config: { permission: 'jobs.read' },
      schema: {
        tags,
        summary: '接受/婉拒/面试/录用 Answer or record a recommendation',
        params: recParams,
        body: recMoveBody,
        response: { 200: ticketView },
      },
    },
    async (req) => svc.moveRecommendation(req.ctx, req.params.id, req.params.recId, req.body),
  );
  app.post(
    '/api/jobs/tickets/:id/moves',
    {
      config: { permission: 'jobs.read' },
      schema: {
        tags,
        summary: '结果/确认评价 Move a ticket',
        params: idParams,
        body: moveBody,
        response: { 200: ticketView },
      },
    },
    async (req) => svc.moveTicket(req.ctx, req.params.id, req.body),
  );
}
