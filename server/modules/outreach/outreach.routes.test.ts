/**
 * 双报到 through HTTP (seed 003 福田: 千名党员进社区, 守望先锋队; seed 004 罗湖: 亮身份, 三民, 志愿者联盟):
 * a party member working in 住建局 reports to 福山社区 in one tap (a retry is the same report), the
 * community accepts them into its 守望先锋队 (places counted), confirms and returns services, the
 * member pledges and keeps the pledge (shown publicly, name masked), the community sends the yearly
 * feedback the unit sees on its home page; the unit pre-registers cadres from Excel; the register and
 * hours out to Excel; the figures; one authorisation case per role and route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNationalId } from '../../platform/pii/national-id.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { cadreClient, cadresIn } from '../../testing/assessment.ts';
import { createTestEnv, TEST_PASSWORD, type Client, type TestEnv } from '../../testing/harness.ts';
import { partyOrg } from '../../testing/party.ts';
import { sheetRows } from '../../testing/sheets.ts';
import { createCadresReader } from '../people/index.ts';

let env: TestEnv;
let zzb: Client;
let bumen: Client; // dept_officer on 区住房和建设局: the members' unit
let street: Client; // street_officer on 福田街道
let shequ: Client; // community_officer on 福山社区
let shequ12: Client; // community_officer on 水围社区
let shequ21: Client; // community_officer on 竹林社区 (another street)
let resident: Client;
let gridWorker: Client;
let member: Client; // a party member living in 福山社区 (王建国)
let cadre: Client; // a cadre of 住建局
let cadreIds: string[];
let reportId: string;
let programmeId: string;
const day = (offset: number) => shanghaiDay(new Date(Date.now() + offset * 86_400_000));
const year = Number(day(0).slice(0, 4));
const report = (
  c: Client,
  communityKey: 'community11' | 'community12' = 'community11',
  h?: Record<string, string>,
) =>
  c.post(
    '/api/outreach/me/report',
    { communityId: env.nodes[communityKey].id, unitNodeId: env.nodes.dept.id },
    h,
  );
const todoKeys = async (c: Client) =>
  ((await c.get('/api/home/todos')).body as { key: string; count: number }[]).filter((x) =>
    x.key.startsWith('outreach.'),
  );

async function partyMemberAccount(name: string, username: string) {
  const branch = await partyOrg(shequ, env.nodes.community11.id, 'branch', `福山社区${name}党支部`);
  const p = await shequ.post('/api/people', {
    nodeId: env.nodes.building.id,
    name,
    gender: 'M',
    birthDate: '1985-03-01',
    nationalId: makeNationalId('440304', '1985-03-01', 7),
    phone: '13800135501',
  });
  expect(p.status, p.raw).toBe(200);
  const i = await shequ.post(`/api/people/${p.body.id}/identities`, {
    kind: 'party_member',
    attrs: { partyOrgId: branch, joinedOn: '2010-07-01', mobile: false },
  });
  expect(i.status, i.raw).toBe(200);
  await env.services.accounts.bootstrapAccount({
    username,
    displayName: username,
    password: TEST_PASSWORD,
    personId: p.body.id,
    homeDistrictId: env.nodes.district.id,
    grants: [{ role: 'party_member', nodeId: env.nodes.community11.id, districtId: env.nodes.district.id }],
  });
  return (await env.login(username)).client!;
}

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  bumen = await env.as('dept_officer', 'dept');
  street = await env.as('street_officer', 'street1');
  shequ = await env.as('community_officer', 'community11');
  shequ12 = await env.as('community_officer', 'community12');
  shequ21 = await env.as('community_officer', 'community21');
  resident = await env.as('resident', 'community11');
  gridWorker = await env.as('grid_worker', 'grid111');
  member = await partyMemberAccount('王建国', 'dangyuan_t1');
  cadreIds = await cadresIn(env, zzb, 'dept', 3);
  cadre = await cadreClient(env, cadreIds[0], 'dept');
});
afterAll(() => env.close());

describe('报到: one tap from the phone', () => {
  it('bad input is a 400 with field messages; a unit must be a unit, a community a community (422)', async () => {
    for (const bad of [{ communityId: 'a\u0000b' }, { unitNodeId: 1e308 }, { communityId: '\ud800' }]) {
      const r = await member.post('/api/outreach/me/report', {
        communityId: env.nodes.community11.id,
        unitNodeId: env.nodes.dept.id,
        ...bad,
      });
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.body.errors.length).toBeGreaterThan(0);
    }
    const r = await member.post('/api/outreach/me/report', {
      communityId: env.nodes.community11.id,
      unitNodeId: env.nodes.community12.id,
    });
    expect([r.status, r.body.errors[0].field]).toEqual([422, 'unitNodeId']);
    const c = await member.post('/api/outreach/me/report', {
      communityId: env.nodes.street1.id,
      unitNodeId: env.nodes.dept.id,
    });
    expect([c.status, c.body.errors[0].field]).toEqual([422, 'communityId']);
    const other = await member.post('/api/outreach/me/report', {
      communityId: env.nodes.community31.id,
      unitNodeId: env.nodes.dept.id,
    });
    expect(other.status).toBe(422);
  });

  it('an account standing for no person cannot report (409)', async () => {
    const nobody = await env.as('party_member', 'community11');
    expect((await report(nobody)).status).toBe(409);
    expect((await nobody.get('/api/outreach/me')).status).toBe(409);
  });

  it('the member reports once: a retry or a second tap is the same report; another community is refused', async () => {
    const me = (await member.get('/api/outreach/me')).body;
    expect(me).toMatchObject({ year, name: '王建国', report: null });
    expect(me.suggested.communityId).toBe(env.nodes.community11.id);
    expect(me.communities.map((c: { name: string }) => c.name)).toContain('福山社区');
    expect(me.units.map((c: { name: string }) => c.name)).toContain('区住房和建设局');
    const h = { 'idempotency-key': 'outreach-report-0001' };
    const a = await report(member, 'community11', h);
    expect(a.status, a.raw).toBe(200);
    expect((await report(member, 'community11', h)).body.id).toBe(a.body.id);
    expect((await report(member)).body.id).toBe(a.body.id);
    reportId = a.body.id;
    const elsewhere = await report(member, 'community12');
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.detail ?? elsewhere.body.title).toContain('其他社区');
    const mine = (await member.get('/api/outreach/me')).body.report;
    expect(mine).toMatchObject({ state: 'reported', communityName: '福山社区', unitName: '区住房和建设局' });
    const told = await env.db
      .selectFrom('notify_notifications')
      .select(['kind', 'node_id'])
      .where('object_id', '=', reportId)
      .execute();
    expect(told).toEqual([{ kind: 'outreach.reported', node_id: env.nodes.community11.id }]);
  });

  it('the community and the unit see it; another community does not (404)', async () => {
    const names = async (c: Client) =>
      (await c.get('/api/outreach/reports')).body.items.map((i: { memberName: string }) => i.memberName);
    expect(await names(shequ)).toEqual(['王建国']);
    expect(await names(bumen)).toEqual(['王建国']);
    expect(await names(street)).toEqual(['王建国']);
    expect(await names(shequ12)).toEqual([]);
    expect(await names(shequ21)).toEqual([]);
    expect((await shequ12.get(`/api/outreach/reports/${reportId}`)).status).toBe(404);
    expect((await bumen.get(`/api/outreach/reports/${reportId}`)).body.actions).toEqual([]);
    expect((await shequ.get(`/api/outreach/reports/${reportId}`)).body.actions).toEqual([
      'accept',
      'decline',
    ]);
    expect(await todoKeys(shequ)).toEqual([expect.objectContaining({ key: 'outreach.accept', count: 1 })]);
  });
});

describe('programmes and places', () => {
  it('the community registers its 守望先锋队 with one place; the same name twice is refused', async () => {
    const body = {
      nodeId: env.nodes.community11.id,
      year,
      name: '福山守望先锋队',
      kind: 'watch',
      season: '全年',
      places: 1,
    };
    const bad = await shequ.post('/api/outreach/programmes', { ...body, places: 0 });
    expect([bad.status, bad.body.errors[0].field]).toEqual([400, 'places']);
    expect(
      (await shequ.post('/api/outreach/programmes', { ...body, nodeId: env.nodes.grid111.id })).status,
    ).toBe(422);
    expect((await shequ12.post('/api/outreach/programmes', body)).status).toBe(404);
    const r = await shequ.post('/api/outreach/programmes', body);
    expect(r.status, r.raw).toBe(200);
    programmeId = r.body.id;
    expect((await shequ.post('/api/outreach/programmes', body)).status).toBe(409);
    const street1 = await street.post('/api/outreach/programmes', {
      ...body,
      nodeId: env.nodes.street1.id,
      name: '福田街道党员志愿者联盟',
      kind: 'alliance',
      places: 50,
    });
    expect(street1.status).toBe(200);
    const list = (await shequ.get('/api/outreach/programmes')).body;
    expect(list.items.map((p: { name: string }) => p.name)).toEqual(['福山守望先锋队']);
    expect((await street.get('/api/outreach/programmes')).body.items).toHaveLength(2);
    const offered = (await shequ.get(`/api/outreach/reports/${reportId}`)).body.programmes;
    expect(offered.map((p: { name: string; free: number }) => [p.name, p.free])).toEqual([
      ['福田街道 · 福田街道党员志愿者联盟', 50],
      ['福山社区 · 福山守望先锋队', 1],
    ]);
  });

  it('the community accepts into the programme; the member is told; a second member finds it full', async () => {
    const v = (await shequ.get(`/api/outreach/reports/${reportId}`)).body.version;
    expect(
      (await shequ12.post(`/api/outreach/reports/${reportId}/moves`, { action: 'accept', version: v }))
        .status,
    ).toBe(404);
    expect(
      (await shequ.post(`/api/outreach/reports/${reportId}/moves`, { action: 'accept', version: v + 1 }))
        .status,
    ).toBe(409);
    const ok = await shequ.post(`/api/outreach/reports/${reportId}/moves`, {
      action: 'accept',
      version: v,
      programmeId,
      post: '巡逻队员',
    });
    expect(ok.status, ok.raw).toBe(200);
    expect((await member.get('/api/outreach/me')).body.report).toMatchObject({
      state: 'accepted',
      programmeName: '福山守望先锋队',
      programmeKind: 'watch',
      post: '巡逻队员',
    });
    const second = await report(cadre);
    expect(second.status, second.raw).toBe(200);
    const r2 = (await shequ.get(`/api/outreach/reports/${second.body.id}`)).body;
    const full = await shequ.post(`/api/outreach/reports/${r2.id}/moves`, {
      action: 'accept',
      version: r2.version,
      programmeId,
    });
    expect(full.status).toBe(409);
    expect(full.body.detail ?? full.body.title).toContain('名额已满');
    const none = await shequ.post(`/api/outreach/reports/${r2.id}/moves`, {
      action: 'decline',
      version: r2.version,
    });
    expect([none.status, none.body.errors[0].field]).toEqual([422, 'note']);
    const d = await shequ.post(`/api/outreach/reports/${r2.id}/moves`, {
      action: 'decline',
      version: r2.version,
      note: '居住地在水围社区，请到水围社区报到',
    });
    expect(d.status).toBe(200);
    expect(
      (await cadre.post('/api/outreach/me/services', { servedOn: day(0), hours: 2, content: 'x' })).status,
    ).toBe(409);
    // declined: the member may now report to the community where they live
    expect((await report(cadre, 'community12')).body.id).toBe(r2.id);
    expect((await shequ12.get('/api/outreach/reports')).body.items).toHaveLength(1);
  });
});

describe('services, pledges and the yearly feedback', () => {
  let serviceId: string;
  it('the member records services from the phone (once per key); never in the future, in half hours', async () => {
    const body = { servedOn: day(0), hours: 2.5, content: '夜间治安巡逻', residents: 30 };
    expect((await member.post('/api/outreach/me/services', { ...body, servedOn: day(2) })).status).toBe(422);
    const half = await member.post('/api/outreach/me/services', { ...body, hours: 0.3 });
    expect([half.status, half.body.errors[0].field]).toEqual([400, 'hours']);
    const h = { 'idempotency-key': 'outreach-service-0001' };
    const a = await member.post('/api/outreach/me/services', body, h);
    expect(a.status, a.raw).toBe(200);
    expect((await member.post('/api/outreach/me/services', body, h)).body.id).toBe(a.body.id);
    serviceId = a.body.id;
    await member.post('/api/outreach/me/services', { ...body, content: '走访独居老人', hours: 1 });
    expect(await todoKeys(shequ)).toEqual([expect.objectContaining({ key: 'outreach.confirm', count: 2 })]);
  });

  it('the community confirms one and returns the other with a reason; the hours count confirmed only', async () => {
    const services = (await shequ.get(`/api/outreach/reports/${reportId}`)).body.services;
    const other = services.find((s: { id: string }) => s.id !== serviceId);
    const v = services.find((s: { id: string }) => s.id === serviceId).version;
    expect(
      (await shequ12.post(`/api/outreach/services/${serviceId}/moves`, { action: 'confirm', version: v }))
        .status,
    ).toBe(404);
    expect(
      (await shequ.post(`/api/outreach/services/${serviceId}/moves`, { action: 'confirm', version: v }))
        .status,
    ).toBe(200);
    expect(
      (await shequ.post(`/api/outreach/services/${serviceId}/moves`, { action: 'confirm', version: v + 1 }))
        .status,
    ).toBe(409);
    const noNote = await shequ.post(`/api/outreach/services/${other.id}/moves`, {
      action: 'return',
      version: other.version,
    });
    expect(noNote.status).toBe(422);
    expect(
      (
        await shequ.post(`/api/outreach/services/${other.id}/moves`, {
          action: 'return',
          version: other.version,
          note: '请补充走访对象',
        })
      ).status,
    ).toBe(200);
    const r = (await shequ.get(`/api/outreach/reports/${reportId}`)).body;
    expect(r).toMatchObject({ hours: 2.5, waiting: 0, suggestedRating: 'fail' });
    expect(await todoKeys(shequ)).toEqual([]);
  });

  it('亮身份: the member pledges, sees it due, keeps it; the community page shows it with the name masked', async () => {
    expect(
      (await member.post('/api/outreach/me/pledges', { content: '每月参加一次夜间巡逻', dueOn: day(-1) }))
        .status,
    ).toBe(422);
    const p = await member.post('/api/outreach/me/pledges', {
      content: '每月参加一次夜间巡逻',
      dueOn: day(10),
    });
    expect(p.status, p.raw).toBe(200);
    expect(await todoKeys(member)).toEqual([
      expect.objectContaining({ key: 'outreach.pledge_due', count: 1 }),
    ]);
    const pub = await env.anon().get(`/api/outreach/public/communities/${env.nodes.community11.id}/pledges`);
    expect(pub.status).toBe(200);
    expect(pub.body.items).toEqual([
      expect.objectContaining({ memberName: '王*国', content: '每月参加一次夜间巡逻', state: 'open' }),
    ]);
    const g = (await member.get('/api/outreach/me')).body.report.pledges[0];
    expect(
      (
        await cadre.post(`/api/outreach/pledges/${g.id}/fulfil`, {
          version: g.version,
          fulfilment: 'x',
          fulfilledOn: day(0),
        })
      ).status,
    ).toBe(404);
    const f = await member.post(`/api/outreach/pledges/${g.id}/fulfil`, {
      version: g.version,
      fulfilment: '已参加巡逻4次',
      fulfilledOn: day(0),
    });
    expect(f.status, f.raw).toBe(200);
    expect(await todoKeys(member)).toEqual([]);
    const again = await env
      .anon()
      .get(`/api/outreach/public/communities/${env.nodes.community11.id}/pledges`);
    expect(again.body.items[0]).toMatchObject({ state: 'fulfilled', fulfilment: '已参加巡逻4次' });
    expect(
      (await env.anon().get(`/api/outreach/public/communities/${env.nodes.street1.id}/pledges`)).status,
    ).toBe(404);
  });

  it('the community sends the feedback once; the unit sees it arrive and marks it read', async () => {
    const url = `/api/outreach/reports/${reportId}/feedback`;
    const fail = await shequ.put(url, { rating: 'fail' });
    expect([fail.status, fail.body.errors[0].field]).toEqual([422, 'comment']);
    expect((await shequ12.put(url, { rating: 'pass' })).status).toBe(404);
    const ok = await shequ.put(url, { rating: 'excellent', comment: '积极参加守望巡逻，群众反映好' });
    expect(ok.status, ok.raw).toBe(200);
    expect((await shequ.put(url, { rating: 'pass' })).status).toBe(409);
    expect(await todoKeys(bumen)).toEqual([expect.objectContaining({ key: 'outreach.feedback', count: 1 })]);
    const seen = (await bumen.get(`/api/outreach/reports/${reportId}`)).body;
    expect(seen.feedback).toMatchObject({ rating: 'excellent', hours: 2.5, readAt: null });
    expect(seen.can.markRead).toBe(true);
    expect((await shequ.post(`${url}/read`)).status).toBe(403);
    expect((await bumen.post(`${url}/read`)).status).toBe(200);
    expect(await todoKeys(bumen)).toEqual([]);
    expect((await member.get('/api/outreach/me')).body.report.rating).toBe('excellent');
  });
});

describe('Excel and the figures', () => {
  const csv = (rows: string[]) => Buffer.from(['姓名,人员编号,报到社区', ...rows].join('\n'));
  it('the unit pre-registers its cadres by name; a bad row changes nothing; a repeat skips', async () => {
    const cadres = await createCadresReader({ db: env.db }).cadresOf(env.nodes.district.id, {
      personIds: cadreIds,
    });
    const names = cadreIds.map((id) => cadres.find((c) => c.personId === id)!.name);
    const url = `/api/outreach/import?nodeId=${env.nodes.dept.id}&year=${year}`;
    const bad = await bumen.upload(
      url,
      csv([`${names[1]},,福山社区`, '无此人,,福山社区', `${names[2]},,无此社区`]),
      'm.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['row3.name', 'row4.community']);
    const file = csv([`${names[1]},,福山社区`, `,${cadreIds[2]},福田区 / 福田街道 / 水围社区`]);
    const dry = await bumen.upload(`${url}&dryRun=1`, file, 'm.csv', 'text/csv');
    expect(dry.body).toMatchObject({ dryRun: true, added: 2 });
    expect((await street.upload(url, file, 'm.csv', 'text/csv')).status).toBe(404);
    expect((await bumen.upload(url, file, 'm.csv', 'text/csv')).body).toMatchObject({ added: 2, skipped: 0 });
    expect((await bumen.upload(url, file, 'm.csv', 'text/csv')).body).toMatchObject({ added: 0, skipped: 2 });
    const invited = (await bumen.get('/api/outreach/reports?state=invited')).body.items;
    expect(invited.map((i: { communityName: string }) => i.communityName).sort()).toEqual([
      '水围社区',
      '福山社区',
    ]);
    // the invited cadre's tap reports them
    const c2 = await cadreClient(env, cadreIds[1], 'dept');
    expect((await c2.get('/api/outreach/me')).body.report.state).toBe('invited');
    expect((await report(c2)).status).toBe(200);
    expect((await c2.get('/api/outreach/me')).body.report).toMatchObject({
      state: 'reported',
      source: 'import',
    });
  });

  it('the register and the hours out to Excel; the figures per community and programme kind', async () => {
    const reg = await sheetRows((await shequ.get('/api/outreach/reports/export')).rawPayload);
    expect(reg.name).toBe('在职党员报到台账');
    expect(reg.header).toEqual(expect.arrayContaining(['姓名', '工作单位', '报到社区', '年度反馈']));
    expect(reg.body.map((r) => r[1])).toContain('王建国');
    const hours = await sheetRows((await bumen.get('/api/outreach/hours/export')).rawPayload);
    expect(hours.body).toEqual([
      ['福山社区', '守望先锋队', '福山守望先锋队', '王建国', '区住房和建设局', '2.5', '0'],
    ]);
    const f = (await street.get('/api/outreach/figures')).body;
    expect(f.communities.find((c: { name: string }) => c.name === '福山社区')).toMatchObject({
      reported: 2,
      accepted: 1,
      activePct: 100,
      hours: 2.5,
    });
    expect(f.kinds.find((k: { kind: string }) => k.kind === 'watch')).toEqual({
      kind: 'watch',
      members: 1,
      hours: 2.5,
    });
  });
});

describe('one authorisation case per role and route', () => {
  const x = '00000000-0000-7000-8000-000000000000';
  const all = ['org', 'street', 'dept', 'community', 'cadre', 'member', 'resident', 'grid'];
  const officers = ['org', 'street', 'dept', 'community'];
  const ROUTES: [string, string, object | undefined, string[]][] = [
    ['GET', '/api/outreach/me', undefined, ['cadre', 'member']],
    ['POST', '/api/outreach/me/report', { communityId: x, unitNodeId: x }, ['cadre', 'member']],
    [
      'POST',
      '/api/outreach/me/services',
      { servedOn: '2026-01-01', hours: 1, content: 'x' },
      ['cadre', 'member'],
    ],
    ['POST', '/api/outreach/me/pledges', { content: 'x', dueOn: '2099-01-01' }, ['cadre', 'member']],
    [
      'POST',
      `/api/outreach/pledges/${x}/fulfil`,
      { version: 1, fulfilment: 'x', fulfilledOn: '2026-01-01' },
      ['cadre', 'member'],
    ],
    ['GET', '/api/outreach/reports', undefined, officers],
    ['GET', '/api/outreach/reports/export', undefined, officers],
    ['GET', '/api/outreach/hours/export', undefined, officers],
    ['GET', `/api/outreach/reports/${x}`, undefined, officers],
    ['POST', `/api/outreach/reports/${x}/moves`, { action: 'accept', version: 1 }, ['community']],
    ['POST', `/api/outreach/services/${x}/moves`, { action: 'confirm', version: 1 }, ['community']],
    ['PUT', `/api/outreach/reports/${x}/feedback`, { rating: 'pass' }, ['community']],
    ['POST', `/api/outreach/reports/${x}/feedback/read`, undefined, ['org', 'street', 'dept']],
    ['GET', '/api/outreach/programmes', undefined, officers],
    [
      'POST',
      '/api/outreach/programmes',
      { nodeId: x, year: 2026, name: 'x', kind: 'watch', places: 1 },
      ['org', 'street', 'community'],
    ],
    ['GET', '/api/outreach/figures', undefined, officers],
    ['POST', `/api/outreach/import?nodeId=${x}&year=2026`, undefined, ['org', 'street', 'dept']],
    ['GET', `/api/outreach/public/communities/${x}/pledges`, undefined, all],
  ];
  const clients = () =>
    ({
      org: zzb,
      street,
      dept: bumen,
      community: shequ,
      cadre,
      member,
      resident,
      grid: gridWorker,
    }) as Record<string, Client>;
  it.each(
    ROUTES.flatMap(([m, u, b, allowed]) =>
      all.map((role) => [role, m, u, b, allowed.includes(role)] as const),
    ),
  )('%s %s %s', async (role, method, u, body, allowed) => {
    const r = await clients()[role].request(method, u, body);
    if (allowed) expect(r.status, r.raw).not.toBe(403);
    else expect(r.status).toBe(403);
  });
  it('an anonymous caller is refused but on the public page', async () => {
    expect((await env.anon().get('/api/outreach/reports')).status).toBe(401);
    expect((await env.anon().get('/api/outreach/me')).status).toBe(401);
  });
});
