/**
 * 未成年人保护与帮教 through HTTP (seed 003 智慧未检帮教云服务): a community officer registers a referred
 * young person (ID number encrypted, masked everywhere), puts social workers on the roster, matches
 * one by skills, assigns; only that worker and the officers over the node see the case; the worker
 * logs sessions from a phone (Idempotency-Key) and evaluations; the officer closes with an outcome
 * and 转处分流 and prints the numbered report; libraries in from Excel; one case per role and route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNationalId } from '../../platform/pii/national-id.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';

let env: TestEnv;
let org: Client; // org_officer on the district
let street: Client; // street_officer on 福田街道
let community: Client; // community_officer on 福山社区
let otherCommunity: Client; // community_officer on 竹林社区 (another street)
let social: Client; // social_org of a 社工机构, to be assigned
let social2: Client; // another social worker, not assigned
let cadre: Client;
let dept: Client;
let resident: Client;
let gridWorker: Client;
let other: Client; // org_officer of another district
let id: string;
let workerId: string;
const day = (offset: number) => shanghaiDay(new Date(Date.now() + offset * 86_400_000));
const year = Number(day(0).slice(0, 4));
const birth = `${year - 16}-03-15`;
const idNumber = makeNationalId('440304', birth, 123);
const url = (rest = '') => `/api/juvenile/cases/${id}${rest}`;
const version = async () => (await community.get(url())).body.version;

beforeAll(async () => {
  env = await createTestEnv();
  org = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  community = await env.as('community_officer', 'community11');
  otherCommunity = await env.as('community_officer', 'community21');
  social = await env.as('social_org', 'community11', { username: 'shegong_li' });
  social2 = await env.as('social_org', 'community11', { username: 'shegong_wang' });
  cadre = await env.as('cadre', 'community11');
  dept = await env.as('dept_officer', 'dept');
  resident = await env.as('resident', 'community11');
  gridWorker = await env.as('grid_worker', 'grid111');
  other = await env.as('org_officer', 'district2');
});
afterAll(() => env.close());

describe('registering a referred young person', () => {
  const body = () => ({
    nodeId: env.nodes.community11.id,
    name: '陈小明',
    idNumber,
    source: 'procuratorate',
    referredOn: day(-40),
    summary: '附条件不起诉，检察院转介社会观护',
    problems: ['P03', 'P04'],
  });

  it('bad input is a 400; a bad ID number, an unknown problem or a future date a 422 on the field', async () => {
    for (const bad of [
      { name: 'a\u0000b' },
      { name: '\ud800明' },
      { source: 'army' },
      { problems: 'P01' },
      { referredOn: '2026-13-01' },
    ]) {
      const r = await community.post('/api/juvenile/cases', { ...body(), ...bad });
      expect(r.status, JSON.stringify(bad)).toBe(400);
    }
    for (const [bad, field] of [
      [{ idNumber: idNumber.slice(0, 17) + (idNumber[17] === '1' ? '2' : '1') }, 'idNumber'],
      [{ idNumber: makeNationalId('440304', '1980-01-01', 1) }, 'idNumber'],
      [{ problems: ['P99'] }, 'problems'],
      [{ referredOn: day(2) }, 'referredOn'],
    ] as const) {
      const r = await community.post('/api/juvenile/cases', { ...body(), ...bad });
      expect(r.status, JSON.stringify(bad)).toBe(422);
      expect(r.body.errors[0].field).toBe(field);
    }
  });

  it('registers once per Idempotency-Key; masked in lists; others outside see 404', async () => {
    const h = { 'idempotency-key': 'juv-register-0001' };
    const a = await community.post('/api/juvenile/cases', body(), h);
    expect(a.status, a.raw).toBe(200);
    expect((await community.post('/api/juvenile/cases', body(), h)).body.id).toBe(a.body.id);
    id = a.body.id;
    const list = (await street.get('/api/juvenile/cases')).body;
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      name: '陈*明',
      state: 'open',
      gender: 'M',
      birthDate: `${year - 16}-**-**`,
    });
    expect(list.items[0].idNumber).not.toContain(birth.replaceAll('-', ''));
    expect(JSON.stringify(list)).not.toContain('陈小明');
    for (const c of [otherCommunity, other, social, social2]) expect((await c.get(url())).status).toBe(404);
    expect((await social.get('/api/juvenile/cases')).body.items).toEqual([]);
    const stored = await env.db
      .selectFrom('juvenile_cases')
      .select(['name_enc', 'id_mask'])
      .executeTakeFirstOrThrow();
    expect(stored.name_enc.toString('utf8')).not.toContain('陈小明');
    const todo = (await community.get('/api/home/todos')).body.find(
      (x: any) => x.key === 'juvenile.unassigned',
    );
    expect(todo).toMatchObject({ count: 1 });
  });
});

describe('社工匹配 and assignment', () => {
  it('the roster takes social_org and community accounts of the district only', async () => {
    const add = (b: object) =>
      community.post('/api/juvenile/workers', {
        nodeId: env.nodes.community11.id,
        agency: '福田区启航社工服务中心',
        capacity: 3,
        skills: [],
        ...b,
      });
    const li = await add({ username: 'shegong_li', name: '李社工', skills: ['P03', 'P04', 'P05'] });
    expect(li.status, li.raw).toBe(200);
    workerId = li.body.id;
    expect(
      (await add({ username: 'shegong_wang', name: '王社工', skills: ['P01'], capacity: 10 })).status,
    ).toBe(200);
    expect((await add({ username: 'shegong_li', name: '李社工' })).body.errors[0].field).toBe('username');
    const r = await add({ username: (await env.as('resident', 'community11')).username, name: '居民' });
    expect(r.status).toBe(422);
    expect(r.body.errors[0].field).toBe('username');
    expect((await add({ username: 'nobody_here', name: 'x', skills: ['P77'] })).status).toBe(422);
  });

  it('suggests the worker with the most skills first; assigns; the worker is told and now sees the case', async () => {
    const m = await community.get(url('/matches'));
    expect(m.status, m.raw).toBe(200);
    expect(m.body.items.map((x: any) => x.name)).toEqual(['李社工', '王社工']);
    expect(m.body.items[0]).toMatchObject({ overlap: ['P03', 'P04'], free: 3 });
    expect((await social.get(url('/matches'))).status).toBe(403);
    const bad = await community.post(url('/assign'), { version: await version(), workerId, plan: ['T99'] });
    expect(bad.status).toBe(422);
    const a = await community.post(url('/assign'), {
      version: await version(),
      workerId,
      plan: ['T02', 'T04'],
    });
    expect(a.status, a.raw).toBe(200);
    expect(a.body).toMatchObject({ state: 'helping', workerName: '李社工', plan: ['T02', 'T04'] });
    expect((await community.post(url('/assign'), { version: 1, workerId, plan: [] })).status).toBe(409);
    const seen = await social.get(url());
    expect(seen.status).toBe(200);
    expect(seen.body.can).toEqual({ manage: false, help: true, reveal: true });
    expect((await social2.get(url())).status).toBe(404);
    const told = await env.db
      .selectFrom('notify_notifications')
      .select('kind')
      .where('kind', '=', 'juvenile.assigned')
      .execute();
    expect(told).toHaveLength(1);
  });
});

describe('the worker’s sessions and evaluations, reveal, closing and the report', () => {
  it('a session from a phone counts once per Idempotency-Key; dates are checked', async () => {
    const s = { heldOn: day(-1), technique: 'T02', minutes: 60, note: '讨论交友边界，布置行为作业' };
    const h = { 'idempotency-key': 'juv-session-0001' };
    const a = await social.post(url('/sessions'), s, h);
    expect(a.status, a.raw).toBe(200);
    expect((await social.post(url('/sessions'), s, h)).body.id).toBe(a.body.id);
    expect((await social.post(url('/sessions'), { ...s, heldOn: day(-100) })).body.errors[0].field).toBe(
      'heldOn',
    );
    expect((await social.post(url('/sessions'), { ...s, technique: 'T77' })).status).toBe(422);
    expect((await social2.post(url('/sessions'), s)).status).toBe(404);
    expect((await community.post(url('/sessions'), s)).status).toBe(404);
    const e = await social.post(url('/evaluations'), { instrument: 'E01', score: 72, evaluatedOn: day(0) });
    expect(e.status, e.raw).toBe(200);
    expect(
      (await social.post(url('/evaluations'), { instrument: 'E01', score: 101, evaluatedOn: day(0) })).status,
    ).toBe(400);
    const v = (await social.get(url())).body;
    expect(v.sessionList).toHaveLength(1);
    expect(v.sessionDue).toBe(shanghaiDay(new Date(Date.parse(day(-1)) + 14 * 86_400_000)));
    expect(v.evaluations[0]).toMatchObject({ instrument: 'E01', score: 72 });
  });

  it('the full name and ID number only by reveal, audited; not for an officer elsewhere', async () => {
    const r = await social.post(url('/reveal'), { reason: '联系学校办理复学' });
    expect(r.status, r.raw).toBe(200);
    expect(r.body).toEqual({ name: '陈小明', idNumber });
    expect((await otherCommunity.post(url('/reveal'), { reason: 'x' })).status).toBe(404);
    expect((await social2.post(url('/reveal'), { reason: 'x' })).status).toBe(404);
    const audit = await env.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'juvenile.case.reveal')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('closes with an outcome and 转处分流; the report is numbered; no more sessions', async () => {
    expect((await community.get(url('/report'))).status).toBe(409);
    expect(
      (
        await social.post(url('/close'), {
          version: await version(),
          outcome: 'school',
          diverted: true,
          closedOn: day(0),
        })
      ).status,
    ).toBe(403);
    const c = await community.post(url('/close'), {
      version: await version(),
      outcome: 'school',
      diverted: true,
      closedOn: day(0),
      note: '已复学，观护期满',
    });
    expect(c.status, c.raw).toBe(200);
    expect(c.body).toMatchObject({ state: 'closed', outcome: 'school', reportNo: `未检帮教〔${year}〕1号` });
    const rep = await street.get(url('/report'));
    expect(rep.status, rep.raw).toBe(200);
    expect(rep.body).toMatchObject({
      name: '陈*明',
      sessions: 1,
      minutes: 60,
      workerName: '李社工',
      diverted: true,
    });
    expect(
      (await social.post(url('/sessions'), { heldOn: day(0), technique: 'T02', minutes: 30 })).status,
    ).toBe(409);
    const f = (await org.get(`/api/juvenile/figures?year=${year}`)).body;
    expect(f).toMatchObject({ closed: 1, divertedPct: 100, schoolPct: 100, workPct: 0, sessionsPerCase: 1 });
  });

  it('exports the register masked', async () => {
    const r = await street.get('/api/juvenile/cases/export');
    expect(r.status).toBe(200);
    const sheet = await sheetRows(r.rawPayload);
    expect(sheet.name).toBe('帮教对象台账');
    expect(JSON.stringify(sheet)).not.toContain('陈小明');
    expect(JSON.stringify(sheet)).toContain('陈*明');
  });
});

describe('sites, activities and the libraries', () => {
  it('a base on the tree, an activity at it counted once, figures of the year', async () => {
    const s = await community.post('/api/juvenile/sites', {
      nodeId: env.nodes.community11.id,
      kind: 'base',
      name: '福山青少年法治教育实践基地',
    });
    expect(s.status, s.raw).toBe(200);
    const b = { siteId: s.body.id, heldOn: day(-3), title: '模拟法庭', attendance: 45 };
    const h = { 'idempotency-key': 'juv-activity-0001' };
    expect((await community.post('/api/juvenile/activities', b, h)).status).toBe(200);
    expect((await community.post('/api/juvenile/activities', b, h)).status).toBe(200);
    expect((await otherCommunity.post('/api/juvenile/activities', b)).status).toBe(404);
    expect((await street.get('/api/juvenile/sites')).body.items[0]).toMatchObject({
      activities: 1,
      attendance: 45,
    });
    expect((await org.get('/api/juvenile/figures')).body).toMatchObject({ activities: 1, attendance: 45 });
  });

  it('imports the libraries: dry run, per-row errors, the same file twice changes nothing', async () => {
    const csv = (rows: string[][]) =>
      Buffer.from(['库,编码,名称,指引', ...rows.map((r) => r.join(','))].join('\r\n'), 'utf8');
    const u = (dry: boolean, node = env.nodes.district.id) =>
      `/api/juvenile/library/import?nodeId=${node}&dryRun=${dry ? 1 : 0}`;
    const good = csv([
      ['问题库', 'P08', '校园欺凌', ''],
      ['矫治技术库', 'T07', '同伴支持小组', '每两周一次'],
    ]);
    const dry = await org.upload(u(true), good, 'l.csv', 'text/csv');
    expect(dry.body).toMatchObject({ dryRun: true, added: 2 });
    const bad = await org.upload(
      u(false),
      csv([
        ['心理库', 'X', 'x', ''],
        ['问题库', '', 'x', ''],
      ]),
      'l.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.field)).toEqual(['row2.kind', 'row3.code']);
    expect((await street.upload(u(false), good, 'l.csv', 'text/csv')).status).toBe(403);
    expect((await other.upload(u(false), good, 'l.csv', 'text/csv')).status).toBe(404);
    expect((await org.upload(u(false), good, 'l.csv', 'text/csv')).body.added).toBe(2);
    expect((await org.upload(u(false), good, 'l.csv', 'text/csv')).body).toMatchObject({
      added: 0,
      skipped: 2,
    });
    const lib = (await social.get('/api/juvenile/library')).body;
    expect(lib).toMatchObject({ defaults: false, can: { manage: false } });
    expect(lib.entries.map((e: any) => e.code)).toContain('P08');
    expect(lib.entries.map((e: any) => e.code)).toContain('P01');
    const x = await org.get('/api/juvenile/library/export');
    const sheet = await sheetRows(x.rawPayload);
    expect(sheet.header).toEqual(['库', '编码', '名称', '指引']);
    expect(sheet.body).toHaveLength(lib.entries.length);
    expect(sheet.body).toContainEqual(['矫治技术库', 'T07', '同伴支持小组', '每两周一次']);
  });
});

describe('one authorisation case per role and route', () => {
  const x = '00000000-0000-7000-8000-000000000000';
  const all = ['org', 'street', 'community', 'social'];
  const officers = ['org', 'street', 'community'];
  const ROUTES: [string, string, object | undefined, string[]][] = [
    ['GET', '/api/juvenile/cases', undefined, all],
    ['GET', '/api/juvenile/cases/export', undefined, officers],
    [
      'POST',
      '/api/juvenile/cases',
      { nodeId: x, name: 'x', idNumber, source: 'court', referredOn: '2026-01-01', problems: [] },
      officers,
    ],
    ['GET', `/api/juvenile/cases/${x}`, undefined, all],
    ['POST', `/api/juvenile/cases/${x}/reveal`, { reason: 'x' }, all],
    ['GET', `/api/juvenile/cases/${x}/matches`, undefined, officers],
    ['POST', `/api/juvenile/cases/${x}/assign`, { version: 1, workerId: x, plan: [] }, officers],
    ['PUT', `/api/juvenile/cases/${x}/plan`, { version: 1, problems: [], plan: [] }, all],
    [
      'POST',
      `/api/juvenile/cases/${x}/sessions`,
      { heldOn: '2026-01-01', technique: 'T01', minutes: 30 },
      ['community', 'social'],
    ],
    [
      'POST',
      `/api/juvenile/cases/${x}/evaluations`,
      { instrument: 'E01', score: 1, evaluatedOn: '2026-01-01' },
      ['community', 'social'],
    ],
    [
      'POST',
      `/api/juvenile/cases/${x}/close`,
      { version: 1, outcome: 'work', diverted: false, closedOn: '2026-01-01' },
      officers,
    ],
    ['GET', `/api/juvenile/cases/${x}/report`, undefined, all],
    ['GET', '/api/juvenile/sites', undefined, all],
    ['POST', '/api/juvenile/sites', { nodeId: x, kind: 'point', name: 'x' }, officers],
    ['GET', '/api/juvenile/workers', undefined, officers],
    [
      'POST',
      '/api/juvenile/workers',
      { nodeId: x, username: 'x', name: 'x', skills: [], capacity: 1 },
      officers,
    ],
    ['PUT', `/api/juvenile/workers/${x}`, { version: 1, skills: [], capacity: 1, active: true }, officers],
    ['GET', '/api/juvenile/library', undefined, all],
    ['GET', '/api/juvenile/library/export', undefined, all],
    ['POST', `/api/juvenile/library/import?nodeId=${x}`, undefined, ['org']],
    ['GET', '/api/juvenile/activities', undefined, all],
    [
      'POST',
      '/api/juvenile/activities',
      { siteId: x, heldOn: '2026-01-01', title: 'x', attendance: 1 },
      officers,
    ],
    ['GET', '/api/juvenile/figures', undefined, officers],
  ];
  const clients = () =>
    ({ org, street, community, social, cadre, dept, resident, grid: gridWorker }) as Record<string, Client>;
  it.each(
    ROUTES.flatMap(([m, u, b, allowed]) =>
      ['org', 'street', 'community', 'social', 'cadre', 'dept', 'resident', 'grid'].map(
        (role) => [role, m, u, b, allowed.includes(role)] as const,
      ),
    ),
  )('%s %s %s', async (role, method, u, body, allowed) => {
    const r = await clients()[role].request(method, u, body);
    if (allowed) expect(r.status, r.raw).not.toBe(403);
    else expect(r.status).toBe(403);
  });
  it('an anonymous caller is refused', async () => {
    expect((await env.anon().get('/api/juvenile/cases')).status).toBe(401);
  });
});
