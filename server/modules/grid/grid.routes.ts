/**
 * HTTP routes of grid work 网格: thin, one service call each (the OpenAPI document describes them). One
 * file per family (grids and assignments, registers, visits, patrols, standards), registered here in
 * that order, then readiness and the offline sync.
 */
import type { App } from '../../platform/http/app.ts';
import { nodeIdQuery } from '../../platform/http/routes.ts';
import { problemOf } from '../../platform/errors.ts';
import type { GridService } from './index.ts';
import { readinessView, syncBody, syncResponse } from './grid.schemas.ts';
import { gridGridsRoutes } from './grid.grids.routes.ts';
import { gridRegistersRoutes } from './grid.registers.routes.ts';
import { gridVisitsRoutes } from './grid.visits.routes.ts';
import { gridPatrolsRoutes } from './grid.patrols.routes.ts';
import { gridStandardsRoutes } from './grid.standards.routes.ts';

const tags = ['grid'];

/** Registers the grid routes. */
export function gridRoutes(app: App, svc: GridService) {
  gridGridsRoutes(app, svc);
  gridRegistersRoutes(app, svc);
  gridVisitsRoutes(app, svc);
  gridPatrolsRoutes(app, svc);
  gridStandardsRoutes(app, svc);
  app.get(
    '/api/grid/readiness',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '迎检准备度 Readiness per assessment project',
        querystring: nodeIdQuery,
        response: { 200: readinessView },
      },
    },
    async (req) => svc.readiness(req.ctx, req.query.nodeId),
  );
  app.post(
    '/api/grid/sync',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: '离线同步 Replay an offline queue',
        body: syncBody,
        response: { 200: syncResponse },
      },
    },
    async (req) => {
      const { results } = await svc.sync(req.ctx, req.body);
      return {
        results: results.map(({ error, body, ...r }) => ({
          ...r,
          body: error ? problemOf(error, req.ctx.lang) : body,
        })),
      };
    },
  );
}
