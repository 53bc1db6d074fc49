/** HTTP routes of 领雁学苑 under /api/training. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idParams, nodeIdQuery, ok, sendXlsxAs, uploadedBytes } from '../../platform/http/routes.ts';
import { trainingAwardsRoutes } from './training.awards.routes.ts';
import * as s from './training.schemas.ts';
import { trainingTracksRoutes } from './training.tracks.routes.ts';
import type { TrainingService } from './training.service.ts';

const tags = ['training'];

/** Registers the academy's routes. */
export function trainingRoutes(app: App, svc: TrainingService) {
  // ---------- teachers ----------
  app.get(
    '/api/training/teachers',
    {
      config: { permission: 'training.read' },
      schema: {
        tags,
        summary: '师资库 Teacher pools',
        querystring: s.teachersQuery,
        response: { 200: z.array(s.teacherView) },
      },
    },
    async (req) => svc.teachers(req.ctx, req.query),
  );
  app.post(
    '/api/training/teachers',
    {
      config: { permission: 'training.manage' },
      schema: { tags, summary: '入库教师 Add a teacher', body: s.teacherBody, response: { 200: created } },
    },
    async (req) => svc.addTeacher(req.ctx, req.body),
  );
  app.post(
    '/api/training/teachers/import',
    {
      config: { permission: 'training.manage' },
      schema: {
        tags,
        summary: '导入师资库 Import teachers (multipart `file`)',
        querystring: nodeIdQuery,
        response: { 200: s.importResult },
      },
    },
    async (req) => svc.importTeachers(req.ctx, req.query.nodeId, await uploadedBytes(req)),
  );
  app.get(
    '/api/training/teachers.xlsx',
    {
      config: { permission: 'training.export' },
      schema: { tags, summary: '导出师资库 Export teachers (Excel)', querystring: s.nodeQuery },
    },
    async (req, reply) =>
      sendXlsxAs(reply, '师资库.xlsx', await svc.exportTeachers(req.ctx, req.query), 'training.xlsx'),
  );

  // ---------- curriculum ----------
  app.get(
    '/api/training/courses',
    {
      config: { permission: 'training.read' },
      schema: {
        tags,
        summary: '五力十课 The curriculum',
        querystring: s.nodeQuery,
        response: { 200: z.array(s.courseView) },
      },
    },
    async (req) => svc.courses(req.ctx, req.query),
  );
  app.post(
    '/api/training/courses',
    {
      config: { permission: 'training.manage' },
      schema: { tags, summary: '新增课程 Add a course', body: s.courseBody, response: { 200: created } },
    },
    async (req) => svc.addCourse(req.ctx, req.body),
  );
  app.post(
    '/api/training/courses/standard',
    {
      config: { permission: 'training.manage' },
      schema: {
        tags,
        summary: '载入标准五力十课 Load the standard ten courses',
        body: s.standardBody,
        response: { 200: z.object({ added: z.number() }) },
      },
    },
    async (req) => svc.loadStandard(req.ctx, req.body.nodeId),
  );

  // ---------- classes ----------
  app.get(
    '/api/training/classes',
    {
      config: { permission: 'training.read' },
      schema: {
        tags,
        summary: '课程安排 Classes',
        querystring: s.classesQuery,
        response: { 200: z.array(s.classSummary) },
      },
    },
    async (req) => svc.classes(req.ctx, req.query),
  );
  app.post(
    '/api/training/classes',
    {
      config: { permission: 'training.manage' },
      schema: { tags, summary: '开班 Schedule a class', body: s.classBody, response: { 200: created } },
    },
    async (req) => svc.addClass(req.ctx, req.body),
  );
  app.get(
    '/api/training/classes/:id',
    {
      config: { permission: 'training.read' },
      schema: { tags, summary: '课程详情 A class', params: idParams, response: { 200: s.classDetail } },
    },
    async (req) => svc.getClass(req.ctx, req.params.id),
  );
  app.post(
    '/api/training/classes/:id/enrol',
    {
      config: { permission: 'training.learn' },
      schema: { tags, summary: '报名 Enrol', params: idParams, response: { 200: ok } },
    },
    async (req) => svc.enrol(req.ctx, req.params.id),
  );
  app.post(
    '/api/training/classes/:id/checkin',
    {
      config: { permission: 'training.teach' },
      schema: {
        tags,
        summary: '开启扫码签到 Open QR check-in',
        params: idParams,
        body: s.checkinOpenBody,
        response: { 200: s.checkinView },
      },
    },
    async (req) => svc.openCheckin(req.ctx, req.params.id, req.body, `${req.protocol}://${req.host}`),
  );
  app.post(
    '/api/training/checkin',
    {
      config: { permission: 'training.learn' },
      schema: {
        tags,
        summary: '扫码签到 Check in (the QR code’s token)',
        body: s.checkinBody,
        response: { 200: z.object({ classId: z.uuid(), title: z.string() }) },
      },
    },
    async (req) => svc.checkin(req.ctx, req.body.token),
  );
  app.post(
    '/api/training/classes/:id/attendance',
    {
      config: { permission: 'training.teach' },
      schema: {
        tags,
        summary: '教师点名 Mark attendance',
        params: idParams,
        body: s.attendanceBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.markAttendance(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/training/classes/:id/status',
    {
      config: { permission: 'training.teach' },
      schema: {
        tags,
        summary: '结课或取消 Close as held or cancel',
        params: idParams,
        body: s.statusBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.setStatus(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/training/classes/:id/attendance.xlsx',
    {
      config: { permission: 'training.export' },
      schema: { tags, summary: '导出签到表 Export attendance (Excel)', params: idParams },
    },
    async (req, reply) =>
      sendXlsxAs(reply, '签到表.xlsx', await svc.exportAttendance(req.ctx, req.params.id), 'training.xlsx'),
  );

  // ---------- forums ----------
  app.get(
    '/api/training/forums',
    {
      config: { permission: 'training.read' },
      schema: {
        tags,
        summary: '头雁论坛 Forums',
        querystring: s.nodeQuery,
        response: { 200: z.array(s.forumView) },
      },
    },
    async (req) => svc.forums(req.ctx, req.query),
  );
  app.post(
    '/api/training/forums',
    {
      config: { permission: 'training.manage' },
      schema: { tags, summary: '举办论坛 Hold a forum', body: s.forumBody, response: { 200: created } },
    },
    async (req) => svc.addForum(req.ctx, req.body),
  );
  app.post(
    '/api/training/forums/:id/problems',
    {
      config: { permission: 'training.learn' },
      schema: {
        tags,
        summary: '提出难题 Bring a hard problem',
        params: idParams,
        body: s.problemBody,
        response: { 200: created },
      },
    },
    async (req) => svc.raiseProblem(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/training/problems/:id/course',
    {
      config: { permission: 'training.manage' },
      schema: {
        tags,
        summary: '问题转化为课程 Turn a problem into a course',
        params: idParams,
        body: s.toCourseBody,
        response: { 200: created },
      },
    },
    async (req) => svc.problemToCourse(req.ctx, req.params.id, req.body),
  );

  // ---------- exams and certificates ----------
  app.get(
    '/api/training/exams',
    {
      config: { permission: 'training.read' },
      schema: {
        tags,
        summary: '考试 Exams',
        querystring: s.nodeQuery,
        response: { 200: z.array(s.examView) },
      },
    },
    async (req) => svc.exams(req.ctx, req.query),
  );
  app.post(
    '/api/training/exams',
    {
      config: { permission: 'training.manage' },
      schema: { tags, summary: '出卷 Set an exam', body: s.examBody, response: { 200: created } },
    },
    async (req) => svc.addExam(req.ctx, req.body),
  );
  app.post(
    '/api/training/exams/:id/status',
    {
      config: { permission: 'training.manage' },
      schema: {
        tags,
        summary: '开放或关闭考试 Open or close an exam',
        params: idParams,
        body: s.examStatusBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.setExamStatus(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/training/exams/:id/attempts',
    {
      config: { permission: 'training.learn' },
      schema: {
        tags,
        summary: '开始考试 Start an attempt',
        params: idParams,
        response: { 200: s.attemptView },
      },
    },
    async (req) => svc.startAttempt(req.ctx, req.params.id),
  );
  app.post(
    '/api/training/attempts/:id/submit',
    {
      config: { permission: 'training.learn' },
      schema: {
        tags,
        summary: '交卷 Hand in',
        params: idParams,
        body: s.submitBody,
        response: { 200: s.resultView },
      },
    },
    async (req) => svc.submitAttempt(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/training/exams/:id/results.xlsx',
    {
      config: { permission: 'training.export' },
      schema: { tags, summary: '导出成绩单 Export results (Excel)', params: idParams },
    },
    async (req, reply) =>
      sendXlsxAs(reply, '成绩单.xlsx', await svc.exportResults(req.ctx, req.params.id), 'training.xlsx'),
  );
  app.get(
    '/api/training/certificates',
    {
      config: { permission: 'training.learn' },
      schema: { tags, summary: '我的证书 My certificates', response: { 200: z.array(s.certificateView) } },
    },
    async (req) => svc.myCertificates(req.ctx),
  );
  app.get(
    '/api/training/certificates/:id/print',
    {
      config: { permission: 'training.read' },
      schema: { tags, summary: '打印结业证书 Printable certificate', params: idParams },
    },
    async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await svc.certificatePrint(req.ctx, req.params.id)),
  );
  app.get(
    '/api/training/record',
    {
      config: { permission: 'training.learn' },
      schema: { tags, summary: '我的学习档案 My training record', response: { 200: s.recordView } },
    },
    async (req) => svc.myRecord(req.ctx),
  );

  // ---------- figures ----------
  app.get(
    '/api/training/figures',
    {
      config: { permission: 'training.read' },
      schema: {
        tags,
        summary: '领雁学苑数据 Figures',
        querystring: s.figuresQuery,
        response: { 200: s.figuresView },
      },
    },
    async (req) => svc.figures(req.ctx, req.query),
  );

  trainingAwardsRoutes(app, svc);
  trainingTracksRoutes(app, svc);
}
