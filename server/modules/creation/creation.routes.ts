/** HTTP routes of the creation module under /api/creation. */
import type { App } from '../../platform/http/app.ts';
import {
  created,
  idemHeaders,
  idParams,
  nodeIdQuery,
  ok,
  sendXlsx,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  declarationBody,
  declarationList,
  declarationView,
  indexQuery,
  recheckBody,
  scoresImportQuery,
  scoresImportResult,
  scoresSheetQuery,
  indexScoreBody,
  indexView,
  indicatorsBody,
  listQuery,
  moveBody,
  programmeBody,
  programmeDetail,
  programmeList,
  publicityView,
  rectifyBody,
  scoreBody,
  selfBody,
  settingsBody,
  standardImportQuery,
  standardImportResult,
} from './creation.schemas.ts';
import type { CreationService } from './creation.service.ts';
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';

const tags = ['creation'];
const indicatorsImportQuery = nodeIdQuery.extend({ dryRun: z.enum(['0', '1']).default('0') });
const indicatorsImportResult = importOutcome({ code: z.string(), name: z.string(), weight: z.number() });

/** Registers the creation routes. */
export function creationRoutes(app: App, svc: CreationService) {
  app.get(
    '/api/creation/programmes',
    {
      config: { permission: 'creation.read' },
      schema: { tags, summary: '示范创建项目 The programmes', response: { 200: programmeList } },
    },
    async (req) => svc.listProgrammes(req.ctx),
  );
  app.post(
    '/api/creation/programmes',
    {
      config: { permission: 'creation.manage' },
      schema: {
        tags,
        summary: '设立创建项目 Define a programme with its standard',
        body: programmeBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createProgramme(req.ctx, req.body),
  );
  app.get(
    '/api/creation/programmes/:id',
    {
      config: { permission: 'creation.read' },
      schema: {
        tags,
        summary: '创建项目与标准 A programme with its standard',
        params: idParams,
        response: { 200: programmeDetail },
      },
    },
    async (req) => svc.programme(req.ctx, req.params.id),
  );
  app.put(
    '/api/creation/programmes/:id/settings',
    {
      config: { permission: 'creation.manage' },
      schema: {
        tags,
        summary: '及格线、公示天数、复核年限 A programme’s settings',
        params: idParams,
        body: settingsBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.setSettings(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/creation/programmes/:id/standard/export',
    {
      config: { permission: 'creation.read' },
      schema: { tags, summary: '导出创建标准 The standard (.xlsx)', params: idParams },
    },
    async (req, reply) => {
      const x = await svc.exportStandard(req.ctx, req.params.id);
      return sendXlsx(reply, x.name, x.bytes);
    },
  );
  app.post(
    '/api/creation/programmes/:id/standard/import',
    {
      config: { permission: 'creation.manage' },
      schema: {
        tags,
        summary: '导入创建标准 Import indicators (multipart `file`; ?dryRun=1 checks only)',
        params: idParams,
        querystring: standardImportQuery,
        response: { 200: standardImportResult },
      },
    },
    async (req) =>
      svc.importStandard(
        req.ctx,
        req.params.id,
        await uploadedBytes(req, 'creation.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.get(
    '/api/creation/declarations',
    {
      config: { permission: 'creation.read' },
      schema: {
        tags,
        summary: '申报与命名台账 Declarations and titles',
        querystring: listQuery,
        response: { 200: declarationList },
      },
    },
    async (req) => svc.list(req.ctx, req.query),
  );
  app.get(
    '/api/creation/declarations/export',
    {
      config: { permission: 'creation.export' },
      schema: { tags, summary: '导出申报台账 Export declarations (.xlsx)', querystring: listQuery },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'creation.sheet.declarations'),
        await svc.exportDeclarations(req.ctx, req.query),
      ),
  );
  app.post(
    '/api/creation/declarations',
    {
      config: { permission: 'creation.declare' },
      schema: {
        tags,
        summary: '申报 Declare a level of a programme (Idempotency-Key)',
        headers: idemHeaders,
        body: declarationBody,
        response: { 200: created },
      },
    },
    async (req) => svc.declare(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/creation/declarations/:id',
    {
      config: { permission: 'creation.read' },
      schema: {
        tags,
        summary: '申报详情 A declaration with its self-assessment and scores',
        params: idParams,
        response: { 200: declarationView },
      },
    },
    async (req) => svc.view(req.ctx, req.params.id),
  );
  app.put(
    '/api/creation/declarations/:id/self',
    {
      config: { permission: 'creation.declare' },
      schema: {
        tags,
        summary: '自评 Save the self-assessment with evidence',
        params: idParams,
        body: selfBody,
        response: { 200: declarationView },
      },
    },
    async (req) => svc.selfAssess(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/creation/declarations/:id/scores',
    {
      config: { permission: 'creation.review' },
      schema: {
        tags,
        summary: '评审打分 Score one indicator (locked once given)',
        params: idParams,
        body: scoreBody,
        response: { 200: declarationView },
      },
    },
    async (req) => svc.score(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/creation/declarations/:id/moves',
    {
      config: { permission: 'creation.read' },
      schema: {
        tags,
        summary: '提交/初审通过/退回/公示/命名/不予命名 Move a declaration',
        params: idParams,
        body: moveBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.moveDeclaration(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/creation/declarations/:id/publicity',
    {
      config: { permission: 'creation.read' },
      schema: {
        tags,
        summary: '公示 The numbered publicity notice (once publicised)',
        params: idParams,
        response: { 200: publicityView },
      },
    },
    async (req) => svc.publicity(req.ctx, req.params.id),
  );
  app.get(
    '/api/creation/index',
    {
      config: { permission: 'creation.index.read' },
      schema: {
        tags,
        summary: '先锋指数 The pioneer index of a year, ranked and flagged',
        querystring: indexQuery,
        response: { 200: indexView },
      },
    },
    async (req) => svc.index(req.ctx, req.query),
  );
  app.get(
    '/api/creation/index/export',
    {
      config: { permission: 'creation.export' },
      schema: { tags, summary: '导出先锋指数 Export the index (.xlsx)', querystring: indexQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'creation.sheet.index'), await svc.exportIndex(req.ctx, req.query)),
  );
  app.post(
    '/api/creation/index/scores',
    {
      config: { permission: 'creation.index.score' },
      schema: {
        tags,
        summary: '季度测评打分 Score an organisation for a quarter',
        body: indexScoreBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.scoreIndex(req.ctx, req.body),
  );
  app.post(
    '/api/creation/declarations/:id/recheck',
    {
      config: { permission: 'creation.review' },
      schema: {
        tags,
        summary: '复核 The district re-checks a named title that is due or has lapsed',
        params: idParams,
        body: recheckBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.recheck(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/creation/index/scores/sheet',
    {
      config: { permission: 'creation.index.score' },
      schema: {
        tags,
        summary: '先锋指数评分表 The quarter’s scores sheet of the organisations one may score (.xlsx)',
        querystring: scoresSheetQuery,
      },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'creation.sheet.scores_file'),
        await svc.scoresSheet(req.ctx, req.query),
      ),
  );
  app.post(
    '/api/creation/index/scores/import',
    {
      config: { permission: 'creation.index.score' },
      schema: {
        tags,
        summary:
          '导入先锋指数评分 Import a quarter’s scores (multipart `file`; ?nodeId&year&quarter&dryRun=1 checks only)',
        querystring: scoresImportQuery,
        response: { 200: scoresImportResult },
      },
    },
    async (req) =>
      svc.importScores(
        req.ctx,
        req.query,
        await uploadedBytes(req, 'creation.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.put(
    '/api/creation/index/indicators',
    {
      config: { permission: 'creation.manage' },
      schema: {
        tags,
        summary: '测评指标与权重 Set the district’s indicators and weights',
        body: indicatorsBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.setIndicators(req.ctx, req.body),
  );
  app.post(
    '/api/creation/index/indicators/import',
    {
      config: { permission: 'creation.manage' },
      schema: {
        tags,
        summary: '导入测评指标 Import indicators and weights (multipart `file`; ?nodeId=district&dryRun=1)',
        querystring: indicatorsImportQuery,
        response: { 200: indicatorsImportResult },
      },
    },
    async (req) =>
      svc.importIndicators(
        req.ctx,
        req.query.nodeId,
        await uploadedBytes(req, 'creation.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.post(
    '/api/creation/index/rectifications',
    {
      config: { permission: 'creation.index.rectify' },
      schema: {
        tags,
        summary: '整改 Record the rectification of a flagged organisation',
        body: rectifyBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.rectify(req.ctx, req.body),
  );
}
