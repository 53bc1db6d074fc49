/** HTTP routes of the psych module under /api/psych. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idemHeaders, idParams, ok, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  bookingBody,
  bookingView,
  followupBody,
  hotlineBody,
  hotlineList,
  importQuery,
  importResult,
  moveResult,
  nodeQuery,
  notesView,
  patientBody,
  patientChangeBody,
  patientDetail,
  patientList,
  paymentBody,
  pointBody,
  pointEditBody,
  pointEditResult,
  pointImportResult,
  pointList,
  revealBody,
  revealView,
  screeningBody,
  screeningList,
  sessionBody,
  slotsQuery,
  slotsView,
  stateQuery,
  subsidyBody,
  subsidyList,
  subsidyMoveBody,
  versionBody,
  yearQuery,
} from './psych.schemas.ts';
import type { PsychService } from './psych.service.ts';

const tags = ['psych'];

/** Registers the psych routes. */
export function psychRoutes(app: App, svc: PsychService) {
  /* ---------- service points, slots and bookings ---------- */
  app.get(
    '/api/psych/points',
    {
      config: { permission: 'psych.read|psych.book' },
      schema: {
        tags,
        summary: '心理服务阵地 Service points and counsellors',
        querystring: nodeQuery,
        response: { 200: pointList },
      },
    },
    async (req) => svc.listPoints(req.ctx, req.query),
  );
  app.post(
    '/api/psych/points',
    {
      config: { permission: 'psych.points' },
      schema: {
        tags,
        summary: '新增心理服务阵地 Open a service point',
        body: pointBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createPoint(req.ctx, req.body),
  );
  app.get(
    '/api/psych/points/export',
    {
      config: { permission: 'psych.export' },
      schema: { tags, summary: '导出心理服务阵地 Export the service points (.xlsx)', querystring: nodeQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'psych.sheet.points'), await svc.exportPoints(req.ctx, req.query)),
  );
  app.put(
    '/api/psych/points/:id',
    {
      config: { permission: 'psych.points' },
      schema: {
        tags,
        summary: '修改或关闭心理服务阵地 Edit or close a service point and its counsellors (version-checked)',
        params: idParams,
        body: pointEditBody,
        response: { 200: pointEditResult },
      },
    },
    async (req) => svc.editPoint(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/psych/points/import',
    {
      config: { permission: 'psych.points' },
      schema: {
        tags,
        summary: '导入心理服务阵地 Import service points (multipart `file`; ?nodeId=&dryRun=1 checks only)',
        querystring: importQuery,
        response: { 200: pointImportResult },
      },
    },
    async (req) =>
      svc.importPoints(
        req.ctx,
        req.query.nodeId,
        await uploadedBytes(req, 'psych.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.get(
    '/api/psych/slots',
    {
      config: { permission: 'psych.read|psych.book' },
      schema: {
        tags,
        summary: "咨询师某日可预约时段 A counsellor's slots on a day",
        querystring: slotsQuery,
        response: { 200: slotsView },
      },
    },
    async (req) => svc.slots(req.ctx, req.query),
  );
  app.post(
    '/api/psych/bookings',
    {
      config: { permission: 'psych.book' },
      schema: {
        tags,
        summary: '预约心理咨询 Book a counselling slot (Idempotency-Key)',
        headers: idemHeaders,
        body: bookingBody,
        response: { 200: created },
      },
    },
    async (req) => svc.book(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/psych/bookings/mine',
    {
      config: { permission: 'psych.book' },
      schema: { tags, summary: '我的预约 My bookings', response: { 200: z.array(bookingView) } },
    },
    async (req) => svc.myBookings(req.ctx),
  );
  app.post(
    '/api/psych/bookings/:id/cancel',
    {
      config: { permission: 'psych.book' },
      schema: {
        tags,
        summary: '取消预约 Cancel a booking',
        params: idParams,
        body: versionBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.cancel(req.ctx, req.params.id, req.body.version),
  );
  app.get(
    '/api/psych/sessions',
    {
      config: { permission: 'psych.counsel' },
      schema: {
        tags,
        summary: "咨询师的预约（今日起一周） The counsellor's bookings this week",
        response: { 200: z.array(bookingView) },
      },
    },
    async (req) => svc.counsellorBookings(req.ctx),
  );
  app.post(
    '/api/psych/bookings/:id/session',
    {
      config: { permission: 'psych.counsel' },
      schema: {
        tags,
        summary: '记录咨询 Record the session (notes encrypted)',
        params: idParams,
        body: sessionBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.recordSession(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/psych/bookings/:id/notes',
    {
      config: { permission: 'psych.counsel' },
      schema: {
        tags,
        summary: '咨询记录（仅本咨询师，留痕） The session notes (its counsellor only, audited)',
        params: idParams,
        response: { 200: notesView },
      },
    },
    async (req) => svc.notes(req.ctx, req.params.id),
  );

  /* ---------- screening ---------- */
  app.get(
    '/api/psych/screenings',
    {
      config: { permission: 'psych.read' },
      schema: {
        tags,
        summary: '心理测评 Screening campaigns (counts)',
        querystring: yearQuery,
        response: { 200: screeningList },
      },
    },
    async (req) => svc.listScreenings(req.ctx, req.query),
  );
  app.post(
    '/api/psych/screenings',
    {
      config: { permission: 'psych.screening' },
      schema: {
        tags,
        summary: '登记心理测评 Record a screening campaign',
        body: screeningBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createScreening(req.ctx, req.body),
  );

  /* ---------- 心理援助热线 (counts) ---------- */
  app.get(
    '/api/psych/hotline',
    {
      config: { permission: 'psych.read' },
      schema: {
        tags,
        summary: '心理援助热线来电来访（人次） Hotline calls and visits by month',
        querystring: yearQuery,
        response: { 200: hotlineList },
      },
    },
    async (req) => svc.hotline(req.ctx, req.query),
  );
  app.put(
    '/api/psych/hotline',
    {
      config: { permission: 'psych.hotline' },
      schema: {
        tags,
        summary: '登记某月热线来电来访 Record a month of the hotline (version to change one)',
        body: hotlineBody,
        response: { 200: created },
      },
    },
    async (req) => svc.recordHotline(req.ctx, req.body),
  );

  /* ---------- the severe-mental-disorder register ---------- */
  app.get(
    '/api/psych/patients',
    {
      config: { permission: 'psych.patients' },
      schema: {
        tags,
        summary: '严重精神障碍患者台账 The register (masked)',
        querystring: nodeQuery,
        response: { 200: patientList },
      },
    },
    async (req) => svc.listPatients(req.ctx, req.query),
  );
  app.post(
    '/api/psych/patients',
    {
      config: { permission: 'psych.register' },
      schema: { tags, summary: '登记患者 Register a patient', body: patientBody, response: { 200: created } },
    },
    async (req) => svc.createPatient(req.ctx, req.body),
  );
  app.get(
    '/api/psych/patients/export',
    {
      config: { permission: 'psych.export' },
      schema: {
        tags,
        summary: '导出患者台账（脱敏） Export the register, masked (.xlsx)',
        querystring: nodeQuery,
      },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'psych.sheet.patients'), await svc.exportPatients(req.ctx, req.query)),
  );
  app.post(
    '/api/psych/patients/import',
    {
      config: { permission: 'psych.register' },
      schema: {
        tags,
        summary: '导入患者台账 Import patients (multipart `file`; ?nodeId=&dryRun=1 checks only)',
        querystring: importQuery,
        response: { 200: importResult },
      },
    },
    async (req) =>
      svc.importPatients(
        req.ctx,
        req.query.nodeId,
        await uploadedBytes(req, 'psych.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.get(
    '/api/psych/patients/:id',
    {
      config: { permission: 'psych.patients' },
      schema: {
        tags,
        summary: '患者详情 A patient with follow-ups and subsidies',
        params: idParams,
        response: { 200: patientDetail },
      },
    },
    async (req) => svc.patient(req.ctx, req.params.id),
  );
  app.put(
    '/api/psych/patients/:id',
    {
      config: { permission: 'psych.register' },
      schema: {
        tags,
        summary: '调整风险等级或责任网格员 Change risk level or grid worker',
        params: idParams,
        body: patientChangeBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.changePatient(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/psych/patients/:id/reveal',
    {
      config: { permission: 'psych.reveal' },
      schema: {
        tags,
        summary: '查看完整姓名和身份证号（留痕） Reveal name and ID (audited)',
        params: idParams,
        body: revealBody,
        response: { 200: revealView },
      },
    },
    async (req) => svc.reveal(req.ctx, req.params.id, req.body.reason),
  );
  app.post(
    '/api/psych/patients/:id/followups',
    {
      config: { permission: 'psych.followup' },
      schema: {
        tags,
        summary: '登记随访 Log a follow-up visit',
        params: idParams,
        body: followupBody,
        response: { 200: created },
      },
    },
    async (req) => svc.followup(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/psych/patients/:id/subsidies',
    {
      config: { permission: 'psych.subsidy.apply' },
      schema: {
        tags,
        summary: '申请服药补贴 Apply for the medication subsidy',
        params: idParams,
        body: subsidyBody,
        response: { 200: created },
      },
    },
    async (req) => svc.apply(req.ctx, req.params.id, req.body),
  );

  /* ---------- 服药补贴 ---------- */
  app.get(
    '/api/psych/subsidies',
    {
      config: { permission: 'psych.patients|psych.subsidy.check|psych.subsidy.approve' },
      schema: {
        tags,
        summary: '服药补贴申请 Subsidy applications',
        querystring: stateQuery,
        response: { 200: subsidyList },
      },
    },
    async (req) => svc.listSubsidies(req.ctx, req.query),
  );
  app.get(
    '/api/psych/subsidies/export',
    {
      config: { permission: 'psych.export' },
      schema: { tags, summary: '导出服药补贴 Export the subsidies (.xlsx)', querystring: nodeQuery },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'psych.sheet.subsidies'),
        await svc.exportSubsidies(req.ctx, req.query),
      ),
  );
  app.post(
    '/api/psych/subsidies/:id/moves',
    {
      config: { permission: 'psych.subsidy.check|psych.subsidy.approve' },
      schema: {
        tags,
        summary: '社区审核/街道审批/不予批准 Check, approve or reject',
        params: idParams,
        body: subsidyMoveBody,
        response: { 200: moveResult },
      },
    },
    async (req) => svc.move(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/psych/subsidies/:id/payments',
    {
      config: { permission: 'psych.subsidy.approve' },
      schema: {
        tags,
        summary: "登记月度发放 Record a month's payment",
        params: idParams,
        body: paymentBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.pay(req.ctx, req.params.id, req.body),
  );
}
