/**
 * 契约化党建 and the monthly 圆桌会 through HTTP (seed 001 鄞州): a community drafts a numbered contract
 * with 住建局, the unit signs it and adds resources, the community holds round tables (a unit absent
 * three times in a row is flagged), a resolution becomes the unit's project and tells it, the project
 * is done, the evaluation grades the year; overdue projects tell the community; resources in from
 * Excel, contracts and projects out; one authorisation case per role and route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';
import { shanghaiDay } from '../../platform/time.ts';

let env: TestEnv;
let zzb: Client; // org_officer on the district
let street: Client; // street_officer on 福田街道
let street2: Client; // street_officer on 香蜜湖街道 (another subtree)
let community: Client; // community_officer on 福山社区
let bumen: Client; // dept_officer on 区住房和建设局: the unit
let cadre: Client; // cadre of 区住房和建设局
let resident: Client;
let gridWorker: Client;
let other: Client; // org_officer of another district
let id: string;
const day = (offset: number) => shanghaiDay(new Date(Date.now() + offset * 86_400_000));
const now = day(0);
const month = now.slice(0, 7);
const year = Number(now.slice(0, 4));
/** The month n months before this one. */
const monthBack = (n: number) => {
  const d = new Date(Date.UTC(year, Number(month.slice(5)) - 1 - n, 1));
  return d.toISOString().slice(0, 7);
};
const url = (rest = '') => `/api/compacts/contracts/${id}${rest}`;

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  street2 = await env.as('street_officer', 'street2');
  community = await env.as('community_officer', 'community11');
  bumen = await env.as('dept_officer', 'dept');
  cadre = await env.as('cadre', 'dept');
  resident = await env.as('resident', 'community11');
  gridWorker = await env.as('grid_worker', 'grid111');
  other = await env.as('org_officer', 'district2');
});
afterAll(() => env.close());

const body = () => ({
  nodeId: env.nodes.community11.id,
  unitId: env.nodes.dept.id,
  title: '福山社区与区住房和建设局党建共建契约',
  startsOn: `${monthBack(4)}-01`,
  endsOn: day(240),
  communitySigner: '李书记',
  resources: [{ content: '工程技术人员 5 名' }],
  needs: [{ content: '老旧小区加装电梯技术指导' }],
  projects: [{ content: '楼道照明改造', owner: '王工', dueOn: day(60) }],
});

