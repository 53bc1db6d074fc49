/**
 * 业主大会与业委会 through HTTP (seed 001 Longquan 选优建强小区业委会, seed 004 四位一体): the owners'
 * register imported from Excel (one owner of two units counted once by head), an assembly opened,
 * an owner voting online, a paper ballot counting only once a second officer confirms it, the
 * double count deciding each matter, the numbered notice, an election vetted by the party
 * organisation; one authorisation case per role and route; attacker inputs refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { Role } from '../../platform/access/access.ts';

let env: TestEnv;
let community: Client; // community_officer on 福山社区
let second: Client; // another community officer there: confirms paper ballots
let committee: Client; // owners_committee on 福山社区
let street: Client;
let zzb: Client; // org_officer on the district
let resident: Client; // an owner's resident account on 福山社区
let gridWorker: Client;
let cadre: Client;
let other: Client; // street officer of another district
let compoundId: string;
let secondCompound: string; // another compound of 福山社区: the 业委会 account is not linked to it
let assemblyId: string;
const owners: Record<string, string> = {};
const day = (offset: number) => shanghaiDay(new Date(Date.now() + offset * 86_400_000));
const year = Number(day(0).slice(0, 4));
const csv = (rows: string[][]) =>
  Buffer.from(['房号,建筑面积,业主姓名,联系电话', ...rows.map((r) => r.join(','))].join('\r\n'), 'utf8');

beforeAll(async () => {
  env = await createTestEnv();
  community = await env.as('community_officer', 'community11');
  second = await env.as('community_officer', 'community11');
  committee = await env.as('owners_committee', 'community11');
  street = await env.as('street_officer', 'street1');
  zzb = await env.as('org_officer', 'district');
  resident = await env.as('resident', 'community11', { username: 'yezhu01' });
  gridWorker = await env.as('grid_worker', 'grid111');
  cadre = await env.as('cadre', 'dept');
  other = await env.as('street_officer', 'street3');
  const c = await community.post('/api/property/compounds', {
    nodeId: env.nodes.community11.id,
    name: '福山花园',
  });
  expect(c.status, c.raw).toBe(200);
  compoundId = c.body.id;
  const c2 = await community.post('/api/property/compounds', {
    nodeId: env.nodes.community11.id,
    name: '福山二期',
  });
  secondCompound = c2.body.id;
  const l = await community.post(`/api/property/compounds/${compoundId}/committee-accounts`, {
    username: committee.username,
  });
  expect(l.status, l.raw).toBe(200);
});
afterAll(() => env.close());

describe('a 业委会 account reaches only its own compound, officers their subtree', () => {
  it('lists and opens only the linked compound; the other compound of the community is 404', async () => {
    const names = async (c: Client) =>
      (await c.get('/api/owners/compounds')).body.items.map((x: { name: string }) => x.name).sort();
    expect(await names(committee)).toEqual(['福山花园']);
    expect(await names(community)).toEqual(['福山二期', '福山花园']);
    expect(await names(street)).toEqual(['福山二期', '福山花园']);
    expect(await names(zzb)).toContain('福山二期');
    const o = `/api/owners/compounds/${secondCompound}/owners`;
    expect((await committee.get(o)).status).toBe(404);
    expect((await community.get(o)).status).toBe(200);
    expect((await street.get(o)).status).toBe(200);
    expect((await zzb.get(o)).status).toBe(200);
    const unit = { room: '1-101', area: '90', name: '周九' };
    expect((await committee.post(`/api/owners/compounds/${secondCompound}/units`, unit)).status).toBe(404);
    expect((await committee.get(`/api/owners/compounds/${secondCompound}/export`)).status).toBe(404);
    expect(
      (await committee.post('/api/owners/elections', { compoundId: secondCompound, seats: 3 })).status,
    ).toBe(404);
    // an officer registers an owner there and opens an assembly: the 业委会 neither lists nor opens it
    expect((await community.post(`/api/owners/compounds/${secondCompound}/units`, unit)).status).toBe(200);
    const a = await community.post('/api/owners/assemblies', {
      compoundId: secondCompound,
      title: '二期业主大会',
      opensOn: day(1),
      closesOn: day(5),
      matters: [{ title: '增设充电桩', kind: 'ordinary' }],
    });
    expect(a.status, a.raw).toBe(200);
    expect((await committee.get(`/api/owners/assemblies/${a.body.id}`)).status).toBe(404);
    expect((await community.get(`/api/owners/assemblies/${a.body.id}`)).status).toBe(200);
    const titles = (await committee.get('/api/owners/assemblies')).body.items.map((x: any) => x.title);
    expect(titles).not.toContain('二期业主大会');
    expect((await street.get('/api/owners/assemblies')).body.items.map((x: any) => x.title)).toContain(
      '二期业主大会',
    );
    expect((await committee.get(`/api/owners/assemblies?nodeId=${env.nodes.community11.id}`)).status).toBe(
      200,
    );
    expect((await committee.get(`/api/owners/assemblies?nodeId=${env.nodes.community12.id}`)).status).toBe(
      404,
    );
  });
});

describe('the owners’ register 业主名册', () => {
  const u = (dry: boolean) => `/api/owners/compounds/${compoundId}/import?dryRun=${dry ? 1 : 0}`;
  const good = csv([
    ['1-101', '100', '张三', '13800000001'],
    ['1-102', '50.00', '张三', '138 0000 0001'],
    ['1-201', '80', '李四', '13800000002'],
    ['1-202', '70', '王五', ''],
  ]);

  it('a bad file is refused with a message per row and field; nothing is stored', async () => {
    const bad = await community.upload(
      u(false),
      csv([
        ['1-101', '0', '张三', ''],
        ['1-101', '12.345', '', '123'],
        ['=1', '80', '李四', ''],
      ]),
      'o.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.field)).toEqual([
      'row2.area',
      'row3.name',
      'row3.area',
      'row3.phone',
      'row4.room',
    ]);
    expect(bad.body.errors[0].message).toContain('第 2 行');
    expect((await community.get(`/api/owners/compounds/${compoundId}/owners`)).body.items).toEqual([]);
  });

  it('imports: dry run first; an owner of two units (same phone) is one owner by head', async () => {
    const dry = await community.upload(u(true), good, 'o.csv', 'text/csv');
    expect(dry.body).toMatchObject({ dryRun: true, added: 4 });
    expect((await community.upload(u(false), good, 'o.csv', 'text/csv')).body.added).toBe(4);
    expect((await community.upload(u(false), good, 'o.csv', 'text/csv')).body).toMatchObject({
      added: 0,
      skipped: 4,
    });
    const r = (await committee.get(`/api/owners/compounds/${compoundId}/owners`)).body;
    expect(r.totals).toEqual({ units: 4, owners: 3, areaM2: 300 });
    const zhang = r.items.find((o: any) => o.name === '张三');
    expect(zhang).toMatchObject({ rooms: ['1-101', '1-102'], areaM2: 150, phone: '138****0001' });
    for (const o of r.items) owners[o.name] = o.id;
    expect(r.can).toEqual({ register: true, reveal: false, export: true });
  });

  it('a unit by hand; a room twice is 422; a bad phone is 422 with the field', async () => {
    const p = `/api/owners/compounds/${compoundId}/units`;
    expect((await community.post(p, { room: '2-101', area: '88.5', name: '赵六', phone: '' })).status).toBe(
      200,
    );
    const again = await community.post(p, { room: '2-101', area: '88.5', name: '赵六' });
    expect(again.status).toBe(422);
    expect(again.body.errors[0].field).toBe('room');
    const phone = await community.post(p, { room: '2-102', area: '60', name: '钱七', phone: '12345' });
    expect(phone.status).toBe(422);
    expect(phone.body.errors[0].field).toBe('phone');
    for (const bad of [
      { area: '1e9' },
      { room: 'a\u0000b' },
      { name: '\ud800' },
      { area: '-1' },
      { name: '很'.repeat(41) },
    ]) {
      const r = await community.post(p, { room: '9-9', area: '10', name: 'x', ...bad });
      expect(r.status, JSON.stringify(bad)).toBe(400);
    }
    const list = (await community.get(`/api/owners/compounds/${compoundId}/owners`)).body;
    expect(list.totals).toEqual({ units: 5, owners: 4, areaM2: 388.5 });
    for (const o of list.items) owners[o.name] = o.id;
  });

  it('reveals a phone to officers with an audit entry; exports the register', async () => {
    const r = await community.post(`/api/owners/owners/${owners['张三']}/reveal`);
    expect(r.body.phone).toBe('13800000001');
    expect((await committee.post(`/api/owners/owners/${owners['张三']}/reveal`)).status).toBe(403);
    const x = await committee.get(`/api/owners/compounds/${compoundId}/export`);
    const sheet = await sheetRows(x.rawPayload);
    expect(sheet.header).toEqual(['房号', '建筑面积', '业主姓名', '联系电话']);
    expect(sheet.body).toHaveLength(5);
    expect(sheet.body[0]).toEqual(['1-101', '100', '张三', '138****0001']);
  });

  it('links an owner to a resident account of the community only', async () => {
    const p = `/api/owners/owners/${owners['张三']}/link`;
    const wrong = await community.post(p, { username: cadre.username });
    expect(wrong.status).toBe(422);
    expect((await community.post(p, { username: 'yezhu01' })).status).toBe(200);
  });
});

describe('an assembly 业主大会: the double count', () => {
  const url = (rest = '') => `/api/owners/assemblies/${assemblyId}${rest}`;

  it('opens with its matters once per Idempotency-Key; bad dates are 422', async () => {
    const body = {
      compoundId,
      title: '2026 年第一次业主大会',
      opensOn: day(0),
      closesOn: day(10),
      matters: [
        { title: '选聘红棉物业服务有限公司', kind: 'ordinary' },
        { title: '使用专项维修资金更换电梯', kind: 'major' },
      ],
    };
    const late = await community.post('/api/owners/assemblies', { ...body, closesOn: day(-1) });
    expect(late.status).toBe(422);
    const h = { 'idempotency-key': 'owners-open-0001' };
    const a = await community.post('/api/owners/assemblies', body, h);
    expect(a.status, a.raw).toBe(200);
    expect((await community.post('/api/owners/assemblies', body, h)).body.id).toBe(a.body.id);
    assemblyId = a.body.id;
    expect((await other.get(url())).status).toBe(404);
    const v = (await committee.get(url())).body;
    expect(v).toMatchObject({ state: 'open', totals: { area: 388.5, heads: 4 }, totalOwners: 4 });
  });

  it('the owner sees it on the phone and votes once; a stranger’s owner is 404', async () => {
    const mine = (await resident.get('/api/owners/ballots/mine')).body.items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ ownerName: '张三', voted: false });
    expect(mine[0].matters.map((m: any) => m.kind)).toEqual(['ordinary', 'major']);
    const short = await resident.post(url('/vote'), { ownerId: owners['张三'], choices: ['yes'] });
    expect(short.status).toBe(422);
    expect(
      (await resident.post(url('/vote'), { ownerId: owners['李四'], choices: ['yes', 'yes'] })).status,
    ).toBe(404);
    const h = { 'idempotency-key': 'owners-vote-0001' };
    const v = await resident.post(url('/vote'), { ownerId: owners['张三'], choices: ['yes', 'yes'] }, h);
    expect(v.status, v.raw).toBe(200);
    expect(
      (await resident.post(url('/vote'), { ownerId: owners['张三'], choices: ['yes', 'yes'] }, h)).status,
    ).toBe(200);
    expect((await resident.get('/api/owners/ballots/mine')).body.items[0].voted).toBe(true);
  });

  it('a ballot may be changed before the close: the last one counts, each change audited', async () => {
    const change = (choices: string[], key: string) =>
      resident.post(url('/vote'), { ownerId: owners['张三'], choices }, { 'idempotency-key': key });
    expect((await change(['no', 'no'], 'owners-vote-0002')).status).toBe(200);
    let b = (await community.get(url())).body;
    expect(b.ballots.find((x: any) => x.name === '张三')).toMatchObject({
      choices: ['no', 'no'],
      changes: 1,
    });
    expect(b.matters[0].no).toEqual({ area: 150, heads: 1 });
    expect((await change(['yes', 'yes'], 'owners-vote-0003')).status).toBe(200);
    b = (await community.get(url())).body;
    expect(b.ballots.find((x: any) => x.name === '张三')).toMatchObject({
      choices: ['yes', 'yes'],
      changes: 2,
    });
    expect(b.matters[0].yes).toEqual({ area: 150, heads: 1 });
    const audit = await env.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', assemblyId)
      .where('action', '=', 'owners.ballot.change')
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('a paper ballot counts only once another officer confirms it', async () => {
    const e = await community.post(url('/paper'), { ownerId: owners['李四'], choices: ['yes', 'no'] });
    expect(e.status, e.raw).toBe(200);
    let v = (await community.get(url())).body;
    expect(v.matters[0].participating).toEqual({ area: 150, heads: 1 });
    expect(v.matters[0].quorum).toEqual({ area: false, heads: false });
    expect(v.can.confirm).toBe(false);
    const self = await community.post(url('/confirm'), { ownerId: owners['李四'] });
    expect(self.status).toBe(422);
    expect(self.body.errors[0].message).toContain('另一名');
    const todo = (await second.get('/api/home/todos')).body;
    expect(JSON.stringify(todo)).toContain('待确认的纸质选票');
    expect((await second.post(url('/confirm'), { ownerId: owners['李四'] })).status).toBe(200);
    expect((await second.post(url('/confirm'), { ownerId: owners['李四'] })).status).toBe(409);
    v = (await community.get(url())).body;
    // 230 of 388.5 m² and 2 of 4 owners: both under 2/3, no quorum yet
    expect(v.matters[0].participating).toEqual({ area: 230, heads: 2 });
    expect(v.matters[0].quorum).toEqual({ area: false, heads: false });
    expect(v.matters[0].passed).toBe(false);
    await community.post(url('/paper'), { ownerId: owners['王五'], choices: ['abstain', 'yes'] });
    await committee.post(url('/confirm'), { ownerId: owners['王五'] });
    v = (await community.get(url())).body;
    // 3 of 4 owners and 300 of 388.5 m² (both ≥ 2/3): quorum; ordinary 230/300 m² and 2 of 3 yes →
    // passed; major 220/300 m² and 2 of 3 (both < 3/4) → failed
    expect(v.matters[0]).toMatchObject({ passed: true, participating: { area: 300, heads: 3 } });
    expect(v.matters[1]).toMatchObject({ passed: false, pass: { area: false, heads: false } });
  });

  it('closing freezes the outcome and numbers the notice; nothing is cast after', async () => {
    expect((await community.get(url('/notice'))).status).toBe(409);
    const v = (await community.get(url())).body;
    expect((await community.post(url('/close'), { version: v.version + 1 })).status).toBe(409);
    const c = await community.post(url('/close'), { version: v.version });
    expect(c.status, c.raw).toBe(200);
    expect(c.body).toMatchObject({ state: 'closed', noticeNo: `业主大会表决公告〔${year}〕1号` });
    const n = (await street.get(url('/notice'))).body;
    expect(n).toMatchObject({ noticeNo: `业主大会表决公告〔${year}〕1号`, compoundName: '福山花园' });
    expect(n.matters.map((m: any) => m.passed)).toEqual([true, false]);
    expect(
      (await community.post(url('/paper'), { ownerId: owners['赵六'], choices: ['yes', 'yes'] })).status,
    ).toBe(409);
    expect((await resident.get('/api/owners/ballots/mine')).body.items).toEqual([]);
  });
});

describe('委托投票: written authorisations, at most three per proxy, void when the owner votes', () => {
  let a2: string;
  const url = (rest = '') => `/api/owners/assemblies/${a2}${rest}`;
  const proxy = (principal: string, proxyName: string, extra: Record<string, unknown> = {}) =>
    community.post(url('/proxies'), {
      principalId: owners[principal],
      proxyName,
      document: `委托书扫描件 WT-${principal}`,
      ...extra,
    });

  it('records authorisations; a fourth for one proxy is 409; the proxy’s ballot counts the owner', async () => {
    const a = await community.post('/api/owners/assemblies', {
      compoundId,
      title: '2026 年第二次业主大会',
      opensOn: day(0),
      closesOn: day(10),
      matters: [{ title: '增设电动车充电棚', kind: 'ordinary' }],
    });
    a2 = a.body.id;
    expect((await proxy('李四', '陈八')).status).toBe(200);
    expect((await proxy('王五', '陈 八')).status).toBe(200);
    expect((await proxy('赵六', '陈八')).status).toBe(200);
    const full = await proxy('张三', '陈八');
    expect(full.status).toBe(409);
    expect(full.body.title).toContain('最多接受 3 名');
    const self = await proxy('张三', '张三', { proxyOwnerId: owners['张三'] });
    expect(self.status).toBe(422);
    expect(self.body.errors[0].field).toBe('proxyOwnerId');
    expect((await proxy('李四', '钱七')).status).toBe(409);
    expect(
      (await community.post(url('/proxies'), { principalId: owners['张三'], proxyName: '陈八' })).status,
    ).toBe(400);
    // no authorisation: no proxy ballot
    const none = await community.post(url('/paper'), {
      ownerId: owners['张三'],
      choices: ['yes'],
      byProxy: true,
    });
    expect(none.status).toBe(409);
    expect(
      (await community.post(url('/paper'), { ownerId: owners['王五'], choices: ['yes'], byProxy: true }))
        .status,
    ).toBe(200);
    await second.post(url('/confirm'), { ownerId: owners['王五'] });
    const v = (await committee.get(url())).body;
    expect(v.proxyLimit).toBe(3);
    expect(v.ballots[0]).toMatchObject({ name: '王五', proxyName: '陈 八', confirmed: true });
    expect(v.matters[0].yes).toEqual({ area: 70, heads: 1 });
  });

  it('an owner who votes in person voids the authorisation, and replaces a proxy’s ballot', async () => {
    expect((await community.post(url('/paper'), { ownerId: owners['李四'], choices: ['no'] })).status).toBe(
      200,
    );
    const late = await community.post(url('/paper'), {
      ownerId: owners['李四'],
      choices: ['yes'],
      byProxy: true,
    });
    expect(late.status).toBe(409);
    expect(late.body.title).toContain('委托人已亲自投票');
    expect((await proxy('李四', '钱七')).status).toBe(409);
    // 王五's proxy voted; 王五 votes in person after: his ballot replaces the proxy's
    await community.post(url('/paper'), { ownerId: owners['王五'], choices: ['no'] });
    const v = (await community.get(url())).body;
    const by = (n: string) => v.ballots.find((x: any) => x.name === n);
    expect(by('王五')).toMatchObject({ proxyName: null, choices: ['no'], changes: 1, confirmed: false });
    expect(v.proxies.map((p: any) => [p.principalName, p.state])).toEqual([
      ['李四', 'voided'],
      ['王五', 'voided'],
      ['赵六', 'active'],
    ]);
    expect(v.matters[0].yes).toEqual({ area: 0, heads: 0 });
  });
});

describe('业委会 elections: nominated, vetted 党组织把关, elected by the assembly', () => {
  let id: string;
  it('nominates owners; the vetting rejects only with a reason; the ballot needs every candidate vetted', async () => {
    const r = await committee.post('/api/owners/elections', { compoundId, seats: 3 });
    expect(r.status, r.raw).toBe(200);
    id = r.body.id;
    expect((await committee.post('/api/owners/elections', { compoundId, seats: 3 })).status).toBe(409);
    const p = `/api/owners/elections/${id}`;
    for (const [name, partyMember, crossPost] of [
      ['张三', true, true],
      ['李四', true, false],
      ['王五', false, false],
      ['赵六', false, false],
    ] as const)
      expect(
        (await committee.post(`${p}/candidates`, { ownerId: owners[name], partyMember, crossPost })).status,
      ).toBe(200);
    const e = (await community.get(p)).body;
    expect(e.candidatesList).toHaveLength(4);
    expect(e.can.vet).toBe(true);
    expect(
      (await committee.post(`${p}/vet`, { candidateId: e.candidatesList[0].id, pass: true })).status,
    ).toBe(403);
    const noReason = await community.post(`${p}/vet`, { candidateId: e.candidatesList[0].id, pass: false });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors[0].field).toBe('reason');
    expect((await community.post(`${p}/ballot`, { opensOn: day(0), closesOn: day(5) })).status).toBe(409);
    for (const c of e.candidatesList) await community.post(`${p}/vet`, { candidateId: c.id, pass: true });
    const b = await community.post(`${p}/ballot`, { opensOn: day(0), closesOn: day(5) });
    expect(b.status, b.raw).toBe(200);
    const a = (await community.get(`/api/owners/assemblies/${b.body.id}`)).body;
    expect(a.matters.every((m: any) => m.kind === 'ordinary')).toBe(true);
    // every owner votes yes on every candidate on paper, confirmed by the second officer
    for (const o of Object.values(owners)) {
      await community.post(`/api/owners/assemblies/${b.body.id}/paper`, {
        ownerId: o,
        choices: a.matters.map(() => 'yes'),
      });
      await second.post(`/api/owners/assemblies/${b.body.id}/confirm`, { ownerId: o });
    }
    await community.post(`/api/owners/assemblies/${b.body.id}/close`, { version: a.version });
    const done = (await street.get(p)).body;
    expect(done).toMatchObject({ state: 'elected', elected: 3, termStarts: day(0), renewalDue: false });
    expect(done.termEnds.slice(0, 4)).toBe(String(year + 5));
    expect(done.partyShare).not.toBeNull();
  });
});

describe('authorisation: one case per role and route', () => {
  const R = (path: string) =>
    path.replace(':c', compoundId).replace(':a', assemblyId).replace(':o', owners['张三']);
  const routes: [string, string, Role[]][] = [
    [
      'GET',
      '/api/owners/compounds',
      ['org_officer', 'street_officer', 'community_officer', 'owners_committee'],
    ],
    [
      'GET',
      '/api/owners/compounds/:c/owners',
      ['org_officer', 'street_officer', 'community_officer', 'owners_committee'],
    ],
    ['POST', '/api/owners/compounds/:c/units', ['street_officer', 'community_officer', 'owners_committee']],
    ['POST', '/api/owners/compounds/:c/import', ['street_officer', 'community_officer', 'owners_committee']],
    ['GET', '/api/owners/compounds/:c/export', ['street_officer', 'community_officer', 'owners_committee']],
    ['POST', '/api/owners/owners/:o/link', ['street_officer', 'community_officer', 'owners_committee']],
    ['POST', '/api/owners/owners/:o/reveal', ['street_officer', 'community_officer']],
    [
      'GET',
      '/api/owners/assemblies',
      ['org_officer', 'street_officer', 'community_officer', 'owners_committee'],
    ],
    ['POST', '/api/owners/assemblies', ['street_officer', 'community_officer', 'owners_committee']],
    [
      'GET',
      '/api/owners/assemblies/:a',
      ['org_officer', 'street_officer', 'community_officer', 'owners_committee'],
    ],
    ['POST', '/api/owners/assemblies/:a/paper', ['street_officer', 'community_officer', 'owners_committee']],
    [
      'POST',
      '/api/owners/assemblies/:a/proxies',
      ['street_officer', 'community_officer', 'owners_committee'],
    ],
    [
      'POST',
      '/api/owners/assemblies/:a/confirm',
      ['street_officer', 'community_officer', 'owners_committee'],
    ],
    ['POST', '/api/owners/assemblies/:a/close', ['street_officer', 'community_officer', 'owners_committee']],
    [
      'GET',
      '/api/owners/assemblies/:a/notice',
      ['org_officer', 'street_officer', 'community_officer', 'owners_committee'],
    ],
    ['GET', '/api/owners/ballots/mine', ['resident']],
    ['POST', '/api/owners/assemblies/:a/vote', ['resident']],
    [
      'GET',
      '/api/owners/elections',
      ['org_officer', 'street_officer', 'community_officer', 'owners_committee'],
    ],
    ['POST', '/api/owners/elections', ['street_officer', 'community_officer', 'owners_committee']],
    [
      'GET',
      '/api/owners/elections/:a',
      ['org_officer', 'street_officer', 'community_officer', 'owners_committee'],
    ],
    [
      'POST',
      '/api/owners/elections/:a/candidates',
      ['street_officer', 'community_officer', 'owners_committee'],
    ],
    ['POST', '/api/owners/elections/:a/vet', ['street_officer', 'community_officer']],
    ['POST', '/api/owners/elections/:a/ballot', ['street_officer', 'community_officer', 'owners_committee']],
  ];
  const clients = (): [Role, Client][] => [
    ['org_officer', zzb],
    ['street_officer', street],
    ['community_officer', community],
    ['owners_committee', committee],
    ['resident', resident],
    ['grid_worker', gridWorker],
    ['cadre', cadre],
  ];
  it.each(routes)('%s %s', async (method, path, allowed) => {
    for (const [role, c] of clients()) {
      const r = await c.request(method, R(path), method === 'POST' ? {} : undefined);
      if (allowed.includes(role)) expect(r.status, `${role} ${r.raw}`).not.toBe(403);
      else expect(r.status, role).toBe(403);
    }
    // an allowed role of another district: out of scope is 404 on a compound's or assembly's route
    if (path.includes(':') && allowed.includes('street_officer') && method === 'GET')
      expect((await other.request(method, R(path))).status).toBe(404);
  });
});
