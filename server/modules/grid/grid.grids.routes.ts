/** HTTP routes of grid: Grids and their outlines, assignments 网格员任命 and the actor's own grids. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idParams, nodeIdQuery, optionalNodeQuery } from '../../platform/http/routes.ts';
import type { GridService } from './index.ts';
import { assignmentBody, assignmentView, gridView, outlineBody } from './grid.schemas.ts';

const tags = ['grid'];

/** Registers the routes of grids. */
export function gridGridsRoutes(app: App, svc: GridService) {
  app.get(
    '/api/grid/grids',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '网格 Grids in scope',
        querystring: optionalNodeQuery,
        response: { 200: z.array(gridView) },
      },
    },
    async (req) => svc.grids(req.ctx, req.query.nodeId),
  );
  app.put(
    '/api/grid/grids/:id/outline',
    {
      config: { permission: 'grid.manage' },
      schema: {
        tags,
        summary: '网格边界 Set outline',
        params: idParams,
        body: outlineBody,
        response: { 200: z.object({ version: z.number() }) },
      },
    },
    async (req) => svc.setOutline(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/grid/assignments',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '网格员配置 Assignments',
        querystring: nodeIdQuery,
        response: { 200: z.array(assignmentView) },
      },
    },
    async (req) => svc.assignments(req.ctx, req.query.nodeId),
  );
  app.post(
    '/api/grid/assignments',
    {
      config: { permission: 'grid.manage' },
      schema: {
        tags,
        summary: '指派网格员 Assign',
        body: assignmentBody,
        response: { 200: created },
      },
    },
    async (req) => svc.assign(req.ctx, req.body),
  );
  app.delete(
    '/api/grid/assignments/:id',
    {
      config: { permission: 'grid.manage' },
      schema: {
        tags,
        summary: '结束指派 End an assignment',
        params: idParams,
        response: { 200: z.object({ ok: z.boolean() }) },
      },
    },
    async (req) => svc.endAssignment(req.ctx, req.params.id),
  );
  app.get(
    '/api/grid/me',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: '我的网格 My grids', response: { 200: z.array(assignmentView) } },
    },
    async (req) => svc.myAssignments(req.ctx),
  );
}
