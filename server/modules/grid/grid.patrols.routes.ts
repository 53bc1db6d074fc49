/**
 * HTTP routes of grid: Patrols 巡查: logging and listing them, the 网格长's due walks, and patrol coverage with
 * its Excel.
 */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { sendXlsx } from '../../platform/http/routes.ts';
import { idempotencyKey } from '../events/index.ts';
import type { GridService } from './index.ts';
import { coverageQuery, coverageView, headDueView, createPatrolBody, patrolView } from './grid.schemas.ts';

const rangeQ = z.object({ nodeId: z.uuid(), from: z.iso.date().optional(), to: z.iso.date().optional() });
const tags = ['grid'];

/** Registers the routes of patrols. */
export function gridPatrolsRoutes(app: App, svc: GridService) {
  app.post(
    '/api/grid/patrols',
    {
      config: { permission: 'grid.patrol' },
      schema: {
        tags,
        summary: '文明巡查 Log a patrol',
        body: createPatrolBody,
        response: { 200: patrolView },
      },
    },
    async (req) => svc.logPatrol(req.ctx, req.body, idempotencyKey(req.headers)),
  );
  app.get(
    '/api/grid/patrols',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '巡查记录 Patrols',
        querystring: rangeQ,
        response: { 200: z.array(patrolView) },
      },
    },
    async (req) => svc.patrols(req.ctx, req.query),
  );
  app.get(
    '/api/grid/head/due',
    {
      config: { permission: 'grid.patrol' },
      schema: {
        tags,
        summary: '网格长本周巡查 My weekly walks as grid head',
        querystring: z.object({ date: z.iso.date().optional() }),
        response: { 200: headDueView },
      },
    },
    async (req) => svc.headDue(req.ctx, req.query.date),
  );
  app.get(
    '/api/grid/patrol-coverage',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '网格长巡查覆盖率 Grid-head patrol coverage',
        querystring: coverageQuery,
        response: { 200: coverageView },
      },
    },
    async (req) => svc.coverage(req.ctx, req.query),
  );
  app.get(
    '/api/grid/patrol-coverage/export',
    {
      config: { permission: 'grid.read' },
      schema: { tags, summary: '导出巡查覆盖率 Export patrol coverage (.xlsx)', querystring: coverageQuery },
    },
    async (req, reply) => {
      const buf = await svc.exportCoverage(req.ctx, req.query);
      return sendXlsx(reply, '网格长巡查覆盖率', buf);
    },
  );
}
