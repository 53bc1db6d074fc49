/**
 * 示范创建 and the 先锋指数 through HTTP (seeds 000, 003, 004): the district defines a programme with
 * a standard; a community declares the lowest level (the next opens only once named), self-assesses,
 * the street pre-reviews, the district scores (locked), publicises under a numbered 公示 and names;
 * a weak declaration is not named; the standard in from Excel; party organisations scored quarterly,
 * ranked and flagged for 整改; one authorisation case per role and route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { partyOrg } from '../../testing/party.ts';
import { sheetRows } from '../../testing/sheets.ts';
import { shanghaiDay } from '../../platform/time.ts';

let env: TestEnv;
let district: Client; // org_officer on 福田区: programmes, review, naming
let street: Client; // street_officer on 福田街道: 初审
let street2: Client; // street_officer on 香蜜湖街道
let community: Client; // community_officer on 福山社区: declares
let community12: Client;
let dept: Client;
let cadre: Client;
let resident: Client;
let gridWorker: Client;
let other: Client; // org_officer of 罗湖区
let programmeId: string;
let id: string;
const year = Number(shanghaiDay().slice(0, 4));
const standard = [
  { name: '民主选举规范', points: 40, guide: '依法开展换届选举' },
  { name: '民主决策与议事', points: 30 },
  { name: '法治宣传与公共法律服务', points: 30 },
];
const url = (rest = '') => `/api/creation/declarations/${id}${rest}`;
const moveAs = async (c: Client, action: string, note?: string, on = id) => {
  const v = (await district.get(`/api/creation/declarations/${on}`)).body.version;
  return c.post(`/api/creation/declarations/${on}/moves`, { action, version: v, note });
};

beforeAll(async () => {
  env = await createTestEnv();
  district = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  street2 = await env.as('street_officer', 'street2');
  community = await env.as('community_officer', 'community11');
  community12 = await env.as('community_officer', 'community12');
  dept = await env.as('dept_officer', 'dept');
  cadre = await env.as('cadre', 'dept');
  resident = await env.as('resident', 'community11');
  gridWorker = await env.as('grid_worker', 'grid111');
  other = await env.as('org_officer', 'district2');
});
afterAll(() => env.close());

describe('a programme 示范创建项目 with its standard', () => {
  const body = () => ({
    nodeId: env.nodes.district.id,
    name: '民主法治示范社区',
    passPct: 80,
    publicityDays: 0,
    renewYears: 3,
    indicators: standard,
  });
  it('bad input is a 400 with field messages; a street is no district (422); a street officer 403', async () => {
    for (const bad of [{ name: 'a\u0000b' }, { passPct: 0 }, { indicators: [] }, { renewYears: 1e9 }]) {
      const r = await district.post('/api/creation/programmes', { ...body(), ...bad });
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.body.errors.length).toBeGreaterThan(0);
    }
    const r = await district.post('/api/creation/programmes', { ...body(), nodeId: env.nodes.street1.id });
    expect(r.status).toBe(422);
    expect((await street.post('/api/creation/programmes', body())).status).toBe(403);
  });
  it('the district defines it; the standard reads back with 100 points', async () => {
    const r = await district.post('/api/creation/programmes', body());
    expect(r.status, r.raw).toBe(200);
    programmeId = r.body.id;
    const p = await community.get(`/api/creation/programmes/${programmeId}`);
    expect(p.body).toMatchObject({ points: 100, indicators: 3, fixed: false });
    expect((await other.get(`/api/creation/programmes/${programmeId}`)).status).toBe(404);
  });
});

describe('declaring up the ladder and naming', () => {
  it('the city level is closed until the district level is named; the district level is declared once', async () => {
    const city = await community.post('/api/creation/declarations', {
      programmeId,
      nodeId: env.nodes.community11.id,
      level: 'city',
    });
    expect(city.status).toBe(422);
    expect(city.body.errors[0]).toMatchObject({
      field: 'level',
      message: '须先获得下一级命名（且在有效期内）才能申报这一级',
    });
    const b = { programmeId, nodeId: env.nodes.community11.id, level: 'district' };
    const h = { 'idempotency-key': 'creation-declare-0001' };
    const r1 = await community.post('/api/creation/declarations', b, h);
    const r2 = await community.post('/api/creation/declarations', b, h);
    expect(r1.status, r1.raw).toBe(200);
    expect(r2.body.id).toBe(r1.body.id);
    id = r1.body.id;
    expect((await community.post('/api/creation/declarations', b)).body.errors[0].message).toBe(
      '该级别已有正在办理的申报',
    );
    expect((await street2.get(url())).status).toBe(404);
    expect((await other.get(url())).status).toBe(404);
  });

  it('self-assessment: not above the points, complete before submitting', async () => {
    const v = await community.get(url());
    const items = v.body.items;
    const over = await community.put(url('/self'), {
      version: v.body.version,
      items: [{ indicatorId: items[0].indicatorId, selfScore: 41, evidence: '' }],
    });
    expect(over.status).toBe(422);
    expect(over.body.errors[0].field).toBe('items.0.selfScore');
    const part = await community.put(url('/self'), {
      version: v.body.version,
      items: [{ indicatorId: items[0].indicatorId, selfScore: 38, evidence: '2025年换届选举参选率97%' }],
    });
    expect(part.status, part.raw).toBe(200);
    expect((await moveAs(community, 'submit')).body.errors[0].message).toBe('请先完成每一项指标的自评');
    const done = await community.put(url('/self'), {
      version: part.body.version,
      items: items.slice(1).map((i: { indicatorId: string }) => ({
        indicatorId: i.indicatorId,
        selfScore: 28,
        evidence: '居民议事会会议纪要12份',
      })),
    });
    expect(done.body.selfTotal).toBe(94);
    expect(done.body.actions).toEqual(['submit']);
    expect((await moveAs(community, 'submit')).status).toBe(200);
    expect(
      (await community.put(url('/self'), { version: done.body.version + 1, items: [done.body.items[0]] }))
        .status,
    ).toBe(409);
  });

  it('the street pre-reviews; the district cannot pass it; scores are locked once given', async () => {
    expect((await moveAs(district, 'pass')).status).toBe(409);
    expect((await street.get(url())).body.actions).toEqual(['pass', 'return']);
    expect((await moveAs(street, 'pass', '材料齐全')).status).toBe(200);
    const items = (await district.get(url())).body.items;
    expect((await moveAs(district, 'publicise')).body.errors[0].message).toBe('每一项指标评分后才能公示');
    expect(
      (await community.post(url('/scores'), { indicatorId: items[0].indicatorId, score: 30 })).status,
    ).toBe(403);
    expect(
      (await district.post(url('/scores'), { indicatorId: items[0].indicatorId, score: 50 })).status,
    ).toBe(422);
    for (const [i, s] of [36, 26, 25].entries()) {
      const r = await district.post(url('/scores'), { indicatorId: items[i].indicatorId, score: s });
      expect(r.status, r.raw).toBe(200);
    }
    const again = await district.post(url('/scores'), { indicatorId: items[0].indicatorId, score: 40 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('creation.score_locked');
    expect((await district.get(url())).body).toMatchObject({ reviewTotal: 87, passes: true });
  });

  it('publicised under a numbered 公示, named, titled for three years; the city level then opens', async () => {
    expect((await district.get(url('/publicity'))).status).toBe(409);
    expect((await moveAs(district, 'publicise')).status).toBe(200);
    const p = await community.get(url('/publicity'));
    expect(p.body).toMatchObject({ publicityNo: `创建公示〔${year}〕1号`, reviewTotal: 87, points: 100 });
    expect((await moveAs(district, 'name')).status).toBe(200);
    const v = (await community.get(url())).body;
    expect(v).toMatchObject({ state: 'named', titleStatus: 'valid', namedOn: shanghaiDay() });
    expect(v.expiresOn.slice(0, 4)).toBe(String(year + 3));
    const city = await community.post('/api/creation/declarations', {
      programmeId,
      nodeId: env.nodes.community11.id,
      level: 'city',
    });
    expect(city.status, city.raw).toBe(200);
    expect((await district.get(`/api/creation/programmes/${programmeId}`)).body.fixed).toBe(true);
  });

  it('a weak declaration: under the pass mark it is not named, only rejected with a reason', async () => {
    const r = await community12.post('/api/creation/declarations', {
      programmeId,
      nodeId: env.nodes.community12.id,
      level: 'district',
    });
    const wid = r.body.id;
    const v = (await community12.get(`/api/creation/declarations/${wid}`)).body;
    await community12.put(`/api/creation/declarations/${wid}/self`, {
      version: v.version,
      items: v.items.map((i: { indicatorId: string }) => ({ indicatorId: i.indicatorId, selfScore: 25 })),
    });
    await moveAs(community12, 'submit', undefined, wid);
    await moveAs(street, 'pass', undefined, wid);
    for (const i of v.items)
      await district.post(`/api/creation/declarations/${wid}/scores`, {
        indicatorId: i.indicatorId,
        score: 20,
      });
    await moveAs(district, 'publicise', undefined, wid);
    expect((await moveAs(district, 'name', undefined, wid)).status).toBe(409);
    expect((await moveAs(district, 'reject', undefined, wid)).status).toBe(422);
    expect((await moveAs(district, 'reject', '得分未达及格线', wid)).status).toBe(200);
    const list = await street.get(`/api/creation/declarations?programmeId=${programmeId}&year=${year}`);
    expect(list.body.items.map((x: { state: string }) => x.state).sort()).toEqual([
      'draft',
      'named',
      'not_named',
    ]);
    const x = await district.get(`/api/creation/declarations/export?programmeId=${programmeId}`);
    const sheet = await sheetRows(x.rawPayload);
    expect(sheet.name).toBe('示范创建申报台账');
    expect(sheet.body.some((row) => row.includes('福山社区') && row.includes('已命名'))).toBe(true);
  });

  it('the standard comes in from Excel (dry run, per-row errors) until declarations fix it', async () => {
    const fixed = await district.upload(
      `/api/creation/programmes/${programmeId}/standard/import`,
      Buffer.from('指标,分值\n新增指标,10\n'),
      's.csv',
      'text/csv',
    );
    expect(fixed.status).toBe(409);
    const p = await district.post('/api/creation/programmes', {
      nodeId: env.nodes.district.id,
      name: '儿童友好社区',
      passPct: 75,
      publicityDays: 7,
      renewYears: 5,
      indicators: [{ name: '儿童议事会', points: 20 }],
    });
    const u = (dry: boolean) => `/api/creation/programmes/${p.body.id}/standard/import?dryRun=${dry ? 1 : 0}`;
    const good = Buffer.from('指标,分值,评分说明\n儿童议事会,20,\n儿童友好空间,30,面积达标\n安全出行,50,\n');
    const dry = await district.upload(u(true), good, 's.csv', 'text/csv');
    expect(dry.body).toMatchObject({ dryRun: true, added: 2, skipped: 1 });
    const bad = await district.upload(u(false), Buffer.from('指标,分值\n甲,0\n乙,x\n'), 's.csv', 'text/csv');
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['row2.points', 'row3.points']);
    expect((await district.upload(u(false), good, 's.csv', 'text/csv')).body.added).toBe(2);
    expect((await district.get(`/api/creation/programmes/${p.body.id}`)).body.points).toBe(100);
  });
});

describe('复核 of a title, a step of its own (the district re-checks it once due)', () => {
  const expireIn = (days: number) =>
    env.db
      .updateTable('creation_declarations')
      .set({ expires_on: shanghaiDay(new Date(Date.now() + days * 86_400_000)) })
      .where('id', '=', id)
      .execute();
  const recheck = async (c: Client, outcome: string, note?: string) => {
    const v = (await district.get(url())).body.version;
    return c.post(url('/recheck'), { version: v, outcome, note });
  };

  it('a title still valid is not due (409); due, only the district may re-check it', async () => {
    expect((await district.get(url())).body.can.recheck).toBe(false);
    const early = await recheck(district, 'pass');
    expect(early.status).toBe(409);
    expect(early.body.detail ?? early.body.title).toContain('90');
    await expireIn(30);
    expect((await district.get(url())).body).toMatchObject({
      titleStatus: 'recheck_due',
      can: { recheck: true },
    });
    expect((await community.get(url())).body.can.recheck).toBe(false);
    expect((await recheck(street, 'pass')).status).toBe(403);
    expect((await recheck(other, 'pass')).status).toBe(404);
    expect((await recheck(district, 'fail')).status).toBe(422);
  });

  it('passed, the title runs on for the programme’s years from its old expiry; the community is told', async () => {
    const before = (await district.get(url())).body.expiresOn as string;
    const r = await recheck(district, 'pass', '台账齐全，群众满意度高');
    expect(r.status, r.raw).toBe(200);
    const v = (await community.get(url())).body;
    expect(v.expiresOn).toBe(`${Number(before.slice(0, 4)) + 3}${before.slice(4)}`);
    expect(v).toMatchObject({
      titleStatus: 'valid',
      recheck: { on: shanghaiDay(), outcome: 'pass', note: '台账齐全，群众满意度高' },
    });
    const inbox = (await community.get('/api/notify/inbox')).body as { title: string }[];
    expect(inbox.some((n) => n.title.includes('复核通过'))).toBe(true);
  });

  it('failed, with a reason, the title lapses that day', async () => {
    await expireIn(10);
    const r = await recheck(district, 'fail', '法治阵地长期闲置');
    expect(r.status, r.raw).toBe(200);
    const v = (await community.get(url())).body;
    expect(v).toMatchObject({
      state: 'named',
      titleStatus: 'lapsed',
      expiresOn: shanghaiDay(),
      recheck: { outcome: 'fail', note: '法治阵地长期闲置' },
    });
  });
});

describe('先锋指数 quarterly, ranked and flagged', () => {
  let branch: string;
  let weak: string;
  let committee: string;
  const all = (s: number) =>
    ['organisation', 'education', 'service', 'position', 'vanguard'].map((code) => ({ code, score: s }));
  beforeAll(async () => {
    branch = await partyOrg(community, env.nodes.community11.id, 'committee', '福山社区党委');
    weak = await partyOrg(community12, env.nodes.community12.id, 'general_branch', '水围社区党总支');
    committee = await partyOrg(street, env.nodes.street1.id, 'committee', '福田街道党工委');
  });
  it('the street scores its communities’ organisations, not its own (409); bad codes are 422', async () => {
    expect(
      (
        await street.post('/api/creation/index/scores', {
          partyOrgId: branch,
          year,
          quarter: 1,
          scores: all(90),
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await street.post('/api/creation/index/scores', {
          partyOrgId: weak,
          year,
          quarter: 1,
          scores: all(55),
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await street.post('/api/creation/index/scores', {
          partyOrgId: committee,
          year,
          quarter: 1,
          scores: all(80),
        })
      ).status,
    ).toBe(409);
    const bad = await street.post('/api/creation/index/scores', {
      partyOrgId: branch,
      year,
      quarter: 2,
      scores: [{ code: 'charm', score: 5 }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('scores.0.code');
    expect(
      (
        await street2.post('/api/creation/index/scores', {
          partyOrgId: branch,
          year,
          quarter: 1,
          scores: all(1),
        })
      ).status,
    ).toBe(404);
  });
  it('the index ranks them; under 60 is flagged and the community records its 整改 once', async () => {
    const r = await district.get(`/api/creation/index?year=${year}`);
    const q1 = (o: string) => r.body.orgs.find((x: { partyOrgId: string }) => x.partyOrgId === o).quarters[0];
    expect(q1(branch)).toMatchObject({ index: 90, rank: 1, flagged: false });
    expect(q1(weak)).toMatchObject({ index: 55, rank: 2, flagged: true, flagReason: 'floor' });
    expect(q1(committee).index).toBeNull();
    const fix = { partyOrgId: weak, year, quarter: 1, note: '召开组织生活会，制定整改清单' };
    expect((await community.post('/api/creation/index/rectifications', fix)).status).toBe(404);
    expect(
      (await community12.post('/api/creation/index/rectifications', { ...fix, partyOrgId: weak, quarter: 2 }))
        .status,
    ).toBe(409);
    expect((await community12.post('/api/creation/index/rectifications', fix)).status).toBe(200);
    expect((await community12.post('/api/creation/index/rectifications', fix)).status).toBe(409);
    const seen = await community12.get(`/api/creation/index?year=${year}`);
    expect(seen.body.orgs.map((o: { name: string }) => o.name)).toEqual(['水围社区党总支']);
    expect(seen.body.orgs[0].quarters[0].rectified).toBe(true);
  });
  it('the district sets its own weights; the index follows them', async () => {
    const r = await district.put('/api/creation/index/indicators', {
      nodeId: env.nodes.district.id,
      indicators: [
        { code: 'organisation', name: '组织建设', weight: 1 },
        { code: 'service', name: '服务群众', weight: 1 },
      ],
    });
    expect(r.status, r.raw).toBe(200);
    await street.post('/api/creation/index/scores', {
      partyOrgId: weak,
      year,
      quarter: 2,
      scores: [
        { code: 'organisation', score: 70 },
        { code: 'service', score: 81 },
      ],
    });
    const v = await district.get(`/api/creation/index?year=${year}`);
    const w = v.body.orgs.find((x: { partyOrgId: string }) => x.partyOrgId === weak);
    expect(w.quarters[1].index).toBe(75.5);
    expect(v.body.defaults).toBe(false);
  });
  it('a quarter’s scores come in from the sheet: every problem at once, nothing written; then the index follows', async () => {
    const sheetUrl = (n = env.nodes.street1.id) =>
      `/api/creation/index/scores/sheet?nodeId=${n}&year=${year}&quarter=3`;
    const sheet = await street.get(sheetUrl());
    expect(sheet.status, sheet.raw).toBe(200);
    const rows = await sheetRows(sheet.rawPayload);
    expect(rows.header).toEqual(['党组织', '所在', '组织建设（organisation）', '服务群众（service）']);
    // the street's own committee is not on its sheet
    expect(rows.body.map((r) => r[0]).sort()).toEqual(['水围社区党总支', '福山社区党委']);
    const csv = (lines: string[]) => Buffer.from(['党组织,所在,组织建设,服务群众', ...lines].join('\r\n'));
    const u = (dry: boolean, n = env.nodes.street1.id) =>
      `/api/creation/index/scores/import?nodeId=${n}&year=${year}&quarter=3&dryRun=${dry ? 1 : 0}`;
    const bad = await street.upload(
      u(false),
      csv([
        '福山社区党委,福山社区,88,92',
        '福田街道党工委,,80,80',
        '水围社区党总支,,70,101',
        '福山社区党委,,1,1',
      ]),
      's.csv',
      'text/csv',
    );
    expect(bad.status, bad.raw).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'row3.org',
      'row4.i:service',
      'row5.org',
    ]);
    const good = csv(['福山社区党委,福山社区,88,92', '水围社区党总支,,,']);
    const dry = await street.upload(u(true), good, 's.csv', 'text/csv');
    expect(dry.body, dry.raw).toMatchObject({ dryRun: true, added: 1, skipped: 1 });
    const q3 = async () =>
      (await district.get(`/api/creation/index?year=${year}`)).body.orgs.find(
        (x: { partyOrgId: string }) => x.partyOrgId === branch,
      ).quarters[2];
    expect((await q3()).index).toBeNull();
    expect((await street2.upload(u(false), good, 's.csv', 'text/csv')).status).toBe(404);
    const done = await street.upload(u(false), good, 's.csv', 'text/csv');
    expect(done.body, done.raw).toMatchObject({ dryRun: false, added: 1, skipped: 1 });
    expect(await q3()).toMatchObject({ index: 90, scores: { organisation: 88, service: 92 } });
    const again = await sheetRows((await street.get(sheetUrl())).rawPayload);
    expect(again.body.find((r) => r[0] === '福山社区党委')?.slice(2)).toEqual(['88', '92']);
    const none = await street.upload(
      u(false),
      Buffer.from('党组织,所在\r\n福山社区党委,'),
      's.csv',
      'text/csv',
    );
    expect(none.status).toBe(422);
    expect(none.body.errors[0].field).toBe('file');
  });
});

describe('one authorisation case per role and route', () => {
  const x = '00000000-0000-7000-8000-000000000000';
  const ALL = ['org', 'street', 'community', 'dept'];
  const ROUTES: [string, string, object | undefined, string[]][] = [
    ['GET', '/api/creation/programmes', undefined, ALL],
    [
      'POST',
      '/api/creation/programmes',
      {
        nodeId: x,
        name: 'x',
        passPct: 80,
        publicityDays: 7,
        renewYears: 3,
        indicators: [{ name: 'x', points: 1 }],
      },
      ['org'],
    ],
    ['GET', `/api/creation/programmes/${x}`, undefined, ALL],
    [
      'PUT',
      `/api/creation/programmes/${x}/settings`,
      { version: 1, passPct: 80, publicityDays: 7, renewYears: 3 },
      ['org'],
    ],
    ['GET', `/api/creation/programmes/${x}/standard/export`, undefined, ALL],
    ['POST', `/api/creation/programmes/${x}/standard/import`, undefined, ['org']],
    ['GET', '/api/creation/declarations', undefined, ALL],
    ['GET', '/api/creation/declarations/export', undefined, ['org', 'street']],
    [
      'POST',
      '/api/creation/declarations',
      { programmeId: x, nodeId: x, level: 'district' },
      ['community', 'dept'],
    ],
    ['GET', `/api/creation/declarations/${x}`, undefined, ALL],
    [
      'PUT',
      `/api/creation/declarations/${x}/self`,
      { version: 1, items: [{ indicatorId: x, selfScore: 1 }] },
      ['community', 'dept'],
    ],
    ['POST', `/api/creation/declarations/${x}/scores`, { indicatorId: x, score: 1 }, ['org']],
    ['POST', `/api/creation/declarations/${x}/moves`, { action: 'submit', version: 1 }, ALL],
    ['POST', `/api/creation/declarations/${x}/recheck`, { version: 1, outcome: 'pass' }, ['org']],
    ['GET', `/api/creation/declarations/${x}/publicity`, undefined, ALL],
    ['GET', `/api/creation/index?year=${year}`, undefined, ['org', 'street', 'community']],
    ['GET', `/api/creation/index/export?year=${year}`, undefined, ['org', 'street']],
    [
      'POST',
      '/api/creation/index/scores',
      { partyOrgId: x, year, quarter: 1, scores: [{ code: 'service', score: 1 }] },
      ['org', 'street'],
    ],
    [
      'PUT',
      '/api/creation/index/indicators',
      { nodeId: x, indicators: [{ code: 'a', name: 'a', weight: 1 }] },
      ['org'],
    ],
    ['POST', `/api/creation/index/indicators/import?nodeId=${x}`, undefined, ['org']],
    [
      'GET',
      `/api/creation/index/scores/sheet?nodeId=${x}&year=${year}&quarter=1`,
      undefined,
      ['org', 'street'],
    ],
    [
      'POST',
      `/api/creation/index/scores/import?nodeId=${x}&year=${year}&quarter=1`,
      undefined,
      ['org', 'street'],
    ],
    [
      'POST',
      '/api/creation/index/rectifications',
      { partyOrgId: x, year, quarter: 1, note: 'x' },
      ['street', 'community'],
    ],
  ];
  const clients = () =>
    ({ org: district, street, community, dept, cadre, resident, grid: gridWorker }) as Record<string, Client>;
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
    expect((await env.anon().get('/api/creation/programmes')).status).toBe(401);
  });
});
