/**
 * 结对联系 through HTTP (seed 001, Beilun: "建立支部党员联系结对流动党员机制…联系不断线"): the branch
 * pairs an outflowing member with a resident member, the paired member logs contacts from a phone
 * (idempotent), a difficulty becomes a help request the officer closes, make-up study, the month
 * rule on the home page and dashboard, Excel out and bulk pairing in, and one authorisation case
 * per role for each route (out of scope → 404).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNationalId } from '../../platform/pii/national-id.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { createTestEnv, TEST_PASSWORD, type Client, type TestEnv } from '../../testing/harness.ts';
import { partyOrg } from '../../testing/party.ts';
import { sheetRows } from '../../testing/sheets.ts';

let env: TestEnv;
let officer: Client; // 福山社区 community officer
let officer12: Client; // 水围社区: another community
let street: Client;
let zzb: Client; // org_officer: reads, does not pair
let resident: Client;
let keeper: Client; // party member who keeps in touch (B)
let otherPm: Client; // party member with no pair
let branch11: string;
let branch12: string;
const ids: Record<string, string> = {};
const persons: Record<string, string> = {};
const members: Record<string, string> = {};
let seq = 11;
const today = shanghaiDay();
const month = today.slice(0, 7);

async function partyMember(by: Client, nodeId: string, key: string, name: string, partyOrgId: string) {
  const nationalId = makeNationalId('440304', '1988-03-01', (seq += 2));
  const p = await by.post('/api/people', {
    nodeId,
    name,
    gender: 'M',
    birthDate: '1988-03-01',
    nationalId,
    phone: `1390013${String(seq).padStart(4, '0')}`,
  });
  expect(p.status).toBe(200);
  const i = await by.post(`/api/people/${p.body.id}/identities`, {
    kind: 'party_member',
    attrs: { partyOrgId, joinedOn: '2012-07-01' },
  });
  expect(i.status).toBe(200);
  ids[key] = nationalId;
  persons[key] = p.body.id;
}

async function account(personKey: string, username: string) {
  await env.services.accounts.bootstrapAccount({
    username,
    displayName: username,
    password: TEST_PASSWORD,
    personId: persons[personKey],
    homeDistrictId: env.nodes.district.id,
    grants: [{ role: 'party_member', nodeId: env.nodes.community11.id, districtId: env.nodes.district.id }],
  });
  return (await env.login(username)).client!;
}

async function outflow(by: Client, key: string, branch: string) {
  const r = await by.post('/api/partymembers', {
    personId: persons[key],
    partyOrgId: branch,
    direction: 'out',
    leftOn: '2026-03-01',
    destination: '浙江省宁波市北仑区',
    work: '港口装卸',
  });
  expect(r.status).toBe(200);
  members[key] = r.body.id;
}

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11');
  officer12 = await env.as('community_officer', 'community12');
  street = await env.as('street_officer', 'street1');
  zzb = await env.as('org_officer', 'district');
  resident = await env.as('resident', 'community11');
  branch11 = await partyOrg(officer, env.nodes.community11.id, 'branch', '福山社区党支部');
  branch12 = await partyOrg(officer12, env.nodes.community12.id, 'branch', '水围社区党支部');
  await partyMember(officer, env.nodes.community11.id, 'A', '陈流出', branch11);
  await partyMember(officer, env.nodes.community11.id, 'B', '林在家', branch11);
  await partyMember(officer, env.nodes.community11.id, 'C', '周在家', branch11);
  await partyMember(officer, env.nodes.community11.id, 'D', '吴也流出', branch11);
  await partyMember(officer12, env.nodes.community12.id, 'E', '郑外出', branch12);
  await partyMember(officer12, env.nodes.community12.id, 'F', '孙水围', branch12);
  await outflow(officer, 'A', branch11);
  await outflow(officer, 'D', branch11);
  await outflow(officer12, 'E', branch12);
  keeper = await account('B', 'pm-lin');
  otherPm = await account('C', 'pm-zhou');
});
afterAll(() => env.close());

let pairId: string;

describe('pairing 结对 (seed 001 Beilun)', () => {
  it('Beilun: the branch pairs an outflowing member with a resident member, who is told (seed 001)', async () => {
    const un = await officer.get('/api/partymembers/pairs/unpaired');
    expect(un.body.map((u: { name: string }) => u.name).sort()).toEqual(['吴也流出', '陈流出']);
    const cands = await officer.get(`/api/partymembers/pairs/candidates?memberId=${members.A}`);
    const names = cands.body.map((c: { name: string }) => c.name);
    expect(names).toContain('林在家');
    // neither the member nor another outflowing member keeps in touch
    expect(names).not.toContain('陈流出');
    expect(names).not.toContain('吴也流出');
    const r = await officer.post('/api/partymembers/pairs', {
      memberId: members.A,
      contactPersonId: persons.B,
    });
    expect(r.status).toBe(200);
    pairId = r.body.id;
    // addressed to the paired member's account (party members have no inbox page yet: SMS-ready)
    const told = await env.db
      .selectFrom('notify_notifications')
      .select('title')
      .where('user_id', '=', keeper.userId)
      .where('kind', '=', 'partymembers.paired')
      .execute();
    expect(told.map((n) => n.title)).toEqual(['林*家与流动党员陈*出结成联系对子']);
    const after = await officer.get('/api/partymembers/pairs/unpaired');
    expect(after.body.map((u: { name: string }) => u.name)).toEqual(['吴也流出']);
    const list = await officer.get('/api/partymembers/pairs');
    expect(list.body.items[0]).toMatchObject({
      memberName: '陈流出',
      contactName: '林在家',
      risk: 'risk',
      contactedThisMonth: false,
    });
    expect(list.body.items[0].memberPhone).toMatch(/^139\*{4}\d{4}$/);
  });

  it('a bad pairing is refused per field: self, an away member, an inflow or unknown member', async () => {
    const bad = async (body: object, field: string) => {
      const r = await officer.post('/api/partymembers/pairs', body);
      expect(r.status).toBe(422);
      expect(JSON.stringify(r.body)).toContain(field);
    };
    await bad({ memberId: members.D, contactPersonId: persons.D }, 'contactPersonId');
    await bad({ memberId: members.D, contactPersonId: persons.A }, 'contactPersonId');
    await bad({ memberId: members.D, contactPersonId: persons.F }, 'contactPersonId');
    expect((await officer.post('/api/partymembers/pairs', { memberId: 'x' })).status).toBe(400);
  });

  it('re-pairing ends the old pair and keeps it; pairing again with the same member changes nothing', async () => {
    const r = await street.post('/api/partymembers/pairs', {
      memberId: members.A,
      contactPersonId: persons.C,
    });
    expect(r.status).toBe(200);
    const back = await officer.post('/api/partymembers/pairs', {
      memberId: members.A,
      contactPersonId: persons.B,
    });
    const again = await officer.post('/api/partymembers/pairs', {
      memberId: members.A,
      contactPersonId: persons.B,
    });
    expect(again.body.id).toBe(back.body.id);
    pairId = back.body.id;
    const ended = await officer.get(`/api/partymembers/pairs?memberId=${members.A}&status=ended`);
    expect(ended.body.items.map((p: { contactName: string }) => p.contactName).sort()).toEqual([
      '周在家',
      '林在家',
    ]);
    expect(ended.body.items.every((p: { endedOn: string }) => p.endedOn === today)).toBe(true);
  });
});

describe('contacts 联系记录, help requests, make-up study', () => {
  it('before any contact the paired member’s home lists the member to contact this month', async () => {
    const todos = await env.services.partymembers.pairing.pairingTodos(keeper.ctx);
    expect(todos.find((t) => t.key === 'partymembers.pairing.to_contact')?.entries?.[0].title).toBe('陈流出');
    const mine = await keeper.get('/api/partymembers/pairs/mine');
    expect(mine.body.items.map((p: { id: string }) => p.id)).toEqual([pairId]);
  });

  it('Beilun: the paired member logs a phone call from a phone; a retry with the same key logs it once (seed 001)', async () => {
    const body = { contactedOn: today, channel: 'phone', needs: '', study: '已学习党的二十届四中全会精神' };
    const h = { 'idempotency-key': 'contact-0001-abc' };
    const r1 = await keeper.post(`/api/partymembers/pairs/${pairId}/contacts`, body, h);
    const r2 = await keeper.post(`/api/partymembers/pairs/${pairId}/contacts`, body, h);
    expect(r1.status).toBe(200);
    expect(r2.body.id).toBe(r1.body.id);
    const d = await keeper.get(`/api/partymembers/pairs/${pairId}`);
    expect(d.body.contacts).toHaveLength(1);
    expect(d.body.risk).toBe('ok');
    expect(d.body.months.at(-1)).toEqual({ month, mark: 'contacted', contacts: 1 });
    const todos = await env.services.partymembers.pairing.pairingTodos(keeper.ctx);
    expect(todos.map((t) => t.key)).not.toContain('partymembers.pairing.to_contact');
  });

  it('a future date, a help request without the difficulty, or an unknown channel is refused per field', async () => {
    const url = `/api/partymembers/pairs/${pairId}/contacts`;
    const future = await keeper.post(url, { contactedOn: '2099-01-01', channel: 'visit' });
    expect(future.status).toBe(422);
    expect(JSON.stringify(future.body)).toContain('contactedOn');
    const noNeeds = await keeper.post(url, { contactedOn: today, channel: 'visit', askHelp: true });
    expect(noNeeds.status).toBe(422);
    expect(JSON.stringify(noNeeds.body)).toContain('needs');
    expect((await keeper.post(url, { contactedOn: today, channel: 'fax' })).status).toBe(400);
  });

  it('Beilun: a difficulty goes to the branch, which helps and closes it (seed 001 "及时帮助解决其后顾之忧")', async () => {
    const r = await keeper.post(`/api/partymembers/pairs/${pairId}/contacts`, {
      contactedOn: today,
      channel: 'wechat',
      needs: '母亲住院，家中老人无人照看',
      askHelp: true,
    });
    expect(r.status).toBe(200);
    expect(JSON.stringify((await officer.get('/api/notify/inbox')).body)).toContain('困难需求');
    const todos = await env.services.partymembers.pairing.pairingTodos(officer.ctx);
    expect(todos.find((t) => t.key === 'partymembers.pairing.help')?.count).toBe(1);
    const open = await officer.get('/api/partymembers/help?status=open');
    expect(open.body).toHaveLength(1);
    const h = open.body[0];
    expect(h).toMatchObject({
      memberName: '陈流出',
      need: '母亲住院，家中老人无人照看',
      can: { help: true },
    });
    const body = { note: '社区联系网格员上门照看老人', version: h.version };
    expect((await officer.post(`/api/partymembers/help/${h.id}/helped`, body)).status).toBe(200);
    expect((await officer.post(`/api/partymembers/help/${h.id}/helped`, body)).status).toBe(409);
    expect((await officer.get('/api/partymembers/help?status=open')).body).toHaveLength(0);
  });

  it('送学补课: the study a member completed is recorded once per item and month', async () => {
    const body = { month, item: '主题党日：学习新修订的党章', doneOn: today };
    const r1 = await keeper.post(`/api/partymembers/pairs/${pairId}/study`, body);
    const r2 = await keeper.post(`/api/partymembers/pairs/${pairId}/study`, body);
    expect([r1.body.added, r2.body.added]).toEqual([true, false]);
    const d = await officer.get(`/api/partymembers/pairs/${pairId}`);
    expect(d.body.study.map((s: { item: string }) => s.item)).toEqual([body.item]);
  });
});

describe('the month rule on the home page and the dashboard', () => {
  let pair12: string;
  it('a pair with no contact last month nor this month is red on the officer’s home', async () => {
    const r = await officer12.post('/api/partymembers/pairs', {
      memberId: members.E,
      contactPersonId: persons.F,
    });
    pair12 = r.body.id;
    await env.db
      .updateTable('partymembers_pairs')
      .set({ started_on: '2026-01-05' })
      .where('id', '=', pair12)
      .execute();
    const list = await officer12.get('/api/partymembers/pairs');
    expect(list.body.items[0].risk).toBe('red');
    const todos = await env.services.partymembers.pairing.pairingTodos(officer12.ctx);
    const line = todos.find((t) => t.key === 'partymembers.pairing.no_contact');
    expect(line).toMatchObject({ count: 1, level: 'red' });
    expect(line?.entries?.[0].title).toBe('郑外出');
  });

  it('the street’s figures: paired share, contacted this month, open help requests', async () => {
    const stats = await env.services.partymembers.pairing.pairingStats(
      street.ctx,
      { ...env.nodes.street1, level: 'street' },
      Number(month.slice(0, 4)),
    );
    const v = Object.fromEntries(stats.map((s) => [s.key, s.value]));
    // A and E paired of A, D, E; A contacted this month of the two pairs
    expect(v['partymembers.paired_share']).toBe(66.7);
    expect(v['partymembers.contacted']).toBe(50);
    expect(v['partymembers.help_open']).toBe(0);
  });
});

describe('Excel: the pairs out, bulk pairing in', () => {
  const upload = async (rows: unknown[][], dry: boolean) => {
    const w = new ExcelJS.Workbook();
    const s = w.addWorksheet('结对');
    for (const r of rows) s.addRow(r);
    return officer.upload(
      `/api/partymembers/pairs/import?nodeId=${env.nodes.community11.id}&dryRun=${dry ? 1 : 0}`,
      Buffer.from(await w.xlsx.writeBuffer()),
      'pairs.xlsx',
    );
  };
  const header = ['流动党员身份证号', '联系党员身份证号', '备注'];

  it('exports the pairs with both names and this month’s contact', async () => {
    const x = await officer.get(`/api/partymembers/export/pairs.xlsx?nodeId=${env.nodes.community11.id}`);
    expect(x.status).toBe(200);
    const { body } = await sheetRows(x.rawPayload);
    const active = body.find((r) => r[5] === '结对中')!;
    expect(active.slice(0, 1).concat(active[3], active[7])).toEqual(['陈流出', '林在家', '已联系']);
  });

  it('a dry run says what it would do and changes nothing; a bad row names its row and column', async () => {
    const bad = await upload([header, [ids.D, ids.F, '']], true);
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain('row2.contactId');
    const dry = await upload([header, [ids.D, ids.C, '老同事'], [ids.A, ids.B, '']], true);
    expect(dry.body).toMatchObject({ dryRun: true, added: 1, skipped: 1 });
    expect((await officer.get('/api/partymembers/pairs/unpaired')).body).toHaveLength(1);
    const real = await upload([header, [ids.D, ids.C, '老同事'], [ids.A, ids.B, '']], false);
    expect(real.body).toMatchObject({ dryRun: false, added: 1, skipped: 1 });
    expect((await officer.get('/api/partymembers/pairs/unpaired')).body).toHaveLength(0);
  });
});

describe('who may do what: one case per role for each route', () => {
  const statusOf = async (c: Client, method: 'get' | 'post', url: string, body?: object) =>
    (method === 'get' ? await c.get(url) : await c.post(url, body)).status;
  const cases: [string, 'get' | 'post', () => string, () => object | undefined, Record<string, number>][] = [
    [
      'list pairs',
      'get',
      () => '/api/partymembers/pairs',
      () => undefined,
      { officer: 200, officer12: 200, street: 200, zzb: 200, keeper: 403, resident: 403 },
    ],
    [
      'my pairs',
      'get',
      () => '/api/partymembers/pairs/mine',
      () => undefined,
      { officer: 403, keeper: 200, otherPm: 200, resident: 403 },
    ],
    [
      'unpaired',
      'get',
      () => '/api/partymembers/pairs/unpaired',
      () => undefined,
      { officer: 200, street: 200, zzb: 403, keeper: 403, resident: 403 },
    ],
    [
      'candidates',
      'get',
      () => `/api/partymembers/pairs/candidates?memberId=${members.A}`,
      () => undefined,
      { officer: 200, officer12: 404, street: 200, zzb: 403, keeper: 403, resident: 403 },
    ],
    [
      'pair',
      'post',
      () => '/api/partymembers/pairs',
      () => ({ memberId: members.A, contactPersonId: persons.B }),
      { officer: 200, officer12: 404, street: 200, zzb: 403, keeper: 403, resident: 403 },
    ],
    [
      'a pair',
      'get',
      () => `/api/partymembers/pairs/${pairId}`,
      () => undefined,
      { officer: 200, officer12: 404, street: 200, zzb: 200, keeper: 200, otherPm: 404, resident: 403 },
    ],
    [
      'log a contact',
      'post',
      () => `/api/partymembers/pairs/${pairId}/contacts`,
      () => ({ contactedOn: today, channel: 'video' }),
      { officer: 200, officer12: 404, keeper: 200, otherPm: 404, zzb: 403, resident: 403 },
    ],
    [
      'study',
      'post',
      () => `/api/partymembers/pairs/${pairId}/study`,
      () => ({ month, item: '微党课', doneOn: today }),
      { officer: 200, officer12: 404, keeper: 200, otherPm: 404, zzb: 403, resident: 403 },
    ],
    [
      'help list',
      'get',
      () => '/api/partymembers/help',
      () => undefined,
      { officer: 200, street: 200, zzb: 200, keeper: 403, resident: 403 },
    ],
    [
      'export',
      'get',
      () => `/api/partymembers/export/pairs.xlsx?nodeId=${env.nodes.community11.id}`,
      () => undefined,
      { officer: 200, officer12: 404, street: 200, keeper: 403, resident: 403 },
    ],
  ];
  it.each(cases)('%s', async (_name, method, url, body, want) => {
    const clients: Record<string, Client> = { officer, officer12, street, zzb, keeper, otherPm, resident };
    const got: Record<string, number> = {};
    for (const who of Object.keys(want)) got[who] = await statusOf(clients[who], method, url(), body());
    expect(got).toEqual(want);
  });

  it('bulk pairing: the officers of the node only', async () => {
    const w = new ExcelJS.Workbook();
    w.addWorksheet('结对').addRow(['流动党员身份证号', '联系党员身份证号']);
    const file = Buffer.from(await w.xlsx.writeBuffer());
    const url = `/api/partymembers/pairs/import?nodeId=${env.nodes.community11.id}&dryRun=1`;
    const got: Record<string, number> = {};
    for (const [who, c] of Object.entries({ officer12, zzb, keeper, resident }))
      got[who] = (await c.upload(url, file, 'p.xlsx')).status;
    expect(got).toEqual({ officer12: 404, zzb: 403, keeper: 403, resident: 403 });
  });

  it('mark helped: the branch officer of the member only', async () => {
    await keeper.post(`/api/partymembers/pairs/${pairId}/contacts`, {
      contactedOn: today,
      channel: 'visit',
      needs: '孩子入学咨询',
      askHelp: true,
    });
    const [h] = (await officer.get('/api/partymembers/help?status=open')).body;
    const body = { note: '已联系学校', version: h.version };
    const url = `/api/partymembers/help/${h.id}/helped`;
    expect((await officer12.post(url, body)).status).toBe(404);
    expect((await zzb.post(url, body)).status).toBe(403);
    expect((await keeper.post(url, body)).status).toBe(403);
    expect((await resident.post(url, body)).status).toBe(403);
    expect((await street.post(url, body)).status).toBe(200);
  });
});

describe('ending a pair: 返回, 转出, 其他 (with a note); a member recorded home ends theirs', () => {
  it('the branch officer ends a pair with a reason, audited; others may not; an ended pair stays ended', async () => {
    const made = await officer.post('/api/partymembers/pairs', {
      memberId: members.D,
      contactPersonId: persons.C,
    });
    expect(made.status).toBe(200);
    const url = `/api/partymembers/pairs/${made.body.id}/end`;
    const body = { reason: 'transferred', note: '组织关系转至宁波市北仑区' };
    const got: Record<string, number> = {};
    for (const [who, c] of Object.entries({ officer12, zzb, keeper, otherPm, resident }))
      got[who] = (await c.post(url, body)).status;
    expect(got).toEqual({ officer12: 404, zzb: 403, keeper: 403, otherPm: 403, resident: 403 });
    expect((await officer.post(url, { reason: 'moved' })).status).toBe(400);
    expect((await officer.post(url, { reason: 'other', note: '\u0000' })).status).toBe(400);
    const noNote = await officer.post(url, { reason: 'other' });
    expect(noNote.status).toBe(422);
    expect(noNote.body.errors[0]).toMatchObject({ field: 'note', message: '结束原因为“其他”时请说明' });
    expect((await officer.post(url, body)).status).toBe(200);
    expect((await officer.post(url, body)).status).toBe(409);
    const d = await officer.get(`/api/partymembers/pairs/${made.body.id}`);
    expect(d.body).toMatchObject({
      status: 'ended',
      endedOn: today,
      endReason: 'transferred',
      endNote: body.note,
    });
    const un = await officer.get('/api/partymembers/pairs/unpaired');
    expect(un.body.map((u: { name: string }) => u.name)).toContain('吴也流出');
    const audit = await env.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('object_id', '=', made.body.id)
      .where('action', '=', 'partymembers.pair.end')
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({ detail: expect.objectContaining({ reason: 'transferred' }) }),
    ]);
  });

  it('a member recorded as returned (返回) has their pair ended on the day of return', async () => {
    const active = (await officer.get('/api/partymembers/pairs')).body.items.find(
      (p: { memberId: string; status: string }) => p.memberId === members.A && p.status === 'active',
    );
    expect(active).toBeDefined();
    const m = await officer.get(`/api/partymembers/members/${members.A}`);
    const r = await officer.post(`/api/partymembers/members/${members.A}/return`, {
      returnedOn: today,
      version: m.body.version,
    });
    expect(r.status).toBe(200);
    const d = await officer.get(`/api/partymembers/pairs/${active.id}`);
    expect(d.body).toMatchObject({ status: 'ended', endedOn: today, endReason: 'returned' });
    expect(
      (await keeper.get('/api/partymembers/pairs/mine')).body.items.map((p: { id: string }) => p.id),
    ).not.toContain(active.id);
  });
});
