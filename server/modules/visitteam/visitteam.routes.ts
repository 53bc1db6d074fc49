/** HTTP routes of the visitteam module under /api/visitteam. */
import type { App } from '../../platform/http/app.ts';
import {
  created,
  dryRunQuery,
  idemHeaders,
  idParams,
  ok,
  sendXlsx,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  findingBody,
  fixBody,
  importResult,
  memberBody,
  overviewQuery,
  overviewView,
  roundBody,
  roundView,
  staffBody,
} from './visitteam.schemas.ts';
import type { VisitteamService } from './visitteam.service.ts';

const tags = ['visitteam'];

/** Registers the visitteam routes. */
export function visitteamRoutes(app: App, svc: VisitteamService) {
  app.get(
    '/api/visitteam',
    {
      config: { permission: 'visitteam.read' },
      schema: {
        tags,
        summary: '文明巡访团 Roster, the year’s rounds and figures',
        querystring: overviewQuery,
        response: { 200: overviewView },
      },
    },
    async (req) => svc.overview(req.ctx, req.query),
  );
  app.post(
    '/api/visitteam/members',
    {
      config: { permission: 'visitteam.manage' },
      schema: {
        tags,
        summary: '添加巡访团成员 Add a member to the roster',
        body: memberBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addMember(req.ctx, req.body),
  );
  app.get(
    '/api/visitteam/members/export',
    {
      config: { permission: 'visitteam.manage' },
      schema: { tags, summary: '导出巡访团名册 Export the roster (.xlsx)' },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'visitteam.sheet.members'), await svc.exportMembers(req.ctx)),
  );
  app.post(
    '/api/visitteam/members/import',
    {
      config: { permission: 'visitteam.manage' },
      schema: {
        tags,
        summary:
          "导入巡访团名册 Import members (multipart `file`: .xlsx or CSV in the export's columns; ?dryRun=1 checks only)",
        querystring: dryRunQuery,
        response: { 200: importResult },
      },
    },
    async (req) =>
      svc.importMembers(
        req.ctx,
        await uploadedBytes(req, 'visitteam.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.post(
    '/api/visitteam/rounds',
    {
      config: { permission: 'visitteam.manage' },
      schema: {
        tags,
        summary: '安排巡访 Schedule a round of a community',
        body: roundBody,
        response: { 200: created },
      },
    },
    async (req) => svc.schedule(req.ctx, req.body),
  );
  app.get(
    '/api/visitteam/rounds/:id',
    {
      config: { permission: 'visitteam.read' },
      schema: {
        tags,
        summary: '巡访 A round with its members and findings',
        params: idParams,
        response: { 200: roundView },
      },
    },
    async (req) => svc.view(req.ctx, req.params.id),
  );
  app.put(
    '/api/visitteam/rounds/:id/members',
    {
      config: { permission: 'visitteam.manage' },
      schema: {
        tags,
        summary: '巡访成员 Set the members on a round not yet passed',
        params: idParams,
        body: staffBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.staff(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/visitteam/rounds/:id/findings',
    {
      config: { permission: 'visitteam.record' },
      schema: {
        tags,
        summary: '记录发现的问题 Record a finding on a round (Idempotency-Key)',
        headers: idemHeaders,
        params: idParams,
        body: findingBody,
        response: { 200: created },
      },
    },
    async (req) => svc.record(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/visitteam/findings/:id/fix',
    {
      config: { permission: 'visitteam.fix' },
      schema: {
        tags,
        summary: '整改销号 Mark a finding fixed with a note',
        params: idParams,
        body: fixBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.fix(req.ctx, req.params.id, req.body),
  );
}
