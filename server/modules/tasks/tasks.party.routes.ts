/** HTTP routes of 一榜三令: party-building projects 党建项目认领 (listing, summary, award). */
import type { App } from '../../platform/http/app.ts';
import { created, idParams } from '../../platform/http/routes.ts';
import type { TasksService } from './tasks.service.ts';
import { awardBody, awardResult, leaderboardQuery, partyProjectBody, partySummary } from './tasks.schemas.ts';

const tags = ['tasks'];

/** Registers the routes of party-building projects 党建项目认领. */
export function tasksPartyRoutes(app: App, svc: TasksService) {
  // ---- party-building projects 党建项目认领 ----
  app.post(
    '/api/tasks/party-projects',
    {
      config: { permission: 'tasks.party.manage' },
      schema: {
        tags,
        summary: '发布党建项目 List a project',
        body: partyProjectBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createPartyProject(req.ctx, req.body),
  );
  app.get(
    '/api/tasks/party-projects/summary',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '认领统计 Summary',
        querystring: leaderboardQuery,
        response: { 200: partySummary },
      },
    },
    async (req) => svc.partySummary(req.ctx, req.query),
  );
  app.post(
    '/api/tasks/party-projects/:id/award',
    {
      config: { permission: 'tasks.party.manage' },
      schema: {
        tags,
        summary: '确认认领 Award a claim',
        params: idParams,
        body: awardBody,
        response: { 200: awardResult },
      },
    },
    async (req) => svc.awardTask(req.ctx, req.params.id, req.body),
  );
}
