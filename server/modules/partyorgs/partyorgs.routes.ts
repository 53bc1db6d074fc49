/** HTTP routes of party-organisation quality under /api/partyorgs. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idParams, nodeIdQuery, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import {
  activityQuery,
  activityView,
  criteriaBody,
  criteriaView,
  gradeBody,
  gradesQuery,
  gradesView,
  menuBody,
  menuView,
  orderBody,
  planBody,
  rateBody,
  recordBody,
  reportBody,
  reportView,
  yearNodeQuery,
} from './partyorgs.schemas.ts';
import type { PartyorgsService } from './partyorgs.service.ts';
import { LEVELS } from './partyorgs.rules.ts';

const tags = ['partyorgs'];
const version = z.object({ version: z.number() });

/** Registers the routes. */
export function partyorgsRoutes(app: App, svc: PartyorgsService) {
  app.get(
    '/api/partyorgs/activities',
    {
      config: { permission: 'partyorgs.read' },
      schema: {
        tags,
        summary: '党建活动 Activities',
        querystring: activityQuery,
        response: { 200: z.array(activityView) },
      },
    },
    async (req) => svc.activities(req.ctx, req.query),
  );
  app.post(
    '/api/partyorgs/activities',
    {
      config: { permission: 'partyorgs.plan' },
      schema: {
        tags,
        summary: '按 5W1H 计划活动 Plan an activity by 5W1H',
        body: planBody,
        response: { 200: created },
      },
    },
    async (req) => svc.plan(req.ctx, req.body),
  );
  app.post(
    '/api/partyorgs/activities/:id/record',
    {
      config: { permission: 'partyorgs.plan' },
      schema: {
        tags,
        summary: '对照计划记录 Record against the plan',
        params: idParams,
        body: recordBody,
        response: { 200: version },
      },
    },
    async (req) => svc.record(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/partyorgs/menu',
    {
      config: { permission: 'partyorgs.read' },
      schema: {
        tags,
        summary: '主题党日套餐 The menu',
        querystring: nodeIdQuery,
        response: { 200: z.array(menuView) },
      },
    },
    async (req) => svc.menu(req.ctx, req.query.nodeId),
  );
  app.post(
    '/api/partyorgs/menu',
    {
      config: { permission: 'partyorgs.grade' },
      schema: {
        tags,
        summary: '新增主题党日套餐 Add to the menu',
        body: menuBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addMenuItem(req.ctx, req.body),
  );
  app.post(
    '/api/partyorgs/menu/:id/order',
    {
      config: { permission: 'partyorgs.plan' },
      schema: {
        tags,
        summary: '点单 Order from the menu',
        params: idParams,
        body: orderBody,
        response: { 200: created },
      },
    },
    async (req) => svc.order(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/partyorgs/criteria',
    {
      config: { permission: 'partyorgs.read' },
      schema: {
        tags,
        summary: '评定标准 Criteria',
        querystring: nodeIdQuery,
        response: { 200: criteriaView },
      },
    },
    async (req) => svc.criteria(req.ctx, req.query.nodeId),
  );
  app.put(
    '/api/partyorgs/criteria',
    {
      config: { permission: 'partyorgs.grade' },
      schema: {
        tags,
        summary: '设置评定标准 Set criteria',
        body: criteriaBody,
        response: { 200: criteriaView },
      },
    },
    async (req) => svc.setCriteria(req.ctx, req.body),
  );
  app.get(
    '/api/partyorgs/grades',
    {
      config: { permission: 'partyorgs.read' },
      schema: {
        tags,
        summary: '质量等级评定 Grades',
        querystring: gradesQuery,
        response: { 200: gradesView },
      },
    },
    async (req) => svc.grades(req.ctx, req.query),
  );
  app.post(
    '/api/partyorgs/grades',
    {
      config: { permission: 'partyorgs.grade' },
      schema: {
        tags,
        summary: '评定等级 Grade an organisation',
        body: gradeBody,
        response: {
          200: z.object({
            total: z.number(),
            maxTotal: z.number(),
            level: z.enum(LEVELS),
            version: z.number(),
          }),
        },
      },
    },
    async (req) => svc.grade(req.ctx, req.body),
  );
  app.get(
    '/api/partyorgs/reports',
    {
      config: { permission: 'partyorgs.read' },
      schema: {
        tags,
        summary: "书记述职 Secretaries' reports",
        querystring: yearNodeQuery,
        response: { 200: z.array(reportView) },
      },
    },
    async (req) => svc.reports(req.ctx, req.query),
  );
  app.post(
    '/api/partyorgs/reports',
    {
      config: { permission: 'partyorgs.plan' },
      schema: {
        tags,
        summary: '提交述职报告 Submit the report',
        body: reportBody,
        response: { 200: created },
      },
    },
    async (req) => svc.submitReport(req.ctx, req.body),
  );
  app.post(
    '/api/partyorgs/reports/:id/rate',
    {
      config: { permission: 'partyorgs.grade' },
      schema: {
        tags,
        summary: '述职评议 Rate a report',
        params: idParams,
        body: rateBody,
        response: { 200: version },
      },
    },
    async (req) => svc.rateReport(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/partyorgs/export/activities.xlsx',
    {
      config: { permission: 'partyorgs.export' },
      schema: { tags, summary: '导出党建活动 Export activities', querystring: yearNodeQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, `${req.query.year}党建活动.xlsx`, await svc.exportActivities(req.ctx, req.query)),
  );
  app.get(
    '/api/partyorgs/export/temporary.xlsx',
    {
      config: { permission: 'partyorgs.export' },
      schema: {
        tags,
        summary: '导出临时党组织台账 Export temporary party organisations',
        querystring: nodeIdQuery,
      },
    },
    async (req, reply) =>
      sendXlsx(reply, '临时党组织台账.xlsx', await svc.exportTemporary(req.ctx, req.query.nodeId)),
  );
  app.get(
    '/api/partyorgs/export/grades.xlsx',
    {
      config: { permission: 'partyorgs.export' },
      schema: { tags, summary: '导出等级评定 Export grades', querystring: yearNodeQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, `${req.query.year}质量等级评定.xlsx`, await svc.exportGrades(req.ctx, req.query)),
  );
  app.post(
    '/api/partyorgs/import/activities',
    {
      config: { permission: 'partyorgs.import' },
      schema: {
        tags,
        summary: '导入活动计划 Import activity plans (multipart `file`)',
        querystring: nodeIdQuery,
        response: { 200: z.object({ created: z.number() }) },
      },
    },
    async (req) =>
      svc.importActivities(req.ctx, req.query.nodeId, await uploadedBytes(req, 'partyorgs.import_no_file')),
  );
}
