/**
 * HTTP routes of 一榜三令 (task list, claiming, responsibility / commendation / accountability orders):
 * thin, one service call each (the OpenAPI document describes them). One file per family (lists and
 * proposals, tasks, major projects, the daily evaluation, orders and exemptions, rankings,
 * party-building projects), registered here in that order, then the public list.
 */
import type { App } from '../../platform/http/app.ts';
import type { TasksService } from './tasks.service.ts';
import { publicList, publicListQuery } from './tasks.schemas.ts';
import { tasksListsRoutes } from './tasks.lists.routes.ts';
import { tasksTasksRoutes } from './tasks.tasks.routes.ts';
import { tasksProjectsRoutes } from './tasks.projects.routes.ts';
import { tasksEvaluationRoutes } from './tasks.evaluation.routes.ts';
import { tasksOrdersRoutes } from './tasks.orders.routes.ts';
import { tasksRankingsRoutes } from './tasks.rankings.routes.ts';
import { tasksPartyRoutes } from './tasks.party.routes.ts';

const tags = ['tasks'];

/** Registers the tasks routes. */
export function tasksRoutes(app: App, svc: TasksService) {
  tasksListsRoutes(app, svc);
  tasksTasksRoutes(app, svc);
  tasksProjectsRoutes(app, svc);
  tasksEvaluationRoutes(app, svc);
  tasksOrdersRoutes(app, svc);
  tasksRankingsRoutes(app, svc);
  tasksPartyRoutes(app, svc);

  // ---- public ----
  app.get(
    '/api/tasks/public/lists',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '公开任务榜 Public list',
        querystring: publicListQuery,
        response: { 200: publicList },
      },
    },
    async (req) => svc.publicList(req.ctx, req.query),
  );
}
