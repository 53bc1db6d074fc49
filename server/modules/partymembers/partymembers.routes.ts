/** HTTP routes of the mobile party members under /api/partymembers (the scan page's under /api/partymembers/scan). */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  idParams,
  nodeIdQuery,
  sendXlsx,
  uploadedBytes,
  yearMonth,
} from '../../platform/http/routes.ts';
import {
  analysisView,
  codeBody,
  codeList,
  codeView,
  exportQuery,
  mapView,
  memberBody,
  memberDetail,
  memberList,
  memberPatch,
  memberQuery,
  monthQuery,
  monthTable,
  returnBody,
  scanBody,
  scanInfo,
  scanResult,
  serviceBody,
  teamBody,
  teamQuery,
  teamView,
  tokenParams,
  yearQuery,
} from './partymembers.schemas.ts';
import type { PartymembersService } from './partymembers.service.ts';

const tags = ['partymembers'];
const version = z.object({ version: z.number() });

/** Registers the routes. */
export function partymembersRoutes(app: App, svc: PartymembersService) {
  const origin = (req: { protocol: string; host: string }) => `${req.protocol}://${req.host}`;

  app.get(
    '/api/partymembers',
    {
      config: { permission: 'partymembers.read' },
      schema: {
        tags,
        summary: '流动党员台账 The register',
        querystring: memberQuery,
        response: { 200: memberList },
      },
    },
    async (req) => svc.list(req.ctx, req.query),
  );
  app.get(
    '/api/partymembers/mine',
    {
      config: { permission: 'partymembers.own' },
      schema: { tags, summary: '我的流动登记 My own records', response: { 200: memberList } },
    },
    async (req) => svc.mine(req.ctx),
  );
  app.post(
    '/api/partymembers',
    {
      config: { permission: 'partymembers.write' },
      schema: {
        tags,
        summary: '登记流动党员 Register a mobile member',
        body: memberBody,
        response: { 200: created },
      },
    },
    async (req) => svc.create(req.ctx, req.body),
  );
  app.get(
    '/api/partymembers/members/:id',
    {
      config: { permission: 'partymembers.read|partymembers.own' },
      schema: { tags, summary: '流动党员详情 A member', params: idParams, response: { 200: memberDetail } },
    },
    async (req) => svc.get(req.ctx, req.params.id),
  );
  app.patch(
    '/api/partymembers/members/:id',
    {
      config: { permission: 'partymembers.write' },
      schema: {
        tags,
        summary: '更新“五清” Update the five clears',
        params: idParams,
        body: memberPatch,
        response: { 200: version },
      },
    },
    async (req) => svc.update(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/partymembers/members/:id/return',
    {
      config: { permission: 'partymembers.write' },
      schema: {
        tags,
        summary: '返回 Back home',
        params: idParams,
        body: returnBody,
        response: { 200: version },
      },
    },
    async (req) => svc.markReturned(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/partymembers/members/:id/services',
    {
      config: { permission: 'partymembers.write' },
      schema: {
        tags,
        summary: '记录先锋队服务 Record a service',
        params: idParams,
        body: serviceBody,
        response: { 200: created },
      },
    },
    async (req) => svc.recordService(req.ctx, req.params.id, req.body),
  );

  // ---------- monthly tables, analysis, map ----------
  app.get(
    '/api/partymembers/month',
    {
      config: { permission: 'partymembers.read' },
      schema: {
        tags,
        summary: '月度流入/流出表 Monthly table',
        querystring: monthQuery,
        response: { 200: monthTable },
      },
    },
    async (req) => svc.monthTable(req.ctx, req.query),
  );
  app.get(
    '/api/partymembers/analysis',
    {
      config: { permission: 'partymembers.read' },
      schema: {
        tags,
        summary: '流动情况分析 The year analysed',
        querystring: yearQuery,
        response: { 200: analysisView },
      },
    },
    async (req) => svc.analysis(req.ctx, req.query),
  );
  app.get(
    '/api/partymembers/map',
    {
      config: { permission: 'partymembers.read' },
      schema: {
        tags,
        summary: '初心坐标图 Where members are',
        querystring: nodeIdQuery,
        response: { 200: mapView },
      },
    },
    async (req) => svc.map(req.ctx, req.query),
  );

  // ---------- return codes ----------
  app.get(
    '/api/partymembers/codes',
    {
      config: { permission: 'partymembers.read' },
      schema: { tags, summary: '归队码 Return codes', querystring: nodeIdQuery, response: { 200: codeList } },
    },
    async (req) => svc.codes(req.ctx, req.query.nodeId, origin(req)),
  );
  app.post(
    '/api/partymembers/codes',
    {
      config: { permission: 'partymembers.write' },
      schema: {
        tags,
        summary: '生成归队码 Issue a return code',
        body: codeBody,
        response: { 200: codeView },
      },
    },
    async (req) => svc.createCode(req.ctx, req.body, origin(req)),
  );
  app.get(
    '/api/partymembers/scan/:token',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '扫码页信息 What the scan page shows',
        params: tokenParams,
        response: { 200: scanInfo },
      },
    },
    async (req) => svc.scanInfo(req.ctx, req.params.token),
  );
  app.post(
    '/api/partymembers/scan/:token',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '扫码归队 Register where I live now',
        params: tokenParams,
        body: scanBody,
        response: { 200: scanResult },
      },
    },
    async (req) => svc.scan(req.ctx, req.params.token, req.body),
  );

  // ---------- vanguard teams ----------
  app.get(
    '/api/partymembers/teams',
    {
      config: { permission: 'partymembers.read' },
      schema: {
        tags,
        summary: '党群先锋队 Vanguard teams',
        querystring: teamQuery,
        response: { 200: z.array(teamView) },
      },
    },
    async (req) => svc.teams(req.ctx, req.query),
  );
  app.post(
    '/api/partymembers/teams',
    {
      config: { permission: 'partymembers.write' },
      schema: { tags, summary: '组建先锋队 Set up a team', body: teamBody, response: { 200: created } },
    },
    async (req) => svc.createTeam(req.ctx, req.body),
  );

  // ---------- Excel ----------
  app.get(
    '/api/partymembers/export/members.xlsx',
    {
      config: { permission: 'partymembers.export' },
      schema: { tags, summary: '导出流动党员台账 Export the register', querystring: exportQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, '流动党员台账.xlsx', await svc.exportMembers(req.ctx, req.query.nodeId)),
  );
  for (const direction of ['in', 'out'] as const)
    app.get(
      `/api/partymembers/export/${direction}.xlsx`,
      {
        config: { permission: 'partymembers.export' },
        schema: {
          tags,
          summary: `导出月度${direction === 'in' ? '流入' : '流出'}表 Export the month's table`,
          querystring: exportQuery.extend({ month: yearMonth }),
        },
      },
      async (req, reply) =>
        sendXlsx(
          reply,
          `${req.query.month}${direction === 'in' ? '流入' : '流出'}表.xlsx`,
          await svc.exportMonth(req.ctx, req.query.nodeId, req.query.month, direction),
        ),
    );
  app.post(
    '/api/partymembers/import',
    {
      config: { permission: 'partymembers.import' },
      schema: {
        tags,
        summary: '导入流动党员台账 Import the register (multipart `file`)',
        querystring: nodeIdQuery,
        response: { 200: z.object({ created: z.number(), updated: z.number() }) },
      },
    },
    async (req) =>
      svc.importMembers(req.ctx, req.query.nodeId, await uploadedBytes(req, 'partymembers.import_no_file')),
  );
}
