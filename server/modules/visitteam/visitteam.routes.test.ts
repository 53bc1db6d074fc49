/**
 * The 文明巡访团 through HTTP (seed 003 福田): the district keeps the roster (Excel out and in) and
 * schedules rounds of a community; the district or street records what a member saw (once per
 * Idempotency-Key); the community marks it fixed; to-dos, figures, bad input, and one authorisation
 * case per role and route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';
import { shanghaiDay } from '../../platform/time.ts';

let env: TestEnv;
let zzb: Client; // org_officer on the district
let street: Client; // street_officer on 福田街道 (community11, community12)
let cadre: Client;
let community: Client; // community_officer on 福山社区
let community12: Client; // community_officer on 水围社区
let resident: Client;
let gridWorker: Client;
let other: Client; // org_officer of another district
const day = (offset: number) => shanghaiDay(new Date(Date.now() + offset * 86_400_000));
const n = (k: 'community11' | 'community12' | 'community31' | 'street1') => env.nodes[k].id;
const member = (name: string, extra: object = {}) => ({
  name,
  phone: '13800001234',
  street: '福田街道',
  termStart: day(-100),
  termEnd: day(600),
  ...extra,
});
const ids: Record<string, string> = {};
let held = '';
let soon = '';

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  cadre = await env.as('cadre', 'dept');
  community = await env.as('community_officer', 'community11');
  community12 = await env.as('community_officer', 'community12');
  resident = await env.as('resident', 'community11');
  gridWorker = await env.as('grid_worker', 'grid111');
  other = await env.as('org_officer', 'district2');
});
afterAll(() => env.close());

describe('the roster (seed 003)', () => {
  it('zzb adds members; the phone shows masked; a bad phone or term is 422 on its field', async () => {
    for (const name of ['王芳', '李强', '陈静']) {
      const r = await zzb.post('/api/visitteam/members', member(name));
      expect(r.status, r.raw).toBe(200);
      ids[name] = r.body.id;
    }
    const gone = await zzb.post('/api/visitteam/members', member('赵敏', { termEnd: day(-1) }));
    ids['赵敏'] = gone.body.id;
    const badPhone = await zzb.post('/api/visitteam/members', member('x', { phone: '12345' }));
    expect(badPhone.status).toBe(422);
    expect(badPhone.body.errors[0].field).toBe('phone');
    const badTerm = await zzb.post('/api/visitteam/members', member('x', { termEnd: day(-200) }));
    expect(badTerm.status).toBe(422);
    expect(badTerm.body.errors[0].field).toBe('termEnd');
    expect((await zzb.post('/api/visitteam/members', { ...member('x'), name: '' })).status).toBe(400);
    const r = await zzb.get('/api/visitteam');
    expect(r.body.members.map((m: any) => [m.name, m.phone, m.inTerm])).toEqual([
      ['李强', '138****1234', true],
      ['王芳', '138****1234', true],
      ['赵敏', '138****1234', false],
      ['陈静', '138****1234', true],
    ]);
    expect(r.body.can).toEqual({ manage: true, record: true, fix: false });
    // others do not see the roster, and another district has its own
    expect((await street.get('/api/visitteam')).body.members).toEqual([]);
    expect((await other.get('/api/visitteam')).body.members).toEqual([]);
  });

  it('exports the roster in the import columns; imported back it adds nothing; a bad row changes nothing', async () => {
    const r = await zzb.get('/api/visitteam/members/export');
    expect(r.status).toBe(200);
    const sheet = await sheetRows(r.rawPayload);
    expect(sheet.header).toEqual(['姓名', '联系电话', '所在街道', '任期开始', '任期结束']);
    expect(sheet.body).toHaveLength(4);
    const back = await zzb.upload('/api/visitteam/members/import', r.rawPayload, 'roster.xlsx');
    expect(back.status, back.raw).toBe(200);
    expect(back.body).toMatchObject({ added: 0, skipped: 4 });
    const csv = (rows: string[][]) =>
      Buffer.from(['姓名,联系电话,所在街道,任期开始,任期结束', ...rows.map((x) => x.join(','))].join('\r\n'));
    const bad = await zzb.upload(
      '/api/visitteam/members/import',
      csv([
        ['周敏', '13900000000', '南园街道', '2026-01-01', '2027-12-31'],
        ['吴刚', '123', '', '2026-13-01', '2025-01-01'],
      ]),
      'roster.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.field)).toEqual(['row3.phone', 'row3.termStart']);
    const good = await zzb.upload(
      '/api/visitteam/members/import',
      csv([['周敏', '13900000000', '南园街道', day(-10), day(700)]]),
      'roster.csv',
      'text/csv',
    );
    expect(good.body).toMatchObject({ dryRun: false, added: 1, skipped: 0 });
    expect((await zzb.get('/api/visitteam')).body.members).toHaveLength(5);
  });
});

describe('rounds and findings', () => {
  it('zzb schedules rounds of a community with members in term; not a street, not a member out of term', async () => {
    const r = await zzb.post('/api/visitteam/rounds', {
      nodeId: n('community11'),
      heldOn: day(-3),
      items: ['order', 'sanitation'],
      memberIds: [ids['王芳'], ids['李强']],
    });
    expect(r.status, r.raw).toBe(200);
    held = r.body.id;
    const s = await zzb.post('/api/visitteam/rounds', {
      nodeId: n('community12'),
      heldOn: day(3),
      items: ['traffic'],
    });
    soon = s.body.id;
    const atStreet = await zzb.post('/api/visitteam/rounds', {
      nodeId: n('street1'),
      heldOn: day(1),
      items: ['psa'],
    });
    expect(atStreet.status).toBe(422);
    expect(atStreet.body.errors[0].field).toBe('nodeId');
    const outOfTerm = await zzb.post('/api/visitteam/rounds', {
      nodeId: n('community11'),
      heldOn: day(1),
      items: ['psa'],
      memberIds: [ids['赵敏']],
    });
    expect(outOfTerm.status).toBe(422);
    expect(outOfTerm.body.errors[0].field).toBe('memberIds');
    expect(
      (await zzb.post('/api/visitteam/rounds', { nodeId: n('community11'), heldOn: day(1), items: [] }))
        .status,
    ).toBe(400);
    expect(
      (
        await other.post('/api/visitteam/rounds', {
          nodeId: n('community11'),
          heldOn: day(1),
          items: ['psa'],
        })
      ).status,
    ).toBe(404);
    const v = await zzb.get(`/api/visitteam/rounds/${held}`);
    expect(v.body).toMatchObject({ state: 'held', items: ['sanitation', 'order'], members: 2 });
    expect(v.body.memberList.map((m: any) => m.name)).toEqual(['李强', '王芳']);
    expect(v.body.can).toEqual({ staff: false, record: true, fix: false });
  });

  it('zzb sees a round within 7 days without members on the home page until it is staffed', async () => {
    const todo = async () =>
      (await zzb.get('/api/home/todos')).body.find((x: any) => x.key === 'visitteam.unstaffed');
    expect((await todo())?.count).toBe(1);
    const v = await zzb.get(`/api/visitteam/rounds/${soon}`);
    expect(v.body.can.staff).toBe(true);
    expect(v.body.candidates.map((m: any) => m.name)).not.toContain('赵敏');
    const put = await zzb.put(`/api/visitteam/rounds/${soon}/members`, {
      memberIds: [ids['陈静']],
      version: v.body.version,
    });
    expect(put.status, put.raw).toBe(200);
    const stale = await zzb.put(`/api/visitteam/rounds/${soon}/members`, {
      memberIds: [],
      version: v.body.version,
    });
    expect(stale.status).toBe(409);
    expect(await todo()).toBeUndefined();
    // a round that has passed keeps its members
    const late = await zzb.put(`/api/visitteam/rounds/${held}/members`, { memberIds: [], version: 1 });
    expect(late.status).toBe(409);
  });

  it('the street records findings once per Idempotency-Key; not before the day, not off the checklist', async () => {
    const h = { 'idempotency-key': 'visitteam-find-0001' };
    const body = { item: 'sanitation', memberId: ids['王芳'], place: '福山花园东门', seen: '垃圾桶满溢' };
    const a = await street.post(`/api/visitteam/rounds/${held}/findings`, body, h);
    expect(a.status, a.raw).toBe(200);
    const again = await street.post(`/api/visitteam/rounds/${held}/findings`, body, h);
    expect(again.body.id).toBe(a.body.id);
    ids.finding = a.body.id;
    const b = await zzb.post(`/api/visitteam/rounds/${held}/findings`, {
      item: 'order',
      place: '地铁站 B 口',
      seen: '占道经营',
    });
    expect(b.status).toBe(200);
    const off = await street.post(`/api/visitteam/rounds/${held}/findings`, { ...body, item: 'traffic' });
    expect(off.status).toBe(422);
    expect(off.body.errors[0].field).toBe('item');
    const notOn = await street.post(`/api/visitteam/rounds/${held}/findings`, {
      ...body,
      memberId: ids['陈静'],
    });
    expect(notOn.status).toBe(422);
    expect(notOn.body.errors[0].field).toBe('memberId');
    expect(
      (await zzb.post(`/api/visitteam/rounds/${soon}/findings`, { ...body, item: 'traffic' })).status,
    ).toBe(409);
    expect((await other.post(`/api/visitteam/rounds/${held}/findings`, body)).status).toBe(404);
    const v = await community.get(`/api/visitteam/rounds/${held}`);
    expect(v.body.findingList.map((f: any) => [f.item, f.place, f.memberName, f.fixedOn])).toEqual([
      ['sanitation', '福山花园东门', '王芳', null],
      ['order', '地铁站 B 口', null, null],
    ]);
    expect(v.body.can).toEqual({ staff: false, record: false, fix: true });
  });

  it('the community of the area has them to fix and marks one fixed; the figures follow', async () => {
    const todos = (await community.get('/api/home/todos')).body;
    expect(todos.find((x: any) => x.key === 'visitteam.to_fix')?.count).toBe(2);
    expect((await community12.get(`/api/visitteam/rounds/${held}`)).status).toBe(404);
    expect(
      (
        await community12.post(`/api/visitteam/findings/${ids.finding}/fix`, {
          fixedOn: day(0),
          note: 'x',
          version: 1,
        })
      ).status,
    ).toBe(404);
    const early = await community.post(`/api/visitteam/findings/${ids.finding}/fix`, {
      fixedOn: day(-10),
      note: '已清运',
      version: 1,
    });
    expect(early.status).toBe(422);
    expect(early.body.errors[0].field).toBe('fixedOn');
    const ok = await community.post(`/api/visitteam/findings/${ids.finding}/fix`, {
      fixedOn: day(0),
      note: '已协调物业清运',
      version: 1,
    });
    expect(ok.status, ok.raw).toBe(200);
    const twice = await community.post(`/api/visitteam/findings/${ids.finding}/fix`, {
      fixedOn: day(0),
      note: '已协调物业清运',
      version: 2,
    });
    expect(twice.status).toBe(409);
    const year = Number(day(-3).slice(0, 4));
    const r = await zzb.get(`/api/visitteam?year=${year}`);
    expect(r.body.figures).toMatchObject({ rounds: 1, findings: 2, fixed: 1, fixedShare: 50 });
    const stats = await community.get(`/api/home/stats?nodeId=${n('community11')}&year=${year}`);
    expect(stats.body.find((x: any) => x.key === 'visitteam.fixed_share')).toMatchObject({ value: 50 });
  });
});

describe('one authorisation case per role and route', () => {
  const id = '00000000-0000-7000-8000-000000000000';
  // [method, url, body, the roles the shell lets through (any other answer but 403 is theirs)]
  const ROUTES: [string, string, object | undefined, string[]][] = [
    ['GET', '/api/visitteam', undefined, ['org', 'street', 'community']],
    [
      'POST',
      '/api/visitteam/members',
      { name: 'x', termStart: '2026-01-01', termEnd: '2027-01-01' },
      ['org'],
    ],
    ['GET', '/api/visitteam/members/export', undefined, ['org']],
    ['POST', '/api/visitteam/rounds', { nodeId: id, heldOn: '2026-01-01', items: ['psa'] }, ['org']],
    ['GET', `/api/visitteam/rounds/${id}`, undefined, ['org', 'street', 'community']],
    ['PUT', `/api/visitteam/rounds/${id}/members`, { memberIds: [], version: 1 }, ['org']],
    [
      'POST',
      `/api/visitteam/rounds/${id}/findings`,
      { item: 'psa', place: 'x', seen: 'x' },
      ['org', 'street'],
    ],
    [
      'POST',
      `/api/visitteam/findings/${id}/fix`,
      { fixedOn: '2026-01-01', note: 'x', version: 1 },
      ['street', 'community'],
    ],
  ];
  const clients = () =>
    ({ org: zzb, street, cadre, community, resident, grid: gridWorker }) as Record<string, Client>;
  it.each(
    ROUTES.flatMap(([m, u, b, allowed]) =>
      Object.keys({ org: 1, street: 1, cadre: 1, community: 1, resident: 1, grid: 1 }).map(
        (role) => [role, m, u, b, allowed.includes(role)] as const,
      ),
    ),
  )('%s %s %s', async (role, method, url, body, allowed) => {
    const r = await clients()[role].request(method, url, body);
    if (allowed) expect(r.status, r.raw).not.toBe(403);
    else expect(r.status).toBe(403);
  });
  it('an import needs a file; an anonymous caller is refused', async () => {
    expect((await env.anon().get('/api/visitteam')).status).toBe(401);
    expect((await zzb.request('POST', '/api/visitteam/members/import')).status).toBe(400);
    expect((await street.request('POST', '/api/visitteam/members/import')).status).toBe(403);
  });
});
