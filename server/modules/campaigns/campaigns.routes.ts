/** HTTP routes of the campaigns module under /api/campaigns. */
import { z } from 'zod';
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
  assignBody,
  bulletinQuery,
  bulletinView,
  campaignBody,
  campaignView,
  decisionBody,
  householdBody,
  householdEditBody,
  householdDetail,
  householdsImportResult,
  householdsQuery,
  householdView,
  listQuery,
  memberBody,
  memberEditBody,
  recordBody,
  recordView,
  stageBody,
  teamBody,
  teamView,
  visitBody,
} from './campaigns.schemas.ts';
import type { CampaignsService } from './campaigns.service.ts';

const tags = ['campaigns'];

/** Registers the campaigns routes. */
export function campaignsRoutes(app: App, svc: CampaignsService) {
  app.get(
    '/api/campaigns',
    {
      config: { permission: 'campaigns.read' },
      schema: {
        tags,
        summary: '攻坚签约项目 Sign-up drives',
        querystring: listQuery,
        response: { 200: z.array(campaignView) },
      },
    },
    async (req) => svc.list(req.ctx, req.query),
  );
  app.post(
    '/api/campaigns',
    {
      config: { permission: 'campaigns.manage' },
      schema: { tags, summary: '新建攻坚项目 Open a drive', body: campaignBody, response: { 200: created } },
    },
    async (req) => svc.create(req.ctx, req.body),
  );
  app.get(
    '/api/campaigns/:id',
    {
      config: { permission: 'campaigns.read' },
      schema: { tags, summary: '攻坚项目 A drive', params: idParams, response: { 200: campaignView } },
    },
    async (req) => svc.get(req.ctx, req.params.id),
  );
  app.post(
    '/api/campaigns/:id/stage',
    {
      config: { permission: 'campaigns.manage' },
      schema: {
        tags,
        summary: '推进阶段 Move the drive’s stage',
        params: idParams,
        body: stageBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.moveStage(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/campaigns/:id/teams',
    {
      config: { permission: 'campaigns.read' },
      schema: { tags, summary: '工作组 Teams', params: idParams, response: { 200: z.array(teamView) } },
    },
    async (req) => svc.teams(req.ctx, req.params.id),
  );
  app.post(
    '/api/campaigns/:id/teams',
    {
      config: { permission: 'campaigns.manage' },
      schema: {
        tags,
        summary: '成立工作组 Form a team',
        params: idParams,
        body: teamBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addTeam(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/campaigns/teams/:id/members',
    {
      config: { permission: 'campaigns.manage' },
      schema: {
        tags,
        summary: '加入工作组 Add a cadre to a team',
        params: idParams,
        body: memberBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addMember(req.ctx, req.params.id, req.body),
  );
  app.patch(
    '/api/campaigns/teams/:id',
    {
      config: { permission: 'campaigns.manage' },
      schema: {
        tags,
        summary: '工作组改名 Rename a team',
        params: idParams,
        body: teamBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.renameTeam(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/campaigns/teams/:id',
    {
      config: { permission: 'campaigns.manage' },
      schema: {
        tags,
        summary: '撤销工作组（无走访、无签约记录时）Disband a team that did no work',
        params: idParams,
        response: { 200: ok },
      },
    },
    async (req) => svc.deleteTeam(req.ctx, req.params.id),
  );
  app.patch(
    '/api/campaigns/members/:id',
    {
      config: { permission: 'campaigns.manage' },
      schema: {
        tags,
        summary: '修改组员 Edit a member',
        params: idParams,
        body: memberEditBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.editMember(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/campaigns/members/:id',
    {
      config: { permission: 'campaigns.manage' },
      schema: {
        tags,
        summary: '移出组员（无走访、无签约记录时）Remove a member who logged no work',
        params: idParams,
        response: { 200: ok },
      },
    },
    async (req) => svc.deleteMember(req.ctx, req.params.id),
  );
  app.patch(
    '/api/campaigns/households/:id',
    {
      config: { permission: 'campaigns.manage' },
      schema: {
        tags,
        summary: '更正一户 Correct a household',
        params: idParams,
        body: householdEditBody,
        response: { 200: householdView },
      },
    },
    async (req) => svc.editHousehold(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/campaigns/households/:id',
    {
      config: { permission: 'campaigns.manage' },
      schema: {
        tags,
        summary: '删除误录的一户（无走访、无签约记录时）Remove a household with no work',
        params: idParams,
        response: { 200: ok },
      },
    },
    async (req) => svc.deleteHousehold(req.ctx, req.params.id),
  );
  app.post(
    '/api/campaigns/:id/assign',
    {
      config: { permission: 'campaigns.manage' },
      schema: {
        tags,
        summary: '分户到组 Give households to a team',
        params: idParams,
        body: assignBody,
        response: { 200: z.object({ assigned: z.number() }) },
      },
    },
    async (req) => svc.assign(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/campaigns/:id/households',
    {
      config: { permission: 'campaigns.read' },
      schema: {
        tags,
        summary: '户籍台账 Households',
        params: idParams,
        querystring: householdsQuery,
        response: { 200: z.array(householdView) },
      },
    },
    async (req) => svc.households(req.ctx, req.params.id, req.query),
  );
  app.post(
    '/api/campaigns/:id/households',
    {
      config: { permission: 'campaigns.manage' },
      schema: {
        tags,
        summary: '登记一户 Add a household',
        params: idParams,
        body: householdBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addHousehold(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/campaigns/:id/households/import',
    {
      config: { permission: 'campaigns.manage' },
      schema: {
        tags,
        summary:
          "导入户籍台账 Import households (multipart `file`: .xlsx or CSV in the export's columns; ?dryRun=1 checks only)",
        params: idParams,
        querystring: dryRunQuery,
        response: { 200: householdsImportResult },
      },
    },
    async (req) =>
      svc.importHouseholds(
        req.ctx,
        req.params.id,
        await uploadedBytes(req, 'campaigns.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.get(
    '/api/campaigns/:id/households/export',
    {
      config: { permission: 'campaigns.export' },
      schema: { tags, summary: '导出户籍台账 Export households (.xlsx)', params: idParams },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'campaigns.sheet.households'),
        await svc.exportHouseholds(req.ctx, req.params.id),
      ),
  );
  app.get(
    '/api/campaigns/households/:id',
    {
      config: { permission: 'campaigns.read' },
      schema: {
        tags,
        summary: '一户详情 A household with its visits and records',
        params: idParams,
        response: { 200: householdDetail },
      },
    },
    async (req) => svc.household(req.ctx, req.params.id),
  );
  app.post(
    '/api/campaigns/households/:id/visits',
    {
      config: { permission: 'campaigns.work' },
      schema: {
        tags,
        summary: '入户走访 Log a visit (Idempotency-Key: safe to send again)',
        params: idParams,
        headers: idemHeaders,
        body: visitBody,
        response: { 200: z.object({ id: z.uuid(), signStatus: z.string() }) },
      },
    },
    async (req) => svc.visit(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/campaigns/households/:id/records',
    {
      config: { permission: 'campaigns.work' },
      schema: {
        tags,
        summary: '登记签约/搬离 Record a signing or moving out (Idempotency-Key: safe to send again)',
        params: idParams,
        headers: idemHeaders,
        body: recordBody,
        response: { 200: created },
      },
    },
    async (req) => svc.record(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/campaigns/:id/confirmations',
    {
      config: { permission: 'campaigns.confirm' },
      schema: {
        tags,
        summary: '待确认 Records waiting for the office',
        params: idParams,
        response: { 200: z.array(recordView) },
      },
    },
    async (req) => svc.confirmations(req.ctx, req.params.id),
  );
  app.post(
    '/api/campaigns/records/:id/decision',
    {
      config: { permission: 'campaigns.confirm' },
      schema: {
        tags,
        summary: '确认或退回 Confirm or refuse a record (not by who recorded it)',
        params: idParams,
        body: decisionBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.decide(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/campaigns/:id/bulletin',
    {
      config: { permission: 'campaigns.read' },
      schema: {
        tags,
        summary: '攻坚日报 The daily bulletin',
        params: idParams,
        querystring: bulletinQuery,
        response: { 200: bulletinView },
      },
    },
    async (req) => svc.bulletin(req.ctx, req.params.id, req.query),
  );
}