describe('drafting and signing a 共建契约', () => {
  it('bad input is a 400 with field messages; parties of the wrong level are 422', async () => {
    for (const bad of [
      { title: 'a\u0000b' },
      { title: '\ud800契约' },
      { title: '很'.repeat(121) },
      { startsOn: '2026-13-01' },
      { projects: [{ content: 'x', owner: 'y', dueOn: 1e308 }] },
    ]) {
      const r = await community.post('/api/compacts/contracts', { ...body(), ...bad });
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.body.errors.length).toBeGreaterThan(0);
    }
    const notUnit = await zzb.post('/api/compacts/contracts', { ...body(), unitId: env.nodes.street2.id });
    expect([notUnit.status, notUnit.body.errors[0].field]).toEqual([422, 'unitId']);
    const notCommunity = await zzb.post('/api/compacts/contracts', { ...body(), nodeId: env.nodes.dept.id });
    expect([notCommunity.status, notCommunity.body.errors[0].field]).toEqual([422, 'nodeId']);
    const order = await community.post('/api/compacts/contracts', { ...body(), endsOn: '2000-01-01' });
    expect([order.status, order.body.errors[0].field]).toEqual([422, 'endsOn']);
    const units = (await community.get('/api/compacts/units')).body.items;
    expect(units).toEqual([{ id: env.nodes.dept.id, name: '区住房和建设局' }]);
    expect((await other.get('/api/compacts/units')).body.items).toEqual([]);
    const foreign = await community.post('/api/compacts/contracts', {
      ...body(),
      nodeId: env.nodes.community21.id,
    });
    expect(foreign.status).toBe(404);
  });

  it('the community drafts it once per Idempotency-Key, numbered; both sides see it, others 404', async () => {
    const h = { 'idempotency-key': 'compact-draft-0001' };
    const a = await community.post('/api/compacts/contracts', body(), h);
    expect(a.status, a.raw).toBe(200);
    expect((await community.post('/api/compacts/contracts', body(), h)).body.id).toBe(a.body.id);
    id = a.body.id;
    const c = (await bumen.get(url())).body;
    expect(c).toMatchObject({
      number: `共建契约〔${body().startsOn.slice(0, 4)}〕1号`,
      state: 'draft',
      inForce: false,
      nodeName: '福山社区',
      unitName: '区住房和建设局',
      resources: 1,
      needs: 1,
      projects: 1,
      can: { sign: true, addItem: false, addResource: true, progress: false },
    });
    expect((await community.get(url())).body.can).toMatchObject({ sign: false, addItem: true });
    expect((await street2.get(url())).status).toBe(404);
    expect((await other.get(url())).status).toBe(404);
    expect((await street2.get('/api/compacts/contracts')).body.items).toEqual([]);
    expect((await street.get('/api/compacts/contracts')).body.items).toHaveLength(1);
  });

  it('the unit sees it to confirm on its home page and signs it; once only; stale versions 409', async () => {
    const todo = (await bumen.get('/api/home/todos')).body.find((x: any) => x.key === 'compacts.to_sign');
    expect(todo).toMatchObject({ count: 1, href: '/compacts' });
    const v = (await bumen.get(url())).body.version;
    expect((await community.post(url('/sign'), { version: v, signer: '张局长' })).status).toBe(403);
    expect((await bumen.post(url('/sign'), { version: v + 1, signer: '张局长' })).status).toBe(409);
    const s = await bumen.post(url('/sign'), { version: v, signer: '张局长' });
    expect(s.status, s.raw).toBe(200);
    expect((await bumen.get(url())).body).toMatchObject({
      state: 'signed',
      inForce: true,
      unitSigner: '张局长',
      signedOn: now,
      can: { sign: false, progress: true },
    });
    const again = await cadre.post(url('/sign'), { version: v + 1, signer: '张局长' });
    expect([again.status, again.body.title]).toEqual([409, '契约已签订']);
    expect((await bumen.get('/api/home/todos')).body.map((x: any) => x.key)).not.toContain(
      'compacts.to_sign',
    );
  });

  it('the unit adds resources only; the community adds projects with an owner and due day', async () => {
    expect((await bumen.post(url('/items'), { kind: 'resource', content: '党员志愿者 20 名' })).status).toBe(
      200,
    );
    expect((await bumen.post(url('/items'), { kind: 'need', content: 'x' })).status).toBe(403);
    const noDue = await community.post(url('/items'), { kind: 'project', content: '共建书屋', owner: '李' });
    expect([noDue.status, noDue.body.errors[0].field]).toEqual([422, 'dueOn']);
    const p = await community.post(url('/items'), {
      kind: 'project',
      content: '共建书屋',
      owner: '李',
      dueOn: day(-1),
    });
    expect(p.status).toBe(200);
    const c = (await community.get(url())).body;
    expect(c).toMatchObject({ resources: 2, projects: 2, projectsOverdue: 1 });
    expect(c.items.find((i: any) => i.content === '共建书屋')).toMatchObject({
      overdue: true,
      state: 'open',
    });
  });
});

