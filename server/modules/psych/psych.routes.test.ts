/**
 * 社会心理服务体系 through HTTP (seed 003 Futian 以心治强固本): a community opens a 心理咨询室 with a
 * counsellor, a resident books a slot once per Idempotency-Key and nobody books it twice, the
 * counsellor records the session (notes for the counsellor's eyes only); screening counts; the
 * severe-mental-disorder register (masked, the grid worker sees only their own patients, a reveal
 * audited), a follow-up, and a non-户籍 patient's 服药补贴 checked, approved and paid; one
 * authorisation case per role and route. Points are imported from Excel and edited at their version (a
 * counsellor leaving cancels the bookings ahead); residents, grid workers and the checking officer are
 * told of bookings, follow-ups due and subsidies approved.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNationalId } from '../../platform/pii/national-id.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';

let env: TestEnv;
let org: Client;
let street: Client;
let community: Client;
let counsellor: Client; // social_org on 福山社区, the counsellor of the room
let resident: Client;
let resident2: Client;
let grid: Client;
let grid2: Client; // another grid worker: not responsible for the patient
let cadre: Client;
let other: Client; // org_officer of another district
let counsellorId: string;
let patientId: string;
const day = (offset: number) => shanghaiDay(new Date(Date.now() + offset * 86_400_000));
const tomorrowAt = (h: number) => `${day(1)}T${String(h).padStart(2, '0')}:00:00+08:00`;
const ID = makeNationalId('440304', '1980-05-06', 17);

beforeAll(async () => {
  env = await createTestEnv();
  org = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  community = await env.as('community_officer', 'community11');
  counsellor = await env.as('social_org', 'community11');
  resident = await env.as('resident', 'community11');
  resident2 = await env.as('resident', 'community12');
  grid = await env.as('grid_worker', 'grid111');
  grid2 = await env.as('grid_worker', 'grid111');
  cadre = await env.as('cadre', 'dept');
  other = await env.as('org_officer', 'district2');
});
afterAll(() => env.close());

describe('service points and counselling bookings', () => {
  it('a community opens a 心理咨询室 with a counsellor; bad input is a 400 per field', async () => {
    const body = {
      nodeId: env.nodes.community11.id,
      kind: 'counselling_room',
      name: '福山社康心理咨询室',
      counsellors: [{ name: '陈心怡', weeklyHours: 4, userId: counsellor.userId }],
    };
    for (const bad of [
      { name: 'a\u0000b' },
      { kind: 'bar' },
      { counsellors: [{ name: 'x', weeklyHours: 99 }] },
    ]) {
      const r = await community.post('/api/psych/points', { ...body, ...bad });
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.body.errors.length).toBeGreaterThan(0);
    }
    expect((await community.post('/api/psych/points', body)).status).toBe(200);
    expect((await community.post('/api/psych/points', body)).status).toBe(409);
    expect((await other.post('/api/psych/points', body)).status).toBe(404);
    const list = (await resident.get('/api/psych/points')).body;
    expect(list.items).toHaveLength(1);
    expect(list.can).toEqual({ manage: false, export: false, book: true });
    counsellorId = list.items[0].counsellors[0].id;
    expect((await other.get('/api/psych/points')).body.items).toEqual([]);
  });

  it('a resident books once per Idempotency-Key; the same slot is nobody else’s (409)', async () => {
    const b = { counsellorId, startsAt: tomorrowAt(10), topic: 'emotion' };
    const h = { 'idempotency-key': 'psych-book-0001' };
    const a = await resident.post('/api/psych/bookings', b, h);
    expect(a.status, a.raw).toBe(200);
    expect((await resident.post('/api/psych/bookings', b, h)).body.id).toBe(a.body.id);
    const taken = await resident2.post('/api/psych/bookings', b);
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].field).toBe('startsAt');
    const odd = await resident2.post('/api/psych/bookings', { ...b, startsAt: tomorrowAt(20) });
    expect(odd.status).toBe(422);
    const slots = (await resident2.get(`/api/psych/slots?counsellorId=${counsellorId}&date=${day(1)}`)).body;
    expect(slots.find((s: any) => s.startsAt === new Date(tomorrowAt(10)).toISOString()).free).toBe(false);
    expect(slots.find((s: any) => s.startsAt === new Date(tomorrowAt(11)).toISOString()).free).toBe(true);
    expect((await resident.get('/api/psych/bookings/mine')).body).toHaveLength(1);
    expect((await resident2.get('/api/psych/bookings/mine')).body).toEqual([]);
  });

  it('the counsellor records the session; only that counsellor reads the notes', async () => {
    const [bk] = (await counsellor.get('/api/psych/sessions')).body;
    expect(bk).toMatchObject({ state: 'booked', topic: 'emotion', counsellorName: '陈心怡' });
    const early = await counsellor.post(`/api/psych/bookings/${bk.id}/session`, {
      version: bk.version,
      outcome: 'done',
      minutes: 50,
    });
    expect(early.status).toBe(409);
    await sql`UPDATE psych_bookings SET slot = tstzrange(now() - interval '2 hours', now() - interval '70 minutes')
      WHERE id = ${bk.id}`.execute(env.db);
    const noMinutes = await counsellor.post(`/api/psych/bookings/${bk.id}/session`, {
      version: bk.version,
      outcome: 'done',
    });
    expect(noMinutes.status).toBe(422);
    const r = await counsellor.post(`/api/psych/bookings/${bk.id}/session`, {
      version: bk.version,
      outcome: 'done',
      minutes: 50,
      notes: '工作压力大，睡眠差，约两周后复诊',
    });
    expect(r.status, r.raw).toBe(200);
    const row = await env.db
      .selectFrom('psych_bookings')
      .select('notes_enc')
      .where('id', '=', bk.id)
      .executeTakeFirstOrThrow();
    expect(row.notes_enc!.toString('utf8')).not.toContain('睡眠');
    expect((await counsellor.get(`/api/psych/bookings/${bk.id}/notes`)).body.notes).toContain('睡眠差');
    expect((await community.get(`/api/psych/bookings/${bk.id}/notes`)).status).toBe(404);
    expect(JSON.stringify((await resident.get('/api/psych/bookings/mine')).body)).not.toContain('睡眠');
    expect((await resident.get('/api/psych/bookings/mine')).body[0]).toMatchObject({
      state: 'done',
      minutes: 50,
    });
  });
});

describe('keeping the service points: Excel in, editing and closing, the residents told', () => {
  const kinds = async (c: Client) =>
    ((await c.get('/api/notify/inbox?limit=50')).body as { kind: string }[]).map((n) => n.kind);
  const header = '所属,类型,名称,地址,咨询师,每周免费服务时长（小时）';
  const sheet = (lines: string[]) => Buffer.from([header, ...lines].join('\n'), 'utf8');
  const url = (dry: boolean) =>
    `/api/psych/points/import?nodeId=${env.nodes.street1.id}${dry ? '&dryRun=1' : ''}`;
  let pointId: string;

  it('the booking told the resident', async () => {
    expect(await kinds(resident)).toContain('psych.booked');
  });

  it('imports points with per-row errors and a dry run; a name already on the node is skipped', async () => {
    const bad = await street.upload(
      url(true),
      sheet(['福山社区,酒吧,福山心理驿站,,张三,2', '没有社区,心理咨询室,某站,,,']),
      'p.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.field).sort()).toEqual(['row2.kind', 'row3.place']);
    const good = sheet([
      '福山社区,社区心理服务站,福山心理驿站,福山路 1 号,张三、李四,6',
      '福山社区,心理咨询室,福山社康心理咨询室,,,',
    ]);
    expect((await street.upload(url(true), good, 'p.csv', 'text/csv')).body).toMatchObject({
      dryRun: true,
      added: 1,
      skipped: 1,
    });
    expect((await resident.get('/api/psych/points')).body.items).toHaveLength(1);
    const done = await street.upload(url(false), good, 'p.csv', 'text/csv');
    expect(done.body).toMatchObject({ dryRun: false, added: 1, skipped: 1 });
    const p = (await street.get('/api/psych/points')).body.items.find((x: any) => x.name === '福山心理驿站');
    expect(p).toMatchObject({ kind: 'station', address: '福山路 1 号', version: 1 });
    expect(p.counsellors.map((c: any) => [c.name, c.weeklyHours])).toEqual([
      ['张三', 3],
      ['李四', 3],
    ]);
    pointId = p.id;
    expect((await community.upload(url(false), good, 'p.csv', 'text/csv')).status).toBe(404);
  });

  it('edits a point at its version; a counsellor who leaves cancels the bookings ahead and tells the resident', async () => {
    const p = (await street.get('/api/psych/points')).body.items.find((x: any) => x.id === pointId);
    const [zhang, li] = p.counsellors;
    const bk = await resident2.post('/api/psych/bookings', {
      counsellorId: zhang.id,
      startsAt: tomorrowAt(11),
      topic: 'family',
    });
    expect(bk.status, bk.raw).toBe(200);
    const body = {
      version: p.version,
      kind: 'station',
      name: '福山社区心理驿站',
      address: '福山路 1 号',
      counsellors: [
        { id: li.id, name: '李四', weeklyHours: 4 },
        { name: '王五', weeklyHours: 2 },
      ],
    };
    expect((await street.put(`/api/psych/points/${pointId}`, { ...body, version: 9 })).status).toBe(409);
    expect((await other.put(`/api/psych/points/${pointId}`, body)).status).toBe(404);
    const stranger = { ...body, counsellors: [{ id: counsellorId, name: '陈心怡', weeklyHours: 1 }] };
    const unknown = await street.put(`/api/psych/points/${pointId}`, stranger);
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('counsellors.0.id');
    expect((await street.put(`/api/psych/points/${pointId}`, { ...body, name: '' })).status).toBe(400);
    const r = await street.put(`/api/psych/points/${pointId}`, body);
    expect(r.status, r.raw).toBe(200);
    expect(r.body).toEqual({ ok: true, cancelled: 1 });
    const after = (await street.get('/api/psych/points')).body.items.find((x: any) => x.id === pointId);
    expect(after).toMatchObject({ name: '福山社区心理驿站', version: 2 });
    expect(after.counsellors.map((c: any) => [c.name, c.weeklyHours])).toEqual([
      ['李四', 4],
      ['王五', 2],
    ]);
    expect((await resident2.get('/api/psych/bookings/mine')).body[0].state).toBe('cancelled');
    expect(await kinds(resident2)).toEqual(expect.arrayContaining(['psych.booked', 'psych.cancelled']));
    const audit = await env.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', pointId)
      .execute();
    expect(audit.map((a) => a.action)).toContain('psych.point.edit');
  });

  it('closing a point takes it off the list', async () => {
    const p = (await street.get('/api/psych/points')).body.items.find((x: any) => x.id === pointId);
    const r = await street.put(`/api/psych/points/${pointId}`, {
      version: p.version,
      kind: p.kind,
      name: p.name,
      active: false,
    });
    expect(r.status, r.raw).toBe(200);
    expect((await resident.get('/api/psych/points')).body.items.map((x: any) => x.id)).not.toContain(pointId);
    expect((await street.put(`/api/psych/points/${pointId}`, { ...p, version: p.version + 1 })).status).toBe(
      404,
    );
  });
});

describe('screening 心理测评 (counts only)', () => {
  it('records a campaign; flagged cannot exceed screened', async () => {
    const b = {
      nodeId: env.nodes.street1.id,
      population: 'students',
      title: '中小学生心理测评',
      heldOn: day(-3),
      screened: 1200,
      flagged: 36,
    };
    expect((await street.post('/api/psych/screenings', { ...b, flagged: 1300 })).status).toBe(422);
    expect((await street.post('/api/psych/screenings', b)).status).toBe(200);
    const l = (await org.get('/api/psych/screenings')).body;
    expect(l.items[0]).toMatchObject({ population: 'students', screened: 1200, flagged: 36 });
    expect((await other.get('/api/psych/screenings')).body.items).toEqual([]);
  });
});

describe('心理援助热线 as counts, one row per node and month', () => {
  it('records a month, changes it only at its version; the year sums up', async () => {
    const month = day(0).slice(0, 7);
    const b = { nodeId: env.nodes.street1.id, month, calls: 120, visits: 30, youth: 90 };
    expect((await street.put('/api/psych/hotline', { ...b, youth: 151 })).body.errors[0].field).toBe('youth');
    expect((await street.put('/api/psych/hotline', { ...b, month: '2099-01' })).status).toBe(422);
    expect((await street.put('/api/psych/hotline', { ...b, calls: -1 })).status).toBe(400);
    // above the table's bound: a field error, not a 500 from the CHECK
    const over = await street.put('/api/psych/hotline', { ...b, calls: 1_000_001 });
    expect([over.status, over.body.errors[0].field]).toEqual([400, 'calls']);
    const a = await street.put('/api/psych/hotline', b);
    expect(a.status, a.raw).toBe(200);
    expect((await street.put('/api/psych/hotline', b)).status).toBe(409);
    const [row] = (await org.get('/api/psych/hotline')).body.items;
    expect(row).toMatchObject({ id: a.body.id, calls: 120, version: 1 });
    expect((await street.put('/api/psych/hotline', { ...b, calls: 130, version: 1 })).status).toBe(200);
    expect((await street.put('/api/psych/hotline', { ...b, calls: 140, version: 1 })).status).toBe(409);
    const l = (await org.get('/api/psych/hotline')).body;
    expect(l.totals).toEqual({ calls: 130, visits: 30, youth: 90 });
    expect(l.can).toEqual({ record: true });
    expect((await other.get('/api/psych/hotline')).body.items).toEqual([]);
    expect((await other.put('/api/psych/hotline', b)).status).toBe(404);
  });
});

describe('the severe-mental-disorder register 严重精神障碍患者', () => {
  it('registers a patient masked; a bad ID is a 422 on idNumber, the same ID a 409', async () => {
    const b = {
      nodeId: env.nodes.community11.id,
      name: '王建国',
      idNumber: ID,
      category: 'schizophrenia',
      riskLevel: 3,
      huji: false,
      registeredOn: day(-40),
      gridWorkerId: grid.userId,
    };
    const bad = await community.post('/api/psych/patients', { ...b, idNumber: '440304198005061234' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('idNumber');
    expect((await community.post('/api/psych/patients', { ...b, category: 'sad' })).status).toBe(400);
    expect((await community.post('/api/psych/patients', { ...b, riskLevel: 6 })).status).toBe(400);
    const r = await community.post('/api/psych/patients', b);
    expect(r.status, r.raw).toBe(200);
    patientId = r.body.id;
    expect((await community.post('/api/psych/patients', b)).status).toBe(409);
    const [p] = (await street.get('/api/psych/patients')).body.items;
    expect(p).toMatchObject({ name: '王*国', riskLevel: 3, overdue: true, nextDue: day(-10) });
    expect(p.idNumber).toBe(`440304********${ID.slice(-4)}`);
  });

  it('the daily sweep tells the responsible grid worker of the overdue follow-up, once', async () => {
    expect((await env.services.psych.notifyFollowups()).sent).toBe(1);
    expect((await env.services.psych.notifyFollowups()).sent).toBe(0);
    const inbox = (await grid.get('/api/notify/inbox?limit=50')).body as { kind: string; title: string }[];
    const n = inbox.find((x) => x.kind === 'psych.followup_overdue');
    expect(n?.title).toContain('王*国');
    expect(n?.title).not.toContain('王建国');
    expect(
      ((await grid2.get('/api/notify/inbox?limit=50')).body as { kind: string }[]).map((x) => x.kind),
    ).not.toContain('psych.followup_overdue');
  });

  it('only the responsible grid worker and officers over the node see the patient', async () => {
    expect((await grid.get('/api/psych/patients')).body.items).toHaveLength(1);
    expect((await grid2.get('/api/psych/patients')).body.items).toEqual([]);
    expect((await grid2.get(`/api/psych/patients/${patientId}`)).status).toBe(404);
    expect((await other.get(`/api/psych/patients/${patientId}`)).status).toBe(404);
    expect((await resident.get(`/api/psych/patients/${patientId}`)).status).toBe(403);
  });

  it('a reveal gives name and ID in full, with the reason in the audit log', async () => {
    const r = await grid.post(`/api/psych/patients/${patientId}/reveal`, { reason: '上门随访核对身份' });
    expect(r.body).toEqual({ name: '王建国', idNumber: ID });
    expect((await grid2.post(`/api/psych/patients/${patientId}/reveal`, { reason: 'x' })).status).toBe(404);
    const audit = await env.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('object_id', '=', patientId)
      .execute();
    expect(audit.find((a) => a.action === 'psych.patient.reveal')?.detail).toMatchObject({
      reason: '上门随访核对身份',
    });
  });

  it('the grid worker logs a late follow-up; the next one is due a month on, not overdue', async () => {
    expect(
      (
        await grid.post(`/api/psych/patients/${patientId}/followups`, {
          visitedOn: day(1),
          way: 'home',
          condition: 'stable',
          riskLevel: 3,
        })
      ).status,
    ).toBe(422);
    const r = await grid.post(`/api/psych/patients/${patientId}/followups`, {
      visitedOn: day(0),
      way: 'home',
      condition: 'stable',
      riskLevel: 2,
    });
    expect(r.status, r.raw).toBe(200);
    const d = (await grid.get(`/api/psych/patients/${patientId}`)).body;
    expect(d.followups[0]).toMatchObject({ onTime: false, riskLevel: 2 });
    expect(d).toMatchObject({
      riskLevel: 2,
      overdue: false,
      nextDue: shanghaiDay(new Date(Date.now() + 90 * 86_400_000)),
    });
    expect(d.can).toMatchObject({ followup: true, reveal: true, apply: true, register: false });
  });

  it('exports the register masked; imports with per-row errors and a dry run', async () => {
    const x = await community.get('/api/psych/patients/export');
    const rows = await sheetRows(x.rawPayload);
    expect(JSON.stringify(rows)).not.toContain('王建国');
    expect(JSON.stringify(rows)).toContain('王*国');
    const id2 = makeNationalId('440304', '1975-02-03', 21);
    const csv = (lines: string[]) =>
      Buffer.from(['社区,姓名,身份证号,诊断类别,风险等级,户籍,建档日期', ...lines].join('\n'), 'utf8');
    const bad = await community.upload(
      `/api/psych/patients/import?nodeId=${env.nodes.community11.id}&dryRun=1`,
      csv([`福山社区,李四,${id2},抑郁,7,是,${day(-5)}`]),
      'p.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.field).sort()).toEqual(['row2.category', 'row2.riskLevel']);
    const good = csv([
      `福山社区,李四,${id2},双相情感障碍,1,是,${day(-5)}`,
      `福山社区,王建国,${ID},精神分裂症,2,否,${day(-40)}`,
    ]);
    const dry = await community.upload(
      `/api/psych/patients/import?nodeId=${env.nodes.community11.id}&dryRun=1`,
      good,
      'p.csv',
      'text/csv',
    );
    expect(dry.body).toMatchObject({ dryRun: true, added: 1, skipped: 1 });
    const done = await community.upload(
      `/api/psych/patients/import?nodeId=${env.nodes.community11.id}`,
      good,
      'p.csv',
      'text/csv',
    );
    expect(done.body).toMatchObject({ dryRun: false, added: 1, skipped: 1 });
    expect((await community.get('/api/psych/patients')).body.items).toHaveLength(2);
  });

  it('a patient with no grid worker: the community officer is told to arrange the follow-up, no one else', async () => {
    const r = await community.post('/api/psych/patients', {
      nodeId: env.nodes.grid111.id,
      name: '赵光明',
      idNumber: makeNationalId('440304', '1975-03-02', 23),
      category: 'bipolar',
      riskLevel: 2,
      huji: true,
      registeredOn: day(-100),
    });
    expect(r.status, r.raw).toBe(200);
    const officer12 = await env.as('community_officer', 'community12');
    expect((await env.services.psych.notifyFollowups()).sent).toBeGreaterThanOrEqual(1);
    expect((await env.services.psych.notifyFollowups()).sent).toBe(0);
    const kinds = async (c: Client) =>
      ((await c.get('/api/notify/inbox?limit=50')).body as { kind: string; title: string }[]).filter(
        (x) => x.kind === 'psych.followup_overdue' && x.title.includes('赵*明'),
      );
    const told = await kinds(community);
    expect(told).toHaveLength(1);
    expect(told[0].title).toContain('未分配网格员');
    expect(told[0].title).not.toContain('赵光明');
    for (const c of [grid, grid2, resident, officer12]) expect(await kinds(c)).toEqual([]);
  });
});

describe('服药补贴: non-户籍 patients apply too; community check, street approval, monthly payments', () => {
  let sid: string;
  const move = async (c: Client, action: string, reason = '') => {
    const s = (await c.get('/api/psych/subsidies')).body.items.find((x: any) => x.id === sid);
    return c.post(`/api/psych/subsidies/${sid}/moves`, { action, version: s.version, reason });
  };
  it('the grid worker applies for a non-户籍 patient; a second live application is a 409', async () => {
    const r = await grid.post(`/api/psych/patients/${patientId}/subsidies`, { monthlyFen: 20000 });
    expect(r.status, r.raw).toBe(200);
    sid = r.body.id;
    expect(
      (await grid.post(`/api/psych/patients/${patientId}/subsidies`, { monthlyFen: 20000 })).status,
    ).toBe(409);
  });
  it('the street cannot approve before the community checks; a rejection needs a reason', async () => {
    expect((await move(street, 'approve')).status).toBe(409);
    expect((await move(community, 'reject')).status).toBe(422);
    const items = (await community.get('/api/psych/subsidies')).body.items;
    expect(items[0]).toMatchObject({ state: 'applied', huji: false, actions: ['check', 'reject'] });
    expect((await move(community, 'check')).body.state).toBe('checked');
    expect((await move(street, 'approve')).body.state).toBe('approved');
    const told = await env.db
      .selectFrom('notify_notifications')
      .select('user_id')
      .where('kind', '=', 'psych.subsidy_approved')
      .execute();
    expect(told.map((n) => n.user_id).sort()).toEqual([community.userId, grid.userId].sort());
  });
  it('the street records a month once', async () => {
    const m = day(0).slice(0, 7);
    expect((await street.post(`/api/psych/subsidies/${sid}/payments`, { month: m })).status).toBe(200);
    expect((await street.post(`/api/psych/subsidies/${sid}/payments`, { month: m })).status).toBe(409);
    expect((await street.post(`/api/psych/subsidies/${sid}/payments`, { month: '2099-01' })).status).toBe(
      422,
    );
    expect((await community.post(`/api/psych/subsidies/${sid}/payments`, { month: m })).status).toBe(403);
    const x = await street.get('/api/psych/subsidies/export');
    expect(JSON.stringify(await sheetRows(x.rawPayload))).toContain(m);
  });
});

describe('the home page and the dashboard', () => {
  it('shows the street its figures and the officers their to-dos', async () => {
    const stats = (await org.get(`/api/home/stats?nodeId=${env.nodes.district.id}`)).body;
    const f = (k: string) => JSON.stringify(stats).includes(`"psych.${k}"`);
    expect(f('free_hours') && f('screened') && f('patients') && f('subsidies_granted')).toBe(true);
  });
});

describe('one authorisation case per role and route', () => {
  const x = '00000000-0000-7000-8000-000000000000';
  const OFF = ['org', 'street', 'community'];
  const ROUTES: [string, string, object | undefined, string[]][] = [
    ['GET', '/api/psych/points', undefined, [...OFF, 'resident']],
    ['POST', '/api/psych/points', { nodeId: x, kind: 'station', name: 'x' }, OFF],
    ['GET', '/api/psych/points/export', undefined, OFF],
    ['PUT', `/api/psych/points/${x}`, { version: 1, kind: 'station', name: 'x' }, OFF],
    ['POST', `/api/psych/points/import?nodeId=${x}`, undefined, OFF],
    ['GET', `/api/psych/slots?counsellorId=${x}&date=2026-01-01`, undefined, [...OFF, 'resident']],
    [
      'POST',
      '/api/psych/bookings',
      { counsellorId: x, startsAt: '2026-01-01T10:00:00+08:00', topic: 'other' },
      ['resident'],
    ],
    ['GET', '/api/psych/bookings/mine', undefined, ['resident']],
    ['POST', `/api/psych/bookings/${x}/cancel`, { version: 1 }, ['resident']],
    ['GET', '/api/psych/sessions', undefined, ['community', 'counsellor']],
    [
      'POST',
      `/api/psych/bookings/${x}/session`,
      { version: 1, outcome: 'no_show' },
      ['community', 'counsellor'],
    ],
    ['GET', `/api/psych/bookings/${x}/notes`, undefined, ['community', 'counsellor']],
    ['GET', '/api/psych/hotline', undefined, OFF],
    ['PUT', '/api/psych/hotline', { nodeId: x, month: '2026-01', calls: 1, visits: 0, youth: 0 }, OFF],
    ['GET', '/api/psych/screenings', undefined, OFF],
    [
      'POST',
      '/api/psych/screenings',
      { nodeId: x, population: 'police', title: 'x', heldOn: '2026-01-01', screened: 1, flagged: 0 },
      OFF,
    ],
    ['GET', '/api/psych/patients', undefined, [...OFF, 'grid']],
    [
      'POST',
      '/api/psych/patients',
      {
        nodeId: x,
        name: 'x',
        idNumber: ID,
        category: 'bipolar',
        riskLevel: 1,
        huji: true,
        registeredOn: '2026-01-01',
      },
      OFF,
    ],
    ['GET', '/api/psych/patients/export', undefined, OFF],
    ['POST', `/api/psych/patients/import?nodeId=${x}`, undefined, OFF],
    ['GET', `/api/psych/patients/${x}`, undefined, [...OFF, 'grid']],
    ['PUT', `/api/psych/patients/${x}`, { version: 1, riskLevel: 1, gridWorkerId: null }, OFF],
    ['POST', `/api/psych/patients/${x}/reveal`, { reason: 'x' }, [...OFF, 'grid']],
    [
      'POST',
      `/api/psych/patients/${x}/followups`,
      { visitedOn: '2026-01-01', way: 'phone', condition: 'stable', riskLevel: 1 },
      ['community', 'grid'],
    ],
    ['POST', `/api/psych/patients/${x}/subsidies`, { monthlyFen: 100 }, ['community', 'grid']],
    ['GET', '/api/psych/subsidies', undefined, [...OFF, 'grid']],
    ['GET', '/api/psych/subsidies/export', undefined, OFF],
    ['POST', `/api/psych/subsidies/${x}/moves`, { version: 1, action: 'check' }, ['street', 'community']],
    ['POST', `/api/psych/subsidies/${x}/payments`, { month: '2026-01' }, ['street']],
  ];
  const ROLES = ['org', 'street', 'community', 'counsellor', 'cadre', 'resident', 'grid'];
  const clients = () =>
    ({ org, street, community, counsellor, cadre, resident, grid }) as Record<string, Client>;
  it.each(
    ROUTES.flatMap(([m, u, b, allowed]) =>
      ROLES.map((role) => [role, m, u, b, allowed.includes(role)] as const),
    ),
  )('%s %s %s', async (role, method, u, body, allowed) => {
    const r = await clients()[role].request(method, u, body);
    if (allowed) expect(r.status, r.raw).not.toBe(403);
    else expect(r.status).toBe(403);
  });
  it('an anonymous caller is refused', async () => {
    expect((await env.anon().get('/api/psych/patients')).status).toBe(401);
  });
});
