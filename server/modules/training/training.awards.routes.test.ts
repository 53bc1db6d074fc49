/**
 * Teachers' awards and training per track through HTTP: trainees rate the classes they attended; the
 * street keeps its 学苑工作委员会, nominates the year's teachers from ratings, attendance and pass
 * rates, records the committee's review, awards with a number (the teacher is told and sees it);
 * the organisation department plans the 领航 track and sees who lags; the cadre sees their hours;
 * Excel; one authorisation case per role and route.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { cadreClient, cadresIn } from '../../testing/assessment.ts';
import { shanghaiThisYear } from '../../platform/time.ts';

let env: TestEnv;
let org: Client; // 区委组织部
let street: Client; // runs the street's academy
let teacher: Client;
let cadre: Client; // a 党工委书记: the 领航 track
let officer11: Client;
let officer12: Client;
let outsider: Client; // street2
let resident: Client;
let courseId: string;
const classIds: string[] = [];
let awards: { id: string; kind: string; version: number }[] = [];
const year = shanghaiThisYear();

beforeAll(async () => {
  env = await createTestEnv();
  org = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  teacher = await env.as('teacher', 'street1');
  const [person] = await cadresIn(env, org, 'street1', 1, { post: '党工委书记', birthDate: '1975-03-01' });
  cadre = await cadreClient(env, person, 'street1');
  officer11 = await env.as('community_officer', 'community11');
  officer12 = await env.as('community_officer', 'community12');
  outsider = await env.as('community_officer', 'community21');
  resident = await env.as('resident', 'community11');
});
afterAll(() => env.close());

const street1 = () => env.nodes.street1.id;

describe('two classes held and rated', () => {
  it('the street sets up the academy and holds two classes with its teacher', async () => {
    await street.post('/api/training/courses/standard', { nodeId: street1() });
    courseId = (await street.get('/api/training/courses')).body.find(
      (c: { code: string }) => c.code === 'YL-02',
    ).id;
    const t = await street.post('/api/training/teachers', {
      nodeId: street1(),
      pool: 'master',
      name: '许老师',
      userId: teacher.userId,
    });
    for (const title of ['书记工作法（一期）', '书记工作法（二期）']) {
      const r = await street.post('/api/training/classes', {
        nodeId: street1(),
        courseId,
        teacherId: t.body.id,
        title,
        mode: 'offline',
        startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
        endsAt: new Date(Date.now() + 170 * 60_000).toISOString(),
        hours: 3,
      });
      classIds.push(r.body.id);
      for (const l of [cadre, officer11, officer12])
        expect((await l.post(`/api/training/classes/${r.body.id}/enrol`)).status).toBe(200);
    }
    // before the class is held, no rating
    expect((await cadre.post(`/api/training/classes/${classIds[0]}/rating`, { stars: 5 })).status).toBe(409);
    for (const id of classIds) {
      await teacher.post(`/api/training/classes/${id}/attendance`, {
        userIds: [cadre.userId, officer11.userId, officer12.userId],
      });
      await teacher.post(`/api/training/classes/${id}/status`, { status: 'held' });
    }
  });

  it('those who attended rate; a second rating replaces the first; others cannot', async () => {
    expect((await cadre.post(`/api/training/classes/${classIds[0]}/rating`, { stars: 6 })).status).toBe(400);
    expect((await outsider.post(`/api/training/classes/${classIds[0]}/rating`, { stars: 5 })).status).toBe(
      404,
    );
    expect((await teacher.post(`/api/training/classes/${classIds[0]}/rating`, { stars: 5 })).status).toBe(
      403,
    );
    for (const id of classIds)
      for (const l of [cadre, officer11, officer12])
        expect((await l.post(`/api/training/classes/${id}/rating`, { stars: 4 })).body).toEqual({ ok: true });
    await cadre.post(`/api/training/classes/${classIds[0]}/rating`, { stars: 5 });
    expect((await cadre.get(`/api/training/classes/${classIds[0]}/rating`)).body).toEqual({
      count: 3,
      mean: 4.3,
      mine: 5,
    });
  });
});

describe('the committee and the year’s awards', () => {
  it('the street keeps its committee; a learner cannot add to it', async () => {
    for (const [name, duty] of [
      ['万部长', 'chair'],
      ['周校长', 'vice_chair'],
      ['何书记', 'member'],
    ])
      expect((await street.post('/api/training/committee', { nodeId: street1(), name, duty })).status).toBe(
        200,
      );
    expect(
      (await cadre.post('/api/training/committee', { nodeId: street1(), name: 'x', duty: 'member' })).status,
    ).toBe(403);
    expect(
      (await street.post('/api/training/committee', { nodeId: street1(), name: '', duty: 'boss' })).status,
    ).toBe(400);
    const list = (await cadre.get('/api/training/committee')).body;
    expect(list.map((m: { duty: string }) => m.duty)).toEqual(['chair', 'vice_chair', 'member']);
    expect(list[0].canRemove).toBe(false);
  });

  it('nominations come from the classes: 优秀教师, 精品课程 and 最受欢迎教师; only the academy sees them yet', async () => {
    expect((await street.post('/api/training/awards/nominate', { nodeId: street1(), year })).body).toEqual({
      nominated: 3,
    });
    awards = (await street.get(`/api/training/awards?year=${year}`)).body;
    expect(awards.map((a) => a.kind).sort()).toEqual(['excellent_teacher', 'fine_course', 'popular_teacher']);
    expect((awards as unknown as { basis: object; can: object }[])[0]).toMatchObject({
      basis: { classes: 2, ratings: 6, attendanceRate: 100 },
      can: { review: true, decide: false, reject: true },
    });
    expect((await cadre.get(`/api/training/awards?year=${year}`)).body).toEqual([]);
    expect((await cadre.get(`/api/training/awards/${awards[0].id}`)).status).toBe(404);
  });

  it('the committee’s review needs a majority of its three; stale copies are refused', async () => {
    const best = awards.find((a) => a.kind === 'excellent_teacher')!;
    const url = `/api/training/awards/${best.id}`;
    const tooMany = await street.post(`${url}/review`, { agree: 3, against: 1, version: best.version });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.fields?.[0]?.field ?? JSON.stringify(tooMany.body)).toContain('agree');
    expect((await street.post(`${url}/decide`, { version: best.version })).status).toBe(409);
    expect(
      (await street.post(`${url}/review`, { agree: 2, against: 1, version: best.version })).body,
    ).toEqual({
      status: 'approved',
    });
    expect((await street.post(`${url}/review`, { agree: 2, against: 1, version: best.version })).status).toBe(
      409,
    );
    const popular = awards.find((a) => a.kind === 'popular_teacher')!;
    expect(
      (
        await street.post(`/api/training/awards/${popular.id}/review`, {
          agree: 1,
          against: 2,
          version: popular.version,
        })
      ).body,
    ).toEqual({ status: 'rejected' });
  });

  it('the award is decided with a number; the teacher is told, sees it, everyone it serves sees it', async () => {
    const best = awards.find((a) => a.kind === 'excellent_teacher')!;
    const r = await street.post(`/api/training/awards/${best.id}/decide`, { version: best.version + 1 });
    expect(r.body).toEqual({ number: `LYJ-${year}-001` });
    const inbox = await env.services.notify.inbox(teacher.ctx, { unread: '0', limit: 50 });
    expect(
      inbox
        .filter((n: { kind: string }) => n.kind === 'training.award')
        .map((n: { title: string }) => n.title),
    ).toEqual([`您获评领雁学苑${year}年度“优秀教师”，证书编号 LYJ-${year}-001`]);
    expect(
      (await teacher.get('/api/training/awards/mine')).body.map((a: { number: string }) => a.number),
    ).toEqual([`LYJ-${year}-001`]);
    expect((await cadre.get(`/api/training/awards/${best.id}`)).body).toMatchObject({
      status: 'awarded',
      teacherName: '许老师',
      can: { review: false, decide: false, reject: false },
    });
    expect((await outsider.get(`/api/training/awards/${best.id}`)).status).toBe(404);
    const log = await env.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', best.id)
      .execute();
    expect(log.map((l) => l.action)).toEqual(
      expect.arrayContaining(['training.award.review', 'training.award.decide']),
    );
  });

  it('a second nomination keeps what the committee reviewed; the year goes to Excel', async () => {
    expect((await street.post('/api/training/awards/nominate', { nodeId: street1(), year })).body).toEqual({
      nominated: 1,
    });
    expect((await street.get(`/api/training/awards?year=${year}`)).body).toHaveLength(3);
    const x = await street.get(`/api/training/awards.xlsx?year=${year}`);
    expect(x.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(book.worksheets[0].getSheetValues());
    expect(text).toContain('优秀教师');
    expect(text).toContain(`LYJ-${year}-001`);
  });
});

describe('the 领航 track’s plan and who lags', () => {
  const district = () => env.nodes.district.id;
  it('the department sees the three tracks with the secretary in 领航, no plan yet', async () => {
    const c = (await org.get(`/api/training/tracks?nodeId=${district()}`)).body;
    expect(c.tracks.map((t: { key: string }) => t.key)).toEqual(['lead', 'eagle', 'ivy']);
    const lead = c.tracks[0];
    expect(lead).toMatchObject({ plan: null, members: 1 });
    expect(lead.rows[0]).toMatchObject({ post: '党工委书记', hours: 6 });
    expect((await org.get('/api/training/tracks?nodeId=' + env.nodes.street1.id)).status).toBe(200);
    expect((await street.get(`/api/training/tracks?nodeId=${district()}`)).status).toBe(404);
  });

  it('the department sets the plan; unknown tracks and courses are refused; edits carry the version', async () => {
    const plan = {
      nodeId: district(),
      year,
      track: 'lead',
      requiredHours: 40,
      courseIds: [courseId],
      note: '',
    };
    expect((await org.put('/api/training/tracks/plan', { ...plan, track: 'nope' })).status).toBe(422);
    expect(
      (
        await org.put('/api/training/tracks/plan', {
          ...plan,
          courseIds: ['00000000-0000-7000-8000-000000000000'],
        })
      ).status,
    ).toBe(422);
    expect((await org.put('/api/training/tracks/plan', { ...plan, requiredHours: 1e308 })).status).toBe(400);
    expect((await org.put('/api/training/tracks/plan', plan)).status).toBe(200);
    expect((await org.put('/api/training/tracks/plan', plan)).status).toBe(409);
    expect(
      (await org.put('/api/training/tracks/plan', { ...plan, requiredHours: 6, version: 1 })).status,
    ).toBe(200);
    expect((await street.put('/api/training/tracks/plan', plan)).status).toBe(404);
  });

  it('completion: the secretary has done the hours and the course; the cadre sees it too', async () => {
    const lead = (await org.get(`/api/training/tracks?nodeId=${district()}`)).body.tracks[0];
    expect(lead).toMatchObject({
      members: 1,
      complete: 1,
      lagging: 0,
      plan: { requiredHours: 6, version: 2 },
    });
    const mine = (await cadre.get('/api/training/tracks/mine')).body;
    expect(mine.tracks).toEqual([
      expect.objectContaining({
        key: 'lead',
        label: '领航计划（一把手）',
        hours: 6,
        complete: true,
        done: [courseId],
      }),
    ]);
    expect((await officer11.get('/api/training/tracks/mine')).body.tracks).toEqual([]);
  });

  it('raising the hours puts the secretary behind: a to-do and the Excel say so', async () => {
    await org.put('/api/training/tracks/plan', {
      nodeId: district(),
      year,
      track: 'lead',
      requiredHours: 200,
      courseIds: [courseId],
      version: 2,
    });
    const todos = await env.services.training.todos(cadre.ctx);
    const behind = todos.find((t) => t.key === 'training.track_behind');
    // behind only once the year's share of 200 hours passes 6 (from mid-January)
    if (new Date().getTime() > Date.UTC(year, 0, 15)) expect(behind?.count).toBe(1);
    const x = await org.get(`/api/training/tracks.xlsx?nodeId=${district()}&year=${year}`);
    expect(x.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(JSON.stringify(book.worksheets[0].getSheetValues())).toContain('党工委书记');
    const orgTodos = await env.services.training.todos(org.ctx);
    expect(orgTodos.find((t) => t.key === 'training.tracks_unplanned')?.count).toBe(2);
  });
});

describe('one authorisation case per role and route', () => {
  const x = '00000000-0000-7000-8000-000000000000';
  const ROUTES: [string, string, object | undefined, string[]][] = [
    ['POST', `/api/training/classes/${x}/rating`, { stars: 3 }, ['cadre', 'community']],
    [
      'GET',
      `/api/training/classes/${x}/rating`,
      undefined,
      ['org', 'street', 'teacher', 'cadre', 'community'],
    ],
    ['GET', '/api/training/committee', undefined, ['org', 'street', 'teacher', 'cadre', 'community']],
    ['POST', '/api/training/committee', { nodeId: x, name: 'x', duty: 'member' }, ['org', 'street']],
    ['DELETE', `/api/training/committee/${x}`, undefined, ['org', 'street']],
    ['POST', '/api/training/awards/nominate', { nodeId: x, year: 2026 }, ['org', 'street']],
    ['GET', '/api/training/awards', undefined, ['org', 'street', 'teacher', 'cadre', 'community']],
    ['GET', '/api/training/awards/mine', undefined, ['org', 'street', 'teacher', 'cadre', 'community']],
    ['GET', '/api/training/awards.xlsx', undefined, ['org', 'street']],
    ['GET', `/api/training/awards/${x}`, undefined, ['org', 'street', 'teacher', 'cadre', 'community']],
    ['POST', `/api/training/awards/${x}/review`, { agree: 1, against: 0, version: 1 }, ['org', 'street']],
    ['POST', `/api/training/awards/${x}/decide`, { version: 1 }, ['org', 'street']],
    ['POST', `/api/training/awards/${x}/reject`, { version: 1 }, ['org', 'street']],
    ['GET', `/api/training/tracks?nodeId=${x}`, undefined, ['org', 'street']],
    [
      'PUT',
      '/api/training/tracks/plan',
      { nodeId: x, year: 2026, track: 'lead', requiredHours: 1 },
      ['org', 'street'],
    ],
    ['GET', '/api/training/tracks/mine', undefined, ['cadre', 'community']],
    ['GET', `/api/training/tracks.xlsx?nodeId=${x}`, undefined, ['org', 'street']],
  ];
  const clients = () =>
    ({ org, street, teacher, cadre, community: officer11, resident }) as Record<string, Client>;
  it.each(
    ROUTES.flatMap(([m, u, b, allowed]) =>
      ['org', 'street', 'teacher', 'cadre', 'community', 'resident'].map(
        (role) => [role, m, u, b, allowed.includes(role)] as const,
      ),
    ),
  )('%s %s %s', async (role, method, u, body, allowed) => {
    const r = await clients()[role].request(method, u, body);
    if (allowed) expect(r.status, r.raw).not.toBe(403);
    else expect(r.status).toBe(403);
  });
  it('an anonymous caller is refused', async () => {
    expect((await env.anon().get('/api/training/awards')).status).toBe(401);
  });
});
