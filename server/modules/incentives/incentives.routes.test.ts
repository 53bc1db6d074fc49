/**
 * 正向激励与关心关爱 through HTTP (seed 004 Luohu: 17 measures in four areas, 表彰奖励 with 嘉奖令;
 * seed 000 Futian: 休整休养 after a 嘉奖令 or a special award, 谈心谈话 with low-score cadres): the
 * catalogue out and in from Excel with a yearly quota; a department proposes, the organisation
 * department approves with a numbered 激励决定, the quota holds; the cadre books rest, the unit
 * approves with a numbered notice; care with a follow-up; a talk; figures; one case per role and route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { cadreClient, cadresIn } from '../../testing/assessment.ts';
import { sheetRows } from '../../testing/sheets.ts';
import { apply, publishedList } from '../../testing/tasks.ts';
import { shanghaiDay } from '../../platform/time.ts';

let env: TestEnv;
let zzb: Client; // org_officer on the district: the organisation department
let bumen: Client; // dept_officer on 区住房和建设局: the cadres' unit
let street: Client; // street_officer on 福田街道
let cadre: Client; // a cadre account without a person
let community: Client;
let resident: Client;
let gridWorker: Client;
let other: Client; // org_officer of another district
let me: Client; // the first cadre, logged in
let peer: Client; // the second cadre, logged in
let cadres: string[];
const day = (offset: number) => shanghaiDay(new Date(Date.now() + offset * 86_400_000));
const year = Number(day(0).slice(0, 4));
const propose = (c: Client, personId: string, measureCode: string, h?: Record<string, string>) =>
  c.post(
    '/api/incentives/grants',
    { personId, measureCode, year, reason: '疫情防控中表现突出', sourceRef: '福田嘉奖令〔2026〕3号' },
    h,
  );
const move = async (c: Client, id: string, action: string, note?: string) => {
  const v = (await zzb.get(`/api/incentives/grants/${id}`)).body.version;
  return c.post(`/api/incentives/grants/${id}/moves`, { action, version: v, note });
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
  cadres = await cadresIn(env, zzb, 'dept', 3);
  me = await cadreClient(env, cadres[0], 'dept');
  peer = await cadreClient(env, cadres[1], 'dept');
});
afterAll(() => env.close());

describe('the measure catalogue (seed 004 Luohu: 17 measures in four areas)', () => {
  it('a district starts from the 17 defaults; Excel out in the columns Excel in reads', async () => {
    const r = await bumen.get('/api/incentives/measures');
    expect(r.status, r.raw).toBe(200);
    expect(r.body.measures).toHaveLength(17);
    expect(r.body.can).toEqual({ manage: false, propose: true });
    const x = await zzb.get('/api/incentives/measures/export');
    const sheet = await sheetRows(x.rawPayload);
    expect(sheet.header).toEqual([
      '措施编号',
      '类别',
      '激励措施',
      '说明',
      '休整休养天数',
      '每单位年度名额',
      '启用',
    ]);
    expect(sheet.body.find((row) => row[0] === 'S01')).toEqual([
      'S01',
      '精神激励',
      '嘉奖令',
      '',
      '3',
      '5',
      '是',
    ]);
  });

  it('imports: a dry run, per-row errors change nothing, a quota change applies', async () => {
    const csv = (rows: string[][]) =>
      Buffer.from(
        [
          '措施编号,类别,激励措施,说明,休整休养天数,每单位年度名额,启用',
          ...rows.map((r) => r.join(',')),
        ].join('\r\n'),
      );
    const u = (dry: boolean, node = env.nodes.district.id) =>
      `/api/incentives/measures/import?nodeId=${node}&dryRun=${dry ? 1 : 0}`;
    const good = csv([
      ['S01', '精神激励', '嘉奖令', '一榜三令通报表扬', '3', '1', '是'],
      ['P01', '政治激励', '实绩突出者优先提拔使用', '', '0', '2', '是'],
    ]);
    const dry = await zzb.upload(u(true), good, 'm.csv', 'text/csv');
    expect(dry.body, dry.raw).toMatchObject({ dryRun: true, added: 1, skipped: 1 });
    const bad = await zzb.upload(
      u(false),
      csv([
        ['S01', '政治激励', '嘉奖令', '', '3', '1', '是'],
        ['X1', '精神激励', '名', '', '31', '0', '也许'],
      ]),
      'm.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'row2.code',
      'row3.code',
      'row3.restDays',
      'row3.quota',
      'row3.active',
    ]);
    expect((await zzb.upload(u(false, env.nodes.dept.id), good, 'm.csv', 'text/csv')).status).toBe(422);
    expect((await bumen.upload(u(false), good, 'm.csv', 'text/csv')).status).toBe(403);
    const done = await zzb.upload(u(false), good, 'm.csv', 'text/csv');
    expect(done.body).toMatchObject({ dryRun: false, added: 1 });
    const s01 = (await zzb.get('/api/incentives/measures')).body.measures.find(
      (m: { code: string }) => m.code === 'S01',
    );
    expect(s01).toMatchObject({ quota: 1, description: '一榜三令通报表扬', restDays: 3 });
  });
});

describe('a unit proposes, the organisation department approves (激励决定)', () => {
  let grant: string;
  it('bad input is 400 with field messages; someone not a cadre of the unit is 422', async () => {
    for (const bad of [
      { reason: 'a\u0000b' },
      { year: 1e308 },
      { measureCode: 'ZZZZ' },
      { reason: '很'.repeat(1001) },
    ]) {
      const r = await bumen.post('/api/incentives/grants', {
        personId: cadres[0],
        measureCode: 'S01',
        year,
        reason: '好',
        ...bad,
      });
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.body.errors.length).toBeGreaterThan(0);
    }
    expect(
      (
        await street.post('/api/incentives/grants', {
          personId: cadres[0],
          measureCode: 'S01',
          year,
          reason: '好',
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await bumen.post('/api/incentives/grants', {
          personId: bumen.userId,
          measureCode: 'S01',
          year,
          reason: '好',
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await bumen.post('/api/incentives/grants', {
          personId: cadres[0],
          measureCode: 'Z99',
          year,
          reason: '好',
        })
      ).status,
    ).toBe(422);
  });

  it('the department proposes a 嘉奖令 once per Idempotency-Key; the district is told; others see 404', async () => {
    const h = { 'idempotency-key': 'inc-propose-0001' };
    const a = await propose(bumen, cadres[0], 'S01', h);
    expect(a.status, a.raw).toBe(200);
    expect((await propose(bumen, cadres[0], 'S01', h)).body.id).toBe(a.body.id);
    grant = a.body.id;
    expect((await bumen.get('/api/incentives/grants')).body.items).toHaveLength(1);
    expect((await street.get(`/api/incentives/grants/${grant}`)).status).toBe(404);
    expect((await other.get(`/api/incentives/grants/${grant}`)).status).toBe(404);
    const todos = (await zzb.get('/api/home/todos')).body;
    expect(JSON.stringify(todos)).toContain('incentives.proposals');
  });

  it('the unit cannot approve its own proposal; rejecting needs a reason; the department approves with a number', async () => {
    const v = await bumen.get(`/api/incentives/grants/${grant}`);
    expect(v.body).toMatchObject({
      state: 'proposed',
      actions: ['withdraw'],
      measureName: '嘉奖令',
      area: 'spirit',
    });
    expect((await move(bumen, grant, 'approve')).status).toBe(404);
    expect((await move(zzb, grant, 'reject')).status).toBe(422);
    expect((await bumen.get(`/api/incentives/grants/${grant}/decision`)).status).toBe(409);
    const ok = await move(zzb, grant, 'approve', '同意');
    expect(ok.status, ok.raw).toBe(200);
    expect((await move(zzb, grant, 'approve')).status).toBe(409);
    const d = await me.get(`/api/incentives/grants/${grant}/decision`);
    expect(d.status, d.raw).toBe(200);
    expect(d.body).toMatchObject({
      number: `激励决〔${year}〕1号`,
      personName: expect.any(String),
      restDays: 3,
      unitName: '区住房和建设局',
    });
    expect((await peer.get(`/api/incentives/grants/${grant}/decision`)).status).toBe(404);
    expect((await street.get(`/api/incentives/grants/${grant}/decision`)).status).toBe(404);
  });

  it('the yearly quota per unit holds: a second 嘉奖令 for the department is refused (409)', async () => {
    const b = (await propose(bumen, cadres[1], 'S01')).body.id;
    const r = await move(zzb, b, 'approve');
    expect(r.status).toBe(409);
    expect(r.body.detail ?? r.body.title).toContain('名额');
    expect((await move(bumen, b, 'withdraw')).status).toBe(200);
  });
});

describe('休整休养 (seed 000 Futian): the cadre books, the unit approves', () => {
  let award: string;
  let rest: string;
  it('the special award entitles five days; the cadre sees their own entitlements only', async () => {
    award = (await propose(bumen, cadres[0], 'S02')).body.id;
    await move(zzb, award, 'approve');
    const mine = await me.get('/api/incentives/mine');
    expect(mine.status, mine.raw).toBe(200);
    expect(mine.body.grants).toHaveLength(2);
    expect(
      mine.body.entitlements.map((e: { days: number; left: number }) => [e.days, e.left]).sort(),
    ).toEqual([
      [3, 3],
      [5, 5],
    ]);
    expect((await peer.get('/api/incentives/mine')).body.grants).toHaveLength(1); // the withdrawn one
    expect((await bumen.get('/api/incentives/mine')).status).toBe(403);
  });

  it('books within the year and the days left, never overlapping another booking (once per key)', async () => {
    const url = '/api/incentives/rests';
    const h = { 'idempotency-key': 'inc-rest-00001' };
    expect((await me.post(url, { grantId: award, startsOn: day(1), endsOn: day(6) })).status).toBe(422);
    expect((await peer.post(url, { grantId: award, startsOn: day(1), endsOn: day(2) })).status).toBe(422);
    expect((await me.post(url, { grantId: award, startsOn: day(-3), endsOn: day(-2) })).status).toBe(422);
    const a = await me.post(url, { grantId: award, startsOn: day(1), endsOn: day(2), note: '陪家人' }, h);
    expect(a.status, a.raw).toBe(200);
    expect(
      (await me.post(url, { grantId: award, startsOn: day(1), endsOn: day(2), note: '陪家人' }, h)).body.id,
    ).toBe(a.body.id);
    rest = a.body.id;
    const grants = (await me.get('/api/incentives/mine')).body.entitlements;
    const s01 = grants.find((e: { days: number }) => e.days === 3);
    expect((await me.post(url, { grantId: s01.grantId, startsOn: day(2), endsOn: day(3) })).status).toBe(409);
    expect(JSON.stringify((await bumen.get('/api/home/todos')).body)).toContain('incentives.rests');
  });

  it('the unit approves with a numbered notice the cadre may read', async () => {
    const list = (await bumen.get('/api/incentives/rests')).body.items;
    expect(list.map((r: { id: string; actions: string[] }) => [r.id, r.actions])).toEqual([
      [rest, ['approve', 'reject']],
    ]);
    expect((await street.get(`/api/incentives/rests/${rest}/notice`)).status).toBe(404);
    const v = list[0].version;
    expect(
      (await me.post(`/api/incentives/rests/${rest}/moves`, { action: 'approve', version: v })).status,
    ).toBe(404);
    expect(
      (await bumen.post(`/api/incentives/rests/${rest}/moves`, { action: 'approve', version: v })).status,
    ).toBe(200);
    const n = await me.get(`/api/incentives/rests/${rest}/notice`);
    expect(n.status, n.raw).toBe(200);
    expect(n.body).toMatchObject({
      number: `休整〔${year}〕1号`,
      days: 2,
      decisionNo: `激励决〔${year}〕2号`,
    });
    expect(
      (await me.post(`/api/incentives/rests/${rest}/moves`, { action: 'cancel', version: v + 1 })).status,
    ).toBe(409);
  });
});

describe('关心关爱 and 谈心谈话', () => {
  it('a visit with a follow-up due shows on the unit’s home page until followed up', async () => {
    expect(
      (
        await bumen.post('/api/incentives/care', {
          personId: cadres[2],
          kind: 'visit',
          doneOn: day(1),
          summary: '走访',
        })
      ).status,
    ).toBe(422);
    const r = await bumen.post('/api/incentives/care', {
      personId: cadres[2],
      kind: 'hardship',
      doneOn: day(0),
      summary: '家属住院，送去慰问金',
      followUpOn: day(3),
    });
    expect(r.status, r.raw).toBe(200);
    expect(JSON.stringify((await bumen.get('/api/home/todos')).body)).toContain('incentives.follow_ups');
    const item = (await bumen.get('/api/incentives/care')).body.items[0];
    expect(
      (
        await street.post(`/api/incentives/care/${r.body.id}/follow-up`, {
          version: 1,
          doneOn: day(0),
          note: '已出院',
        })
      ).status,
    ).toBe(404);
    const f = await bumen.post(`/api/incentives/care/${r.body.id}/follow-up`, {
      version: item.version,
      doneOn: day(0),
      note: '已出院',
    });
    expect(f.status, f.raw).toBe(200);
    expect(JSON.stringify((await bumen.get('/api/home/todos')).body)).not.toContain('incentives.follow_ups');
  });

  it('a talk with a low-score cadre is recorded with its reason and outcome', async () => {
    const r = await zzb.post('/api/incentives/talks', {
      personId: cadres[2],
      talkedOn: day(0),
      reason: 'low_score',
      talker: '组织部干部科',
      outcome: 'improving',
      note: '季度考核排名靠后，分析原因并制定改进措施',
    });
    expect(r.status, r.raw).toBe(200);
    expect((await bumen.get('/api/incentives/talks')).body.items).toMatchObject([
      { reason: 'low_score', outcome: 'improving' },
    ]);
    expect((await street.get('/api/incentives/talks')).body.items).toEqual([]);
  });

  it('the figures count grants by area, cadres covered, care and talks', async () => {
    const f = await zzb.get(`/api/incentives/figures?year=${year}`);
    expect(f.status, f.raw).toBe(200);
    expect(f.body).toMatchObject({ cadres: 1, careRecords: 1, talks: 1 });
    expect(f.body.byArea.find((a: { area: string }) => a.area === 'spirit').grants).toBe(2);
    expect((await zzb.get(`/api/incentives/grants/export?year=${year}`)).status).toBe(200);
  });
});

describe('a proposal that follows a 嘉奖令 of 一榜三令 (seed 000: 结果运用于嘉奖激励、休整休养)', () => {
  let orderId: string;
  let orderNumber: string;
  let responsibilityId: string;
  const follow = (c: Client, personId: string, body: Record<string, unknown>) =>
    c.post('/api/incentives/grants', {
      personId,
      measureCode: 'L01',
      year,
      reason: '提前完成首期拆除',
      ...body,
    });

  beforeAll(async () => {
    // the department claims a task, the district awards it with cadre 3 in command, then commends it
    const { taskIds } = await publishedList(env, zzb, year, 1);
    const appId = await apply(bumen, taskIds[0], env.nodes.dept.id);
    const award = await zzb.post(`/api/tasks/tasks/${taskIds[0]}/award`, {
      applicationIds: [appId],
      commanderName: '王伟',
      commanderPersonId: cadres[2],
    });
    expect(award.status, award.raw).toBe(200);
    const draft = await zzb.post('/api/tasks/orders', {
      taskId: taskIds[0],
      type: 'commendation',
      reason: '提前完成首期拆除',
    });
    expect(draft.status, draft.raw).toBe(200);
    const issued = await zzb.post(`/api/tasks/orders/${draft.body.id}/issue`, {
      reason: '签发',
      version: draft.body.version ?? 1,
    });
    expect(issued.status, issued.raw).toBe(200);
    orderId = draft.body.id;
    orderNumber = issued.body.number;
    const orders = (await zzb.get(`/api/tasks/orders?taskId=${taskIds[0]}`)).body as {
      id: string;
      type: string;
    }[];
    responsibilityId = orders.find((o) => o.type === 'responsibility')?.id ?? orderId;
  });

  it('the unit sees the cadre’s 嘉奖令 and only those; another unit’s officer is told the cadre is not theirs', async () => {
    const r = await bumen.get(`/api/incentives/commendations?personId=${cadres[2]}`);
    expect(r.status, r.raw).toBe(200);
    expect(r.body).toEqual([{ orderId, number: orderNumber, taskTitle: '任务1号', issuedOn: day(0) }]);
    const s = await street.get(`/api/incentives/commendations?personId=${cadres[2]}`);
    expect(s.status).toBe(422);
    expect(s.body.errors[0].field).toBe('personId');
    expect((await bumen.get('/api/incentives/commendations?personId=x')).status).toBe(400);
  });

  it('a proposal naming it keeps the link and takes the order’s number as its source', async () => {
    const r = await follow(bumen, cadres[2], { orderId });
    expect(r.status, r.raw).toBe(200);
    const g = (await zzb.get(`/api/incentives/grants/${r.body.id}`)).body;
    expect(g).toMatchObject({ orderId, sourceRef: orderNumber, measureCode: 'L01', state: 'proposed' });
    const plain = (await follow(bumen, cadres[2], { measureCode: 'W02' })).body.id;
    expect((await zzb.get(`/api/incentives/grants/${plain}`)).body).toMatchObject({
      orderId: null,
      sourceRef: '',
    });
  });

  it('the same order gives the cadre a measure once while that grant stands; withdrawn, it may be named again', async () => {
    const again = await follow(bumen, cadres[2], { orderId });
    expect(again.status).toBe(409);
    expect(again.body.detail ?? again.body.title).toContain(orderNumber);
    const other = await follow(bumen, cadres[2], { orderId, measureCode: 'W02' });
    expect(other.status, other.raw).toBe(200);
    const first = (await zzb.get(`/api/incentives/grants?year=${year}`)).body.items.find(
      (i: { orderId: string | null; measureCode: string }) =>
        i.orderId === orderId && i.measureCode === 'L01',
    );
    expect((await move(bumen, first.id, 'withdraw')).status).toBe(200);
    expect((await follow(bumen, cadres[2], { orderId })).status).toBe(200);
  });

  it('a responsibility order, or an order that does not exist, cannot be named (422 on orderId)', async () => {
    for (const id of [responsibilityId, '00000000-0000-7000-8000-000000000001']) {
      const r = await follow(bumen, cadres[2], { orderId: id });
      expect(r.status, r.raw).toBe(422);
      expect(r.body.errors[0].field).toBe('orderId');
    }
    expect(responsibilityId).not.toBe(orderId);
  });
});

describe('one authorisation case per role and route', () => {
  const x = '00000000-0000-7000-8000-000000000000';
  const officers = ['org', 'street', 'dept'];
  const ROUTES: [string, string, object | undefined, string[]][] = [
    ['GET', '/api/incentives/measures', undefined, officers],
    ['GET', '/api/incentives/measures/export', undefined, officers],
    ['POST', `/api/incentives/measures/import?nodeId=${x}`, undefined, ['org']],
    ['GET', '/api/incentives/cadres', undefined, officers],
    ['GET', `/api/incentives/commendations?personId=${x}`, undefined, officers],
    ['GET', '/api/incentives/grants', undefined, officers],
    ['GET', '/api/incentives/grants/export', undefined, officers],
    [
      'POST',
      '/api/incentives/grants',
      { personId: x, measureCode: 'S01', year: 2026, reason: 'x' },
      officers,
    ],
    ['GET', `/api/incentives/grants/${x}`, undefined, officers],
    ['POST', `/api/incentives/grants/${x}/moves`, { action: 'approve', version: 1 }, officers],
    ['GET', `/api/incentives/grants/${x}/decision`, undefined, [...officers, 'cadre']],
    ['GET', '/api/incentives/mine', undefined, ['cadre']],
    ['GET', '/api/incentives/rests', undefined, officers],
    [
      'POST',
      '/api/incentives/rests',
      { grantId: x, startsOn: '2026-01-01', endsOn: '2026-01-02' },
      ['cadre'],
    ],
    ['POST', `/api/incentives/rests/${x}/moves`, { action: 'approve', version: 1 }, [...officers, 'cadre']],
    ['GET', `/api/incentives/rests/${x}/notice`, undefined, [...officers, 'cadre']],
    ['GET', '/api/incentives/care', undefined, officers],
    [
      'POST',
      '/api/incentives/care',
      { personId: x, kind: 'visit', doneOn: '2026-01-01', summary: 'x' },
      officers,
    ],
    [
      'POST',
      `/api/incentives/care/${x}/follow-up`,
      { version: 1, doneOn: '2026-01-01', note: 'x' },
      officers,
    ],
    ['GET', '/api/incentives/talks', undefined, officers],
    [
      'POST',
      '/api/incentives/talks',
      { personId: x, talkedOn: '2026-01-01', reason: 'other', talker: 'x', outcome: 'closed' },
      officers,
    ],
    ['GET', '/api/incentives/figures', undefined, officers],
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
    expect((await env.anon().get('/api/incentives/grants')).status).toBe(401);
  });
});
