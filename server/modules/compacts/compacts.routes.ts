/** HTTP routes of the compacts module under /api/compacts. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idemHeaders, idParams, ok, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  contractBody,
  contractList,
  contractView,
  doneBody,
  holdBody,
  itemBody,
  listQuery,
  meetingBody,
  meetingList,
  meetingView,
  resourceImportQuery,
  resourceImportResult,
  signBody,
  unitList,
} from './compacts.schemas.ts';
import type { CompactsService } from './compacts.service.ts';

const tags = ['compacts'];
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

/** Registers the compacts routes. */
export function compactsRoutes(app: App, svc: CompactsService) {
  app.get(
    '/api/compacts/contracts',
    {
      config: { permission: 'compacts.read' },
      schema: {
        tags,
        summary: '共建契约 Branch contracts of communities or units in scope',
        querystring: listQuery,
        response: { 200: contractList },
      },
    },
    async (req) => svc.list(req.ctx, req.query),
  );
  app.get(
    '/api/compacts/units',
    {
      config: { permission: 'compacts.manage' },
      schema: {
        tags,
        summary: '可签约的驻区单位 The units (departments) a contract may be drafted with',
        response: { 200: unitList },
      },
    },
    async (req) => svc.units(req.ctx),
  );
  app.get(
    '/api/compacts/export',
    {
      config: { permission: 'compacts.export' },
      schema: {
        tags,
        summary: '导出共建契约和项目 Export contracts and projects (.xlsx)',
        querystring: listQuery,
      },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'compacts.sheet.contracts'),
        await svc.exportRegister(req.ctx, req.query),
      ),
  );
  app.post(
    '/api/compacts/contracts',
    {
      config: { permission: 'compacts.manage' },
      schema: {
        tags,
        summary: '起草共建契约 Draft a contract with a unit (Idempotency-Key)',
        headers: idemHeaders,
        body: contractBody,
        response: { 200: created },
      },
    },
    async (req) => svc.create(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/compacts/contracts/:id',
    {
      config: { permission: 'compacts.read' },
      schema: {
        tags,
        summary: '共建契约详情 A contract with its lists, attendance and evaluation (?year=)',
        params: idParams,
        querystring: yearQuery,
        response: { 200: contractView },
      },
    },
    async (req) => svc.view(req.ctx, req.params.id, req.query.year),
  );
  app.post(
    '/api/compacts/contracts/:id/sign',
    {
      config: { permission: 'compacts.sign' },
      schema: {
        tags,
        summary: '单位确认签订 The unit signs the contract',
        params: idParams,
        body: signBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.sign(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/compacts/contracts/:id/items',
    {
      config: { permission: 'compacts.manage|compacts.sign' },
      schema: {
        tags,
        summary: '添加资源/需求/项目 Add to a list (the unit: resources only)',
        params: idParams,
        body: itemBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addItem(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/compacts/items/:id/done',
    {
      config: { permission: 'compacts.progress' },
      schema: {
        tags,
        summary: '项目完成 Mark a project done',
        params: idParams,
        body: doneBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.markDone(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/compacts/resources/template.xlsx',
    {
      config: { permission: 'compacts.import' },
      schema: { tags, summary: '资源清单导入模板 Resource list import template (.xlsx)' },
    },
    async (_req, reply) => sendXlsx(reply, '资源清单', await svc.resourceTemplate()),
  );
  app.post(
    '/api/compacts/contracts/:id/resources/import',
    {
      config: { permission: 'compacts.import' },
      schema: {
        tags,
        summary: '导入资源清单 Import the unit’s resource list (multipart `file`; ?dryRun=1 checks only)',
        params: idParams,
        querystring: resourceImportQuery,
        response: { 200: resourceImportResult },
      },
    },
    async (req) =>
      svc.importResources(req.ctx, req.params.id, await uploadedBytes(req), req.query.dryRun === '1'),
  );
  app.get(
    '/api/compacts/meetings',
    {
      config: { permission: 'compacts.read' },
      schema: {
        tags,
        summary: '圆桌会 Round tables of a year, this month’s owed, held vs due',
        querystring: listQuery,
        response: { 200: meetingList },
      },
    },
    async (req) => svc.meetings(req.ctx, req.query),
  );
  app.post(
    '/api/compacts/meetings',
    {
      config: { permission: 'compacts.manage' },
      schema: {
        tags,
        summary: '安排圆桌会 Schedule a community’s round table for a month',
        body: meetingBody,
        response: { 200: created },
      },
    },
    async (req) => svc.schedule(req.ctx, req.body),
  );
  app.get(
    '/api/compacts/meetings/:id',
    {
      config: { permission: 'compacts.read' },
      schema: {
        tags,
        summary: '圆桌会详情 A round table: parties, agenda, minutes, resolutions',
        params: idParams,
        response: { 200: meetingView },
      },
    },
    async (req) => svc.viewMeeting(req.ctx, req.params.id),
  );
  app.post(
    '/api/compacts/meetings/:id/hold',
    {
      config: { permission: 'compacts.manage' },
      schema: {
        tags,
        summary: '登记圆桌会召开 Record a round table held: attendance, agenda, minutes, resolutions',
        params: idParams,
        body: holdBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.hold(req.ctx, req.params.id, req.body),
  );
}
