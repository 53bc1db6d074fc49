/** HTTP routes of 一榜三令: rankings and results (leaderboard, its Excel, points for the assessment). */
import type { App } from '../../platform/http/app.ts';
import { sendXlsxAs } from '../../platform/http/routes.ts';
import type { TasksService } from './tasks.service.ts';
import { leaderboard, leaderboardQuery, pointsQuery, pointsView } from './tasks.schemas.ts';

const tags = ['tasks'];

/** Registers the routes of rankings and results. */
export function tasksRankingsRoutes(app: App, svc: TasksService) {
  // ---- rankings and results ----
  app.get(
    '/api/tasks/leaderboard',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '排行榜 Leaderboards',
        querystring: leaderboardQuery,
        response: { 200: leaderboard },
      },
    },
    async (req) => svc.leaderboard(req.ctx, req.query),
  );
  app.get(
    '/api/tasks/leaderboard.xlsx',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '导出排行 Export', querystring: leaderboardQuery },
    },
    async (req, reply) =>
      sendXlsxAs(reply, '排行榜.xlsx', await svc.exportLeaderboard(req.ctx, req.query), 'leaderboard.xlsx'),
  );
  app.get(
    '/api/tasks/points',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '令与积分 Orders and points',
        querystring: pointsQuery,
        response: { 200: pointsView },
      },
    },
    async (req) => svc.ordersAndPointsAs(req.ctx, req.query),
  );
}
