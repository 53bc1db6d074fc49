/**
 * 重大决策社会稳定风险评估 through HTTP (seed 003 Futian: 将重大决策社会稳定影响风险评估纳入重大决策前置
 * 程序): a department registers a decision, cannot decide before the assessment is confirmed, the
 * district 政法委 (org_officer on the district) confirms a high level, the matter is suspended and
 * reassessed, decided at medium with measures, tracked; thresholds per district; the catalogue in
 * from Excel and the register out; one authorisation case per role and route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';
import { shanghaiDay } from '../../platform/time.ts';

let env: TestEnv;
let zzb: Client; // org_officer on the district: the 政法委 reviewer
let bumen: Client; // dept_officer on 区住房和建设局: the deciding unit
let street: Client; // street_officer on 福田街道
let cadre: Client;
let community: Client;
let resident: Client;
let gridWorker: Client;
let other: Client; // org_officer of another district
let id: string;
const day = (offset: number) => shanghaiDay(new Date(Date.now() + offset * 86_400_000));
const year = Number(day(0).slice(0, 4));
const url = (rest = '') => `/api/stability/decisions/${id}${rest}`;
const moveAs = async (c: Client, action: string, extra: object = {}) => {
  const v = (await zzb.get(url())).body.version;
  return c.post(url('/moves'), { action, version: v, ...extra });
};
const risk = (dimension: string, likelihood: number, impact: number) => ({
  dimension,
  source: `${dimension} 风险源`,
  likelihood,
  impact,
});
const save = async (c: Client, b: object) => {
  const v = (await zzb.get(url())).body.assessment.version;
  return c.put(url('/assessment'), { version: v, methods: ['questionnaire', 'hearing'], ...b });
};

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  bumen = await env.as('dept_officer', 'dept');
  street = await env.as('street_officer', 'street1');
  cadre = await env.as('cadre', 'dept');
  community = await env.as('community_officer', 'community11');
  resident = await env.as('resident', 'community11');
  gridWorker = await env.as('grid_worker', 'grid111');
  other = await env.as('org_officer', 'district2');
});
afterAll(() => env.close());

describe('registering a major decision 重大决策事项', () => {
  const body = () => ({
    nodeId: env.nodes.dept.id,
    title: '福田河片区土地整备项目',
    field: 'land',
    affected: 1260,
    plannedOn: day(30),
    summary: '涉及旧厂房及城中村房屋征收补偿',
  });
  it('bad input is a 400 with field messages; a community is no deciding unit (422)', async () => {
    for (const bad of [
      { title: 'a\u0000b' },
      { affected: 1e308 },
      { title: '\ud800征地' },
      { title: '很'.repeat(121) },
      { field: 'war' },
    ]) {
      const r = await bumen.post('/api/stability/decisions', { ...body(), ...bad });
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.body.errors.length).toBeGreaterThan(0);
    }
    const r = await zzb.post('/api/stability/decisions', { ...body(), nodeId: env.nodes.community11.id });
    expect(r.status).toBe(422);
    expect(r.body.errors[0].field).toBe('nodeId');
  });

  it('the unit registers it once per Idempotency-Key; others outside its subtree see 404', async () => {
    const h = { 'idempotency-key': 'stab-register-0001' };
    const a = await bumen.post('/api/stability/decisions', body(), h);
    expect(a.status, a.raw).toBe(200);
    const b = await bumen.post('/api/stability/decisions', body(), h);
    expect(b.body.id).toBe(a.body.id);
    id = a.body.id;
    expect((await bumen.get('/api/stability/decisions')).body.items).toHaveLength(1);
    expect((await street.get(url())).status).toBe(404);
    expect((await other.get(url())).status).toBe(404);
    expect((await street.get('/api/stability/decisions')).body.items).toEqual([]);
    const d = (await zzb.get(url())).body;
    expect(d).toMatchObject({ state: 'assessing', round: 1, level: null, nodeName: '区住房和建设局' });
    expect(d.assessment).toMatchObject({ state: 'open', level: 'low', risks: [] });
  });
});

describe('editing a decision before its assessment is submitted', () => {
  const edit = {
    title: '福田河片区土地整备项目',
    field: 'land',
    affected: 1300,
    plannedOn: day(40),
    summary: '一期',
  };
  it('the unit corrects it against its version; audited; others 404; bad input 400', async () => {
    const v = (await bumen.get(url())).body.version;
    expect((await bumen.put(url(), { ...edit, version: v + 1 })).status).toBe(409);
    expect((await street.put(url(), { ...edit, version: v })).status).toBe(404);
    expect((await other.put(url(), { ...edit, version: v })).status).toBe(404);
    expect((await community.put(url(), { ...edit, version: v })).status).toBe(403);
    const bad = await bumen.put(url(), { ...edit, affected: -1, version: v });
    expect([bad.status, bad.body.errors[0].field]).toEqual([400, 'affected']);
    const ok = await bumen.put(url(), { ...edit, version: v });
    expect(ok.status, ok.raw).toBe(200);
    expect((await bumen.get(url())).body).toMatchObject({
      affected: 1300,
      plannedOn: day(40),
      summary: '一期',
      version: v + 1,
      can: { edit: true },
    });
    const audited = await env.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'stability.decision.edit')
      .where('object_id', '=', id)
      .execute();
    expect(audited).toEqual([{ detail: { changed: ['affected', 'planned_on', 'summary'] } }]);
  });
});

describe('the pre-decision procedure 前置程序 and the rule of outcome', () => {
  it('决策 before the assessment is confirmed: 409 with the reason', async () => {
    const r = await moveAs(bumen, 'decide');
    expect(r.status).toBe(409);
    expect(r.body.detail ?? r.body.title).toContain('前置程序');
  });

  it('submitting an empty assessment names what is missing', async () => {
    const r = await moveAs(bumen, 'submit');
    expect(r.status).toBe(422);
    expect(r.body.errors.map((e: any) => e.field).sort()).toEqual(['methods', 'risks', 'surveyFor']);
  });

  it('a high-scoring source makes the level 高; submitted, the district sees it to review', async () => {
    expect((await save(bumen, { risks: [risk('likelihood' as never, 1, 1)] })).status).toBe(400);
    expect((await save(bumen, { risks: [{ ...risk('rationality', 6, 1) }] })).status).toBe(400);
    const saved = await save(bumen, {
      risks: [risk('rationality', 4, 4), risk('safety', 2, 3)],
      surveyFor: 820,
      surveyAgainst: 130,
      surveyNeutral: 50,
      experts: '律师、规划专家各一名：补偿标准偏低',
    });
    expect(saved.status, saved.raw).toBe(200);
    expect(saved.body.assessment).toMatchObject({
      level: 'high',
      reasons: ['dimension_high'],
      oppositionPct: 13,
      dimensions: { rationality: 'high', safety: 'low' },
    });
    expect(saved.body.assessment.risks[0]).toMatchObject({ score: 16, level: 'high' });
    expect((await moveAs(bumen, 'submit')).status).toBe(200);
    expect((await save(bumen, { risks: [], surveyFor: 1, surveyAgainst: 0, surveyNeutral: 0 })).status).toBe(
      409,
    );
    const submitted = (await bumen.get(url())).body;
    expect(submitted.can.edit).toBe(false);
    const late = await bumen.put(url(), {
      title: 'x',
      field: 'land',
      affected: 1,
      plannedOn: day(1),
      version: submitted.version,
    });
    expect([late.status, late.body.title]).toEqual([409, expect.stringContaining('已提交')]);
    const todo = (await zzb.get('/api/home/todos')).body.find((x: any) => x.key === 'stability.review');
    expect(todo).toMatchObject({ count: 1 });
    expect(todo.entries[0].title).toContain('福田河片区土地整备项目');
    const told = await env.db
      .selectFrom('notify_notifications')
      .select('kind')
      .where('node_id', '=', env.nodes.district.id)
      .where('kind', '=', 'stability.submitted')
      .execute();
    expect(told).toHaveLength(1);
  });

  it('only the district confirms: the unit 409, the district confirms 高 and numbers the report', async () => {
    expect((await moveAs(bumen, 'confirm')).status).toBe(409);
    expect((await moveAs(zzb, 'confirm', { level: 'mid' })).status).toBe(422); // a change needs a reason
    expect((await moveAs(zzb, 'confirm')).status).toBe(200);
    const d = (await bumen.get(url())).body;
    expect(d).toMatchObject({ state: 'assessed', level: 'high', reportNo: `稳评〔${year}〕1号` });
    expect(d.actions).toEqual(['suspend', 'drop', 'reassess', 'withdraw']);
    const rep = await bumen.get(url('/report'));
    expect(rep.body).toMatchObject({ reportNo: `稳评〔${year}〕1号`, districtName: '福田区', round: 1 });
    expect(rep.body.assessment.confirmedLevel).toBe('high');
  });

  it('高: not decided as is (409); 暂缓, then changed and reassessed with the history kept', async () => {
    const r = await moveAs(bumen, 'decide', { outcome: 'with_measures' });
    expect(r.status).toBe(409);
    expect(r.body.detail ?? r.body.title).toContain('暂缓');
    expect((await moveAs(bumen, 'suspend', { note: '补偿标准调整后再议' })).status).toBe(200);
    expect((await bumen.get(url())).body.state).toBe('suspended');
    expect((await moveAs(bumen, 'reassess')).status).toBe(200);
    const d = (await bumen.get(url())).body;
    expect(d).toMatchObject({ state: 'assessing', round: 2, level: null, reportNo: null });
    expect(d.history).toEqual([
      expect.objectContaining({
        round: 1,
        state: 'superseded',
        confirmedLevel: 'high',
        reportNo: `稳评〔${year}〕1号`,
      }),
    ]);
    expect(d.assessment.risks).toHaveLength(2); // carried over to change
  });

  it('中 after the change: decided only with measures, each with an owner and due date', async () => {
    await save(bumen, {
      risks: [risk('rationality', 3, 3), risk('safety', 2, 3)],
      surveyFor: 900,
      surveyAgainst: 60,
      surveyNeutral: 40,
    });
    expect((await moveAs(bumen, 'submit')).status).toBe(200);
    expect((await moveAs(zzb, 'return', {})).status).toBe(422);
    expect((await moveAs(zzb, 'return', { note: '补充听证记录' })).status).toBe(200);
    expect((await moveAs(bumen, 'submit')).status).toBe(200);
    expect((await moveAs(zzb, 'confirm')).status).toBe(200);
    expect((await bumen.get(url())).body).toMatchObject({ level: 'mid', reportNo: `稳评〔${year}〕2号` });
    const asIs = await moveAs(bumen, 'decide', { outcome: 'as_is' });
    expect(asIs.status).toBe(422);
    expect(asIs.body.errors[0].field).toBe('outcome');
    expect((await moveAs(bumen, 'decide')).body.errors[0].message).toContain('化解措施');
    const h = { 'idempotency-key': 'stab-measure-0001' };
    const m = { content: '设立补偿政策咨询点，逐户上门解释', owner: '区住建局 征收科', dueOn: day(5) };
    expect((await bumen.post(url('/measures'), { ...m, owner: '' })).status).toBe(400);
    const a = await bumen.post(url('/measures'), m, h);
    expect(a.status).toBe(200);
    expect((await bumen.post(url('/measures'), m, h)).body.id).toBe(a.body.id);
    await bumen.post(url('/measures'), { content: '成立矛盾调处专班', owner: '福田街道', dueOn: day(-2) });
    const done = await moveAs(bumen, 'decide', { decidedOn: day(0) });
    expect(done.status, done.raw).toBe(200);
    expect((await bumen.get(url())).body).toMatchObject({
      state: 'decided',
      outcome: 'with_measures',
      decidedOn: day(0),
    });
    expect(
      (await bumen.get('/api/home/todos')).body.find((x: any) => x.key === 'stability.measures_due'),
    ).toMatchObject({
      count: 2,
      level: 'red',
    });
  });

  it('tracking: progress on a measure, an incident afterwards, and the figures', async () => {
    const d = (await bumen.get(url())).body;
    const early = d.measures.find((x: any) => x.overdue === false);
    const late = d.measures.find((x: any) => x.overdue === true);
    const p = (m: any, b: object) =>
      bumen.post(`/api/stability/measures/${m.id}/progress`, { version: m.version, ...b });
    expect((await p(early, { progress: '已走访 300 户', doneOn: day(1) })).status).toBe(422);
    expect(
      (await street.post(`/api/stability/measures/${early.id}/progress`, { version: 1, progress: 'x' }))
        .status,
    ).toBe(404);
    expect((await p(early, { progress: '已走访全部 1260 户', doneOn: day(0) })).status).toBe(200);
    expect((await p(early, { progress: '再次' })).status).toBe(409);
    expect((await p(late, { progress: '专班已成立', doneOn: day(0) })).status).toBe(200);
    const inc = {
      occurredOn: day(0),
      summary: '部分业主到区信访局反映补偿问题',
      eventNo: 'SJ20260001',
      people: 12,
    };
    expect((await bumen.post(url('/incidents'), { ...inc, occurredOn: day(-1) })).status).toBe(422);
    expect((await bumen.post(url('/incidents'), inc)).status).toBe(200);
    expect((await bumen.get(url())).body.incidents[0]).toMatchObject({ eventNo: 'SJ20260001', people: 12 });
    const stats = await zzb.get(`/api/home/stats?nodeId=${env.nodes.district.id}&year=${year}`);
    const fig = (k: string) => stats.body.find((s: any) => s.key === `stability.${k}`);
    expect(fig('assessed_before')).toMatchObject({ value: 100, unit: 'percent' });
    expect(fig('assessed_before').definition).toContain('100%');
    expect([
      fig('decided').value,
      fig('high_share').value,
      fig('mid_share').value,
      fig('low_share').value,
    ]).toEqual([1, 50, 50, 0]);
    expect(fig('measures_on_time').value).toBe(50); // one done on time, one after its due date
    expect(fig('incidents').value).toBe(1);
  });
});

describe('thresholds per district, the catalogue and the register in Excel', () => {
  it('the district sets a stricter opposition threshold; 25% opposed is then 高', async () => {
    const cat = (await zzb.get('/api/stability/catalogue')).body;
    expect(cat).toMatchObject({
      defaults: true,
      thresholds: { oppositionHighPct: 30, version: 0 },
      can: { manage: true },
    });
    const b = { nodeId: env.nodes.district.id, oppositionHighPct: 20, oppositionMidPct: 5, version: 0 };
    expect((await street.put('/api/stability/thresholds', b)).status).toBe(403);
    expect((await zzb.put('/api/stability/thresholds', { ...b, oppositionMidPct: 25 })).status).toBe(422);
    expect((await zzb.put('/api/stability/thresholds', { ...b, nodeId: env.nodes.street1.id })).status).toBe(
      422,
    );
    expect((await zzb.put('/api/stability/thresholds', b)).status).toBe(200);
    expect((await zzb.put('/api/stability/thresholds', b)).status).toBe(409);
    const r = await street.post('/api/stability/decisions', {
      nodeId: env.nodes.street1.id,
      title: '福田农批市场搬迁',
      field: 'other',
      affected: 400,
      plannedOn: day(60),
    });
    id = r.body.id;
    const s = await save(street, {
      risks: [risk('feasibility', 1, 2)],
      surveyFor: 75,
      surveyAgainst: 25,
      surveyNeutral: 0,
    });
    expect(s.body.assessment).toMatchObject({ level: 'high', reasons: ['opposition_high'] });
  });

  it('imports a catalogue: dry run, per-row errors change nothing, the same file twice adds nothing', async () => {
    const csv = (rows: string[][]) =>
      Buffer.from(['维度,风险源,说明', ...rows.map((r) => r.join(','))].join('\r\n'), 'utf8');
    const u = (dry: boolean, node = env.nodes.district.id) =>
      `/api/stability/catalogue/import?nodeId=${node}&dryRun=${dry ? 1 : 0}`;
    const good = csv([
      ['合法性', '征收决定程序是否完备', '是否经过听证'],
      ['可控性', '历史遗留信访问题', ''],
    ]);
    const dry = await zzb.upload(u(true), good, 'c.csv', 'text/csv');
    expect(dry.status, dry.raw).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, added: 2 });
    const bad = await zzb.upload(
      u(false),
      csv([
        ['稳定性', 'x', ''],
        ['合法性', '', ''],
        ['安全性', '=cmd', ''],
      ]),
      'c.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.field)).toEqual(['row2.dimension', 'row3.name', 'row4.name']);
    expect(bad.body.errors[0].message).toContain('第 2 行');
    expect((await street.upload(u(false), good, 'c.csv', 'text/csv')).status).toBe(403);
    expect((await other.upload(u(false), good, 'c.csv', 'text/csv')).status).toBe(404);
    expect((await zzb.upload(u(false), good, 'c.csv', 'text/csv')).body.added).toBe(2);
    expect((await zzb.upload(u(false), good, 'c.csv', 'text/csv')).body).toMatchObject({
      added: 0,
      skipped: 2,
    });
    const cat = (await street.get('/api/stability/catalogue')).body;
    expect(cat).toMatchObject({ defaults: false, can: { manage: false } });
    expect(cat.sources.map((s: any) => s.name)).toEqual(['历史遗留信访问题', '征收决定程序是否完备']);
  });

  it('exports the register with state, level and report number', async () => {
    const r = await zzb.get(`/api/stability/decisions/export`);
    expect(r.status).toBe(200);
    const sheet = await sheetRows(r.rawPayload);
    expect(sheet.name).toBe('重大决策事项台账');
    expect(sheet.header.slice(0, 8)).toEqual([
      '决策单位',
      '决策事项',
      '领域',
      '涉及人数',
      '拟决策日期',
      '状态',
      '风险等级',
      '评估报告编号',
    ]);
    expect(sheet.body.map((x) => [x[1], x[5], x[6], x[7]])).toEqual(
      expect.arrayContaining([
        ['福田河片区土地整备项目', '已决策', '中', `稳评〔${year}〕2号`],
        ['福田农批市场搬迁', '评估中', '', ''],
      ]),
    );
  });
});

describe('one authorisation case per role and route', () => {
  const x = '00000000-0000-7000-8000-000000000000';
  const ROUTES: [string, string, object | undefined, string[]][] = [
    ['GET', '/api/stability/decisions', undefined, ['org', 'street', 'dept']],
    ['GET', '/api/stability/decisions/export', undefined, ['org', 'street', 'dept']],
    [
      'POST',
      '/api/stability/decisions',
      { nodeId: x, title: 'x', field: 'other', affected: 1, plannedOn: '2026-01-01' },
      ['org', 'street', 'dept'],
    ],
    ['GET', `/api/stability/decisions/${x}`, undefined, ['org', 'street', 'dept']],
    [
      'PUT',
      `/api/stability/decisions/${x}`,
      { title: 'x', field: 'other', affected: 1, plannedOn: '2026-01-01', version: 1 },
      ['org', 'street', 'dept'],
    ],
    [
      'PUT',
      `/api/stability/decisions/${x}/assessment`,
      { version: 1, risks: [], surveyFor: 0, surveyAgainst: 0, surveyNeutral: 0, methods: [] },
      ['org', 'street', 'dept'],
    ],
    [
      'POST',
      `/api/stability/decisions/${x}/moves`,
      { action: 'submit', version: 1 },
      ['org', 'street', 'dept'],
    ],
    ['GET', `/api/stability/decisions/${x}/report`, undefined, ['org', 'street', 'dept']],
    [
      'POST',
      `/api/stability/decisions/${x}/measures`,
      { content: 'x', owner: 'x', dueOn: '2026-01-01' },
      ['org', 'street', 'dept'],
    ],
    [
      'POST',
      `/api/stability/measures/${x}/progress`,
      { version: 1, progress: 'x' },
      ['org', 'street', 'dept'],
    ],
    [
      'POST',
      `/api/stability/decisions/${x}/incidents`,
      { occurredOn: '2026-01-01', summary: 'x' },
      ['org', 'street', 'dept'],
    ],
    ['GET', '/api/stability/catalogue', undefined, ['org', 'street', 'dept']],
    [
      'PUT',
      '/api/stability/thresholds',
      { nodeId: x, oppositionHighPct: 30, oppositionMidPct: 10, version: 0 },
      ['org'],
    ],
    ['POST', `/api/stability/catalogue/import?nodeId=${x}`, undefined, ['org']],
  ];
  const clients = () =>
    ({ org: zzb, street, dept: bumen, cadre, community, resident, grid: gridWorker }) as Record<
      string,
      Client
    >;
  it.each(
    ROUTES.flatMap(([m, u, b, allowed]) =>
      ['org', 'street', 'dept', 'cadre', 'community', 'resident', 'grid'].map(
        (role) => [role, m, u, b, allowed.includes(role)] as const,
      ),
    ),
  )('%s %s %s', async (role, method, u, body, allowed) => {
    const r = await clients()[role].request(method, u, body);
    if (allowed) expect(r.status, r.raw).not.toBe(403);
    else expect(r.status).toBe(403);
  });
  it('an anonymous caller is refused', async () => {
    expect((await env.anon().get('/api/stability/decisions')).status).toBe(401);
  });
});

describe('撤回: the unit withdraws a decision before it is decided, with a reason', () => {
  it('during review: the reviewer is told; not by others; never once decided', async () => {
    const made = await street.post('/api/stability/decisions', {
      nodeId: env.nodes.street1.id,
      title: '福田街道农贸市场搬迁',
      field: 'public_service',
      affected: 300,
      plannedOn: day(20),
    });
    const u = (rest = '') => `/api/stability/decisions/${made.body.id}${rest}`;
    const a = (await street.get(u())).body.assessment;
    await street.put(u('/assessment'), {
      version: a.version,
      methods: ['questionnaire'],
      risks: [risk('safety', 1, 2)],
      surveyFor: 90,
      surveyAgainst: 5,
      surveyNeutral: 5,
    });
    const go = async (c: Client, extra: object) =>
      c.post(u('/moves'), { version: (await zzb.get(u())).body.version, ...extra });
    expect((await go(street, { action: 'submit' })).status).toBe(200);
    expect((await street.get(u())).body.actions).toEqual(['withdraw']);
    const none = await go(street, { action: 'withdraw' });
    expect([none.status, none.body.errors[0].field]).toEqual([422, 'note']);
    expect((await go(bumen, { action: 'withdraw', note: 'x' })).status).toBe(404);
    expect((await go(community, { action: 'withdraw', note: 'x' })).status).toBe(403);
    const w = await go(street, { action: 'withdraw', note: '市场改造方案调整，另行报批' });
    expect(w.status, w.raw).toBe(200);
    expect((await street.get(u())).body).toMatchObject({
      state: 'withdrawn',
      withdrawReason: '市场改造方案调整，另行报批',
      actions: [],
      can: { edit: false, track: false },
    });
    expect((await go(street, { action: 'withdraw', note: 'x' })).status).toBe(409);
    const told = await env.db
      .selectFrom('notify_notifications')
      .select('kind')
      .where('object_id', '=', made.body.id)
      .where('kind', '=', 'stability.withdrawn')
      .execute();
    expect(told).toHaveLength(1);
    expect((await go(street, { action: 'decide' })).status).toBe(409);
  });
});
