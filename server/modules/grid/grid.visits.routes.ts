/** HTTP routes of grid: Visits 走访: the rules, what is due, the visits, compliance and the cadres' figures. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, nodeIdQuery } from '../../platform/http/routes.ts';
import { idempotencyKey } from '../events/index.ts';
import type { GridService } from './index.ts';
import {
  cadreStatsView,
  complianceQuery,
  complianceView,
  createVisitBody,
  dueList,
  visitRuleBody,
  visitRuleView,
  visitView,
} from './grid.schemas.ts';

const rangeQ = z.object({ nodeId: z.uuid(), from: z.iso.date().optional(), to: z.iso.date().optional() });
const tags = ['grid'];

/** Registers the routes of visits. */
export function gridVisitsRoutes(app: App, svc: GridService) {
  app.get(
    '/api/grid/visit-rules',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '走访周期 Visit rules',
        querystring: nodeIdQuery,
        response: { 200: z.array(visitRuleView) },
      },
    },
    async (req) => svc.visitRules(req.ctx, req.query.nodeId),
  );
  app.put(
    '/api/grid/visit-rules',
    {
      config: { permission: 'grid.manage' },
      schema: {
        tags,
        summary: '设定走访周期 Set a visit rule',
        body: visitRuleBody,
        response: { 200: created },
      },
    },
    async (req) => svc.setVisitRule(req.ctx, req.body),
  );
  app.get(
    '/api/grid/due',
    {
      config: { permission: 'grid.visit' },
      schema: {
        tags,
        summary: '待走访 My due list',
        querystring: z.object({ date: z.iso.date().optional() }),
        response: { 200: dueList },
      },
    },
    async (req) => svc.dueList(req.ctx, req.query.date),
  );
  app.post(
    '/api/grid/visits',
    {
      config: { permission: 'grid.visit' },
      schema: {
        tags,
        summary: '登记走访 Record a visit',
        body: createVisitBody,
        response: { 200: visitView },
      },
    },
    async (req) => svc.recordVisit(req.ctx, req.body, idempotencyKey(req.headers)),
  );
  app.get(
    '/api/grid/visits',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '走访记录 Visits',
        querystring: rangeQ,
        response: { 200: z.array(visitView) },
      },
    },
    async (req) => svc.visits(req.ctx, req.query),
  );
  app.get(
    '/api/grid/compliance',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '走访达标率 Visit compliance',
        querystring: complianceQuery,
        response: { 200: complianceView },
      },
    },
    async (req) => svc.compliance(req.ctx, req.query),
  );
  app.get(
    '/api/grid/cadre-stats',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '我当网格员 Cadres serving as grid workers',
        querystring: rangeQ,
        response: { 200: cadreStatsView },
      },
    },
    async (req) => svc.cadreStats(req.ctx, req.query),
  );
}
