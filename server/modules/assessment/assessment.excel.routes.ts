/** HTTP routes of assessment's Excel downloads and imports (officers only). */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import type { createExcelService } from './assessment.excel.service.ts';
import type { createGradesService } from './assessment.grades.service.ts';
import * as s from './assessment.schemas.ts';

const tags = ['assessment'];

/** Registers the Excel routes. */
export function assessmentExcelRoutes(
  app: App,
  x: ReturnType<typeof createExcelService>,
  grades: ReturnType<typeof createGradesService>,
) {
  app.get(
    '/api/assessment/indicators.xlsx',
    {
      config: { permission: 'assessment.read' },
      schema: { tags, summary: '导出指标库 Export the library', querystring: s.indicatorsQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, `考核指标-${req.query.quarter}`, await x.indicatorsXlsx(req.ctx, req.query)),
  );
  app.post(
    '/api/assessment/indicators/import',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary: '导入指标 Import (multipart `file`)',
        querystring: s.indicatorsQuery,
        response: {
          200: z.object({
            imported: z.number(),
            errors: z.array(z.object({ row: z.number(), column: z.string(), reason: z.string() })),
          }),
        },
      },
    },
    async (req) => x.importIndicators(req.ctx, req.query, await uploadedBytes(req)),
  );
  app.get(
    '/api/assessment/cycles/:id/ranking.xlsx',
    {
      config: { permission: 'assessment.read' },
      schema: { tags, summary: '导出考核排名 Export ranking', params: s.idParams },
    },
    async (req, reply) => sendXlsx(reply, '考核排名', await x.rankingXlsx(req.ctx, req.params.id)),
  );
  app.get(
    '/api/assessment/cycles/:id/grades.xlsx',
    {
      config: { permission: 'assessment.manage' },
      schema: { tags, summary: '导出考核等次表 Export the grade sheet', params: s.idParams },
    },
    async (req, reply) => sendXlsx(reply, '考核等次', await grades.gradesXlsx(req.ctx, req.params.id)),
  );
  for (const step of ['preview', 'import'] as const)
    app.post(
      `/api/assessment/cycles/:id/grades/${step}`,
      {
        config: { permission: 'assessment.manage' },
        schema: {
          tags,
          summary:
            step === 'preview'
              ? '预览导入的考核等次 Preview a grade import (multipart `file`)'
              : '导入考核等次 Import grades (multipart `file`)',
          params: s.idParams,
          response: { 200: s.gradeImportView },
        },
      },
      async (req) => {
        const buf = await uploadedBytes(req);
        return step === 'preview'
          ? grades.previewGrades(req.ctx, req.params.id, buf)
          : grades.importGrades(req.ctx, req.params.id, buf);
      },
    );
  app.get(
    '/api/assessment/points/ranking.xlsx',
    {
      config: { permission: 'assessment.read' },
      schema: { tags, summary: '导出积分排名 Export points ranking', querystring: s.pointsRankingQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, `积分排名-${req.query.quarter}`, await x.pointsRankingXlsx(req.ctx, req.query)),
  );
  app.get(
    '/api/assessment/results/eligibility.xlsx',
    {
      config: { permission: 'assessment.manage' },
      schema: { tags, summary: '导出提拔资格名单 Export promotion list', querystring: s.resultsQuery },
    },
    async (req, reply) => sendXlsx(reply, '提拔资格名单', await x.eligibilityXlsx(req.ctx, req.query)),
  );
  app.get(
    '/api/assessment/results/intake.xlsx',
    {
      config: { permission: 'assessment.manage' },
      schema: { tags, summary: '导出名单 Export an intake list', querystring: s.intakeQuery },
    },
    async (req, reply) => sendXlsx(reply, `名单-${req.query.list}`, await x.intakeXlsx(req.ctx, req.query)),
  );
  app.get(
    '/api/assessment/rotation/alerts.xlsx',
    {
      config: { permission: 'assessment.manage' },
      schema: { tags, summary: '导出轮岗提醒 Export rotation alerts', querystring: s.districtQuery },
    },
    async (req, reply) => sendXlsx(reply, '轮岗提醒', await x.rotationXlsx(req.ctx, req.query.districtId)),
  );
}
