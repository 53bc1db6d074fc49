/** HTTP routes of volunteering under /api/volunteers, and its public part under /api/public/volunteers. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idParams, nodeIdQuery, ok, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  activityBody,
  activityDetail,
  activityQuery,
  activityView,
  certificateView,
  confirmBody,
  importResult,
  myYear,
  nodeQuery,
  scanBody,
  scanResult,
  settingsBody,
  settingsView,
  signupState,
  starLine,
  teamBody,
  teamView,
  totalsView,
} from './volunteers.schemas.ts';
import type { VolunteersService } from './volunteers.service.ts';

const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
const tags = ['volunteers'];
const thisYear = () => new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

/** Registers the volunteers routes. */
export function volunteersRoutes(app: App, svc: VolunteersService) {
  app.get(
    '/api/volunteers/teams',
    {
      config: { permission: 'volunteers.read' },
      schema: {
        tags,
        summary: '志愿服务队 Teams',
        querystring: nodeQuery,
        response: { 200: z.array(teamView) },
      },
    },
    async (req) => svc.listTeams(req.ctx, req.query.nodeId),
  );
  app.post(
    '/api/volunteers/teams',
    {
      config: { permission: 'volunteers.organise' },
      schema: { tags, summary: '登记队伍 Register a team', body: teamBody, response: { 200: created } },
    },
    async (req) => svc.createTeam(req.ctx, req.body),
  );
  app.post(
    '/api/volunteers/teams/import',
    {
      config: { permission: 'volunteers.export' },
      schema: {
        tags,
        summary: '导入队伍 Import teams (multipart `file`)',
        querystring: nodeIdQuery,
        response: { 200: importResult },
      },
    },
    async (req) => svc.importTeams(req.ctx, req.query.nodeId, await uploadedBytes(req)),
  );
  app.post(
    '/api/volunteers/sync',
    {
      config: { permission: 'volunteers.organise' },
      schema: {
        tags,
        summary: '从人口台账同步志愿者 Bring in the register’s volunteers',
        body: z.strictObject({ nodeId: z.uuid() }),
        response: { 200: z.object({ added: z.number(), found: z.number() }) },
      },
    },
    async (req) => svc.syncFromRegister(req.ctx, req.body.nodeId),
  );
  app.get(
    '/api/volunteers/activities',
    {
      config: { permission: 'volunteers.read' },
      schema: {
        tags,
        summary: '志愿活动 Activities',
        querystring: activityQuery,
        response: { 200: z.array(activityView) },
      },
    },
    async (req) => svc.listActivities(req.ctx, req.query),
  );
  app.post(
    '/api/volunteers/activities',
    {
      config: { permission: 'volunteers.organise' },
      schema: {
        tags,
        summary: '发布志愿活动 Publish an activity',
        body: activityBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createActivity(req.ctx, req.body),
  );
  app.get(
    '/api/volunteers/activities/:id',
    {
      config: { permission: 'volunteers.read' },
      schema: { tags, summary: '活动详情 An activity', params: idParams, response: { 200: activityDetail } },
    },
    async (req) => svc.getActivity(req.ctx, req.params.id),
  );
  app.post(
    '/api/volunteers/activities/:id/signup',
    {
      config: { permission: 'volunteers.join' },
      schema: {
        tags,
        summary: '报名 Sign up',
        params: idParams,
        response: { 200: z.object({ state: signupState, replayed: z.boolean() }) },
      },
    },
    async (req) => svc.signUp(req.ctx, req.params.id),
  );
  app.post(
    '/api/volunteers/activities/:id/withdraw',
    {
      config: { permission: 'volunteers.join' },
      schema: { tags, summary: '取消报名 Withdraw', params: idParams, response: { 200: ok } },
    },
    async (req) => svc.withdraw(req.ctx, req.params.id),
  );
  for (const [url, summary, scan] of [
    ['/api/volunteers/activities/:id/checkin', '扫码签到 Check in by QR', 'checkIn'],
    ['/api/volunteers/activities/:id/checkout', '扫码签退 Check out by QR', 'checkOut'],
  ] as const)
    app.post(
      url,
      {
        config: { permission: 'volunteers.join' },
        schema: { tags, summary, params: idParams, body: scanBody, response: { 200: scanResult } },
      },
      async (req) => svc[scan](req.ctx, req.params.id, req.body.token),
    );
  app.post(
    '/api/volunteers/activities/:id/confirm',
    {
      config: { permission: 'volunteers.organise' },
      schema: {
        tags,
        summary: '确认服务时长 Confirm hours',
        params: idParams,
        body: confirmBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.confirmHours(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/volunteers/me',
    {
      config: { permission: 'volunteers.join' },
      schema: { tags, summary: '我的志愿服务 My year', querystring: yearQuery, response: { 200: myYear } },
    },
    async (req) => svc.myYear(req.ctx, req.query.year ?? thisYear()),
  );
  app.get(
    '/api/volunteers/me/certificate',
    {
      config: { permission: 'volunteers.join' },
      schema: {
        tags,
        summary: '我的志愿服务证书 My certificate',
        querystring: yearQuery,
        response: { 200: certificateView },
      },
    },
    async (req) => svc.myCertificate(req.ctx, req.query.year ?? thisYear()),
  );
  app.get(
    '/api/volunteers/volunteers/:id/certificate',
    {
      config: { permission: 'volunteers.organise' },
      schema: {
        tags,
        summary: '打印志愿者证书 A volunteer’s certificate',
        params: idParams,
        querystring: yearQuery,
        response: { 200: certificateView },
      },
    },
    async (req) => svc.certificateFor(req.ctx, req.params.id, req.query.year ?? thisYear()),
  );
  app.get(
    '/api/volunteers/stars',
    {
      config: { permission: 'volunteers.read' },
      schema: {
        tags,
        summary: '星级志愿者 Star volunteers of a node',
        querystring: z.object({
          nodeId: z.uuid(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
        response: { 200: z.array(starLine) },
      },
    },
    async (req) => svc.starsByNode(req.ctx, req.query.nodeId, req.query.year ?? thisYear()),
  );
  app.get(
    '/api/volunteers/totals',
    {
      config: { permission: 'volunteers.read' },
      schema: {
        tags,
        summary: '年度统计 A node’s year',
        querystring: nodeQuery,
        response: { 200: totalsView },
      },
    },
    async (req) => svc.totals(req.ctx, req.query.nodeId, req.query.year ?? thisYear()),
  );
  app.get(
    '/api/volunteers/settings',
    {
      config: { permission: 'volunteers.read' },
      schema: {
        tags,
        summary: '星级时长标准 Star thresholds',
        querystring: z.object({ districtId: z.uuid() }),
        response: { 200: settingsView },
      },
    },
    async (req) => svc.getSettings(req.ctx, req.query.districtId),
  );
  app.put(
    '/api/volunteers/settings',
    {
      config: { permission: 'volunteers.settings' },
      schema: {
        tags,
        summary: '设置星级时长 Set star thresholds',
        body: settingsBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.saveSettings(req.ctx, req.body),
  );
  app.get(
    '/api/volunteers/export',
    {
      config: { permission: 'volunteers.export' },
      schema: { tags, summary: '导出志愿者与队伍 Export (.xlsx)', querystring: nodeQuery },
    },
    async (req, reply) => {
      const buf = await svc.exportSheet(req.ctx, req.query.nodeId, req.query.year ?? thisYear());
      return sendXlsx(reply, t(req.ctx.lang, 'volunteers.sheet.volunteers'), buf);
    },
  );
  app.get(
    '/api/public/volunteers/:id',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '社区志愿活动（公开） A community’s volunteer activities, public',
        params: idParams,
        response: {
          200: z.object({
            totals: z.object({
              year: z.number(),
              teams: z.number(),
              volunteers: z.number(),
              hours: z.number(),
              activities: z.number(),
            }),
            activities: z.array(
              z.object({
                id: z.uuid(),
                title: z.string(),
                place: z.string(),
                nodeName: z.string(),
                teamName: z.string().nullable(),
                startsAt: z.string(),
                endsAt: z.string(),
                capacity: z.number(),
                signedUp: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => svc.publicActivities(req.params.id),
  );
}
