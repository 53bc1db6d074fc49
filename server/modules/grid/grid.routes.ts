/** HTTP routes of grid work 网格: thin, one service call each (the OpenAPI document describes them). */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { DomainError, problemOf } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { xlsxHeaders } from '../../platform/sheets/index.ts';
import { idempotencyKey } from '../events/index.ts';
import type { GridService } from './index.ts';
import {
  assignmentBody,
  assignmentView,
  cadreStatsView,
  complianceQuery,
  complianceView,
  coverageQuery,
  coverageView,
  headDueView,
  readinessView,
  eventStandardView,
  standardsImportResult,
  standardsView,
  tagBody,
  createPatrolBody,
  createRecordBody,
  createVisitBody,
  dueList,
  gridView,
  historyView,
  importCommitBody,
  importPreview,
  importQuery,
  importStatus,
  outlineBody,
  patrolView,
  recordPage,
  recordQuery,
  recordView,
  registerKind,
  syncBody,
  syncResponse,
  updateRecordBody,
  visitRuleBody,
  visitRuleView,
  visitView,
} from './grid.schemas.ts';

const idParams = z.object({ id: z.uuid() });
const kindParams = z.object({ kind: registerKind });
const rangeQ = z.object({ nodeId: z.uuid(), from: z.iso.date().optional(), to: z.iso.date().optional() });
const tags = ['grid'];

/** Registers the grid routes. */
export function gridRoutes(app: App, svc: GridService) {
  app.get(
    '/api/grid/grids',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '网格 Grids in scope',
        querystring: z.object({ nodeId: z.uuid().optional() }),
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
        querystring: z.object({ nodeId: z.uuid() }),
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
        response: { 200: z.object({ id: z.uuid() }) },
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
  app.get(
    '/api/grid/registers/:kind',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '台账 Register',
        params: kindParams,
        querystring: recordQuery,
        response: { 200: recordPage },
      },
    },
    async (req) => svc.records(req.ctx, req.params.kind, req.query),
  );
  app.post(
    '/api/grid/registers/:kind',
    {
      config: { permission: 'grid.collect' },
      schema: {
        tags,
        summary: '新增台账记录 Add a record',
        params: kindParams,
        body: createRecordBody,
        response: { 200: recordView },
      },
    },
    async (req) => svc.createRecord(req.ctx, req.params.kind, req.body, idempotencyKey(req.headers)),
  );
  app.patch(
    '/api/grid/registers/:kind/:id',
    {
      config: { permission: 'grid.collect' },
      schema: {
        tags,
        summary: '修改台账记录 Update a record',
        params: kindParams.extend({ id: z.uuid() }),
        body: updateRecordBody,
        response: { 200: recordView },
      },
    },
    // a stale copy answers 409 with the current one (StaleError)
    async (req) => svc.updateRecord(req.ctx, req.params.kind, req.params.id, req.body),
  );
  app.get(
    '/api/grid/registers/:kind/:id/history',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '变更历史 History',
        params: kindParams.extend({ id: z.uuid() }),
        response: { 200: z.array(historyView) },
      },
    },
    async (req) => svc.history(req.ctx, req.params.kind, req.params.id),
  );
  app.post(
    '/api/grid/registers/:kind/import',
    {
      config: { permission: 'grid.collect' },
      schema: {
        tags,
        summary: '导入预览 Import preview (multipart `file`: .xlsx or CSV)',
        params: kindParams,
        querystring: importQuery,
        response: { 200: importPreview },
      },
    },
    async (req) => {
      const file = await req.file();
      if (!file) throw new DomainError(400, 'grid.import_no_file');
      return svc.previewImport(
        req.ctx,
        req.params.kind,
        req.query.nodeId,
        await file.toBuffer(),
        req.query.mapping,
      );
    },
  );
  app.post(
    '/api/grid/registers/:kind/import/:importId/commit',
    {
      config: { permission: 'grid.collect' },
      schema: {
        tags,
        summary: '确认导入 Commit an import (in batches)',
        params: kindParams.extend({ importId: z.uuid() }),
        body: importCommitBody,
        response: { 200: importStatus },
      },
    },
    async (req) => svc.commitImport(req.ctx, req.params.kind, req.params.importId, req.body),
  );
  app.get(
    '/api/grid/registers/:kind/import/:importId',
    {
      config: { permission: 'grid.collect' },
      schema: {
        tags,
        summary: '导入进度 Import progress',
        params: kindParams.extend({ importId: z.uuid() }),
        response: { 200: importStatus },
      },
    },
    async (req) => svc.importStatus(req.ctx, req.params.kind, req.params.importId),
  );
  app.get(
    '/api/grid/registers/:kind/export',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '导出 Export (.xlsx)',
        params: kindParams,
        querystring: z.object({ nodeId: z.uuid() }),
      },
    },
    async (req, reply) => {
      const buf = await svc.exportRecords(req.ctx, req.params.kind, req.query.nodeId);
      return reply.headers(xlsxHeaders(t(req.ctx.lang, `grid.register.${req.params.kind}`))).send(buf);
    },
  );
  app.get(
    '/api/grid/visit-rules',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '走访周期 Visit rules',
        querystring: z.object({ nodeId: z.uuid() }),
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
        response: { 200: z.object({ id: z.uuid() }) },
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
      return reply.headers(xlsxHeaders('网格长巡查覆盖率')).send(buf);
    },
  );
  app.get(
    '/api/grid/standards',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '测评标准 Civilisation-city assessment standards',
        querystring: z.object({ nodeId: z.uuid() }),
        response: { 200: standardsView },
      },
    },
    async (req) => svc.standards(req.ctx, req.query.nodeId),
  );
  app.post(
    '/api/grid/standards/import',
    {
      config: { permission: 'grid.standards' },
      schema: {
        tags,
        summary: '导入测评标准 Import the standards (multipart `file`: .xlsx or CSV)',
        querystring: z.object({ nodeId: z.uuid() }),
        response: { 200: standardsImportResult },
      },
    },
    async (req) => {
      const file = await req.file();
      if (!file) throw new DomainError(400, 'grid.import_no_file');
      return svc.importStandards(req.ctx, req.query.nodeId, await file.toBuffer());
    },
  );
  app.get(
    '/api/grid/standards/export',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '导出测评标准 Export the standards (.xlsx)',
        querystring: z.object({ nodeId: z.uuid() }),
      },
    },
    async (req, reply) => {
      const buf = await svc.exportStandards(req.ctx, req.query.nodeId);
      return reply.headers(xlsxHeaders(t(req.ctx.lang, 'grid.standards.sheet'))).send(buf);
    },
  );
  app.get(
    '/api/grid/events/:id/standard',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '事件对应的测评标准 The standard an event is tagged to',
        params: idParams,
        response: { 200: eventStandardView },
      },
    },
    async (req) => svc.eventStandard(req.ctx, req.params.id),
  );
  app.put(
    '/api/grid/events/:id/standard',
    {
      config: { permission: 'grid.tag' },
      schema: {
        tags,
        summary: '事件对应测评标准 Tag an event to a standard',
        params: idParams,
        body: tagBody,
        response: { 200: z.object({ ok: z.boolean() }) },
      },
    },
    async (req) => svc.tagEvent(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/grid/readiness',
    {
      config: { permission: 'grid.read' },
      schema: {
        tags,
        summary: '迎检准备度 Readiness per assessment project',
        querystring: z.object({ nodeId: z.uuid() }),
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
