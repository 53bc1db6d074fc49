/** Routes of the home page: the actor's to-do list and a node's dashboard figures. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { shanghaiThisYear } from '../../platform/time.ts';
import type { HomeService } from './home.service.ts';
import { nodeStat, statsQuery, todoItem } from './home.schemas.ts';

const tags = ['home'];

/** Registers the home routes. */
export function homeRoutes(app: App, svc: HomeService) {
  app.get(
    '/api/home/todos',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: '我的待办 My to-do list', response: { 200: z.array(todoItem) } },
    },
    async (req) => svc.todos(req.ctx),
  );
  app.get(
    '/api/home/stats',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: '节点驾驶舱指标 Dashboard figures of a node',
        querystring: statsQuery,
        response: { 200: z.array(nodeStat) },
      },
    },
    async (req) => svc.stats(req.ctx, req.query.nodeId, req.query.year ?? shanghaiThisYear()),
  );
}