describe('the monthly 圆桌会', () => {
  const hold = async (meetingId: string, present: boolean, extra: object = {}) => {
    const m = (await community.get(`/api/compacts/meetings/${meetingId}`)).body;
    return community.post(`/api/compacts/meetings/${meetingId}/hold`, {
      version: m.version,
      heldOn: m.month === month ? now : `${m.month}-10`,
      attendance: m.parties.map((p: any) => ({ contractId: p.contractId, present })),
      agenda: [],
      resolutions: [],
      ...extra,
    });
  };
  const schedule = (c: Client, m: string, extra: object = {}) =>
    c.post('/api/compacts/meetings', {
      nodeId: env.nodes.community11.id,
      month: m,
      plannedOn: `${m}-10`,
      place: '社区党群服务中心',
      ...extra,
    });

  it("this month's round table is a to-do until held", async () => {
    const list = (await community.get('/api/compacts/meetings')).body;
    expect(list.due).toEqual([
      { nodeId: env.nodes.community11.id, nodeName: '福山社区', month, meetingId: null },
    ]);
    const todo = (await community.get('/api/home/todos')).body.find(
      (x: any) => x.key === 'compacts.round_table',
    );
    expect(todo).toMatchObject({ count: 1 });
  });

  it('a unit absent from three round tables in a row is flagged', async () => {
    for (const n of [3, 2, 1]) {
      const s = await schedule(community, monthBack(n));
      expect(s.status, s.raw).toBe(200);
      expect((await hold(s.body.id, false)).status).toBe(200);
    }
    expect((await schedule(community, monthBack(1))).status).toBe(409);
    const bad = await schedule(community, month, { plannedOn: '2020-01-01' });
    expect([bad.status, bad.body.errors[0].field]).toEqual([422, 'plannedOn']);
    expect((await schedule(bumen, month)).status).toBe(403);
    const c = (await community.get(url())).body;
    expect(c).toMatchObject({ missedInARow: 3, flagged: true });
    expect(c.attendance.map((a: any) => a.present)).toEqual([false, false, false]);
  });

  it('held: every party marked, agenda from its needs, a resolution becomes the unit’s project and tells it', async () => {
    const s = await schedule(community, month);
    const m = (await community.get(`/api/compacts/meetings/${s.body.id}`)).body;
    expect(m.parties).toEqual([
      expect.objectContaining({ unitName: '区住房和建设局', flagged: true, present: null }),
    ]);
    expect(m.can.hold).toBe(true);
    expect((await bumen.get(`/api/compacts/meetings/${s.body.id}`)).status).toBe(404);
    const need = m.candidates.find((x: any) => x.kind === 'need');
    const stranger = await hold(s.body.id, true, {
      resolutions: [{ contractId: s.body.id, content: 'x', owner: 'y', dueOn: day(9) }],
    });
    expect([stranger.status, stranger.body.errors[0].field]).toEqual([422, 'resolutions']);
    const none = await hold(s.body.id, true, { attendance: [] });
    expect([none.status, none.body.errors[0].field]).toEqual([422, 'attendance']);
    const future = await hold(s.body.id, true, { heldOn: `${month}-01` > now ? day(0) : day(40) });
    expect([future.status, future.body.errors[0].field]).toEqual([422, 'heldOn']);
    const ok = await hold(s.body.id, true, {
      agenda: [{ itemId: need.itemId, text: need.content }, { text: '下月共建活动安排' }],
      minutes: '会议商定由住建局派员开展加装电梯技术指导。',
      resolutions: [{ contractId: id, content: '加装电梯技术指导 2 场', owner: '王工', dueOn: day(30) }],
    });
    expect(ok.status, ok.raw).toBe(200);
    expect((await hold(s.body.id, true)).status).toBe(409);
    const held = (await community.get(`/api/compacts/meetings/${s.body.id}`)).body;
    expect(held).toMatchObject({ state: 'held', heldOn: now, present: 1, expected: 1, resolutions: 1 });
    expect(held.resolvedItems[0]).toMatchObject({
      content: '加装电梯技术指导 2 场',
      unitName: '区住房和建设局',
    });
    expect(held.agenda).toHaveLength(2);
    const told = await env.db
      .selectFrom('notify_notifications')
      .select(['kind', 'title'])
      .where('node_id', '=', env.nodes.dept.id)
      .where('kind', '=', 'compacts.resolution')
      .execute();
    expect(told).toHaveLength(1);
    expect(told[0].title).toContain('加装电梯技术指导 2 场');
    const c = (await bumen.get(url())).body;
    expect(c).toMatchObject({ missedInARow: 0, flagged: false, projects: 3 });
    expect(c.items.find((i: any) => i.content === '加装电梯技术指导 2 场').meetingMonth).toBe(month);
    const list = (await community.get('/api/compacts/meetings')).body;
    expect(list.due).toEqual([]);
    expect(list.tally[0]).toMatchObject({ nodeName: '福山社区', held: 4 });
  });

  it('the unit marks a project done; once; not in the future; the evaluation grades the year', async () => {
    const c = (await bumen.get(url())).body;
    const p = c.items.find((i: any) => i.content === '共建书屋');
    expect(
      (await bumen.post(`/api/compacts/items/${p.id}/done`, { version: p.version, doneOn: day(1) })).status,
    ).toBe(422);
    expect(
      (await street2.post(`/api/compacts/items/${p.id}/done`, { version: p.version, doneOn: now })).status,
    ).toBe(404);
    const r = await bumen.post(`/api/compacts/items/${p.id}/done`, { version: p.version, doneOn: now });
    expect(r.status, r.raw).toBe(200);
    expect(
      (await bumen.post(`/api/compacts/items/${p.id}/done`, { version: p.version + 1, doneOn: now })).status,
    ).toBe(409);
    const e = (await bumen.get(url(`?year=${year}`))).body.evaluation;
    // done a day late: 0 of 1 on time; attended 1 of the round tables held this year
    expect(e).toMatchObject({ year, projectsDue: 1, projectsOnTime: 0, onTimePct: 0, grade: 'fail' });
    expect(e.meetingsPresent).toBe(1);
  });
});

