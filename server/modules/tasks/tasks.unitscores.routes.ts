/** HTTP routes of units' performance scores from outside the task lists (the deputies' satisfaction, seed 003). */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { sendXlsxAs } from '../../platform/http/routes.ts';
import type { UnitScoresService } from './tasks.unitscores.service.ts';

const tags = ['tasks'];
const query = z.object({ nodeId: z.uuid().optional(), year: z.coerce.number().int().min(2000).max(2100) });
export const unitScoresView = z.array(
  z.object({
    unitNodeId: z.uuid(),
    unitName: z.string(),
    average: z.number(),
    items: z.array(
      z.object({ source: z.string(), label: z.string(), score: z.number(), recordedAt: z.string() }),
    ),
  }),
);

/** Registers the unit-score routes. */
export function tasksUnitScoreRoutes(app: App, svc: UnitScoresService) {
  app.get(
    '/api/tasks/unit-scores',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '单位绩效分值 Units’ performance scores',
        querystring: query,
        response: { 200: unitScoresView },
      },
    },
    async (req) => svc.unitScores(req.ctx, req.query),
  );
  app.get(
    '/api/tasks/unit-scores.xlsx',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '导出绩效分值 Export units’ performance scores', querystring: query },
    },
    async (req, reply) => {
      const buf = await svc.exportUnitScores(req.ctx, req.query);
      return sendXlsxAs(reply, `绩效分值${req.query.year}.xlsx`, buf, `unit-scores-${req.query.year}.xlsx`);
    },
  );
}
