/** HTTP routes of the culture module under /api/culture. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  dryRunQuery,
  idemHeaders,
  idParams,
  ok,
  optionalNodeQuery,
  sendXlsx,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  certificateBody,
  certificateView,
  facilitiesImportResult,
  facilitiesQuery,
  facilityBody,
  facilityList,
  facilityUpdateBody,
  figuresQuery,
  figuresView,
  hoursBody,
  hoursDecisionBody,
  hoursList,
  memberBody,
  nominationBody,
  nominationDecisionBody,
  nominationList,
  quotaBody,
  quotaList,
  quotasQuery,
  revealBody,
  revealView,
  orderBody,
  orderCreated,
  orderList,
  orderMoveBody,
  ordersQuery,
  programmeBody,
  programmeList,
  programmesQuery,
  rehearsalBody,
  settingsBody,
  teamBody,
  teamList,
  teamsQuery,
  teamView,
  volunteersQuery,
  volunteersView,
} from './culture.schemas.ts';
import type { CultureService } from './culture.service.ts';

const tags = ['culture'];
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
const hoursQuery = z.object({ state: z.enum(['pending', 'confirmed', 'rejected']).optional() });

/** Registers the culture routes. */
export function cultureRoutes(app: App, svc: CultureService) {
  app.get(
    '/api/culture/facilities',
    {
      config: { permission: 'culture.read' },
      schema: {
        tags,
        summary: '公共文化设施 Public cultural facilities',
        querystring: facilitiesQuery,
        response: { 200: facilityList },
      },
    },
    async (req) => svc.listFacilities(req.ctx, req.query),
  );
  app.post(
    '/api/culture/facilities',
    {
      config: { permission: 'culture.manage' },
      schema: {
        tags,
        summary: '登记文化设施 Register a facility',
        body: facilityBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createFacility(req.ctx, req.body),
  );
  app.get(
    '/api/culture/facilities/export',
    {
      config: { permission: 'culture.export' },
      schema: {
        tags,
        summary: '导出文化设施台账 Export the facilities (.xlsx)',
        querystring: optionalNodeQuery,
      },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'culture.sheet.facilities'),
        await svc.exportFacilities(req.ctx, req.query),
      ),
  );
  app.post(
    '/api/culture/facilities/import',
    {
      config: { permission: 'culture.manage' },
      schema: {
        tags,
        summary:
          "导入文化设施台账 Import the facilities (multipart `file`, the export's columns; ?dryRun=1 checks only)",
        querystring: dryRunQuery,
        response: { 200: facilitiesImportResult },
      },
    },
    async (req) =>
      svc.importFacilities(
        req.ctx,
        await uploadedBytes(req, 'culture.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.put(
    '/api/culture/facilities/:id',
    {
      config: { permission: 'culture.manage' },
      schema: {
        tags,
        summary: '修改文化设施 Change a facility',
        params: idParams,
        body: facilityUpdateBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.updateFacility(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/culture/figures',
    {
      config: { permission: 'culture.stats' },
      schema: {
        tags,
        summary: '公共文化服务统计 m² per 10,000, the 1 km circle, performances, hours and stars',
        querystring: figuresQuery,
        response: { 200: figuresView },
      },
    },
    async (req) => svc.figures(req.ctx, req.query),
  );
  app.get(
    '/api/culture/teams',
    {
      config: { permission: 'culture.read' },
      schema: {
        tags,
        summary: '文化队伍 Culture teams and troupes',
        querystring: teamsQuery,
        response: { 200: teamList },
      },
    },
    async (req) => svc.listTeams(req.ctx, req.query),
  );
  app.post(
    '/api/culture/teams',
    {
      config: { permission: 'culture.manage' },
      schema: { tags, summary: '组建文化队伍 Set up a team', body: teamBody, response: { 200: created } },
    },
    async (req) => svc.createTeam(req.ctx, req.body),
  );
  app.get(
    '/api/culture/teams/:id',
    {
      config: { permission: 'culture.read' },
      schema: {
        tags,
        summary: '文化队伍详情 A team, its members and programmes',
        params: idParams,
        response: { 200: teamView },
      },
    },
    async (req) => svc.team(req.ctx, req.params.id),
  );
  app.post(
    '/api/culture/teams/:id/members',
    {
      config: { permission: 'culture.manage' },
      schema: {
        tags,
        summary: '添加队员 Add a member',
        params: idParams,
        body: memberBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addMember(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/culture/teams/:id/programmes',
    {
      config: { permission: 'culture.manage' },
      schema: {
        tags,
        summary: '新增节目 Add a programme',
        params: idParams,
        body: programmeBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addProgramme(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/culture/programmes/:id/rehearsals',
    {
      config: { permission: 'culture.lead' },
      schema: {
        tags,
        summary: '登记排练 Record a rehearsal',
        params: idParams,
        body: rehearsalBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addRehearsal(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/culture/programmes',
    {
      config: { permission: 'culture.read' },
      schema: {
        tags,
        summary: '点演节目单 Programmes to order',
        querystring: programmesQuery,
        response: { 200: programmeList },
      },
    },
    async (req) => svc.programmes(req.ctx, req.query),
  );
  app.get(
    '/api/culture/orders',
    {
      config: { permission: 'culture.order|culture.lead' },
      schema: {
        tags,
        summary: '点演订单 Performance orders (placed, or to answer)',
        querystring: ordersQuery,
        response: { 200: orderList },
      },
    },
    async (req) => svc.orders(req.ctx, req.query),
  );
  app.post(
    '/api/culture/orders',
    {
      config: { permission: 'culture.order' },
      schema: {
        tags,
        summary: '点演 Order a programme for a community (Idempotency-Key honoured)',
        headers: idemHeaders,
        body: orderBody,
        response: { 200: orderCreated },
      },
    },
    async (req) => svc.order(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/culture/orders/:id/moves',
    {
      config: { permission: 'culture.read' },
      schema: {
        tags,
        summary: '接单、演出、评价 Accept, decline, cancel, perform, rate',
        params: idParams,
        body: orderMoveBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.move(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/culture/hours',
    {
      config: { permission: 'culture.lead' },
      schema: {
        tags,
        summary: '志愿服务时长 Hours of my teams',
        querystring: hoursQuery,
        response: { 200: hoursList },
      },
    },
    async (req) => svc.hours(req.ctx, req.query),
  );
  app.post(
    '/api/culture/hours',
    {
      config: { permission: 'culture.lead' },
      schema: { tags, summary: '登记值守时长 Log a duty', body: hoursBody, response: { 200: created } },
    },
    async (req) => svc.logHours(req.ctx, req.body),
  );
  app.post(
    '/api/culture/hours/:id/decision',
    {
      config: { permission: 'culture.lead' },
      schema: {
        tags,
        summary: '确认时长 Confirm or reject hours',
        params: idParams,
        body: hoursDecisionBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.decideHours(req.ctx, req.params.id, req.body.accept),
  );
  app.get(
    '/api/culture/volunteers',
    {
      config: { permission: 'culture.certify' },
      schema: {
        tags,
        summary: '星级文化志愿者 Star culture volunteers of a year',
        querystring: volunteersQuery,
        response: { 200: volunteersView },
      },
    },
    async (req) => svc.volunteers(req.ctx, req.query),
  );
  app.put(
    '/api/culture/settings',
    {
      config: { permission: 'culture.settings' },
      schema: {
        tags,
        summary: '星级时长标准 The district’s star thresholds',
        body: settingsBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.saveSettings(req.ctx, req.body),
  );
  app.post(
    '/api/culture/certificates',
    {
      config: { permission: 'culture.certify' },
      schema: {
        tags,
        summary: '颁发星级证书 Issue a numbered star certificate',
        body: certificateBody,
        response: { 200: created },
      },
    },
    async (req) => svc.certify(req.ctx, req.body),
  );
  app.get(
    '/api/culture/certificates/:id',
    {
      config: { permission: 'culture.certify' },
      schema: {
        tags,
        summary: '打印星级证书 A certificate to print',
        params: idParams,
        response: { 200: certificateView },
      },
    },
    async (req) => svc.certificate(req.ctx, req.params.id),
  );
  app.get(
    '/api/culture/quotas',
    {
      config: { permission: 'culture.certify' },
      schema: {
        tags,
        summary: '推荐名额 Nomination quotas of a year with the places taken',
        querystring: quotasQuery,
        response: { 200: quotaList },
      },
    },
    async (req) => svc.quotas(req.ctx, req.query),
  );
  app.put(
    '/api/culture/quotas',
    {
      config: { permission: 'culture.settings' },
      schema: {
        tags,
        summary: '设定推荐名额 The district sets a street’s or community’s quota',
        body: quotaBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.setQuota(req.ctx, req.body),
  );
  app.post(
    '/api/culture/members/:id/reveal',
    {
      config: { permission: 'culture.reveal' },
      schema: {
        tags,
        summary: '查看完整电话 Reveal a member’s phone with a reason (audited)',
        params: idParams,
        body: revealBody,
        response: { 200: revealView },
      },
    },
    async (req) => svc.revealMember(req.ctx, req.params.id, req.body.reason),
  );
  app.get(
    '/api/culture/nominations',
    {
      config: { permission: 'culture.certify' },
      schema: {
        tags,
        summary: '推荐评优 Nominations upward',
        querystring: yearQuery,
        response: { 200: nominationList },
      },
    },
    async (req) => svc.nominations(req.ctx, req.query),
  );
  app.post(
    '/api/culture/nominations',
    {
      config: { permission: 'culture.certify' },
      schema: {
        tags,
        summary: '推荐 Nominate a star volunteer',
        body: nominationBody,
        response: { 200: created },
      },
    },
    async (req) => svc.nominate(req.ctx, req.body),
  );
  app.post(
    '/api/culture/nominations/:id/decision',
    {
      config: { permission: 'culture.settings' },
      schema: {
        tags,
        summary: '审定推荐 Decide a nomination',
        params: idParams,
        body: nominationDecisionBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.decideNomination(req.ctx, req.params.id, req.body),
  );
}