describe('overdue projects tell the community once; the dashboard counts', () => {
  it('the daily notice and the to-do', async () => {
    await community.post(url('/items'), {
      kind: 'project',
      content: '社区微改造',
      owner: '李',
      dueOn: day(-3),
    });
    const todo = (await community.get('/api/home/todos')).body.find((x: any) => x.key === 'compacts.overdue');
    expect(todo.entries[0].title).toContain('社区微改造');
    expect((await env.services.compacts.notifyOverdue()).sent).toBe(1);
    expect((await env.services.compacts.notifyOverdue()).sent).toBe(0);
    const told = await env.db
      .selectFrom('notify_notifications')
      .select('kind')
      .where('node_id', '=', env.nodes.community11.id)
      .where('kind', '=', 'compacts.overdue')
      .execute();
    expect(told).toHaveLength(1);
    const n = env.nodes.community11;
    const figs = await env.services.compacts.stats(zzb.ctx, { ...n, level: 'community' }, year);
    const f = (k: string) => figs.find((x) => x.key === `compacts.${k}`)?.value;
    expect(f('in_force')).toBe(1);
    expect(f('held')).toBe(Number(month.slice(5)) >= 4 ? 4 : f('held'));
    expect(f('projects_done')).toBe(1);
  });
});

describe('Excel: resources in, contracts and projects out', () => {
  const csv = (rows: string[][]) =>
    Buffer.from(['资源,联系人', ...rows.map((r) => r.join(','))].join('\r\n'), 'utf8');
  const u = (dry: boolean) => url(`/resources/import?dryRun=${dry ? 1 : 0}`);
  it('imports a resource list: dry run, per-row errors, repeats skipped', async () => {
    const good = csv([
      ['工程技术人员 5 名', ''],
      ['会议室 1 间', '刘'],
    ]);
    const dry = await bumen.upload(u(true), good, 'r.csv', 'text/csv');
    expect(dry.status, dry.raw).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, added: 1, skipped: 1 });
    const bad = await bumen.upload(
      u(false),
      csv([
        ['', '刘'],
        ['=cmd', ''],
        ['会议室 1 间', ''],
        ['会议室 1 间', ''],
      ]),
      'r.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.field)).toEqual([
      'row2.content',
      'row3.content',
      'row5.content',
    ]);
    expect((await street2.upload(u(false), good, 'r.csv', 'text/csv')).status).toBe(404);
    expect((await cadre.upload(u(false), good, 'r.csv', 'text/csv')).status).toBe(403);
    expect((await bumen.upload(u(false), good, 'r.csv', 'text/csv')).body.added).toBe(1);
    expect((await community.get(url())).body.resources).toBe(3);
    const tpl = await bumen.get('/api/compacts/resources/template.xlsx');
    expect((await sheetRows(tpl.rawPayload)).header).toEqual(['资源', '联系人']);
  });

  it('exports contracts and projects', async () => {
    const r = await community.get('/api/compacts/export');
    expect(r.status).toBe(200);
    const contracts = await sheetRows(r.rawPayload, 0);
    expect(contracts.name).toBe('共建契约');
    expect(contracts.body[0].slice(0, 4)).toEqual([
      expect.stringMatching(/^共建契约〔\d{4}〕1号$/),
      '福山社区与区住房和建设局党建共建契约',
      '福山社区',
      '区住房和建设局',
    ]);
    const projects = await sheetRows(r.rawPayload, 1);
    expect(projects.body.map((p) => p[2])).toEqual(
      expect.arrayContaining(['楼道照明改造', '加装电梯技术指导 2 场', '社区微改造']),
    );
    expect(projects.body.find((p) => p[2] === '社区微改造')![5]).toBe('逾期');
    expect(projects.body.find((p) => p[2] === '加装电梯技术指导 2 场')![7]).toBe(`${month} 圆桌会`);
  });
});

