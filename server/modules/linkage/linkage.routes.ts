/** HTTP routes of the linkage module under /api/linkage. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  idemHeaders,
  idParams,
  nodeIdQuery,
  ok,
  sendXlsx,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import { LINK_KINDS } from './linkage.rules.ts';
import {
  answerBody,
  caseBody,
  caseView,
  expertBody,
  expertPatch,
  figuresView,
  holdBody,
  importResult,
  itemBody,
  itemMoveBody,
  itemView,
  linkBody,
  linkDetail,
  linkView,
  nodeQuery,
  problemBody,
  problemView,
  rolesBody,
  rolesView,
  rosterView,
  sessionBody,
  sessionDetail,
  sessionView,
  yearQuery,
} from './linkage.schemas.ts';
import type { LinkageService } from './linkage.service.ts';

const tags = ['linkage'];

/** Registers the linkage routes. */
export function linkageRoutes(app: App, svc: LinkageService) {
  // ---------- 三联三领 ----------
  app.get(
    '/api/linkage/links',
    {
      config: { permission: 'linkage.read' },
      schema: {
        tags,
        summary: '三联三领联系台账 Community links',
        querystring: nodeQuery.extend({ kind: z.enum(LINK_KINDS).optional() }),
        response: { 200: z.array(linkView) },
      },
    },
    async (req) => svc.listLinks(req.ctx, req.query),
  );
  app.post(
    '/api/linkage/links',
    {
      config: { permission: 'linkage.manage' },
      schema: { tags, summary: '登记联系 Register a link', body: linkBody, response: { 200: created } },
    },
    async (req) => svc.createLink(req.ctx, req.body),
  );
  app.get(
    '/api/linkage/links/:id',
    {
      config: { permission: 'linkage.read' },
      schema: {
        tags,
        summary: '联系详情 A link and its items',
        params: idParams,
        response: { 200: linkDetail },
      },
    },
    async (req) => svc.getLink(req.ctx, req.params.id),
  );
  app.post(
    '/api/linkage/links/:id/end',
    {
      config: { permission: 'linkage.manage' },
      schema: {
        tags,
        summary: '结束联系 End a link',
        params: idParams,
        body: z.object({ endedOn: z.iso.date() }),
        response: { 200: ok },
      },
    },
    async (req) => svc.endLink(req.ctx, req.params.id, req.body.endedOn),
  );
  app.post(
    '/api/linkage/links/:id/items',
    {
      config: { permission: 'linkage.read' },
      schema: {
        tags,
        summary: '新增事项 Add an item',
        params: idParams,
        body: itemBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addItem(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/linkage/items/:id/moves',
    {
      config: { permission: 'linkage.read' },
      schema: {
        tags,
        summary: '更新事项进展 Move an item',
        params: idParams,
        body: itemMoveBody,
        response: { 200: itemView },
      },
    },
    async (req) => svc.moveItem(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/linkage/links/export',
    {
      config: { permission: 'linkage.export' },
      schema: { tags, summary: '导出三联三领台账 Export links (.xlsx)', querystring: nodeQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'linkage.sheet.links'), await svc.exportLinks(req.ctx, req.query)),
  );

  // ---------- 三官三师 ----------
  app.get(
    '/api/linkage/roles',
    {
      config: { permission: 'linkage.read' },
      schema: {
        tags,
        summary: '三官三师角色 Roster roles',
        querystring: nodeIdQuery,
        response: { 200: rolesView },
      },
    },
    async (req) => svc.expertRoles(req.ctx, req.query.nodeId),
  );
  app.put(
    '/api/linkage/roles',
    {
      config: { permission: 'linkage.manage' },
      schema: {
        tags,
        summary: '配置三官三师角色 Set roster roles',
        body: rolesBody,
        response: { 200: rolesView },
      },
    },
    async (req) => svc.setExpertRoles(req.ctx, req.body),
  );
  app.get(
    '/api/linkage/experts',
    {
      config: { permission: 'linkage.read' },
      schema: {
        tags,
        summary: '三官三师名册 Roster on the tree',
        querystring: yearQuery,
        response: { 200: rosterView },
      },
    },
    async (req) => svc.roster(req.ctx, req.query),
  );
  app.post(
    '/api/linkage/experts',
    {
      config: { permission: 'linkage.manage' },
      schema: { tags, summary: '增加三官三师 Add to a roster', body: expertBody, response: { 200: created } },
    },
    async (req) => svc.addExpert(req.ctx, req.body),
  );
  app.patch(
    '/api/linkage/experts/:id',
    {
      config: { permission: 'linkage.manage' },
      schema: {
        tags,
        summary: '修改坐班时间或在岗 Update',
        params: idParams,
        body: expertPatch,
        response: { 200: ok },
      },
    },
    async (req) => svc.updateExpert(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/linkage/experts/:id/cases',
    {
      config: { permission: 'linkage.read' },
      schema: {
        tags,
        summary: '接案记录 Cases taken',
        params: idParams,
        response: { 200: z.array(caseView) },
      },
    },
    async (req) => svc.expertCases(req.ctx, req.params.id),
  );
  app.post(
    '/api/linkage/experts/:id/cases',
    {
      config: { permission: 'linkage.manage' },
      schema: {
        tags,
        summary: '登记接案 Record a case',
        params: idParams,
        body: caseBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addCase(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/linkage/experts/import',
    {
      config: { permission: 'linkage.manage' },
      schema: {
        tags,
        summary: '导入三官三师名册 Import a roster (multipart `file`: .xlsx or CSV)',
        querystring: nodeIdQuery,
        response: { 200: importResult },
      },
    },
    async (req) =>
      svc.importRoster(req.ctx, req.query.nodeId, await uploadedBytes(req, 'linkage.import_no_file')),
  );
  app.get(
    '/api/linkage/experts/export',
    {
      config: { permission: 'linkage.export' },
      schema: { tags, summary: '导出三官三师名册 Export the roster (.xlsx)', querystring: yearQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'linkage.sheet.experts'), await svc.exportRoster(req.ctx, req.query)),
  );

  // ---------- 两代表一委员进社区 ----------
  app.get(
    '/api/linkage/sessions',
    {
      config: { permission: 'linkage.read' },
      schema: {
        tags,
        summary: '进社区活动 Sessions',
        querystring: yearQuery,
        response: { 200: z.array(sessionView) },
      },
    },
    async (req) => svc.listSessions(req.ctx, req.query),
  );
  app.post(
    '/api/linkage/sessions',
    {
      config: { permission: 'linkage.session' },
      schema: {
        tags,
        summary: '安排进社区活动 Schedule a session (Idempotency-Key)',
        headers: idemHeaders,
        body: sessionBody,
        response: { 200: created },
      },
    },
    async (req) => svc.scheduleSession(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/linkage/sessions/:id',
    {
      config: { permission: 'linkage.read' },
      schema: { tags, summary: '活动详情 A session', params: idParams, response: { 200: sessionDetail } },
    },
    async (req) => svc.getSession(req.ctx, req.params.id),
  );
  app.post(
    '/api/linkage/sessions/:id/record',
    {
      config: { permission: 'linkage.read' },
      schema: {
        tags,
        summary: '记录活动开展或取消 Record held or cancelled',
        params: idParams,
        body: holdBody,
        response: { 200: z.object({ state: z.enum(['planned', 'held', 'cancelled']) }) },
      },
    },
    async (req) => svc.recordSession(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/linkage/sessions/:id/problems',
    {
      config: { permission: 'linkage.read' },
      schema: {
        tags,
        summary: '补录问题 Add a problem raised',
        params: idParams,
        body: problemBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.addProblem(req.ctx, req.params.id, req.body.text),
  );
  app.get(
    '/api/linkage/problems',
    {
      config: { permission: 'linkage.read' },
      schema: {
        tags,
        summary: '待答复问题 Open problems',
        querystring: nodeQuery,
        response: { 200: z.array(problemView) },
      },
    },
    async (req) => svc.openProblems(req.ctx, req.query),
  );
  app.post(
    '/api/linkage/problems/:id/answer',
    {
      config: { permission: 'linkage.answer' },
      schema: {
        tags,
        summary: '答复问题 Answer a problem',
        params: idParams,
        body: answerBody,
        response: { 200: problemView },
      },
    },
    async (req) => svc.answerProblem(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/linkage/sessions/export',
    {
      config: { permission: 'linkage.export' },
      schema: { tags, summary: '导出进社区台账 Export sessions (.xlsx)', querystring: yearQuery },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'linkage.sheet.sessions'),
        await svc.exportSessions(req.ctx, req.query),
      ),
  );
  app.get(
    '/api/linkage/figures',
    {
      config: { permission: 'linkage.read' },
      schema: { tags, summary: '统计 Figures', querystring: yearQuery, response: { 200: figuresView } },
    },
    async (req) => svc.figures(req.ctx, req.query),
  );
}
