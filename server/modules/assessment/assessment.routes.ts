/**
 * HTTP routes of cadre assessment 干部考核: indicators, units, settings, cycles and sheets; the other
 * families (records, points and months, results, Excel) have a file each, registered from here.
 */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { ok } from '../../platform/http/routes.ts';
import type { AssessmentService } from './assessment.service.ts';
import * as s from './assessment.schemas.ts';
import { assessmentRecordsRoutes } from './assessment.records.routes.ts';
import { assessmentPointsRoutes } from './assessment.points.routes.ts';
import { assessmentResultsRoutes } from './assessment.results.routes.ts';
import { assessmentExcelRoutes } from './assessment.excel.routes.ts';
import { assessmentRankingsRoutes } from './assessment.rankings.routes.ts';

const tags = ['assessment'];
const moved = z.object({ moved: z.number() });

/** Registers the assessment routes. */
export function assessmentRoutes(app: App, svc: AssessmentService) {
  // ---- indicators ----
  app.get(
    '/api/assessment/indicators',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags,
        summary: '考核指标库 Indicator library',
        querystring: s.indicatorsQuery,
        response: { 200: s.indicatorsView },
      },
    },
    async (req) => svc.indicators.indicators(req.ctx, req.query),
  );
  app.post(
    '/api/assessment/indicators',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '新增指标 Add indicator',
        body: s.indicatorInput,
        response: { 200: s.created },
      },
    },
    async (req) => svc.indicators.createIndicator(req.ctx, req.body),
  );
  app.patch(
    '/api/assessment/indicators/:id',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '修改指标 Edit indicator',
        params: s.idParams,
        body: s.indicatorPatch,
        response: { 200: s.indicatorView },
      },
    },
    async (req) => svc.indicators.updateIndicator(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/assessment/indicators/:id',
    {
      config: { permission: 'assessment.manage' },
      schema: { tags, summary: '删除指标 Remove indicator', params: s.idParams, response: { 200: ok } },
    },
    async (req) => svc.indicators.deleteIndicator(req.ctx, req.params.id),
  );
  app.post(
    '/api/assessment/indicators/copy',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '复制为新季度版本 Copy to a quarter',
        body: s.copyIndicatorsBody,
        response: { 200: z.object({ copied: z.number() }) },
      },
    },
    async (req) => svc.indicators.copyIndicators(req.ctx, req.body),
  );

  // ---- units and settings ----
  app.get(
    '/api/assessment/units',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags,
        summary: '考核单位与双点 Units',
        querystring: s.districtQuery,
        response: { 200: z.array(s.unitView) },
      },
    },
    async (req) => svc.indicators.units(req.ctx, req.query.districtId),
  );
  app.put(
    '/api/assessment/units/:nodeId',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '设置单位类型与双点 Set unit',
        params: s.unitParams,
        body: s.unitBody,
        response: { 200: z.object({ nodeId: z.uuid(), version: z.number() }) },
      },
    },
    async (req) => svc.indicators.setUnit(req.ctx, req.params.nodeId, req.body),
  );
  app.get(
    '/api/assessment/settings',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '考核设置 Settings',
        querystring: s.districtQuery,
        response: { 200: s.settingsView },
      },
    },
    async (req) => svc.indicators.settings(req.ctx, req.query.districtId),
  );
  app.put(
    '/api/assessment/settings',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '保存考核设置 Save settings',
        body: s.settingsBody,
        response: { 200: s.settingsView },
      },
    },
    async (req) => svc.indicators.saveSettings(req.ctx, req.body),
  );

  // ---- cycles ----
  app.get(
    '/api/assessment/cycles',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags,
        summary: '考核季度 Cycles',
        querystring: s.districtQuery,
        response: { 200: z.array(s.cycleView) },
      },
    },
    async (req) => svc.cycle.cycles(req.ctx, req.query.districtId),
  );
  app.post(
    '/api/assessment/cycles',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '分派季度考核 Dispatch a quarter',
        body: s.dispatchBody,
        response: { 200: z.object({ id: z.uuid(), sheets: z.number() }) },
      },
    },
    async (req) => svc.cycle.dispatch(req.ctx, req.body),
  );
  app.get(
    '/api/assessment/cycles/:id/board',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags,
        summary: '考核进度看板 Cycle board',
        params: s.idParams,
        response: { 200: s.boardView },
      },
    },
    async (req) => svc.cycle.board(req.ctx, req.params.id),
  );
  app.post(
    '/api/assessment/cycles/:id/remind',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '催办滞后单位 Remind lagging units',
        params: s.idParams,
        response: { 200: z.object({ reminded: z.number() }) },
      },
    },
    async (req) => svc.cycle.remind(req.ctx, req.params.id),
  );
  app.get(
    '/api/assessment/cycles/:id/sheets',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags,
        summary: '考核表 Sheets',
        params: s.idParams,
        querystring: s.sheetsQuery,
        response: { 200: z.array(s.sheetSummary) },
      },
    },
    async (req) => svc.sheets.sheets(req.ctx, req.params.id, req.query),
  );
  app.get(
    '/api/assessment/cycles/:id/ranking',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags,
        summary: '考核排名 Ranking',
        params: s.idParams,
        querystring: s.rankingQuery,
        response: { 200: z.array(s.rankingRow) },
      },
    },
    async (req) => svc.cycle.ranking(req.ctx, req.params.id, req.query),
  );
  for (const [url, summary, step] of [
    ['/api/assessment/cycles/:id/feedback', '反馈结果 Feed results back', 'feedback'],
    ['/api/assessment/cycles/:id/publish', '单位内公示 Publish in the unit', 'publish'],
  ] as const)
    app.post(
      url,
      {
        config: { permission: 'assessment.manage' },
        schema: { tags, summary, params: s.idParams, body: s.unitActionBody, response: { 200: moved } },
      },
      async (req) => svc.cycle[step](req.ctx, req.params.id, req.body.unitNodeId),
    );

  // ---- sheets ----
  app.get(
    '/api/assessment/me/sheets',
    {
      config: { permission: 'assessment.self' },
      schema: { tags, summary: '我的考核 My sheets', response: { 200: z.array(s.sheetSummary) } },
    },
    async (req) => svc.sheets.mySheets(req.ctx),
  );
  app.get(
    '/api/assessment/me/sheets/:id',
    {
      config: { permission: 'assessment.self' },
      schema: { tags, summary: '我的考核表 My sheet', params: s.idParams, response: { 200: s.sheetDetail } },
    },
    async (req) => svc.sheets.mySheet(req.ctx, req.params.id),
  );
  app.put(
    '/api/assessment/me/sheets/:id',
    {
      config: { permission: 'assessment.self' },
      schema: {
        tags,
        summary: '保存自评与小结 Save',
        params: s.idParams,
        body: s.saveSheetBody,
        response: { 200: s.sheetDetail },
      },
    },
    async (req) => svc.sheets.saveMySheet(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/assessment/me/sheets/:id/submit',
    {
      config: { permission: 'assessment.self' },
      schema: {
        tags,
        summary: '提交个人小结 Submit',
        params: s.idParams,
        body: s.submitSheetBody,
        response: { 200: s.sheetDetail },
      },
    },
    async (req) => svc.sheets.submitMySheet(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/assessment/sheets/:id',
    {
      config: { permission: 'assessment.read' },
      schema: { tags, summary: '考核表 Sheet', params: s.idParams, response: { 200: s.sheetDetail } },
    },
    async (req) => svc.sheets.sheet(req.ctx, req.params.id),
  );
  app.post(
    '/api/assessment/sheets/:id/review',
    {
      config: { permission: 'assessment.review' },
      schema: {
        tags,
        summary: '单位审核 Unit review',
        params: s.idParams,
        body: s.reviewSheetBody,
        response: { 200: s.sheetDetail },
      },
    },
    async (req) => svc.sheets.review(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/assessment/sheets/:id/return',
    {
      config: { permission: 'assessment.review' },
      schema: {
        tags,
        summary: '退回修改 Return',
        params: s.idParams,
        body: s.returnSheetBody,
        response: { 200: s.sheetDetail },
      },
    },
    async (req) => svc.sheets.returnSheet(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/assessment/sheets/:id/assess',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '组织部评定 Grade',
        params: s.idParams,
        body: s.assessSheetBody,
        response: { 200: s.sheetDetail },
      },
    },
    async (req) => svc.sheets.assess(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/assessment/sheets/:id/print',
    {
      config: { permission: 'assessment.read|assessment.self' },
      schema: { tags, summary: '打印考核表 Printable sheet (HTML)', params: s.idParams },
    },
    async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await svc.sheets.printable(req.ctx, req.params.id)),
  );

  assessmentRecordsRoutes(app, svc);
  assessmentPointsRoutes(app, svc);
  assessmentResultsRoutes(app, svc);
  assessmentExcelRoutes(app, svc.excel, svc.grades);
  assessmentRankingsRoutes(app, svc);
}
