/**
 * The support around social organisations through HTTP (seed 001 普陀, seed 003 福田): a street
 * keeps its 党建指导员 roster, sends an instructor to an organisation and to a base, the
 * organisation's staff are told, visits are logged only where the instructor is in charge, the
 * coverage and the home page follow; the talent register with its levels and the figures per
 * street; the base with settlements and the four links; Excel in and out; one case per role.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/access/access.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';
import { creditCodeCheckChar } from './socialorgs.rules.ts';
import { quarterStart } from './socialorgs.support.rules.ts';

let env: TestEnv;
let zzb: Client;
let street: Client; // 福田街道
let street2: Client; // 香蜜湖街道
let shehui: Client; // social_org staff of org1
let luohu: Client; // another district's street
const orgs: Record<string, string> = {};
let instructor: string;
let base: string;
const day = (n: number) => shanghaiDay(new Date(Date.now() + n * 86_400_000));
const code = (n: number) => {
  const head = `52440304MJ${String(n).padStart(7, '0')}`;
  return head + creditCodeCheckChar(head);
};
async function xlsx(header: string[], rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow(header);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const todoKeys = async (c: Client) =>
  Object.fromEntries(
    (await c.get('/api/home/todos')).body.map((x: { key: string; count: number }) => [x.key, x.count]),
  );
const thisYear = (d: string) => (d.slice(0, 4) === day(0).slice(0, 4) ? 1 : 0);

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  street2 = await env.as('street_officer', 'street2');
  shehui = await env.as('social_org', 'community11');
  luohu = await env.as('street_officer', 'street3');
  const reg = async (key: string, node: 'community11' | 'community12' | 'community21', n: number) => {
    const r = await zzb.post('/api/socialorgs', {
      nodeId: env.nodes[node].id,
      name: key,
      creditCode: code(n),
      category: 'elderly',
      partyBranch: 'joint',
    });
    expect(r.status, r.raw).toBe(200);
    orgs[key] = r.body.id;
  };
  await reg('福山长者服务社', 'community11', 1);
  await reg('水围邻里中心', 'community12', 2);
  await reg('竹林文体协会', 'community21', 3);
  expect(
    (await zzb.post(`/api/socialorgs/${orgs['福山长者服务社']}/staff`, { username: shehui.username })).status,
  ).toBe(200);
});
afterAll(() => env.close());

describe('党建指导员 roster and assignment', () => {
  it('bad input is a 400 naming the field; a community is no sending node (422)', async () => {
    const body = { nodeId: env.nodes.street1.id, name: '张建国', unit: '区委组织部', phone: '13800138000' };
    for (const bad of [{ name: 'a\u0000b' }, { phone: 'call me' }, { name: '\ud800' }, { unit: '' }]) {
      const r = await street.post('/api/socialorgs/instructors', { ...body, ...bad });
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.body.errors.length).toBeGreaterThan(0);
    }
    const c = await street.post('/api/socialorgs/instructors', { ...body, nodeId: env.nodes.community11.id });
    expect([c.status, c.body.errors[0].field]).toEqual([422, 'nodeId']);
    const ok = await street.post('/api/socialorgs/instructors', body);
    expect(ok.status, ok.raw).toBe(200);
    instructor = ok.body.id;
    const list = (await street.get('/api/socialorgs/instructors')).body;
    expect(list.items).toEqual([
      expect.objectContaining({ name: '张建国', phone: '138****8000', postedTo: [] }),
    ]);
    expect(list.can).toEqual({ manage: true, export: true });
    expect((await street2.get(`/api/socialorgs/instructors/${instructor}`)).status).toBe(404);
    expect((await luohu.get(`/api/socialorgs/instructors/${instructor}`)).status).toBe(404);
  });

  it('sent to an organisation: its staff are told; a term backwards or another street’s organisation is 422', async () => {
    const url = `/api/socialorgs/instructors/${instructor}/assignments`;
    const term = { startsOn: day(-100), endsOn: day(265) };
    const back = await street.post(url, {
      target: 'org',
      targetId: orgs['福山长者服务社'],
      startsOn: day(5),
      endsOn: day(1),
    });
    expect([back.status, back.body.errors[0].field]).toEqual([422, 'endsOn']);
    const far = await street.post(url, { target: 'org', targetId: orgs['竹林文体协会'], ...term });
    expect([far.status, far.body.errors[0].field]).toEqual([422, 'targetId']);
    expect((await street2.post(url, { target: 'org', targetId: orgs['竹林文体协会'], ...term })).status).toBe(
      404,
    );
    const ok = await street.post(url, { target: 'org', targetId: orgs['福山长者服务社'], ...term });
    expect(ok.status, ok.raw).toBe(200);
    const told = await env.db
      .selectFrom('notify_notifications')
      .select(['title', 'link'])
      .where('user_id', '=', shehui.userId)
      .where('kind', '=', 'socialorgs.instructor_assigned')
      .execute();
    expect(told).toEqual([{ title: expect.stringContaining('张建国'), link: '/socialorgs/instructors' }]);
    const audited = await env.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', instructor)
      .execute();
    expect(audited.map((a) => a.action)).toContain('socialorgs.instructor.assign');
  });

  it('the coverage: one organisation with an instructor, one without; the social organisation sees its own', async () => {
    const c = (await street.get('/api/socialorgs/coverage')).body;
    expect([c.covered, c.uncovered]).toEqual([1, 1]);
    expect(c.orgs.find((o: { name: string }) => o.name === '福山长者服务社').instructors).toEqual(['张建国']);
    expect(c.quarters).toHaveLength(4);
    const own = (await shehui.get('/api/socialorgs/coverage')).body;
    expect(own.orgs.map((o: { name: string; instructors: string[] }) => [o.name, o.instructors])).toEqual([
      ['福山长者服务社', ['张建国']],
    ]);
    expect((await todoKeys(street))['socialorgs.uncovered']).toBe(1);
    expect((await todoKeys(street))['socialorgs.no_visit']).toBe(1);
  });

  it('a visit: only to an organisation in charge that day, not in the future; once per Idempotency-Key', async () => {
    const url = `/api/socialorgs/instructors/${instructor}/visits`;
    const visit = {
      orgId: orgs['福山长者服务社'],
      visitedOn: day(-1),
      topic: '指导党支部规范化建设',
      outcome: '完善三会一课台账',
    };
    const not = await street.post(url, { ...visit, orgId: orgs['水围邻里中心'] });
    expect([not.status, not.body.errors[0].field]).toEqual([422, 'orgId']);
    const before = await street.post(url, { ...visit, visitedOn: day(-200) });
    expect([before.status, before.body.errors[0].field]).toEqual([422, 'orgId']);
    const future = await street.post(url, { ...visit, visitedOn: day(2) });
    expect([future.status, future.body.errors[0].field]).toEqual([422, 'visitedOn']);
    const h = { 'idempotency-key': 'socsupport-visit-0001' };
    const a = await street.post(url, visit, h);
    expect(a.status, a.raw).toBe(200);
    expect((await street.post(url, visit, h)).body.id).toBe(a.body.id);
    const v = (await street.get(`/api/socialorgs/instructors/${instructor}`)).body;
    expect(v.visits).toHaveLength(1);
    expect(v.visitsThisQuarter).toBe(day(-1) >= quarterStart(day(0)) ? 1 : 0);
    expect(v.inCharge.map((o: { name: string }) => o.name)).toEqual(['福山长者服务社']);
    expect(v.can).toEqual({ manage: true });
    expect((await shehui.post(url, visit)).status).toBe(403);
  });
});

describe('社会组织总部基地 and the 四联平台', () => {
  it('a street registers a base; a name twice is 422; settles an organisation under it, not another street’s', async () => {
    const b = {
      nodeId: env.nodes.street1.id,
      name: '福田街道社会组织总部基地',
      kind: 'headquarters',
      address: '福华路1号',
    };
    const r = await street.post('/api/socialorgs/bases', b);
    expect(r.status, r.raw).toBe(200);
    base = r.body.id;
    expect((await street.post('/api/socialorgs/bases', b)).status).toBe(422);
    const url = `/api/socialorgs/bases/${base}/settlements`;
    const far = await street.post(url, { orgId: orgs['竹林文体协会'], startsOn: day(-300), endsOn: day(20) });
    expect([far.status, far.body.errors[0].field]).toEqual([422, 'orgId']);
    expect(
      (await street.post(url, { orgId: orgs['水围邻里中心'], startsOn: day(-300), endsOn: day(20) })).status,
    ).toBe(200);
    expect((await luohu.get(`/api/socialorgs/bases/${base}`)).status).toBe(404);
    expect((await todoKeys(street))['socialorgs.settlement_ending']).toBe(1);
  });

  it('an instructor sent to the base covers the organisations settled in it', async () => {
    const r = await street.post(`/api/socialorgs/instructors/${instructor}/assignments`, {
      target: 'base',
      targetId: base,
      startsOn: day(-30),
      endsOn: day(335),
    });
    expect(r.status, r.raw).toBe(200);
    const c = (await street.get('/api/socialorgs/coverage')).body;
    expect([c.covered, c.uncovered]).toEqual([2, 0]);
    const visit = { orgId: orgs['水围邻里中心'], visitedOn: day(0), topic: '联建活动指导' };
    expect((await street.post(`/api/socialorgs/instructors/${instructor}/visits`, visit)).status).toBe(200);
  });

  it('four-link records with the organisations taking part; counted per link', async () => {
    const url = `/api/socialorgs/bases/${base}/links`;
    const rec = {
      link: 'mediate',
      heldOn: day(-3),
      title: '邻里纠纷联调会',
      orgIds: [orgs['水围邻里中心'], orgs['福山长者服务社']],
    };
    expect((await street.post(url, { ...rec, link: 'war' })).status).toBe(400);
    expect((await street.post(url, { ...rec, orgIds: [] })).status).toBe(400);
    const far = await street.post(url, { ...rec, orgIds: [orgs['竹林文体协会']] });
    expect([far.status, far.body.errors[0].field]).toEqual([422, 'orgIds']);
    expect((await street.post(url, rec)).status).toBe(200);
    expect((await street.post(url, { ...rec, link: 'build', title: '党建联建签约' })).status).toBe(200);
    const b = (await shehui.get(`/api/socialorgs/bases/${base}`)).status;
    expect(b).toBe(404); // a community's staff do not see a street's base
    const v = (await zzb.get(`/api/socialorgs/bases/${base}`)).body;
    expect(v).toMatchObject({ settled: 1, can: { manage: true }, instructors: ['张建国'] });
    expect(v.records.map((r: { link: string; orgs: string[] }) => [r.link, r.orgs.length])).toEqual(
      expect.arrayContaining([
        ['mediate', 2],
        ['build', 2],
      ]),
    );
    expect(v.settlements[0]).toMatchObject({ orgName: '水围邻里中心', running: true, ending: true });
    const list = (await street.get('/api/socialorgs/bases')).body.items;
    const n = thisYear(day(-3));
    expect(list[0].links).toEqual({ build: n, mediate: n, manage: 0, serve: 0 });
  });
});

describe('草根领袖与本土社工 register', () => {
  it('only a certified social worker has a level; trainings; figures per street', async () => {
    const body = {
      nodeId: env.nodes.community11.id,
      name: '李秀英',
      kind: 'certified',
      phone: '13912345678',
    };
    const no = await street.post('/api/socialorgs/talents', body);
    expect([no.status, no.body.errors[0].field]).toEqual([422, 'certLevel']);
    const lvl = await street.post('/api/socialorgs/talents', {
      ...body,
      kind: 'leader',
      certLevel: 'senior',
    });
    expect([lvl.status, lvl.body.errors[0].field]).toEqual([422, 'certLevel']);
    const far = await street.post('/api/socialorgs/talents', {
      ...body,
      orgId: orgs['竹林文体协会'],
      certLevel: 'assistant',
    });
    expect([far.status, far.body.errors[0].field]).toEqual([422, 'orgId']);
    const ok = await street.post('/api/socialorgs/talents', {
      ...body,
      certLevel: 'intermediate',
      certNo: 'S2024440304001',
      orgId: orgs['福山长者服务社'],
    });
    expect(ok.status, ok.raw).toBe(200);
    const t = `/api/socialorgs/talents/${ok.body.id}/trainings`;
    expect((await street.post(t, { trainedOn: day(-10), course: '社区治理实务', hours: 1e308 })).status).toBe(
      400,
    );
    expect((await street.post(t, { trainedOn: day(3), course: '社区治理实务', hours: 8 })).status).toBe(422);
    expect((await street.post(t, { trainedOn: day(-10), course: '社区治理实务', hours: 8 })).status).toBe(
      200,
    );
    const community = await env.as('community_officer', 'community11');
    const leader = { nodeId: env.nodes.community11.id, name: '王大姐', kind: 'leader' };
    expect((await community.post('/api/socialorgs/talents', leader)).status).toBe(200);
    expect((await street2.post(t, { trainedOn: day(-10), course: 'x', hours: 2 })).status).toBe(404);
    const list = (await street.get('/api/socialorgs/talents')).body;
    expect(list.items.find((i: { name: string }) => i.name === '李秀英')).toMatchObject({
      certLevel: 'intermediate',
      orgName: '福山长者服务社',
      phone: '139****5678',
      hours: 8,
    });
    expect(list.streets).toEqual([
      {
        nodeId: env.nodes.street1.id,
        nodeName: '福田街道',
        leaders: 1,
        workers: 0,
        certified: 1,
        certifiedShare: 50,
      },
    ]);
  });

  it('Excel in: a bad kind adds nothing and names the row; a good file adds all; Excel out', async () => {
    const header = ['姓名', '类别', '证书等级', '所在社会组织', '联系电话'];
    const url = `/api/socialorgs/talents/import?nodeId=${env.nodes.community12.id}`;
    const bad = await street.upload(
      url,
      await xlsx(header, [
        ['赵敏', '志愿者', '', '', ''],
        ['钱红', '持证社工', '', '', ''],
      ]),
      't.xlsx',
    );
    expect(bad.body.created).toBe(0);
    expect(bad.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [2, 'kind'],
      [3, 'certLevel'],
    ]);
    const good = await street.upload(
      url,
      await xlsx(header, [
        ['赵敏', '草根领袖', '', '水围邻里中心', ''],
        ['钱红', '持证社工', '助理', '', '13700001111'],
      ]),
      't.xlsx',
    );
    expect(good.body).toEqual({ created: 2, skipped: 0, errors: [] });
    const out = await street.request('GET', '/api/socialorgs/talents/export');
    const rows = await sheetRows(out.rawPayload as Buffer);
    expect(rows.header).toContain('证书等级');
    expect(rows.body.find((r) => r[0] === '钱红')).toEqual(
      expect.arrayContaining(['持证社工', '助理社会工作师', '137****1111']),
    );
  });

  it('the roster in Excel: names already there are skipped', async () => {
    const url = `/api/socialorgs/instructors/import?nodeId=${env.nodes.street1.id}`;
    const r = await street.upload(
      url,
      await xlsx(
        ['姓名', '所在单位', '联系电话'],
        [
          ['张建国', '区委组织部', ''],
          ['陈志强', '区民政局', '13600001111'],
        ],
      ),
      'i.xlsx',
    );
    expect(r.body).toEqual({ created: 1, skipped: 1, errors: [] });
    const bad = await street.upload(url, await xlsx(['姓名', '所在单位'], [['周丽', '']]), 'i.xlsx');
    expect(bad.body.errors[0]).toMatchObject({ row: 2, field: 'unit' });
    const out = await street.request('GET', '/api/socialorgs/instructors/export');
    const rows = await sheetRows(out.rawPayload as Buffer);
    expect(rows.body.map((x) => x[0]).sort()).toEqual(['张建国', '陈志强']);
    expect(rows.body.find((x) => x[0] === '陈志强')![2]).toBe('136****1111');
  });
});

describe('the dashboard figures', () => {
  it('coverage, visits, talents, certified share and the four links under the street', async () => {
    const r = await street.get(`/api/home/stats?nodeId=${env.nodes.street1.id}`);
    expect(r.status, r.raw).toBe(200);
    const f = (k: string) =>
      (r.body as { key: string; value: number | null }[]).find((x) => x.key === `socialorgs.${k}`)?.value;
    expect(f('instructors')).toBe(1);
    expect(f('covered')).toBe(100);
    expect(f('talents')).toBe(4);
    expect(f('certified')).toBe(50);
    expect(f('link_mediate')).toBe(thisYear(day(-3)));
  });
});

describe('who may do what (one case per role)', () => {
  // [role, node, GET instructors, POST instructor, GET talents, POST talent, GET bases, POST base]
  const table: [
    Role,
    'district' | 'street1' | 'community11',
    number,
    number,
    number,
    number,
    number,
    number,
  ][] = [
    ['org_officer', 'district', 200, 422, 200, 422, 200, 422],
    ['street_officer', 'street1', 200, 422, 200, 422, 200, 422],
    ['community_officer', 'community11', 200, 403, 200, 422, 200, 403],
    ['social_org', 'community11', 200, 403, 200, 403, 200, 403],
    ['resident', 'community11', 403, 403, 403, 403, 403, 403],
    ['grid_worker', 'community11', 403, 403, 403, 403, 403, 403],
    ['party_member', 'community11', 403, 403, 403, 403, 403, 403],
    ['dept_officer', 'district', 403, 403, 403, 403, 403, 403],
    ['auditor', 'district', 403, 403, 403, 403, 403, 403],
  ];
  it.each(table)('%s', async (role, node, gi, pi, gt, pt, gb, pb) => {
    const c = await env.as(role, node);
    const n = env.nodes.grid111.id; // a grid is no place for any of them: 422 once allowed
    expect((await c.get('/api/socialorgs/instructors')).status).toBe(gi);
    expect(
      (await c.post('/api/socialorgs/instructors', { nodeId: n, name: '某', unit: '某单位' })).status,
    ).toBe(pi);
    expect((await c.get('/api/socialorgs/talents')).status).toBe(gt);
    expect((await c.post('/api/socialorgs/talents', { nodeId: n, name: '某', kind: 'leader' })).status).toBe(
      pt,
    );
    expect((await c.get('/api/socialorgs/bases')).status).toBe(gb);
    expect(
      (await c.post('/api/socialorgs/bases', { nodeId: n, name: '某基地', kind: 'incubation' })).status,
    ).toBe(pb);
  });
});
