/** HTTP routes of honours under /api/honours, and the public honours page under /api/public/honours. */
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
  awardBody,
  awardsView,
  boardQuery,
  boardView,
  nominationBody,
  nominationImportResult,
  nominationQuery,
  nominationView,
  reviewBody,
} from './honours.schemas.ts';
import type { HonoursService } from './honours.service.ts';

const tags = ['honours'];
const nodeParams = z.object({ nodeId: z.uuid() });

/** Registers the honours routes. */
export function honoursRoutes(app: App, svc: HonoursService) {
  app.get(
    '/api/honours/awards',
    {
      config: { permission: 'honours.read' },
      schema: {
        tags,
        summary: '奖项 Awards',
        querystring: nodeIdQuery,
        response: { 200: awardsView },
      },
    },
    async (req) => svc.awards(req.ctx, req.query.nodeId),
  );
  app.post(
    '/api/honours/awards',
    {
      config: { permission: 'honours.configure' },
      schema: {
        tags,
        summary: '设立奖项 Set up an award',
        body: awardBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createAward(req.ctx, req.body),
  );
  app.get(
    '/api/honours/nominations',
    {
      config: { permission: 'honours.read' },
      schema: {
        tags,
        summary: '推荐 Nominations',
        querystring: nominationQuery,
        response: { 200: z.array(nominationView) },
      },
    },
    async (req) => svc.nominations(req.ctx, req.query),
  );
  app.post(
    '/api/honours/nominations',
    {
      config: { permission: 'honours.nominate' },
      schema: {
        tags,
        summary: '推荐 Nominate',
        body: nominationBody,
        response: { 200: created },
      },
    },
    async (req) => svc.nominate(req.ctx, req.body),
  );
  app.get(
    '/api/honours/nominations/import/template.xlsx',
    {
      config: { permission: 'honours.import' },
      schema: { tags, summary: '荣誉推荐导入模板 Nominations import template (.xlsx)' },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'honours.import.sheet'), await svc.nominationsTemplate(req.ctx)),
  );
  app.post(
    '/api/honours/nominations/import',
    {
      config: { permission: 'honours.import' },
      schema: {
        tags,
        summary:
          "导入荣誉推荐 Import nominations (multipart `file`: .xlsx or CSV in the export's columns; ?dryRun=1 checks only)",
        querystring: dryRunQuery,
        response: { 200: nominationImportResult },
      },
    },
    async (req) =>
      svc.importNominations(
        req.ctx,
        await uploadedBytes(req, 'honours.import.no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.post(
    '/api/honours/nominations/:id/review',
    {
      config: { permission: 'honours.review' },
      schema: {
        tags,
        summary: '评审与公示 Review or publish',
        params: idParams,
        body: reviewBody,
        response: { 200: nominationView },
      },
    },
    async (req) => svc.review(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/honours/board/:nodeId',
    {
      config: { permission: 'honours.read' },
      schema: {
        tags,
        summary: '荣誉榜 Honours of a node',
        params: nodeParams,
        querystring: boardQuery,
        response: { 200: boardView },
      },
    },
    async (req) => svc.board(req.ctx, req.params.nodeId, req.query.year),
  );
  app.get(
    '/api/public/honours/:nodeId',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '公开荣誉榜 Public honours page',
        params: nodeParams,
        querystring: boardQuery,
        response: { 200: boardView },
      },
    },
    async (req) => svc.publicBoard(req.ctx, req.params.nodeId, req.query.year),
  );
  app.get(
    '/api/honours/export',
    {
      config: { permission: 'honours.export' },
      schema: {
        tags,
        summary: '导出荣誉评选台账 Export (.xlsx)',
        querystring: z.object({
          nodeId: z.uuid().optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
      },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'honours.sheet'), await svc.exportNominations(req.ctx, req.query)),
  );
}
