/** HTTP routes of 一榜三令: major projects 重大项目 (list, summary, Excel in and out, edits). */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { idParams, sendXlsxAs, uploadedBytes } from '../../platform/http/routes.ts';
import type { TasksService } from './tasks.service.ts';
import {
  projectBody,
  projectsImportResult,
  projectsQuery,
  projectsSummary,
  projectUpdateBody,
  projectView,
} from './tasks.schemas.ts';

const tags = ['tasks'];

/** Registers the routes of major projects 重大项目. */
export function tasksProjectsRoutes(app: App, svc: TasksService) {
  // ---- 重大项目 ----
  const projectYear = z.object({ districtId: z.uuid(), year: z.coerce.number().int().min(2000).max(2100) });
  app.get(
    '/api/tasks/projects',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '重大项目 Major projects',
        querystring: projectsQuery,
        response: { 200: z.array(projectView) },
      },
    },
    async (req) => svc.projects(req.ctx, req.query),
  );
  app.get(
    '/api/tasks/projects/summary',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '重大项目分阶段 By stage',
        querystring: projectYear,
        response: { 200: projectsSummary },
      },
    },
    async (req) => svc.projectsSummary(req.ctx, req.query),
  );
  app.get(
    '/api/tasks/projects.xlsx',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '导出重大项目 Export', querystring: projectYear },
    },
    async (req, reply) =>
      sendXlsxAs(
        reply,
        `${req.query.year}年重大项目.xlsx`,
        await svc.exportProjects(req.ctx, req.query),
        'projects.xlsx',
      ),
  );
  app.post(
    '/api/tasks/projects/import',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '导入重大项目 Import (multipart `file`: .xlsx or CSV)',
        querystring: projectYear,
        response: { 200: projectsImportResult },
      },
    },
    async (req) => svc.importProjects(req.ctx, req.query, await uploadedBytes(req, 'tasks.import.no_file')),
  );
  app.post(
    '/api/tasks/projects',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '登记重大项目 Register a project',
        body: projectBody,
        response: { 200: projectView },
      },
    },
    async (req) => svc.createProject(req.ctx, req.body),
  );
  app.put(
    '/api/tasks/projects/:id',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '修改重大项目 Edit or move a stage',
        params: idParams,
        body: projectUpdateBody,
        response: { 200: projectView },
      },
    },
    async (req) => svc.updateProject(req.ctx, req.params.id, req.body),
  );
}
