/**
 * 主体责任清单 through HTTP (seed 004 Luohu): the district's templates (and in and out of Excel), the
 * year's lists made for every organisation and post, a community reporting progress and the office
 * checking it, a numbered quarterly bulletin frozen once published (a correction is a new one), the
 * yearly report rated by the rules, a hand-over to 问责 citing the catalogue, to-dos, figures, and
 * one authorisation case per role and route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';

let env: TestEnv;
let zzb: Client; // org_officer on the district (the office)
let street: Client; // street_officer on 福田街道
let community: Client; // community_officer on 福山社区
let dept: Client; // dept_officer on 区住房和建设局
let cadre: Client;
let resident: Client;
let gridWorker: Client;
let other: Client; // org_officer of another district
const n = (k: 'community11' | 'community12' | 'street1' | 'district' | 'dept' | 'grid111') => env.nodes[k].id;
const YEAR = 2025;

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  community = await env.as('community_officer', 'community11');
  dept = await env.as('dept_officer', 'dept');
  cadre = await env.as('cadre', 'dept');
  resident = await env.as('resident', 'community11');
  gridWorker = await env.as('grid_worker', 'grid111');
  other = await env.as('org_officer', 'district2');
});
afterAll(() => env.close());

const template = (b: object) => zzb.post('/api/dutylists/templates', b);

describe('templates per organisation kind and post (纵向到底, 横向到边, 定向到人)', () => {
  it('the office keeps them; bad kinds, days and attacker inputs are refused field by field', async () => {
    const base = {
      target: 'org',
      kind: 'community_committee',
      seq: 1,
      title: '每季度专题研究党建工作',
      evidence: '会议纪要',
      dueMd: '03-31',
    };
    expect((await template(base)).status).toBe(200);
    expect((await template(base)).status).toBe(409);
    expect((await template({ ...base, seq: 2, title: '落实“三会一课”制度', dueMd: '06-30' })).status).toBe(
      200,
    );
    expect((await template({ ...base, seq: 3, title: '书记抓基层党建述职', dueMd: '12-31' })).status).toBe(
      200,
    );
    expect(
      (
        await template({
          ...base,
          kind: 'street_committee',
          title: '街道党工委全年党建工作要点',
          dueMd: '02-28',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await template({
          ...base,
          target: 'post',
          kind: 'secretary',
          title: '履行第一责任人职责',
          dueMd: '06-30',
        })
      ).status,
    ).toBe(200);
    expect((await street.post('/api/dutylists/templates', base)).status).toBe(403);
    const wrong = await template({ ...base, kind: 'secretary', title: 'x' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].field).toBe('kind');
    const day = await template({ ...base, title: 'y', dueMd: '02-30' });
    expect(day.status).toBe(422);
    expect(day.body.errors[0].field).toBe('dueMd');
    for (const bad of [
      { ...base, title: 'a\u0000b' },
      { ...base, title: 'a\ud800b' },
      { ...base, title: '长'.repeat(201) },
      { ...base, seq: 1e308 },
      { ...base, kind: 'nonsense' },
      { ...base, dueMd: '3-31' },
    ]) {
      const r = await template(bad);
      expect(r.status, JSON.stringify(bad).slice(0, 60)).toBe(400);
      expect(r.body.errors.length).toBeGreaterThan(0);
    }
    const list = await community.get('/api/dutylists/templates');
    expect(list.body.templates).toHaveLength(5);
    expect(list.body.can.manage).toBe(false);
    const t = list.body.templates.find((x: any) => x.title === '落实“三会一课”制度');
    const up = { ...t, title: '落实“三会一课”和主题党日制度' };
    delete up.id;
    expect((await zzb.put(`/api/dutylists/templates/${t.id}`, up)).status).toBe(200);
    expect((await zzb.put(`/api/dutylists/templates/${t.id}`, up)).status).toBe(409); // stale version
    expect((await other.put(`/api/dutylists/templates/${t.id}`, up)).status).toBe(404);
  });

  it('Excel: exported, and imported with a dry run, per-row errors and nothing added twice', async () => {
    const out = await zzb.get('/api/dutylists/templates/export');
    const sheet = await sheetRows(out.rawPayload);
    expect(sheet.header).toEqual(['对象', '责任主体', '排序', '责任事项', '佐证材料', '完成时限']);
    expect(sheet.body).toContainEqual([
      '组织',
      '社区党委',
      '1',
      '每季度专题研究党建工作',
      '会议纪要',
      '03-31',
    ]);
    const csv = (rows: string[][]) =>
      Buffer.from(
        ['对象,责任主体,排序,责任事项,佐证材料,完成时限', ...rows.map((r) => r.join(','))].join('\r\n'),
      );
    const good = csv([
      ['组织', '区纪委', '1', '履行监督责任，开展政治巡查', '巡察报告', '11-30'],
      ['组织', '党组', '1', '党组理论学习中心组学习', '学习记录', '06-30'],
      ['组织', '社区党委', '1', '每季度专题研究党建工作', '会议纪要', '03-31'],
    ]);
    const url = (dry: boolean) => `/api/dutylists/templates/import?dryRun=${dry ? 1 : 0}`;
    const dry = await zzb.upload(url(true), good, 't.csv', 'text/csv');
    expect(dry.body).toMatchObject({ dryRun: true, added: 2, skipped: 1 });
    const bad = await zzb.upload(
      url(false),
      csv([['单位', '区委', '0', '=cmd', '', '02-30']]),
      't.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.field)).toEqual([
      'row2.title',
      'row2.target',
      'row2.seq',
      'row2.dueMd',
    ]);
    expect(bad.body.errors[0].message).toContain('第 2 行');
    expect((await street.upload(url(false), good, 't.csv', 'text/csv')).status).toBe(403);
    expect((await zzb.upload(url(false), good, 't.csv', 'text/csv')).body.added).toBe(2);
    expect((await zzb.upload(url(false), good, 't.csv', 'text/csv')).body.added).toBe(0);
  });
});

describe("the year's lists, progress and the office's check", () => {
  let itemId: string;
  let listId: string;

  it('instantiating the year makes a list for every organisation and post that has templates, once', async () => {
    const r = await zzb.post('/api/dutylists/instantiate', { year: YEAR });
    // 区: 区纪委 + 书记; 2 streets: 党工委 + 书记; 3 communities: 社区党委 + 书记; 1 department: 党组
    expect(r.body).toEqual({ lists: 2 + 4 + 6 + 1, items: 2 + 4 + 3 * 4 + 1 });
    expect((await zzb.post('/api/dutylists/instantiate', { year: YEAR })).body).toEqual({
      lists: 0,
      items: 0,
    });
    expect((await other.post('/api/dutylists/instantiate', { year: YEAR })).body.lists).toBe(0);
    const mine = await community.get(`/api/dutylists/lists?year=${YEAR}`);
    expect(mine.body.lists.map((l: any) => [l.nodeName, l.kind])).toEqual([
      ['福山社区', 'community_committee'],
      ['福山社区', 'secretary'],
    ]);
    expect(mine.body.lists[0]).toMatchObject({ items: 3, accepted: 0, overdue: 3, completion: 0 });
    expect((await street.get(`/api/dutylists/lists?year=${YEAR}`)).body.lists).toHaveLength(6);
    expect((await other.get(`/api/dutylists/lists?nodeId=${n('street1')}`)).status).toBe(404);
    listId = mine.body.lists[0].id;
    const l = await community.get(`/api/dutylists/lists/${listId}`);
    expect(l.body.itemsList.map((i: any) => [i.title, i.dueOn, i.overdue, i.actions])).toEqual([
      ['每季度专题研究党建工作', `${YEAR}-03-31`, true, ['report']],
      ['落实“三会一课”和主题党日制度', `${YEAR}-06-30`, true, ['report']],
      ['书记抓基层党建述职', `${YEAR}-12-31`, true, ['report']],
    ]);
    itemId = l.body.itemsList[0].id;
    expect((await other.get(`/api/dutylists/lists/${listId}`)).status).toBe(404);
    // a 基层党组织 added one by one; the same again is 409
    const one = { year: YEAR, nodeId: n('community12'), target: 'org', kind: 'community_committee' };
    expect((await zzb.post('/api/dutylists/lists', one)).status).toBe(409);
    expect((await zzb.post('/api/dutylists/lists', { ...one, kind: 'secretary' })).status).toBe(422);
  });

  it('the community reports with evidence (a retry is answered once); the office returns, then accepts', async () => {
    const url = `/api/dutylists/items/${itemId}/report`;
    const body = {
      progress: '3月12日召开党委会专题研究党建工作',
      evidence: '党委会会议纪要（2025第3次）',
      version: 1,
    };
    expect((await resident.post(url, body)).status).toBe(403);
    expect((await other.post(url, body)).status).toBe(404);
    const key = { 'idempotency-key': 'dutylists-report-0001' };
    expect((await community.post(url, body, key)).status).toBe(200);
    expect((await community.post(url, body, key)).status).toBe(200); // the phone's retry
    expect((await community.post(url, { ...body, progress: '别的' }, key)).status).toBe(422);
    const check = `/api/dutylists/items/${itemId}/check`;
    expect((await community.post(check, { action: 'accept', version: 2 })).status).toBe(403);
    expect((await zzb.post(check, { action: 'return', version: 2 })).status).toBe(422); // a reason is needed
    expect((await zzb.post(check, { action: 'accept', version: 1 })).status).toBe(409);
    expect((await zzb.post(check, { action: 'return', note: '请补充会议签到表', version: 2 })).status).toBe(
      200,
    );
    expect((await zzb.post(check, { action: 'accept', version: 3 })).status).toBe(409); // returned, not reported
    expect((await community.post(url, { ...body, evidence: '会议纪要、签到表', version: 3 })).status).toBe(
      200,
    );
    expect((await zzb.post(check, { action: 'accept', version: 4 })).status).toBe(200);
    const l = await community.get(`/api/dutylists/lists/${listId}`);
    expect(l.body).toMatchObject({ accepted: 1, overdue: 2, completion: 33.3 });
    expect(l.body.itemsList[0]).toMatchObject({
      state: 'accepted',
      overdue: false,
      evidence: '会议纪要、签到表',
      actions: [],
    });
    const told = await env.db
      .selectFrom('notify_notifications')
      .select(['kind', 'title'])
      .where('node_id', '=', n('community11'))
      .where('kind', '=', 'dutylists.checked')
      .execute();
    expect(told.map((x) => x.title)).toEqual([
      '责任清单事项“每季度专题研究党建工作”：已退回',
      '责任清单事项“每季度专题研究党建工作”：已完成',
    ]);
    const audited = await env.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', itemId)
      .execute();
    expect(audited.filter((a) => a.action === 'dutylists.item.report')).toHaveLength(2);
  });

  it('the items export as Excel, overdue marked', async () => {
    const r = await street.get(`/api/dutylists/items/export?year=${YEAR}`);
    const sheet = await sheetRows(r.rawPayload);
    expect(sheet.header.slice(0, 4)).toEqual(['单位', '责任主体', '责任人', '序号']);
    const first = sheet.body.find((x) => x[4] === '每季度专题研究党建工作' && x[0] === '福山社区')!;
    expect(first.slice(5, 8)).toEqual([`${YEAR}-03-31`, '已完成', '']);
    expect(sheet.body.find((x) => x[0] === '水围社区')![7]).toBe('是');
  });
});

describe('季度专项通报: numbered, published to the organisations, frozen', () => {
  let id: string;
  it('the office composes Q1 from the figures; the organisations do not see the draft', async () => {
    const r = await zzb.post('/api/dutylists/bulletins', {
      year: YEAR,
      quarter: 1,
      practices: '福山社区“四位一体”小区党建经验',
    });
    expect(r.status).toBe(200);
    id = r.body.id;
    const b = (await zzb.get(`/api/dutylists/bulletins/${id}`)).body;
    expect(b).toMatchObject({
      no: 1,
      number: `〔${YEAR}〕第1期`,
      title: `关于${YEAR}年第1季度全面从严治党主体责任落实情况的通报`,
      state: 'draft',
      can: { edit: true, publish: true, correct: false },
    });
    // as of 31 March: the four organisations' items due by then (a community's first, a street's one) — none accepted by then
    expect(b.figures).toMatchObject({ asOf: `${YEAR}-03-31`, due: 5, accepted: 0, rate: 0 });
    expect(b.figures.overdue.map((o: any) => o.nodeName)).toContain('水围社区');
    expect((await community.get(`/api/dutylists/bulletins/${id}`)).status).toBe(404);
    expect((await community.get('/api/dutylists/bulletins')).body).toEqual([]);
  });

  it('published: the organisations are told and read it; it can no longer change; a correction is a new number', async () => {
    const b = (await zzb.get(`/api/dutylists/bulletins/${id}`)).body;
    expect(
      (
        await zzb.put(`/api/dutylists/bulletins/${id}`, {
          practices: '补充：水围社区党员志愿服务',
          version: b.version,
        })
      ).status,
    ).toBe(200);
    expect((await street.post(`/api/dutylists/bulletins/${id}/publish`, { version: 2 })).status).toBe(403);
    expect((await zzb.post(`/api/dutylists/bulletins/${id}/publish`, { version: 1 })).status).toBe(409);
    expect((await zzb.post(`/api/dutylists/bulletins/${id}/publish`, { version: 2 })).status).toBe(200);
    expect((await zzb.post(`/api/dutylists/bulletins/${id}/publish`, { version: 3 })).status).toBe(409);
    expect((await zzb.put(`/api/dutylists/bulletins/${id}`, { practices: '改', version: 3 })).status).toBe(
      409,
    );
    const seen = await community.get(`/api/dutylists/bulletins/${id}`);
    expect(seen.body).toMatchObject({
      state: 'published',
      practices: '补充：水围社区党员志愿服务',
      can: { edit: false },
    });
    const told = await env.db
      .selectFrom('notify_notifications')
      .select('node_id')
      .where('kind', '=', 'dutylists.bulletin')
      .execute();
    expect(told).toHaveLength(7); // the district, 2 streets, 3 communities, 1 department
    expect(
      (await other.post('/api/dutylists/bulletins', { year: YEAR, quarter: 1, correctsId: id })).status,
    ).toBe(422);
    const c = await zzb.post('/api/dutylists/bulletins', { year: YEAR, quarter: 1, correctsId: id });
    const corr = (await zzb.get(`/api/dutylists/bulletins/${c.body.id}`)).body;
    expect(corr).toMatchObject({
      no: 2,
      correctsNumber: `〔${YEAR}〕第1期`,
      title: `关于〔${YEAR}〕第1期通报的更正`,
    });
  });
});

describe('年度专项述职 and 问责 records', () => {
  let reportId: string;
  it('the secretary files once; the office scores it and the rating follows the rules', async () => {
    const body = {
      year: YEAR,
      nodeId: n('community11'),
      secretary: '陈志强',
      body: '一年来，社区党委认真履行主体责任……',
    };
    expect(
      (await community.post('/api/dutylists/reports', { ...body, nodeId: n('community12') })).status,
    ).toBe(404);
    expect((await community.post('/api/dutylists/reports', { ...body, nodeId: n('grid111') })).status).toBe(
      422,
    );
    const r = await community.post('/api/dutylists/reports', body);
    expect(r.status).toBe(200);
    reportId = r.body.id;
    expect((await community.post('/api/dutylists/reports', body)).status).toBe(409);
    const rate = `/api/dutylists/reports/${reportId}/rate`;
    expect((await community.post(rate, { score: 95, version: 1 })).status).toBe(403);
    expect((await zzb.post(rate, { score: 101, version: 1 })).status).toBe(400);
    // one of three items done: 33.3% → 差 whatever the score
    expect((await zzb.post(rate, { score: 95, version: 1 })).body).toEqual({
      rating: 'poor',
      completion: 33.3,
    });
    const table = await street.get(`/api/dutylists/reports?year=${YEAR}`);
    expect(table.body).toEqual([
      expect.objectContaining({
        nodeName: '福山社区',
        secretary: '陈志强',
        score: 95,
        rating: 'poor',
        can: { rate: false },
      }),
    ]);
  });

  it('a case handed to accountability cites the catalogue; an exemption needs its reason', async () => {
    const cat = await community.get('/api/dutylists/situations');
    expect(cat.body.map((c: any) => c.label)).toEqual([
      '党的领导弱化',
      '党的建设缺失',
      '全面从严治党不力',
      '维护党的纪律不力',
      '党风廉政建设和反腐败工作不坚决不扎实',
    ]);
    const body = {
      nodeId: n('community12'),
      year: YEAR,
      situation: 'duty_unfulfilled',
      facts: '全年清单事项均未报送',
      handedOn: '2026-01-15',
    };
    expect((await zzb.post('/api/dutylists/referrals', { ...body, situation: 'nope' })).status).toBe(400);
    expect((await zzb.post('/api/dutylists/referrals', { ...body, exempt: true })).status).toBe(422);
    expect((await other.post('/api/dutylists/referrals', body)).status).toBe(404);
    expect((await zzb.post('/api/dutylists/referrals', body)).status).toBe(200);
    const list = await street.get('/api/dutylists/referrals');
    expect(list.body).toEqual([
      expect.objectContaining({
        nodeName: '水围社区',
        category: '全面从严治党不力',
        situation: '主体责任清单事项长期不落实',
        exempt: false,
      }),
    ]);
    expect((await community.get('/api/dutylists/referrals')).body).toEqual([]);
  });

  it('figures for the year under a node, with definitions', async () => {
    const stats = await zzb.get(`/api/home/stats?nodeId=${n('street1')}&year=${YEAR}`);
    const fig = (k: string) => stats.body.find((s: any) => s.key === `dutylists.${k}`);
    expect(fig('completion').definition).toContain('已认定完成的事项');
    // street1: 党工委 1 + 书记 1, two communities × (3 + 1): 10 items, 1 done
    expect([
      fig('completion').value,
      fig('overdue').value,
      fig('bulletins').value,
      fig('reports_good').value,
    ]).toEqual([10, 9, 0, 0]);
    const district = await zzb.get(`/api/home/stats?nodeId=${n('district')}&year=${YEAR}`);
    expect(district.body.find((s: any) => s.key === 'dutylists.bulletins').value).toBe(1);
  });

  it('to-dos: a community its overdue items in red; the office the items to check', async () => {
    const todo = async (c: Client, key: string) =>
      (await c.get('/api/home/todos')).body.find((x: any) => x.key === `dutylists.${key}`);
    const due = await todo(community, 'due');
    expect(due).toMatchObject({ count: 3, level: 'red' }); // two items and the secretary's, all late
    expect(await todo(resident, 'due')).toBeUndefined();
    expect(await todo(zzb, 'to_check')).toBeUndefined();
    const l = (await community.get(`/api/dutylists/lists?year=${YEAR}`)).body.lists[1];
    const item = (await community.get(`/api/dutylists/lists/${l.id}`)).body.itemsList[0];
    await community.post(`/api/dutylists/items/${item.id}/report`, { progress: '已履行', version: 1 });
    expect(await todo(zzb, 'to_check')).toMatchObject({
      count: 1,
      entries: [{ title: '福山社区 · 履行第一责任人职责' }],
    });
    expect((await todo(community, 'due')).count).toBe(2);
  });
});

describe('one authorisation case per role and route', () => {
  const id = '00000000-0000-7000-8000-000000000000';
  const all = ['org', 'street', 'community', 'dept'];
  const ROUTES: [string, string, object | undefined, string[]][] = [
    ['GET', '/api/dutylists/templates', undefined, all],
    [
      'POST',
      '/api/dutylists/templates',
      { target: 'org', kind: 'grassroots', seq: 9, title: '授权用例', dueMd: '01-31' },
      ['org'],
    ],
    [
      'PUT',
      `/api/dutylists/templates/${id}`,
      { target: 'org', kind: 'grassroots', seq: 9, title: 'x', dueMd: '01-31', active: true, version: 1 },
      ['org'],
    ],
    ['GET', '/api/dutylists/templates/export', undefined, all],
    ['POST', '/api/dutylists/templates/import', undefined, ['org']],
    ['POST', '/api/dutylists/instantiate', { year: 2024 }, ['org']],
    ['GET', '/api/dutylists/lists', undefined, all],
    ['POST', '/api/dutylists/lists', { year: 2024, nodeId: id, target: 'org', kind: 'grassroots' }, ['org']],
    ['GET', `/api/dutylists/lists/${id}`, undefined, all],
    ['GET', '/api/dutylists/items/export', undefined, all],
    ['POST', `/api/dutylists/items/${id}/report`, { progress: 'x', version: 1 }, all],
    ['POST', `/api/dutylists/items/${id}/check`, { action: 'accept', version: 1 }, ['org']],
    ['GET', '/api/dutylists/bulletins', undefined, all],
    ['POST', '/api/dutylists/bulletins', { year: 2024, quarter: 4 }, ['org']],
    ['GET', `/api/dutylists/bulletins/${id}`, undefined, all],
    ['PUT', `/api/dutylists/bulletins/${id}`, { practices: 'x', version: 1 }, ['org']],
    ['POST', `/api/dutylists/bulletins/${id}/publish`, { version: 1 }, ['org']],
    ['GET', '/api/dutylists/reports', undefined, all],
    ['POST', '/api/dutylists/reports', { year: 2024, nodeId: id, secretary: 'x', body: 'x' }, all],
    ['POST', `/api/dutylists/reports/${id}/rate`, { score: 80, version: 1 }, ['org']],
    ['GET', '/api/dutylists/situations', undefined, all],
    ['GET', '/api/dutylists/referrals', undefined, all],
    [
      'POST',
      '/api/dutylists/referrals',
      { nodeId: id, year: 2024, situation: 'four_winds', facts: 'x', handedOn: '2025-01-01' },
      ['org'],
    ],
  ];
  const clients = () =>
    ({ org: zzb, street, community, dept, cadre, resident, grid: gridWorker }) as Record<string, Client>;
  it.each(
    ROUTES.flatMap(([m, u, b, allowed]) =>
      Object.keys(clients()).length === 0
        ? []
        : ['org', 'street', 'community', 'dept', 'cadre', 'resident', 'grid'].map(
            (role) => [role, m, u, b, allowed.includes(role)] as const,
          ),
    ),
  )('%s %s %s', async (role, method, url, body, allowed) => {
    const r = await clients()[role].request(method, url, body);
    if (allowed) expect(r.status, r.raw).not.toBe(403);
    else expect(r.status).toBe(403);
  });
  it('an anonymous caller is refused', async () => {
    expect((await env.anon().get('/api/dutylists/lists')).status).toBe(401);
  });
});
