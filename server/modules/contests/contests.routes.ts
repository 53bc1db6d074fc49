/** HTTP routes of the 擂台赛 under /api/contests. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  dryRunQuery,
  idParams,
  importOutcome,
  ok,
  sendXlsx,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import type { ContestsService } from './contests.compose.ts';
import {
  boardQuery,
  boardView,
  contestBody,
  contestEditBody,
  contestsQuery,
  contestsView,
  contestView,
  entryBody,
  entryView,
  moveBody,
  overallRanking,
  roundBody,
  roundRanking,
  roundView,
  scoreBody,
  setupView,
} from './contests.schemas.ts';

const tags = ['contests'];
const scoresImported = importOutcome({ round: z.string(), unit: z.string(), judge: z.string() });

/** Registers the contests routes. */
export function contestsRoutes(app: App, svc: ContestsService) {
  app.get(
    '/api/contests',
    {
      config: { permission: 'contests.read' },
      schema: {
        tags,
        summary: '擂台赛 Contests',
        querystring: contestsQuery,
        response: { 200: contestsView },
      },
    },
    async (req) => svc.contests(req.ctx, req.query.year),
  );
  app.post(
    '/api/contests',
    {
      config: { permission: 'contests.manage' },
      schema: { tags, summary: '设立擂台赛 Set up a contest', body: contestBody, response: { 200: created } },
    },
    async (req) => svc.createContest(req.ctx, req.body),
  );
  app.get(
    '/api/contests/board',
    {
      config: { permission: 'contests.read' },
      schema: {
        tags,
        summary: '实绩晾晒 Published rounds',
        querystring: boardQuery,
        response: { 200: boardView },
      },
    },
    async (req) => svc.board(req.ctx, req.query.year),
  );
  app.get(
    '/api/contests/setup',
    {
      config: { permission: 'contests.manage' },
      schema: {
        tags,
        summary: '设立擂台赛的选项 What a contest is set up from',
        response: { 200: setupView },
      },
    },
    async (req) => svc.setupChoices(req.ctx),
  );
  app.put(
    '/api/contests/:id',
    {
      config: { permission: 'contests.manage' },
      schema: {
        tags,
        summary: '修改未开赛的擂台赛 Edit a draft contest (no round opened; version-checked)',
        params: idParams,
        body: contestEditBody,
        response: { 200: created },
      },
    },
    async (req) => svc.updateContest(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/contests/:id',
    {
      config: { permission: 'contests.manage' },
      schema: {
        tags,
        summary: '删除尚无评分的擂台赛 Delete a contest no judge has scored (409 once scored)',
        params: idParams,
        response: { 200: ok },
      },
    },
    async (req) => svc.deleteContest(req.ctx, req.params.id),
  );
  app.get(
    '/api/contests/:id',
    {
      config: { permission: 'contests.read' },
      schema: { tags, summary: '擂台赛详情 A contest', params: idParams, response: { 200: contestView } },
    },
    async (req) => svc.contest(req.ctx, req.params.id),
  );
  app.post(
    '/api/contests/:id/rounds',
    {
      config: { permission: 'contests.manage' },
      schema: {
        tags,
        summary: '增加轮次 Add a round',
        params: idParams,
        body: roundBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createRound(req.ctx, req.params.id, req.body),
  );
  for (const action of ['open', 'publish'] as const)
    app.post(
      `/api/contests/rounds/:id/${action}`,
      {
        config: { permission: 'contests.manage' },
        schema: {
          tags,
          summary: action === 'open' ? '开赛 Open a round' : '晾晒排名 Publish the ranking',
          params: idParams,
          body: moveBody,
          response: { 200: roundView },
        },
      },
      async (req) => svc.moveRound(req.ctx, req.params.id, action, req.body.version),
    );
  app.get(
    '/api/contests/rounds/:id/entries',
    {
      config: { permission: 'contests.read' },
      schema: { tags, summary: '参赛材料 Entries', params: idParams, response: { 200: z.array(entryView) } },
    },
    async (req) => svc.entries(req.ctx, req.params.id),
  );
  app.put(
    '/api/contests/rounds/:id/entry',
    {
      config: { permission: 'contests.enter' },
      schema: {
        tags,
        summary: '提交参赛材料 Submit an entry',
        params: idParams,
        body: entryBody,
        response: { 200: created },
      },
    },
    async (req) => svc.submitEntry(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/contests/entries/:id/scores',
    {
      config: { permission: 'contests.judge' },
      schema: {
        tags,
        summary: '评委评分 Score an entry',
        params: idParams,
        body: scoreBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.score(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/contests/rounds/:id/ranking',
    {
      config: { permission: 'contests.read' },
      schema: {
        tags,
        summary: '本轮排名 Ranking of a round',
        params: idParams,
        response: { 200: roundRanking },
      },
    },
    async (req) => svc.roundRanking(req.ctx, req.params.id),
  );
  app.get(
    '/api/contests/:id/ranking',
    {
      config: { permission: 'contests.read' },
      schema: {
        tags,
        summary: '总排名 Overall ranking',
        params: idParams,
        response: { 200: overallRanking },
      },
    },
    async (req) => svc.overallRanking(req.ctx, req.params.id),
  );
  app.get(
    '/api/contests/:id/export',
    {
      config: { permission: 'contests.export' },
      schema: { tags, summary: '导出参赛材料与评分 Export (.xlsx)', params: idParams },
    },
    async (req, reply) => sendXlsx(reply, '擂台赛评分表', await svc.exportContest(req.ctx, req.params.id)),
  );
  app.post(
    '/api/contests/:id/scores/import',
    {
      config: { permission: 'contests.manage' },
      schema: {
        tags,
        summary:
          "导入评委评分 Import judges' scores (multipart `file` in the export's first sheet; ?dryRun=1 checks only)",
        params: idParams,
        querystring: dryRunQuery,
        response: { 200: scoresImported },
      },
    },
    async (req) =>
      svc.importScores(
        req.ctx,
        req.params.id,
        await uploadedBytes(req, 'contests.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
}
