/** HTTP routes of 一榜三令: the daily evaluation 每日研判 and the district's thresholds. */
import type { App } from '../../platform/http/app.ts';
import type { TasksService } from './tasks.service.ts';
import {
  evaluateBody,
  evaluateResult,
  evalSettingsBody,
  evalSettingsQuery,
  evalSettingsView,
} from './tasks.schemas.ts';

const tags = ['tasks'];

/** Registers the routes of the daily evaluation 每日研判 and the district's thresholds. */
export function tasksEvaluationRoutes(app: App, svc: TasksService) {
  app.post(
    '/api/tasks/evaluate',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '每日研判 Run the daily evaluation',
        body: evaluateBody,
        response: { 200: evaluateResult },
      },
    },
    async (req) => svc.runDailyEvaluationAs(req.ctx, req.body),
  );
  app.get(
    '/api/tasks/settings',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '评价规则 The district evaluation thresholds',
        querystring: evalSettingsQuery,
        response: { 200: evalSettingsView },
      },
    },
    async (req) => svc.evaluationSettings(req.ctx, req.query.districtId),
  );
  app.put(
    '/api/tasks/settings',
    {
      config: { permission: 'tasks.settings' },
      schema: {
        tags,
        summary: '设置评价规则 Set the district evaluation thresholds',
        body: evalSettingsBody,
        response: { 200: evalSettingsView },
      },
    },
    async (req) => svc.updateEvaluationSettings(req.ctx, req.body),
  );
}
