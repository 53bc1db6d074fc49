/**
 * 领雁学苑 through HTTP (Shangcheng, seed 001): the five teacher pools (phones masked), the standard
 * 五力十课, a class held with QR check-in and a teacher's roll call, a 头雁论坛 problem turned into a
 * course, a timed exam passed with a certificate, the record in the cadre's assessment file; who may
 * do what, scope, notices, audit and Excel.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { cadreClient, cadresIn } from '../../testing/assessment.ts';

let env: TestEnv;
let org: Client; // 区委组织部
let street: Client; // 福田街道: runs the academy
let otherStreet: Client; // 香蜜湖街道
let teacher: Client; // a teacher of the street's academy
let secretary: Client; // 福山社区 secretary (a cadre with a person)
let secretaryPerson: string;
let officer12: Client; // 水围社区 community officer (also a learner)
let outsider: Client; // 竹林社区 (street2) community officer
let teacherId: string;
let courseId: string;
let classId: string;
let examId: string;

beforeAll(async () => {
  env = await createTestEnv();
  org = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  otherStreet = await env.as('street_officer', 'street2');
  teacher = await env.as('teacher', 'street1');
  [secretaryPerson] = await cadresIn(env, org, 'community11', 1, { post: '社区党委书记' });
  secretary = await cadreClient(env, secretaryPerson, 'community11');
  officer12 = await env.as('community_officer', 'community12');
  outsider = await env.as('community_officer', 'community21');
});
afterAll(() => env.close());

const street1 = () => env.nodes.street1.id;
async function notices(c: Client, kind: string) {
  const inbox = await env.services.notify.inbox(c.ctx, { unread: '0', limit: 100 });
  return inbox.filter((n: { kind: string }) => n.kind === kind).map((n: { title: string }) => n.title);
}

describe('teacher pools and the curriculum', () => {
  it('the street adds teachers to the five pools; phones are stored encrypted and shown masked', async () => {
    const r = await street.post('/api/training/teachers', {
      nodeId: street1(),
      pool: 'master',
      name: '邹紫娟',
      organisation: '上羊市街社区',
      specialty: '社区治理实战',
      phone: '13812345678',
      userId: teacher.userId,
    });
    expect(r.status).toBe(200);
    teacherId = r.body.id;
    expect(
      (await secretary.post('/api/training/teachers', { nodeId: street1(), pool: 'expert', name: '张三' }))
        .status,
    ).toBe(403);
    expect(
      (await otherStreet.post('/api/training/teachers', { nodeId: street1(), pool: 'expert', name: '张三' }))
        .status,
    ).toBe(404);
    const list = (await secretary.get('/api/training/teachers')).body;
    expect(list).toEqual([
      expect.objectContaining({ name: '邹紫娟', pool: 'master', phone: '138****5678', hasAccount: true }),
    ]);
    expect(JSON.stringify(list)).not.toContain('13812345678');
    const row = await env.db
      .selectFrom('training_teachers')
      .select(['phone_enc'])
      .where('id', '=', teacherId)
      .executeTakeFirstOrThrow();
    expect(row.phone_enc!.toString('latin1')).not.toContain('13812345678');
    expect((await outsider.get('/api/training/teachers')).body).toEqual([]);
  });

  it('teachers come in from a sheet; a bad row changes nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('师资');
    ws.addRow(['师资库', '姓名', '单位', '擅长领域', '手机号码']);
    ws.addRow(['专家教师库', '李教授', '浙江大学', '党的理论', '13900001111']);
    ws.addRow(['8090讲师库', '王小青', '紫阳街道', '数字化', '']);
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    ws.addRow(['外聘', '', '', '', '123']);
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    const r1 = await env.services.training.importTeachers(street.ctx, street1(), bad);
    expect(r1.imported).toBe(0);
    expect(r1.errors.map((e) => e.field).sort()).toEqual(['name', 'phone', 'pool']);
    expect(await env.services.training.importTeachers(street.ctx, street1(), good)).toEqual({
      imported: 2,
      errors: [],
    });
    const x = await street.get('/api/training/teachers.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0].rowCount).toBe(4);
    expect(JSON.stringify(book.worksheets[0].getSheetValues())).toContain('139****1111');
  });

  it('the standard 五力十课 loads once; the secretary sees it', async () => {
    expect((await street.post('/api/training/courses/standard', { nodeId: street1() })).body).toEqual({
      added: 10,
    });
    expect((await street.post('/api/training/courses/standard', { nodeId: street1() })).body).toEqual({
      added: 0,
    });
    const courses = (await secretary.get('/api/training/courses')).body;
    expect(courses).toHaveLength(10);
    courseId = courses.find((c: { code: string }) => c.code === 'YL-02').id;
  });

  it('the street adds its own course; a code is used once', async () => {
    const body = {
      nodeId: street1(),
      power: 'integrity',
      code: 'FF-03',
      title: '身边的警示案例',
      hours: 1.5,
      mode: 'offline',
    };
    expect((await street.post('/api/training/courses', body)).status).toBe(200);
    expect((await street.post('/api/training/courses', body)).status).toBe(409);
    expect((await secretary.post('/api/training/courses', body)).status).toBe(403);
  });
});

describe('a class held, attendance taken', () => {
  it('the street schedules an offline class with the teacher, who is told', async () => {
    const startsAt = new Date(Date.now() - 10 * 60_000).toISOString();
    const endsAt = new Date(Date.now() + 110 * 60_000).toISOString();
    const body = {
      nodeId: street1(),
      courseId,
      teacherId,
      title: '头雁领航：社区书记工作法',
      mode: 'offline',
      place: '紫阳街道党群服务中心',
      startsAt,
      endsAt,
      hours: 3,
    };
    expect((await street.post('/api/training/classes', { ...body, endsAt: startsAt })).status).toBe(422);
    const r = await street.post('/api/training/classes', body);
    expect(r.status).toBe(200);
    classId = r.body.id;
    expect(await notices(teacher, 'training.class')).toEqual(['请您为《头雁领航：社区书记工作法》授课']);
  });

  it('secretaries enrol; one outside the street cannot see it', async () => {
    const list = (await secretary.get('/api/training/classes')).body;
    expect(list[0]).toMatchObject({ id: classId, mine: 'none', can: { enrol: true, teach: false } });
    expect((await secretary.post(`/api/training/classes/${classId}/enrol`)).body).toEqual({ ok: true });
    expect((await officer12.post(`/api/training/classes/${classId}/enrol`)).body).toEqual({ ok: true });
    expect((await outsider.post(`/api/training/classes/${classId}/enrol`)).status).toBe(404);
    expect((await outsider.get(`/api/training/classes/${classId}`)).status).toBe(404);
    expect((await teacher.post(`/api/training/classes/${classId}/enrol`)).status).toBe(403);
  });

  it('the teacher opens QR check-in; a secretary scans it; the teacher marks the other present', async () => {
    expect((await secretary.post(`/api/training/classes/${classId}/checkin`, { minutes: 60 })).status).toBe(
      403,
    );
    const open = await teacher.post(`/api/training/classes/${classId}/checkin`, { minutes: 60 });
    expect(open.status).toBe(200);
    expect(open.body.qrSvg).toContain('<svg');
    expect(open.body.url).toContain(`/training/checkin?t=${open.body.token}`);
    expect((await secretary.post('/api/training/checkin', { token: 'x'.repeat(24) })).status).toBe(404);
    expect((await outsider.post('/api/training/checkin', { token: open.body.token })).status).toBe(404);
    expect((await secretary.post('/api/training/checkin', { token: open.body.token })).body).toEqual({
      classId,
      title: '头雁领航：社区书记工作法',
    });
    const detail = (await teacher.get(`/api/training/classes/${classId}`)).body;
    expect(detail.roster.map((r: { method: string | null }) => r.method).sort()).toEqual(['qr', null].sort());
    const pending = detail.roster.find((r: { method: string | null }) => !r.method);
    expect(
      (await teacher.post(`/api/training/classes/${classId}/attendance`, { userIds: [outsider.userId] }))
        .status,
    ).toBe(422);
    expect(
      (await teacher.post(`/api/training/classes/${classId}/attendance`, { userIds: [pending.userId] })).body,
    ).toEqual({ ok: true });
    expect((await secretary.get(`/api/training/classes/${classId}`)).body).toMatchObject({
      mine: 'qr',
      roster: [],
      checkin: null,
    });
    expect((await teacher.post(`/api/training/classes/${classId}/status`, { status: 'held' })).body).toEqual({
      ok: true,
    });
    expect((await secretary.post('/api/training/checkin', { token: open.body.token })).status).toBe(404);
    const sheet = await street.get(`/api/training/classes/${classId}/attendance.xlsx`);
    expect(sheet.status).toBe(200);
    expect((await teacher.get(`/api/training/classes/${classId}/attendance.xlsx`)).status).toBe(403);
  });
});

describe('头雁论坛: a hard problem becomes a course', () => {
  it('a secretary raises a problem; the street turns it into a course and the secretary is told', async () => {
    const f = await street.post('/api/training/forums', {
      nodeId: street1(),
      title: '老旧小区加装电梯',
      heldOn: '2026-04-20',
    });
    const p = await secretary.post(`/api/training/forums/${f.body.id}/problems`, {
      text: '加装电梯低层住户反对，如何协调？',
      kind: 'dispute',
    });
    expect(p.status).toBe(200);
    expect(await notices(street, 'training.problem')).toHaveLength(1);
    const forums = (await secretary.get('/api/training/forums')).body;
    expect(forums[0].problems[0]).toMatchObject({ kind: 'dispute', courseId: null });
    expect(forums[0].problems[0].raisedLabel).not.toBe(secretary.username);
    expect(forums[0].can).toEqual({ raise: true, toCourse: false });
    const course = {
      power: 'service',
      code: 'LT-01',
      title: '加装电梯中的群众工作',
      description: '来自头雁论坛',
      hours: 2,
      mode: 'offline',
    };
    expect((await secretary.post(`/api/training/problems/${p.body.id}/course`, course)).status).toBe(403);
    expect((await street.post(`/api/training/problems/${p.body.id}/course`, course)).status).toBe(200);
    expect(
      (await street.post(`/api/training/problems/${p.body.id}/course`, { ...course, code: 'LT-02' })).status,
    ).toBe(409);
    expect(await notices(secretary, 'training.course')).toEqual([
      '您在头雁论坛提出的问题已形成课程《加装电梯中的群众工作》',
    ]);
    expect((await secretary.get('/api/training/courses')).body).toHaveLength(12);
  });
});

describe('an exam passed, a certificate shown', () => {
  const questions = [
    {
      text: '社区党委书记培养的“五力”不包括？',
      options: ['政治力', '引领力', '购买力'],
      answer: 2,
      points: 50,
    },
    { text: '领雁学苑有几个师资库？', options: ['三个', '五个', '八个'], answer: 1, points: 50 },
  ];
  it('the street sets an exam and opens it; those who attended are told', async () => {
    expect(
      (
        await street.post('/api/training/exams', {
          courseId,
          title: 'x',
          durationMin: 10,
          passMark: 60,
          questions: [{ ...questions[0], answer: 5 }],
        })
      ).status,
    ).toBe(422);
    const r = await street.post('/api/training/exams', {
      courseId,
      title: '头雁领航结业考试',
      durationMin: 10,
      passMark: 60,
      maxAttempts: 2,
      questions,
    });
    examId = r.body.id;
    expect((await secretary.post(`/api/training/exams/${examId}/attempts`)).status).toBe(409);
    expect((await street.post(`/api/training/exams/${examId}/status`, { status: 'open' })).body).toEqual({
      ok: true,
    });
    expect(await notices(secretary, 'training.exam')).toEqual(['考试《头雁领航结业考试》已开放']);
    expect((await env.services.training.todos(secretary.ctx)).map((t) => t.key)).toContain(
      'training.exams_open',
    );
  });

  it('a timed attempt without answers; failing once, passing the second time earns a certificate', async () => {
    const a = await secretary.post(`/api/training/exams/${examId}/attempts`);
    expect(a.status).toBe(200);
    expect(JSON.stringify(a.body)).not.toContain('"answer"');
    expect(new Date(a.body.deadlineAt).getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
    expect((await secretary.post(`/api/training/exams/${examId}/attempts`)).body.id).toBe(a.body.id);
    expect(
      (await officer12.post(`/api/training/attempts/${a.body.id}/submit`, { answers: [2, 1] })).status,
    ).toBe(404);
    expect(
      (await secretary.post(`/api/training/attempts/${a.body.id}/submit`, { answers: [0, 1] })).body,
    ).toEqual({ score: 50, passed: false, late: false, certificateId: null });
    const b = await secretary.post(`/api/training/exams/${examId}/attempts`);
    const r = await secretary.post(`/api/training/attempts/${b.body.id}/submit`, { answers: [2, 1] });
    expect(r.body).toMatchObject({ score: 100, passed: true });
    expect((await secretary.post(`/api/training/exams/${examId}/attempts`)).status).toBe(409);
    const certs = (await secretary.get('/api/training/certificates')).body;
    expect(certs[0]).toMatchObject({
      number: `LY-${new Date().getFullYear()}-00001`,
      courseTitle: '头雁领航：书记工作法',
      hours: 3,
      score: 100,
    });
    const html = await secretary.get(`/api/training/certificates/${r.body.certificateId}/print`);
    expect(html.raw).toContain('结业证书');
    expect(html.raw).toContain('LY-');
    expect((await officer12.get(`/api/training/certificates/${r.body.certificateId}/print`)).status).toBe(
      404,
    );
    expect((await street.get(`/api/training/certificates/${r.body.certificateId}/print`)).status).toBe(200);
    expect(await notices(secretary, 'training.certificate')).toHaveLength(1);
    const results = await street.get(`/api/training/exams/${examId}/results.xlsx`);
    expect(results.status).toBe(200);
  });

  it('a late answer is not counted', async () => {
    const a = await officer12.post(`/api/training/exams/${examId}/attempts`);
    await env.db
      .updateTable('training_attempts')
      .set({ deadline_at: new Date(Date.now() - 5 * 60_000) })
      .where('id', '=', a.body.id)
      .execute();
    expect(
      (await officer12.post(`/api/training/attempts/${a.body.id}/submit`, { answers: [2, 1] })).body,
    ).toEqual({ score: 0, passed: false, late: true, certificateId: null });
  });
});

describe('records, dashboards and audit', () => {
  it('the secretary’s record and the assessment file show the class hours and the certificate', async () => {
    const rec = (await secretary.get('/api/training/record')).body;
    expect(rec).toMatchObject({ hours: 3, classes: [{ method: 'qr', power: 'leading' }] });
    expect(rec.certificates).toHaveLength(1);
    const file = (await org.get(`/api/assessment/pq/people/${secretaryPerson}`)).body;
    expect(file.training).toMatchObject({ hours: 3, certificates: [{ score: 100 }] });
    const print = await org.get(`/api/assessment/pq/people/${secretaryPerson}/print`);
    expect(print.raw).toContain('培训记录（领雁学苑，共 3 学时）');
  });

  it('the street’s dashboard: trainees, hours, pass rate (1 of 2 tested passed)', async () => {
    const y = new Date().getFullYear();
    const f = (await street.get(`/api/training/figures?nodeId=${street1()}&year=${y}`)).body;
    expect(f).toMatchObject({
      trainees: 2,
      hours: 6,
      attendances: 2,
      tested: 2,
      passed: 1,
      passRate: 50,
      classesOffline: 1,
    });
    expect(f.teachersByPool).toMatchObject({ master: 1, expert: 1, post8090: 1 });
    const stats = await env.services.training.stats(street.ctx, { ...env.nodes.street1, level: 'street' }, y);
    expect(Object.fromEntries(stats.map((s) => [s.key, s.value]))).toMatchObject({
      'training.trainees': 2,
      'training.pass_rate': 50,
      'training.teachers': 3,
    });
  });

  it('every write is in the audit log', async () => {
    const actions = new Set(
      (
        await env.db.selectFrom('audit_log').select('action').where('action', 'like', 'training.%').execute()
      ).map((r) => r.action),
    );
    for (const a of [
      'training.teacher.add',
      'training.teacher.import',
      'training.curriculum.standard',
      'training.class.add',
      'training.enrol',
      'training.checkin.open',
      'training.checkin',
      'training.attendance',
      'training.class.held',
      'training.forum.add',
      'training.problem.raise',
      'training.problem.course',
      'training.exam.add',
      'training.exam.open',
      'training.attempt.start',
      'training.attempt.submit',
    ])
      expect(actions).toContain(a);
  });
});

describe('who may (one case per role)', () => {
  it.each([
    ['org_officer', 'district', 200, 200],
    ['street_officer', 'street1', 200, 200],
    ['community_officer', 'community11', 200, 403],
    ['cadre', 'community11', 200, 403],
    ['village_staff', 'community11', 200, 403],
    ['teacher', 'street1', 200, 403],
    ['street_officer', 'street2', 404, 404],
    ['resident', 'community11', 403, 403],
    ['auditor', 'district', 403, 403],
    ['grid_worker', 'grid111', 403, 403],
  ] as const)('%s on %s: reads the class → %s, exports attendance → %s', async (role, node, read, exp) => {
    const c = await env.as(role, node);
    expect((await c.get(`/api/training/classes/${classId}`)).status).toBe(read);
    expect((await c.get(`/api/training/classes/${classId}/attendance.xlsx`)).status).toBe(exp);
  });
});
