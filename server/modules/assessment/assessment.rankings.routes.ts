/** HTTP routes of the ranking sheet 省市考核排名 that proposes 区管领导 situations [001 Qujiang]. */
import { z } from 'zod';
import { t } from '../../platform/i18n.ts';
import type { App } from '../../platform/http/app.ts';
import { dryRunQuery, importOutcome, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import { RANKING_BODIES } from './assessment.rules.ts';
import type { AssessmentService } from './assessment.service.ts';

const tags = ['assessment'];

/** A ranking import's answer: each row's unit, rank and the situation it proposes to how many leaders. */
export const rankingImportResult = importOutcome({
  unit: z.string(),
  body: z.enum(RANKING_BODIES),
  title: z.string(),
  rank: z.number(),
  total: z.number(),
  code: z.string().nullable(),
  leaders: z.number(),
});

/** Registers the ranking-sheet routes. */
export function assessmentRankingsRoutes(app: App, svc: AssessmentService) {
  app.get(
    '/api/assessment/months/rankings/template.xlsx',
    {
      config: { permission: 'assessment.manage' },
      schema: { tags, summary: '考核排名导入模板 Ranking sheet template (.xlsx)' },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'assessment.rankings.sheet'),
        await svc.rankings.rankingsTemplate(req.ctx),
      ),
  );
  app.post(
    '/api/assessment/months/rankings/import',
    {
      config: { permission: 'assessment.manage' },
      schema: {
        tags,
        summary:
          '导入省市考核排名 Import a ranking sheet (multipart `file`; ?dryRun=1 checks only): top and bottom bands propose 区管领导 situations',
        querystring: dryRunQuery.extend({
          districtId: z.uuid(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
        response: { 200: rankingImportResult },
      },
    },
    async (req) =>
      svc.rankings.importRankings(
        req.ctx,
        { districtId: req.query.districtId, year: req.query.year },
        await uploadedBytes(req, 'assessment.rankings.no_file'),
        req.query.dryRun === '1',
      ),
  );
}