describe('authorisation: one case per role and route', () => {
  const x = '00000000-0000-7000-8000-000000000000';
  const ROUTES: [string, string, unknown, string[]][] = [
    ['GET', '/api/compacts/contracts', undefined, ['org', 'street', 'community', 'dept', 'cadre']],
    ['GET', '/api/compacts/units', undefined, ['org', 'street', 'community']],
    ['GET', '/api/compacts/export', undefined, ['org', 'street', 'community', 'dept']],
    ['POST', '/api/compacts/contracts', {}, ['org', 'street', 'community']],
    ['GET', `/api/compacts/contracts/${x}`, undefined, ['org', 'street', 'community', 'dept', 'cadre']],
    ['POST', `/api/compacts/contracts/${x}/sign`, { version: 1, signer: 'x' }, ['dept', 'cadre']],
    [
      'POST',
      `/api/compacts/contracts/${x}/items`,
      { kind: 'resource', content: 'x' },
      ['org', 'street', 'community', 'dept', 'cadre'],
    ],
    [
      'POST',
      `/api/compacts/items/${x}/done`,
      { version: 1, doneOn: '2026-01-01' },
      ['org', 'street', 'community', 'dept', 'cadre'],
    ],
    ['GET', '/api/compacts/resources/template.xlsx', undefined, ['org', 'street', 'community', 'dept']],
    [
      'POST',
      `/api/compacts/contracts/${x}/resources/import`,
      undefined,
      ['org', 'street', 'community', 'dept'],
    ],
    ['GET', '/api/compacts/meetings', undefined, ['org', 'street', 'community', 'dept', 'cadre']],
    ['POST', '/api/compacts/meetings', {}, ['org', 'street', 'community']],
    ['GET', `/api/compacts/meetings/${x}`, undefined, ['org', 'street', 'community', 'dept', 'cadre']],
    ['POST', `/api/compacts/meetings/${x}/hold`, {}, ['org', 'street', 'community']],
  ];
  const clients = () =>
    ({ org: zzb, street, community, dept: bumen, cadre, resident, grid: gridWorker }) as Record<
      string,
      Client
    >;
  it.each(
    ROUTES.flatMap(([m, u, b, allowed]) =>
      ['org', 'street', 'community', 'dept', 'cadre', 'resident', 'grid'].map(
        (role) => [role, m, u, b, allowed.includes(role)] as const,
      ),
    ),
  )('%s %s %s', async (role, method, u, body, allowed) => {
    const r = await clients()[role].request(method, u, body);
    if (allowed) expect(r.status, r.raw).not.toBe(403);
    else expect(r.status).toBe(403);
  });
  it('an anonymous caller is refused', async () => {
    expect((await env.anon().get('/api/compacts/contracts')).status).toBe(401);
  });
});
