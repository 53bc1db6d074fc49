/**
 * 公共文化服务与文化志愿者 through HTTP (seed 003 福田): facilities on the tree and their figures (m² per
 * 10,000, the 1 km circle), Excel out and in; a troupe with its lead's account, members, programmes
 * and rehearsals; a community orders a performance (never twice on one half-day, Idempotency-Key
 * honoured), the troupe accepts, performs with the audience and the volunteers who served, the
 * community rates it; hours confirmed by the lead; stars, a numbered certificate, a nomination decided
 * by the district; one authorisation case per role and route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';
import { shanghaiDay } from '../../platform/time.ts';

let env: TestEnv;
let zzb: Client; // org_officer on the district
let street: Client; // street_officer on 福田街道
let community: Client; // community_officer on 福山社区
let lead: Client; // social_org on 福山社区, the troupe's lead
let resident: Client;
let member: Client;
let cadre: Client;
let gridWorker: Client;
let other: Client; // org_officer of another district
const n = (k: 'community11' | 'community12' | 'street1' | 'district' | 'street2') => env.nodes[k].id;
const day = (offset: number) => shanghaiDay(new Date(Date.now() + offset * 86_400_000));
const ids: Record<string, string> = {};
const year = Number(day(0).slice(0, 4));

const facility = (over: object) => ({
  kind: 'room',
  name: '福山社区文化室',
  address: '福山路1号',
  lat: 22.5205,
  lng: 114.0553,
  areaM2: 300,
  opensAt: '09:00',
  closesAt: '21:00',
  ...over,
});

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  community = await env.as('community_officer', 'community11');
  lead = await env.as('social_org', 'community11');
  resident = await env.as('resident', 'community11');
  member = await env.as('party_member', 'community11');
  cadre = await env.as('cadre', 'dept');
  gridWorker = await env.as('grid_worker', 'grid111');
  other = await env.as('org_officer', 'district2');
});
afterAll(() => env.close());

describe('facilities on the tree', () => {
  it('each kind stands on its levels; a theme only on a hall; others are refused', async () => {
    const r = await community.post('/api/culture/facilities', facility({ nodeId: n('community11') }));
    expect(r.status, r.raw).toBe(200);
    ids.room = r.body.id;
    const wrong = await community.post(
      '/api/culture/facilities',
      facility({ nodeId: n('community11'), kind: 'station' }),
    );
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'nodeId', message: '街道文化站设在街道' });
    const theme = await zzb.post(
      '/api/culture/facilities',
      facility({ nodeId: n('district'), kind: 'library', theme: 'music', name: '区图书馆' }),
    );
    expect(theme.body.errors.map((e: any) => e.field)).toEqual(['theme']);
    const hall = await zzb.post(
      '/api/culture/facilities',
      facility({
        nodeId: n('district'),
        kind: 'hall',
        theme: 'drama',
        name: '戏剧馆',
        areaM2: 1200,
        lat: 22.5245,
      }),
    );
    expect(hall.status, hall.raw).toBe(200);
    ids.hall = hall.body.id;
    expect(
      (await community.post('/api/culture/facilities', facility({ nodeId: n('community12') }))).status,
    ).toBe(404);
    expect((await other.post('/api/culture/facilities', facility({ nodeId: n('community11') }))).status).toBe(
      404,
    );
    expect(
      (await resident.post('/api/culture/facilities', facility({ nodeId: n('community11') }))).status,
    ).toBe(403);
    const list = await resident.get('/api/culture/facilities');
    expect(list.body.facilities.map((f: any) => [f.kind, f.theme, f.name])).toEqual([
      ['hall', 'drama', '戏剧馆'],
      ['room', null, '福山社区文化室'],
    ]);
    expect(list.body.can).toEqual({ manage: false, export: false, stats: false });
    expect((await other.get('/api/culture/facilities')).body.facilities).toEqual([]);
  });

  it('a stale version is a 409; the change shows', async () => {
    const list = await community.get('/api/culture/facilities?kind=room');
    const f = list.body.facilities[0];
    const body = { ...facility({}), areaM2: 320, version: f.version };
    expect((await community.put(`/api/culture/facilities/${f.id}`, body)).status).toBe(200);
    expect((await community.put(`/api/culture/facilities/${f.id}`, body)).status).toBe(409);
    expect((await community.put(`/api/culture/facilities/${ids.hall}`, { ...body, version: 1 })).status).toBe(
      404,
    );
  });

  it('the figures: area by kind, no residents in the register → no m² per 10,000, the 1 km circle', async () => {
    const f = await zzb.get(`/api/culture/figures?nodeId=${n('district')}&year=${year}`);
    expect(f.status, f.raw).toBe(200);
    expect(f.body.areaM2).toBe(1520);
    expect(f.body.byKind.find((k: any) => k.kind === 'hall')).toEqual({
      kind: 'hall',
      count: 1,
      areaM2: 1200,
    });
    expect(f.body.m2Per10k.value).toBeNull();
    expect(f.body.residentsSource).toBe('none');
    // two facilities 440 m apart: every lattice point between them is within 1 km
    expect(f.body.coverage.value).toBe(100);
    await zzb.post(
      '/api/culture/facilities',
      facility({ nodeId: n('district'), kind: 'square', name: '远处广场', lat: 22.62, lng: 114.0553 }),
    );
    const g = await zzb.get(`/api/culture/figures?nodeId=${n('district')}`);
    expect(g.body.coverage.value).toBeLessThan(40);
    expect(g.body.coverage.points).toBeGreaterThan(30);
    expect((await community.get(`/api/culture/figures?nodeId=${n('district')}`)).status).toBe(404);
  });
});

describe('Excel out and in', () => {
  const HEADER = '设施名称,类别,主题,所属,地址,纬度,经度,面积（m²）,开放时间';
  const csv = (rows: string[]) => Buffer.from([HEADER, ...rows].join('\r\n'), 'utf8');
  it('exports the register with kinds and places by name', async () => {
    const r = await street.get('/api/culture/facilities/export');
    expect(r.status).toBe(200);
    const sheet = await sheetRows(r.rawPayload);
    expect(sheet.body.map((x) => [x[0], x[1], x[3], x[8]])).toEqual([
      ['福山社区文化室', '社区文化室', '福田街道 / 福山社区', '09:00-21:00'],
    ]);
  });
  it('imports: a dry run first; a bad row changes nothing; the same file twice adds nothing', async () => {
    const url = (dry: boolean) => `/api/culture/facilities/import?dryRun=${dry ? 1 : 0}`;
    const good = csv([
      '福田街道文化站,街道文化站,,福田街道,福田路2号,22.522,114.058,800,09:00-21:30',
      '福山社区文化室,社区文化室,,福山社区,,,,320,09:00-21:00',
    ]);
    const dry = await street.upload(url(true), good, 'c.csv', 'text/csv');
    expect(dry.status, dry.raw).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, added: 1, skipped: 1 });
    const bad = await street.upload(
      url(false),
      csv(['=x,体育馆,戏剧,月球,,91,,x,9-21']),
      'c.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.field)).toEqual(
      'name kind theme lat area hours node'.split(' ').map((f) => `row2.${f}`),
    );
    expect((await street.upload(url(false), good, 'c.csv', 'text/csv')).body.added).toBe(1);
    expect((await street.upload(url(false), good, 'c.csv', 'text/csv')).body.added).toBe(0);
  });
});

describe('a troupe, an order, a performance, a rating', () => {
  it('the street sets up a troupe led by a social organisation’s account; members with masked phones; programmes', async () => {
    const t = await street.post('/api/culture/teams', {
      nodeId: n('street1'),
      kind: 'troupe',
      name: '福田街道粤剧团',
      leaderName: '黄团长',
      leaderUsername: lead.username,
    });
    expect(t.status, t.raw).toBe(200);
    ids.team = t.body.id;
    const nobody = await street.post('/api/culture/teams', {
      nodeId: n('street1'),
      kind: 'troupe',
      name: 'x',
      leaderUsername: 'nobody-here',
    });
    expect(nobody.body.errors[0].field).toBe('leaderUsername');
    const m = await street.post(`/api/culture/teams/${ids.team}/members`, {
      name: '李秀英',
      kind: 'volunteer',
      phone: '13800138000',
      joinedOn: '2024-03-01',
    });
    expect(m.status, m.raw).toBe(200);
    ids.member = m.body.id;
    const badPhone = await street.post(`/api/culture/teams/${ids.team}/members`, {
      name: '王',
      kind: 'resident',
      phone: '123',
      joinedOn: '2024-03-01',
    });
    expect(badPhone.body.errors[0].field).toBe('phone');
    expect(
      (
        await community.post(`/api/culture/teams/${ids.team}/members`, {
          name: '王',
          kind: 'resident',
          joinedOn: '2024-03-01',
        })
      ).status,
    ).toBe(404);
    const p = await street.post(`/api/culture/teams/${ids.team}/programmes`, {
      title: '帝女花',
      genre: 'opera',
      minutes: 40,
    });
    ids.programme = p.body.id;
    expect(
      (
        await lead.post(`/api/culture/programmes/${ids.programme}/rehearsals`, {
          heldOn: day(-3),
          attendees: 18,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await lead.post(`/api/culture/programmes/${ids.programme}/rehearsals`, {
          heldOn: day(3),
          attendees: 18,
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await resident.post(`/api/culture/programmes/${ids.programme}/rehearsals`, {
          heldOn: day(-1),
          attendees: 5,
        })
      ).status,
    ).toBe(404);
    const view = await lead.get(`/api/culture/teams/${ids.team}`);
    expect(view.body).toMatchObject({ leaderIsMe: true, can: { manage: false, lead: true }, members: 1 });
    expect(view.body.membersList[0].phone).toBe('138****8000');
    expect(view.body.programmesList[0]).toMatchObject({
      title: '帝女花',
      rehearsals: 1,
      lastRehearsal: day(-3),
    });
    expect((await resident.get(`/api/culture/teams/${ids.team}`)).body.membersList).toEqual([]);
    expect((await other.get(`/api/culture/teams/${ids.team}`)).status).toBe(404);
  });

  it('the community orders for a half-day; the same half-day again is a 409; the same key answers the same order', async () => {
    const body = {
      nodeId: n('community11'),
      programmeId: ids.programme,
      onDay: day(5),
      half: 'pm',
      place: '福山社区文化广场',
    };
    const key = { 'idempotency-key': 'culture-order-0001' };
    const o = await community.post('/api/culture/orders', body, key);
    expect(o.status, o.raw).toBe(200);
    expect(o.body.state).toBe('ordered');
    ids.order = o.body.id;
    expect((await community.post('/api/culture/orders', body, key)).body.id).toBe(ids.order);
    const twice = await street.post('/api/culture/orders', { ...body, nodeId: n('community12') });
    expect(twice.status).toBe(409);
    expect(twice.body.detail ?? twice.body.title).toMatch(/半天/);
    expect(
      (await community.post('/api/culture/orders', { ...body, onDay: day(0) })).body.errors[0].field,
    ).toBe('onDay');
    expect((await community.post('/api/culture/orders', { ...body, nodeId: n('community12') })).status).toBe(
      404,
    );
    const todo = await lead.get('/api/home/todos');
    expect(todo.body.find((x: any) => x.key === 'culture.to_accept')).toMatchObject({ count: 1 });
  });

  it('the lead accepts; performs on the day with the audience and who served; the community rates', async () => {
    const mine = await lead.get('/api/culture/orders?side=troupe');
    expect(mine.body.orders[0]).toMatchObject({
      id: ids.order,
      state: 'ordered',
      actions: ['accept', 'decline'],
    });
    const placed = await community.get('/api/culture/orders');
    expect(placed.body.orders[0].actions).toEqual(['cancel']);
    expect(
      (await community.post(`/api/culture/orders/${ids.order}/moves`, { action: 'accept', version: 1 }))
        .status,
    ).toBe(404);
    expect(
      (await lead.post(`/api/culture/orders/${ids.order}/moves`, { action: 'accept', version: 1 })).status,
    ).toBe(200);
    expect(
      (
        await lead.post(`/api/culture/orders/${ids.order}/moves`, {
          action: 'perform',
          version: 2,
          audience: 300,
        })
      ).status,
    ).toBe(409);
    await sql`UPDATE culture_orders SET on_day = ${day(0)}::date WHERE id = ${ids.order}`.execute(env.db);
    const noAudience = await lead.post(`/api/culture/orders/${ids.order}/moves`, {
      action: 'perform',
      version: 2,
    });
    expect(noAudience.body.errors[0].field).toBe('audience');
    const done = await lead.post(`/api/culture/orders/${ids.order}/moves`, {
      action: 'perform',
      version: 2,
      audience: 320,
      served: [{ memberId: ids.member, hours: 3 }],
    });
    expect(done.status, done.raw).toBe(200);
    expect(
      (await community.post(`/api/culture/orders/${ids.order}/moves`, { action: 'rate', version: 3 })).body
        .errors[0].field,
    ).toBe('rating');
    const rate = await community.post(`/api/culture/orders/${ids.order}/moves`, {
      action: 'rate',
      version: 3,
      rating: 5,
      note: '精彩',
    });
    expect(rate.status, rate.raw).toBe(200);
    const after = await community.get('/api/culture/orders');
    expect(after.body.orders[0]).toMatchObject({
      state: 'rated',
      audience: 320,
      rating: 5,
      comment: '精彩',
      actions: [],
    });
    const f = await street.get(`/api/culture/figures?nodeId=${n('street1')}&year=${year}`);
    expect(f.body).toMatchObject({
      performances: 1,
      audience: 320,
      rating: 5,
      troupes: 1,
      troupeMembers: 1,
      volunteerHours: 3,
    });
    expect(f.body.months.find((m: any) => m.month === day(0).slice(0, 7)).performances).toBe(1);
  });
});

describe('hours, stars, certificates, nominations', () => {
  it('an officer logs a duty; it waits for the lead, who confirms it', async () => {
    const h = await street.post('/api/culture/hours', {
      memberId: ids.member,
      servedOn: day(-1),
      hours: 18,
      duty: '文化站值守',
    });
    expect(h.status, h.raw).toBe(200);
    const waiting = await lead.get('/api/culture/hours');
    expect(waiting.body.hours.map((x: any) => [x.memberName, x.hours, x.state])).toEqual([
      ['李秀英', 18, 'pending'],
    ]);
    expect((await street.post(`/api/culture/hours/${h.body.id}/decision`, { accept: true })).status).toBe(
      404,
    );
    expect((await lead.post(`/api/culture/hours/${h.body.id}/decision`, { accept: true })).status).toBe(200);
    expect((await lead.post(`/api/culture/hours/${h.body.id}/decision`, { accept: true })).status).toBe(409);
  });

  it('stars by the district’s thresholds; a numbered certificate printed once; a nomination decided by the district', async () => {
    const v = await street.get(`/api/culture/volunteers?year=${year}`);
    expect(v.body.volunteers).toMatchObject([{ name: '李秀英', hours: 21, stars: 1, certificateNo: null }]);
    expect(v.body.can).toEqual({ certify: true, settings: false });
    expect(
      (await zzb.put('/api/culture/settings', { starHours: [10, 5, 30, 40, 50], version: 0 })).status,
    ).toBe(422);
    expect(
      (await zzb.put('/api/culture/settings', { starHours: [5, 10, 20, 40, 50], version: 0 })).status,
    ).toBe(200);
    expect(
      (await zzb.put('/api/culture/settings', { starHours: [5, 10, 20, 40, 50], version: 0 })).status,
    ).toBe(409);
    const c = await street.post('/api/culture/certificates', { memberId: ids.member, year });
    expect(c.status, c.raw).toBe(200);
    expect((await street.post('/api/culture/certificates', { memberId: ids.member, year })).body.id).toBe(
      c.body.id,
    );
    const paper = await street.get(`/api/culture/certificates/${c.body.id}`);
    expect(paper.body).toMatchObject({
      number: `文志证〔${year}〕0001`,
      name: '李秀英',
      stars: 3,
      hours: 21,
      districtName: '福田区',
    });
    expect((await other.get(`/api/culture/certificates/${c.body.id}`)).status).toBe(404);
    const five = await street.post('/api/culture/nominations', {
      memberId: ids.member,
      year,
      title: 'city_five_star',
      reason: '常年值守',
    });
    expect(five.body.errors[0]).toMatchObject({ field: 'title' });
    const nom = await street.post('/api/culture/nominations', {
      memberId: ids.member,
      year,
      title: 'outstanding',
      reason: '常年值守',
    });
    expect(nom.status, nom.raw).toBe(200);
    expect(
      (
        await street.post('/api/culture/nominations', {
          memberId: ids.member,
          year,
          title: 'outstanding',
          reason: 'x',
        })
      ).status,
    ).toBe(409);
    const list = await zzb.get(`/api/culture/nominations?year=${year}`);
    expect(list.body.nominations[0]).toMatchObject({ name: '李秀英', state: 'proposed', canDecide: true });
    expect((await street.get('/api/culture/nominations')).body.nominations[0].canDecide).toBe(false);
    expect(
      (await zzb.post(`/api/culture/nominations/${nom.body.id}/decision`, { accept: true, version: 1 }))
        .status,
    ).toBe(200);
    expect(
      (await zzb.post(`/api/culture/nominations/${nom.body.id}/decision`, { accept: true, version: 2 }))
        .status,
    ).toBe(409);
  });
});

describe('nomination quotas (district data) and a member’s phone revealed with a reason', () => {
  it('a street’s quota for a year and title: the next nomination when full is 409, a larger quota lets it in', async () => {
    expect(
      (
        await zzb.put('/api/culture/quotas', {
          nodeId: env.nodes.grid111.id,
          year,
          title: 'outstanding',
          quota: 1,
        })
      ).status,
    ).toBe(422);
    expect(
      (await zzb.put('/api/culture/quotas', { nodeId: n('street1'), year, title: 'outstanding', quota: -1 }))
        .status,
    ).toBe(400);
    const set = await zzb.put('/api/culture/quotas', {
      nodeId: n('street1'),
      year,
      title: 'outstanding',
      quota: 1,
    });
    expect(set.status, set.raw).toBe(200);
    expect(
      (await other.put('/api/culture/quotas', { nodeId: n('street1'), year, title: 'outstanding', quota: 9 }))
        .status,
    ).toBe(404);
    // a second volunteer of the street's troupe with three stars this year (hours logged by the lead count as logged)
    const m = await street.post(`/api/culture/teams/${ids.team}/members`, {
      name: '王芳',
      kind: 'volunteer',
      joinedOn: '2024-05-01',
    });
    expect(m.status, m.raw).toBe(200);
    expect(
      (
        await lead.post('/api/culture/hours', {
          memberId: m.body.id,
          servedOn: day(-1),
          hours: 21,
          duty: '图书馆值守',
        })
      ).status,
    ).toBe(200);
    const nominate = () =>
      street.post('/api/culture/nominations', {
        memberId: m.body.id,
        year,
        title: 'outstanding',
        reason: '热心服务',
      });
    const full = await nominate();
    expect(full.status, full.raw).toBe(409);
    expect(full.body.title).toBe(`福田街道 ${year} 年“优秀文化志愿者”推荐名额（1 名）已用完`);
    let q = (await street.get(`/api/culture/quotas?year=${year}`)).body;
    expect(q.items).toEqual([
      { nodeId: n('street1'), nodeName: '福田街道', title: 'outstanding', quota: 1, used: 1 },
    ]);
    expect(q.can.set).toBe(false);
    await zzb.put('/api/culture/quotas', { nodeId: n('street1'), year, title: 'outstanding', quota: 2 });
    expect((await nominate()).status).toBe(200);
    q = (await zzb.get(`/api/culture/quotas?year=${year}`)).body;
    expect(q.items[0]).toMatchObject({ quota: 2, used: 2 });
    expect(q.can.set).toBe(true);
    // another year has no quota: not limited
    expect((await street.get(`/api/culture/quotas?year=${year - 1}`)).body.items).toEqual([]);
  });

  it('reveals a member’s full phone to an officer over the team with the reason audited', async () => {
    const u = `/api/culture/members/${ids.member}/reveal`;
    expect((await street.post(u, {})).status).toBe(400);
    const r = await street.post(u, { reason: '核实演出联系人' });
    expect(r.status, r.raw).toBe(200);
    expect(r.body.phone).toBe('13800138000');
    expect((await community.post(u, { reason: '核实' })).status).toBe(404);
    expect((await other.post(u, { reason: '核实' })).status).toBe(404);
    const audit = await env.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('object_id', '=', ids.member)
      .where('action', '=', 'culture.member.reveal')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].detail).toMatchObject({ reason: '核实演出联系人', field: 'phone' });
  });
});

describe('hostile input is a 400 or 422, never a 500', () => {
  it.each([
    ['NUL in a place', { place: 'a\u0000b' }],
    ['a lone surrogate', { place: '\uD800' }],
    ['year 0000', { onDay: '0000-01-01' }],
    ['an over-long place', { place: '长'.repeat(5000) }],
    ['a half that is not one', { half: 'night' }],
  ])('%s', async (_, over) => {
    const r = await community.post('/api/culture/orders', {
      nodeId: n('community11'),
      programmeId: ids.programme,
      onDay: day(9),
      half: 'am',
      place: 'x',
      ...over,
    });
    expect([400, 422]).toContain(r.status);
  });
});

describe('one authorisation case per role and route', () => {
  const id = '00000000-0000-7000-8000-000000000000';
  const all = ['org', 'street', 'community', 'cadre', 'resident', 'member', 'social', 'grid'];
  const officers = ['org', 'street', 'community'];
  const leads = ['org', 'street', 'community', 'resident', 'member', 'social'];
  const ROUTES: [string, string, object | undefined, string[]][] = [
    ['GET', '/api/culture/facilities', undefined, all],
    ['POST', '/api/culture/facilities', facility({ nodeId: id }), officers],
    ['GET', '/api/culture/facilities/export', undefined, officers],
    ['PUT', `/api/culture/facilities/${id}`, { ...facility({}), kind: undefined, version: 1 }, officers],
    ['GET', '/api/culture/figures', undefined, officers],
    ['GET', '/api/culture/teams', undefined, all],
    ['POST', '/api/culture/teams', { nodeId: id, kind: 'troupe', name: 'x' }, officers],
    ['GET', `/api/culture/teams/${id}`, undefined, all],
    [
      'POST',
      `/api/culture/teams/${id}/members`,
      { name: 'x', kind: 'resident', joinedOn: '2025-01-01' },
      officers,
    ],
    ['POST', `/api/culture/teams/${id}/programmes`, { title: 'x', genre: 'music', minutes: 5 }, officers],
    ['POST', `/api/culture/programmes/${id}/rehearsals`, { heldOn: '2025-01-01', attendees: 3 }, leads],
    ['GET', '/api/culture/programmes', undefined, all],
    ['GET', '/api/culture/orders?side=troupe', undefined, leads],
    [
      'POST',
      '/api/culture/orders',
      { nodeId: id, programmeId: id, onDay: day(4), half: 'am', place: 'x' },
      officers,
    ],
    ['POST', `/api/culture/orders/${id}/moves`, { action: 'accept', version: 1 }, all],
    ['GET', '/api/culture/hours', undefined, leads],
    ['POST', '/api/culture/hours', { memberId: id, servedOn: '2025-01-01', hours: 2, duty: 'x' }, leads],
    ['POST', `/api/culture/hours/${id}/decision`, { accept: true }, leads],
    ['GET', '/api/culture/volunteers', undefined, ['org', 'street']],
    ['PUT', '/api/culture/settings', { starHours: [1, 2, 3, 4, 5], version: 99 }, ['org']],
    ['POST', '/api/culture/certificates', { memberId: id, year: 2025 }, ['org', 'street']],
    ['GET', `/api/culture/certificates/${id}`, undefined, ['org', 'street']],
    ['GET', '/api/culture/nominations', undefined, ['org', 'street']],
    [
      'POST',
      '/api/culture/nominations',
      { memberId: id, year: 2025, title: 'outstanding', reason: 'x' },
      ['org', 'street'],
    ],
    ['POST', `/api/culture/nominations/${id}/decision`, { accept: true, version: 1 }, ['org']],
    ['GET', '/api/culture/quotas?year=2025', undefined, ['org', 'street']],
    ['PUT', '/api/culture/quotas', { nodeId: id, year: 2025, title: 'outstanding', quota: 1 }, ['org']],
    ['POST', `/api/culture/members/${id}/reveal`, { reason: 'x' }, officers],
  ];
  const clients = () =>
    ({ org: zzb, street, community, cadre, resident, member, social: lead, grid: gridWorker }) as Record<
      string,
      Client
    >;
  it.each(
    ROUTES.flatMap(([m, u, b, allowed]) =>
      all.map((role) => [role, m, u, b, allowed.includes(role)] as const),
    ),
  )('%s %s %s', async (role, method, url, body, allowed) => {
    const r = await clients()[role].request(method, url, body);
    if (allowed) expect(r.status, r.raw).not.toBe(403);
    else expect(r.status).toBe(403);
  });
  it('an anonymous caller is refused', async () => {
    expect((await env.anon().get('/api/culture/facilities')).status).toBe(401);
  });
});
