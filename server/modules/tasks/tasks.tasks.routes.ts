/**
 * HTTP routes of 一榜三令: one task's life (the board and its Excel, detail, timeline, claiming 揭榜挂帅,
 * progress reports, violations, cancelling, indicators, withdrawals, performance).
 */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idParams, sendXlsxAs } from '../../platform/http/routes.ts';
import type { TasksService } from './tasks.service.ts';
import {
  applicationView,
  applyBody,
  awardBody,
  awardResult,
  performanceBody,
  performanceView,
  cancelTaskBody,
  cancelTaskResult,
  indicatorsBody,
  indicatorsResult,
  withdrawResult,
  reportBody,
  reportResult,
  reportView,
  taskDetail,
  tasksQuery,
  taskSummary,
  timelineEntry,
  violationBody,
} from './tasks.schemas.ts';

const tags = ['tasks'];

/** Registers the routes of one task's life. */
export function tasksTasksRoutes(app: App, svc: TasksService) {
  // ---- tasks ----
  app.get(
    '/api/tasks/tasks',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '任务看板 Board',
        querystring: tasksQuery,
        response: { 200: z.array(taskSummary) },
      },
    },
    async (req) => svc.tasks(req.ctx, req.query),
  );
  app.get(
    '/api/tasks/tasks.xlsx',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '导出任务 Export tasks', querystring: tasksQuery },
    },
    async (req, reply) =>
      sendXlsxAs(reply, '任务清单.xlsx', await svc.exportTasks(req.ctx, req.query), 'tasks.xlsx'),
  );
  app.get(
    '/api/tasks/tasks/:id',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '任务详情 Task', params: idParams, response: { 200: taskDetail } },
    },
    async (req) => svc.getTask(req.ctx, req.params.id),
  );
  app.get(
    '/api/tasks/tasks/:id/timeline',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '时间线 Timeline',
        params: idParams,
        response: { 200: z.array(timelineEntry) },
      },
    },
    async (req) => svc.timeline(req.ctx, req.params.id),
  );
  app.get(
    '/api/tasks/tasks/:id/reports',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '进展报告 Reports', params: idParams, response: { 200: z.array(reportView) } },
    },
    async (req) => svc.reports(req.ctx, req.params.id),
  );
  app.get(
    '/api/tasks/tasks/:id/applications',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '揭榜申请 Applications',
        params: idParams,
        response: { 200: z.array(applicationView) },
      },
    },
    async (req) => svc.applications(req.ctx, req.params.id),
  );
  app.post(
    '/api/tasks/tasks/:id/applications',
    {
      config: { permission: 'tasks.apply' },
      schema: { tags, summary: '揭榜 Apply', params: idParams, body: applyBody, response: { 200: created } },
    },
    async (req) => svc.applyForTask(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/tasks/tasks/:id/award',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '定榜挂帅 Award (issues the responsibility order)',
        params: idParams,
        body: awardBody,
        response: { 200: awardResult },
      },
    },
    async (req) => svc.awardTask(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/tasks/tasks/:id/reports',
    {
      config: { permission: 'tasks.report' },
      schema: {
        tags,
        summary: '报告进展 Report progress (idempotent)',
        params: idParams,
        body: reportBody,
        headers: z.object({ 'idempotency-key': z.string().max(200).optional() }).passthrough(),
        response: { 200: reportResult },
      },
    },
    async (req) =>
      svc.reportProgress(
        req.ctx,
        req.params.id,
        req.body,
        req.headers['idempotency-key'] as string | undefined,
      ),
  );
  app.post(
    '/api/tasks/tasks/:id/violations',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '记录违规 Record a violation',
        params: idParams,
        body: violationBody,
        response: { 200: created },
      },
    },
    async (req) => svc.recordViolation(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/tasks/tasks/:id/cancel',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '撤销任务 Cancel a draft or published task (with a reason)',
        params: idParams,
        body: cancelTaskBody,
        response: { 200: cancelTaskResult },
      },
    },
    async (req) => svc.cancelTask(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/tasks/tasks/:id/indicators',
    {
      config: { permission: 'tasks.report' },
      schema: {
        tags,
        summary: '填报指标实际值 Report indicators’ actual values',
        params: idParams,
        body: indicatorsBody,
        response: { 200: indicatorsResult },
      },
    },
    async (req) => svc.reportIndicators(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/tasks/applications/:id/withdraw',
    {
      config: { permission: 'tasks.apply' },
      schema: {
        tags,
        summary: '撤回揭榜申请 Withdraw an application',
        params: idParams,
        response: { 200: withdrawResult },
      },
    },
    async (req) => svc.withdrawApplication(req.ctx, req.params.id),
  );
  app.get(
    '/api/tasks/tasks/:id/performance',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '揭榜单位政治表现 Political performance on a task',
        params: idParams,
        response: { 200: z.array(performanceView) },
      },
    },
    async (req) => svc.performance(req.ctx, req.params.id),
  );
  app.post(
    '/api/tasks/tasks/:id/performance',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '记录政治表现 Record a claiming unit’s political performance',
        params: idParams,
        body: performanceBody,
        response: { 200: performanceView },
      },
    },
    async (req) => svc.recordPerformance(req.ctx, req.params.id, req.body),
  );
}
