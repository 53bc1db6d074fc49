/** HTTP routes of mediation under /api/mediation. */
import { z } from 'zod';
import { NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  dryRunQuery,
  idParams,
  nodeIdQuery,
  ok,
  sendXlsx,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import {
  caseDetail,
  caseImportResult,
  caseList,
  casesQuery,
  exportQuery,
  figuresQuery,
  figuresView,
  fromEventBody,
  hearingBody,
  intakeBody,
  mediatorBody,
  partyBody,
  psychBody,
  psychOutcomeBody,
  revealBody,
  revealView,
  roomBody,
  roomsQuery,
  roomView,
  stepsBody,
  stepsView,
  transitionBody,
} from './mediation.schemas.ts';
import type { MediationService } from './mediation.service.ts';

const tags = ['mediation'];

/** Registers the mediation routes. */
export function mediationRoutes(app: App, svc: MediationService) {
  app.get(
    '/api/mediation/rooms',
    {
      config: { permission: 'mediation.read' },
      schema: {
        tags,
        summary: '调解室 Mediation rooms',
        querystring: roomsQuery,
        response: { 200: z.array(roomView) },
      },
    },
    async (req) => svc.listRooms(req.ctx, req.query),
  );
  app.get(
    '/api/mediation/rooms/export',
    {
      config: { permission: 'mediation.export' },
      schema: {
        tags,
        summary: '导出调解室及调解员名册 Export the rooms and the mediators roster (.xlsx)',
        querystring: roomsQuery,
      },
    },
    async (req, reply) => {
      const { name, buf } = await svc.exportRooms(req.ctx, req.query);
      return sendXlsx(reply, name, buf);
    },
  );
  app.post(
    '/api/mediation/rooms',
    {
      config: { permission: 'mediation.manage' },
      schema: { tags, summary: '设立调解室 Set up a room', body: roomBody, response: { 200: created } },
    },
    async (req) => svc.createRoom(req.ctx, req.body),
  );
  app.post(
    '/api/mediation/rooms/:id/mediators',
    {
      config: { permission: 'mediation.manage' },
      schema: {
        tags,
        summary: '调解员入驻 Seat a mediator',
        params: idParams,
        body: mediatorBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.addMediator(req.ctx, req.params.id, req.body.username),
  );
  app.get(
    '/api/mediation/steps',
    {
      config: { permission: 'mediation.read' },
      schema: {
        tags,
        summary: '党群调解331 步骤 The steps',
        querystring: nodeIdQuery,
        response: { 200: stepsView },
      },
    },
    async (req) => svc.listSteps(req.ctx, req.query.nodeId),
  );
  app.put(
    '/api/mediation/steps',
    {
      config: { permission: 'mediation.steps' },
      schema: { tags, summary: '设置调解步骤 Configure the steps', body: stepsBody, response: { 200: ok } },
    },
    async (req) => svc.setSteps(req.ctx, req.body),
  );

  app.get(
    '/api/mediation/cases',
    {
      config: { permission: 'mediation.read' },
      schema: { tags, summary: '纠纷案件 Cases', querystring: casesQuery, response: { 200: caseList } },
    },
    async (req) => svc.listCases(req.ctx, req.query),
  );
  app.post(
    '/api/mediation/cases',
    {
      config: { permission: 'mediation.intake' },
      schema: {
        tags,
        summary: '受理来访或转介 Receive a walk-in or referral',
        body: intakeBody,
        response: { 200: z.object({ id: z.uuid(), number: z.string() }) },
      },
    },
    async (req) => svc.intake(req.ctx, req.body),
  );
  app.get(
    '/api/mediation/cases/import/template.xlsx',
    {
      config: { permission: 'mediation.intake' },
      schema: { tags, summary: '纠纷案件导入模板 Case register import template (.xlsx)' },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'mediation.import.sheet'), await svc.casesTemplate(req.ctx)),
  );
  app.post(
    '/api/mediation/cases/import',
    {
      config: { permission: 'mediation.intake' },
      schema: {
        tags,
        summary:
          "导入纠纷案件 Import cases (multipart `file`: .xlsx or CSV in the template's columns; ?dryRun=1 checks only)",
        querystring: dryRunQuery,
        response: { 200: caseImportResult },
      },
    },
    async (req) =>
      svc.importCases(
        req.ctx,
        await uploadedBytes(req, 'mediation.import.no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.post(
    '/api/mediation/cases/from-event',
    {
      config: { permission: 'mediation.intake' },
      schema: {
        tags,
        summary: '矛盾纠纷事件转调解 Turn a dispute event into a case',
        body: fromEventBody,
        response: { 200: z.object({ id: z.uuid(), number: z.string() }) },
      },
    },
    async (req) => svc.fromEvent(req.ctx, req.body),
  );
  app.get(
    '/api/mediation/cases/:id',
    {
      config: { permission: 'mediation.read' },
      schema: { tags, summary: '案件详情 A case', params: idParams, response: { 200: caseDetail } },
    },
    async (req) => svc.getCase(req.ctx, req.params.id),
  );
  app.post(
    '/api/mediation/cases/:id/parties',
    {
      config: { permission: 'mediation.mediate' },
      schema: {
        tags,
        summary: '登记当事人 Add parties',
        params: idParams,
        body: z.strictObject({ parties: z.array(partyBody).min(1).max(20) }),
        response: { 200: ok },
      },
    },
    async (req) => svc.addParties(req.ctx, req.params.id, req.body.parties),
  );
  app.post(
    '/api/mediation/cases/:id/parties/reveal',
    {
      config: { permission: 'mediation.reveal' },
      schema: {
        tags,
        summary: '查看当事人完整信息 Reveal the parties (audited)',
        params: idParams,
        body: revealBody,
        response: { 200: revealView },
      },
    },
    async (req) => svc.reveal(req.ctx, req.params.id, req.body.reason),
  );
  app.post(
    '/api/mediation/cases/:id/hearings',
    {
      config: { permission: 'mediation.mediate' },
      schema: {
        tags,
        summary: '调解记录 Record a hearing',
        params: idParams,
        body: hearingBody,
        response: { 200: created },
      },
    },
    async (req) => svc.hear(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/mediation/cases/:id/transitions',
    {
      config: { permission: 'mediation.mediate|mediation.manage' },
      schema: {
        tags,
        summary: '分派、达成协议、司法确认、诉调对接、办结 Take a step',
        params: idParams,
        body: transitionBody,
        response: { 200: z.object({ state: z.string(), result: z.string().nullable() }) },
      },
    },
    async (req) => svc.transition(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/mediation/cases/:id/psych',
    {
      config: { permission: 'mediation.mediate' },
      schema: {
        tags,
        summary: '心访转介 Refer to psychological services',
        params: idParams,
        body: psychBody,
        response: { 200: created },
      },
    },
    async (req) => svc.referPsych(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/mediation/cases/:id/psych/outcome',
    {
      config: { permission: 'mediation.mediate' },
      schema: {
        tags,
        summary: '心访反馈 Outcome of the referral',
        params: idParams,
        body: psychOutcomeBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.psychOutcome(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/mediation/cases/:id/agreement.html',
    {
      config: { permission: 'mediation.read' },
      schema: { tags, summary: '打印调解协议书 The agreement, printable', params: idParams },
    },
    async (req, reply) => {
      const html = await svc.agreementHtml(req.ctx, req.params.id);
      if (!html) throw new NotFoundError();
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );
  app.get(
    '/api/mediation/figures',
    {
      config: { permission: 'mediation.read' },
      schema: {
        tags,
        summary: '调解成功率 Settlement figures',
        querystring: figuresQuery,
        response: { 200: figuresView },
      },
    },
    async (req) => svc.figures(req.ctx, req.query),
  );
  app.get(
    '/api/mediation/export',
    {
      config: { permission: 'mediation.export' },
      schema: {
        tags,
        summary: '导出调解台账或调解步骤 Export the case register or the steps (.xlsx)',
        querystring: exportQuery,
      },
    },
    async (req, reply) => {
      const { name, buf } = await (req.query.what === 'steps'
        ? svc.exportSteps(req.ctx, req.query.nodeId)
        : svc.exportCases(req.ctx, req.query));
      return sendXlsx(reply, name, buf);
    },
  );
}
