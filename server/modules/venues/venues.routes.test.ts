/**
 * 党群服务阵地联盟 through HTTP (seed 003 福田 "1+95+N"): registering the district centre, a community
 * centre and an alliance member; booking rooms with no double booking (the exclusion constraint as a
 * 409), approval at the district centre, check-in by the door's QR with an Idempotency-Key, the
 * activity held, the week calendar, the figures and the 10-minute circle, Excel out and in, and one
 * authorisation case per role and route.
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
let resident: Client;
let member: Client; // party_member on 福山社区
let socialOrg: Client;
let cadre: Client;
let gridWorker: Client;
let other: Client; // org_officer of another district
const n = (k: 'community11' | 'community12' | 'street1' | 'district' | 'street2') => env.nodes[k].id;
const tomorrow = shanghaiDay(new Date(Date.now() + 86_400_000));
const at = (hhmm: string, d = tomorrow) => `${d}T${hhmm}:00+08:00`;
const ids: { centre: string; district: string; member: string; room1: string; room2: string; hall: string } =
  {} as never;

const venue = (over: object) => ({
  level: 'community',
  name: '福山社区党群服务中心',
  address: '福田区福山路1号',
  lat: 22.5205,
  lng: 114.0553,
  areaM2: 180,
  opensAt: '00:00',
  closesAt: '24:00',
  openDays: [1, 2, 3, 4, 5, 6, 7],
  ownerUnit: '福山社区党委',
  joinedOn: '2019-06-01',
  rooms: [
    { name: '党员活动室', capacity: 40, equipment: ['投影仪'] },
    { name: '议事室', capacity: 12, equipment: [] },
  ],
  ...over,
});

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  community = await env.as('community_officer', 'community11');
  resident = await env.as('resident', 'community11');
  member = await env.as('party_member', 'community11');
  socialOrg = await env.as('social_org', 'community11');
  cadre = await env.as('cadre', 'dept');
  gridWorker = await env.as('grid_worker', 'grid111');
  other = await env.as('org_officer', 'district2');
});
afterAll(() => env.close());

describe('the register: 1 district centre + community centres + N members', () => {
  it('a community officer registers its centre; its level must match its node; others are refused', async () => {
    const r = await community.post('/api/venues', venue({ nodeId: n('community11') }));
    expect(r.status, r.raw).toBe(200);
    ids.centre = r.body.id;
    const wrong = await street.post('/api/venues', venue({ nodeId: n('street1'), name: '错位中心' }));
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].field).toBe('nodeId');
    expect((await community.post('/api/venues', venue({ nodeId: n('community12') }))).status).toBe(404);
    expect((await other.post('/api/venues', venue({ nodeId: n('community11') }))).status).toBe(404);
    expect((await resident.post('/api/venues', venue({ nodeId: n('community11') }))).status).toBe(403);
    const hours = await community.post(
      '/api/venues',
      venue({ nodeId: n('community11'), opensAt: '21:00', closesAt: '09:00' }),
    );
    expect(hours.body.errors[0].field).toBe('closesAt');
  });

  it('zzb registers the district centre (with approval) and a member building; the list searches by pinyin', async () => {
    const d = await zzb.post(
      '/api/venues',
      venue({
        nodeId: n('district'),
        level: 'district',
        name: '福田区党群服务中心',
        areaM2: 3000,
        lat: 22.5431,
        lng: 114.0579,
        rooms: [{ name: '多功能厅', capacity: 200, equipment: ['音响', 'LED屏'] }],
      }),
    );
    ids.district = d.body.id;
    const m = await street.post(
      '/api/venues',
      venue({
        nodeId: n('street1'),
        level: 'member',
        name: '华强北商圈党群服务站',
        areaM2: 120,
        lat: 22.5222,
        lng: 114.056,
        rooms: [],
      }),
    );
    ids.member = m.body.id;
    const list = await resident.get('/api/venues');
    expect(list.status).toBe(200);
    expect(list.body.venues.map((v: any) => [v.level, v.name])).toEqual([
      ['district', '福田区党群服务中心'],
      ['community', '福山社区党群服务中心'],
      ['member', '华强北商圈党群服务站'],
    ]);
    expect(list.body.can).toEqual({ manage: false, export: false, stats: false });
    expect((await resident.get('/api/venues?q=fs')).body.venues.map((v: any) => v.name)).toEqual([
      '福山社区党群服务中心',
    ]);
    expect((await resident.get('/api/venues?q=huaqiang')).body.venues).toHaveLength(1);
    expect((await other.get('/api/venues')).body.venues).toEqual([]);
    expect((await other.get(`/api/venues/${ids.centre}`)).status).toBe(404);
    const page = await resident.get(`/api/venues/${ids.centre}`);
    expect(page.body).toMatchObject({ doorCode: null, can: { manage: false, book: ['resident'] } });
    [ids.room1, ids.room2] = page.body.rooms.map((r: any) => r.id);
    const hall = await member.get(`/api/venues/${ids.district}`);
    ids.hall = hall.body.rooms[0].id;
    expect(hall.body.rule).toMatchObject({
      approval: true,
      maxHours: 4,
      bookers: ['party_member', 'social_org', 'officer'],
    });
    expect((await resident.get(`/api/venues/${ids.district}`)).body.can.book).toEqual([]);
  });
});

const branch = { as: 'party_member', orgName: '福山社区第一党支部' };
describe('booking a room', () => {
  const book = (c: Client, b: object, h?: Record<string, string>) =>
    c.post('/api/venues/bookings', { roomId: ids.room1, title: '楼栋议事会', expected: 10, ...b }, h);

  it('a resident books; an overlapping slot is a 409 with a clear message; the next slot is free', async () => {
    const first = await book(resident, { start: at('10:00'), end: at('12:00') });
    expect(first.status, first.raw).toBe(200);
    expect(first.body.state).toBe('confirmed');
    const clash = await book(member, {
      start: at('11:00'),
      end: at('12:30'),
      ...branch,
    });
    expect(clash.status).toBe(409);
    expect(clash.body.detail ?? clash.body.title).toContain('已被预约');
    expect(clash.body.errors[0].field).toBe('start');
    // another room at the same time, and the same room right after, are free
    expect(
      (
        await book(member, {
          roomId: ids.room2,
          start: at('11:00'),
          end: at('12:00'),
          expected: 8,
          ...branch,
        })
      ).status,
    ).toBe(200);
    expect(
      (await book(socialOrg, { start: at('12:00'), end: at('13:00'), orgName: '福田区长者服务社' })).status,
    ).toBe(200);
  });

  it('the rules: too long, too many people, no branch named, a resident at the district centre', async () => {
    const long = await book(resident, { start: at('14:00'), end: at('18:00') });
    expect(long.status).toBe(422);
    expect(long.body.errors.map((e: any) => e.field)).toEqual(['end']);
    expect(
      (await book(resident, { start: at('14:00'), end: at('15:00'), expected: 41 })).body.errors[0].field,
    ).toBe('expected');
    const past = await book(resident, {
      start: '2020-01-01T10:00:00+08:00',
      end: '2020-01-01T11:00:00+08:00',
    });
    expect(past.body.errors[0].field).toBe('start');
    expect(
      (await book(member, { start: at('14:00'), end: at('15:00'), as: 'party_member' })).body.errors[0].field,
    ).toBe('orgName');
    expect((await book(resident, { roomId: ids.hall, start: at('14:00'), end: at('15:00') })).status).toBe(
      403,
    );
    expect((await book(other, { start: at('14:00'), end: at('15:00') })).status).toBe(404);
  });

  it('an Idempotency-Key sent twice books once', async () => {
    const h = { 'idempotency-key': 'phone-retry-0001' };
    const a = await book(resident, { start: at('16:00'), end: at('17:00') }, h);
    const b = await book(resident, { start: at('16:00'), end: at('17:00') }, h);
    expect(b.status).toBe(200);
    expect(b.body.id).toBe(a.body.id);
    const { rows } =
      await sql`SELECT count(*)::int AS n FROM venues_bookings WHERE title = '楼栋议事会' AND lower(slot) = ${new Date(at('16:00'))}`.execute(
        env.db,
      );
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('北仑 主题党日套餐 at the district centre waits for approval; zzb approves and the branch is told', async () => {
    const r = await book(member, {
      roomId: ids.hall,
      start: at('09:00'),
      end: at('11:00'),
      title: '主题党日',
      expected: 60,
      ...branch,
    });
    expect(r.body.state).toBe('pending');
    const todo = (await zzb.get('/api/home/todos')).body.find((x: any) => x.key === 'venues.pending');
    expect(todo).toMatchObject({ count: 1, href: '/venues/approvals' });
    expect(
      (await community.get('/api/home/todos')).body.find((x: any) => x.key === 'venues.pending'),
    ).toBeUndefined();
    const url = `/api/venues/bookings/${r.body.id}/moves`;
    expect((await community.post(url, { action: 'approve', version: 1 })).status).toBe(404);
    expect((await member.post(url, { action: 'approve', version: 1 })).status).toBe(403);
    expect((await zzb.post(url, { action: 'reject', version: 1 })).status).toBe(422); // no reason
    expect((await zzb.post(url, { action: 'approve', version: 9 })).status).toBe(409);
    const ok = await zzb.post(url, { action: 'approve', version: 1 });
    expect(ok.body).toMatchObject({ state: 'confirmed', actions: ['cancel', 'no_show'] });
    const told = await env.db
      .selectFrom('notify_notifications')
      .select('kind')
      .where('user_id', '=', member.userId)
      .execute();
    expect(told.map((x) => x.kind)).toEqual(['venues.decided']);
    const mine = await member.get('/api/venues/bookings/mine');
    expect(mine.body.map((b: any) => [b.title, b.state])).toEqual([
      ['主题党日', 'confirmed'],
      ['楼栋议事会', 'confirmed'],
    ]);
    expect(
      (await member.get('/api/home/todos')).body.find((x: any) => x.key === 'venues.upcoming'),
    ).toMatchObject({ count: 2 });
  });

  it('the week calendar shows the bookings; a booker cancels and the slot is free again', async () => {
    const week = await resident.get(`/api/venues/${ids.centre}/week?from=${tomorrow}`);
    expect(week.body.map((b: any) => [b.roomName, b.start.slice(11, 16)])).toEqual([
      ['党员活动室', '02:00'],
      ['议事室', '03:00'],
      ['党员活动室', '04:00'],
      ['党员活动室', '08:00'],
    ]);
    const mine = week.body[0];
    expect(mine).toMatchObject({ mine: true, actions: ['cancel', 'check_in'] });
    expect(week.body[1]).toMatchObject({ mine: false, actions: [] });
    expect(
      (await member.post(`/api/venues/bookings/${mine.id}/moves`, { action: 'cancel', version: 1 })).status,
    ).toBe(404);
    expect(
      (await resident.post(`/api/venues/bookings/${mine.id}/moves`, { action: 'cancel', version: 1 })).body
        .state,
    ).toBe('cancelled');
    expect(
      (
        await book(member, {
          start: at('11:00'),
          end: at('12:00'),
          ...branch,
        })
      ).status,
    ).toBe(200);
  });
});

describe('check-in by the QR at the door, and the activity held', () => {
  it('the door code checks in the booking starting soon (once, with a key); the activity is recorded with its attendance', async () => {
    // booked in opening hours, then moved to start in two minutes (at any hour the test runs: a booking
    // made at 23:20 Beijing for 23:22 is rightly refused as outside opening hours)
    const b = await resident.post('/api/venues/bookings', {
      roomId: ids.room2,
      start: at('10:00', shanghaiDay(new Date(Date.now() + 2 * 86_400_000))),
      end: at('10:50', shanghaiDay(new Date(Date.now() + 2 * 86_400_000))),
      title: '邻里读书会',
      expected: 10,
    });
    expect(b.status, b.raw).toBe(200);
    await sql`UPDATE venues_bookings SET slot = tstzrange(now() + interval '2 minutes', now() + interval '50 minutes') WHERE id = ${b.body.id}`.execute(
      env.db,
    );
    const code = (await community.get(`/api/venues/${ids.centre}`)).body.doorCode as string;
    expect(code).toMatch(/^[0-9a-f]{24}$/);
    expect(
      (await resident.post('/api/venues/checkin', { venueId: ids.centre, code: 'wrongcode1' })).status,
    ).toBe(422);
    expect((await member.post('/api/venues/checkin', { venueId: ids.centre, code })).status).toBe(409);
    const h = { 'idempotency-key': 'door-scan-0001' };
    const first = await resident.post('/api/venues/checkin', { venueId: ids.centre, code }, h);
    expect(first.body).toMatchObject({ id: b.body.id, state: 'checked_in', actions: ['record'] });
    expect((await resident.post('/api/venues/checkin', { venueId: ids.centre, code }, h)).body.state).toBe(
      'checked_in',
    );
    expect((await resident.post('/api/venues/checkin', { venueId: ids.centre, code })).status).toBe(409);
    // the activity starts: the slot is moved an hour back, as time would
    await sql`UPDATE venues_bookings SET slot = tstzrange(now() - interval '1 hour', now() - interval '10 minutes') WHERE id = ${b.body.id}`.execute(
      env.db,
    );
    const url = `/api/venues/bookings/${b.body.id}/moves`;
    expect((await resident.post(url, { action: 'record', version: 2 })).status).toBe(422);
    const held = await resident.post(url, {
      action: 'record',
      version: 2,
      attendance: 9,
      summary: '共读《乡土中国》',
    });
    expect(held.body).toMatchObject({ state: 'held', attendance: 9 });
    const acts = await community.get('/api/venues/activities');
    expect(acts.body.map((a: any) => [a.title, a.attendance])).toEqual([['邻里读书会', 9]]);
  });
});

describe('figures, the 10-minute circle, members leaving', () => {
  it('utilisation per venue, m² per 10,000 residents per street, the share of communities with a centre', async () => {
    expect(
      (
        await street.put('/api/venues/populations', {
          nodeId: n('street1'),
          population: 30_000,
          asOf: '2025-12-31',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await street.put('/api/venues/populations', {
          nodeId: n('street2'),
          population: 1,
          asOf: '2025-12-31',
        })
      ).status,
    ).toBe(404);
    const f = await zzb.get(`/api/venues/figures?nodeId=${n('district')}`);
    expect(f.status, f.raw).toBe(200);
    const s1 = f.body.streets.find((s: any) => s.nodeId === n('street1'));
    // 福山 centre 180 m² + 华强北 member 120 m² for 30,000 residents = 100 m² per 10,000
    expect(s1).toMatchObject({
      areaM2: 300,
      population: 30_000,
      populationSource: 'declared',
      m2Per10k: 100,
      communities: 2,
      withCentre: 1,
    });
    expect(f.body.coverage).toEqual({ communities: 3, withCentre: 1, share: 33.3 });
    const centre = f.body.venues.find((v: any) => v.id === ids.centre);
    expect(centre.bookedHours).toBeGreaterThan(0.5); // the reading circle held
    expect(f.body.definitions.utilisation).toContain('已预约时长 ÷ 开放时长');
    // a year still to come has no hours yet (not a range PostgreSQL refuses)
    const later = await zzb.get(`/api/venues/figures?nodeId=${n('district')}&year=2097`);
    expect(later.status, later.raw).toBe(200);
    expect(later.body.venues.every((v: any) => v.bookedHours === 0 && v.openHours === 0)).toBe(true);
    const stats = await zzb.get(`/api/home/stats?nodeId=${n('district')}&year=${new Date().getFullYear()}`);
    const fig = (k: string) => stats.body.find((s: any) => s.key === `venues.${k}`)?.value;
    expect([fig('venues'), fig('area'), fig('coverage')]).toEqual([3, 3300, 33.3]);
  });

  it('the 10-minute circle: venues within 1 km of 福山 centre, nearest first, with the walk', async () => {
    const r = await resident.get(`/api/venues/near?nodeId=${n('community11')}`);
    expect(r.status, r.raw).toBe(200);
    expect(r.body.venues.map((v: any) => [v.name, v.walkMinutes])).toEqual([
      ['福山社区党群服务中心', 0],
      ['华强北商圈党群服务站', 3],
    ]);
    const wide = await resident.get('/api/venues/near?lat=22.5205&lng=114.0553&km=3');
    expect(wide.body.venues).toHaveLength(3);
    expect((await resident.get(`/api/venues/near?nodeId=${n('community12')}`)).status).toBe(422);
    expect((await resident.get('/api/venues/near')).status).toBe(422);
  });

  it('a member leaves the alliance: gone from the list, kept in the register export', async () => {
    const v = await street.get(`/api/venues/${ids.member}`);
    const url = `/api/venues/${ids.member}/membership`;
    expect((await community.post(url, { action: 'leave', on: '2026-01-01', version: 1 })).status).toBe(404);
    expect(
      (await street.post(url, { action: 'leave', on: '2018-01-01', version: v.body.version })).status,
    ).toBe(422);
    expect(
      (await street.post(url, { action: 'leave', on: '2026-11-30', version: v.body.version })).status,
    ).toBe(200);
    expect((await resident.get('/api/venues')).body.venues).toHaveLength(2);
    expect((await resident.get('/api/venues?withLeft=1')).body.venues).toHaveLength(3);
  });
});

const HEADER = '阵地名称,级别,所属,地址,纬度,经度,面积（m²）,开放时间,开放日,产权/运营单位,加入联盟日期';
describe('the register in Excel', () => {
  const csv = (rows: string[]) => Buffer.from([HEADER, ...rows].join('\r\n'), 'utf8');

  it('exports every venue with its level, node path, hours and rooms', async () => {
    const r = await street.get('/api/venues/export');
    expect(r.status).toBe(200);
    const sheet = await sheetRows(r.rawPayload);
    expect(sheet.name).toBe('党群服务阵地台账');
    expect(sheet.body.map((x) => [x[0], x[1], x[2], x[7], x[8], x[11]])).toEqual([
      ['福山社区党群服务中心', '社区中心', '福田街道 / 福山社区', '00:00-24:00', '1-7', '2'],
      ['华强北商圈党群服务站', '联盟成员', '福田街道', '00:00-24:00', '1-7', '0'],
    ]);
  });

  it('imports: a dry run says what each row would do; a bad row changes nothing; the same file twice adds nothing', async () => {
    const url = (dry: boolean) => `/api/venues/import?dryRun=${dry ? 1 : 0}`;
    const good = csv([
      '水围社区党群服务中心,社区中心,福田街道 / 水围社区,水围村,22.519,114.06,150,09:00-21:00,1-6,水围社区党委,2020-05-01',
      '福山社区党群服务中心,社区中心,福山社区,,,,180,00:00-24:00,1-7,,2019-06-01',
    ]);
    const dry = await street.upload(url(true), good, 'venues.csv', 'text/csv');
    expect(dry.status, dry.raw).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, added: 1, skipped: 1 });
    const bad = await street.upload(
      url(false),
      csv(['=HYPERLINK(),大厦,月球,,91,,x,9-21,8,,2020-13-01']),
      'v.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    const fields = 'name level lat lng area hours days joinedOn node'.split(' ');
    expect(bad.body.errors.map((e: any) => e.field)).toEqual(fields.map((f) => `row2.${f}`));
    expect((await resident.upload(url(false), good, 'venues.csv', 'text/csv')).status).toBe(403);
    expect((await street.upload(url(false), good, 'venues.csv', 'text/csv')).body).toMatchObject({
      added: 1,
    });
    expect((await street.upload(url(false), good, 'venues.csv', 'text/csv')).body.added).toBe(0);
    const f = await street.get(`/api/venues/figures?nodeId=${n('street1')}`);
    expect(f.body.coverage).toEqual({ communities: 2, withCentre: 2, share: 100 });
  });
});

describe('hostile input is a 400 or 422, never a 500', () => {
  it.each([
    ['NUL in a title', { title: 'a\u0000b' }],
    ['a lone surrogate', { title: '\uD800' }],
    ['1e308 people', { expected: 1e308 }],
    ['an over-long title', { title: '长'.repeat(5000) }],
    ['a year 0000 start', { start: '0000-01-01T10:00:00+08:00' }],
  ])('%s', async (_, over) => {
    const r = await resident.post('/api/venues/bookings', {
      roomId: ids.room1,
      start: at('18:00'),
      end: at('19:00'),
      title: 'x',
      expected: 5,
      ...over,
    });
    expect([400, 422]).toContain(r.status);
  });
});

describe('one authorisation case per role and route', () => {
  const id = '00000000-0000-7000-8000-000000000000';
  const all = ['org', 'street', 'community', 'cadre', 'resident', 'member', 'social', 'grid'];
  const officers = ['org', 'street', 'community'];
  const bookers = ['org', 'street', 'community', 'resident', 'member', 'social'];
  const ROUTES: [string, string, object | undefined, string[]][] = [
    ['GET', '/api/venues', undefined, all],
    ['GET', '/api/venues/export', undefined, officers],
    ['POST', '/api/venues', venue({ nodeId: id }), officers],
    ['GET', '/api/venues/near?lat=22.5&lng=114', undefined, all],
    ['GET', '/api/venues/figures', undefined, officers],
    ['PUT', '/api/venues/populations', { nodeId: id, population: 10, asOf: '2025-01-01' }, officers],
    ['GET', '/api/venues/activities', undefined, officers],
    ['GET', '/api/venues/approvals', undefined, officers],
    ['GET', '/api/venues/bookings/mine', undefined, bookers],
    [
      'POST',
      '/api/venues/bookings',
      { roomId: id, start: at('10:00'), end: at('11:00'), title: 'x', expected: 1 },
      bookers,
    ],
    ['POST', `/api/venues/bookings/${id}/moves`, { action: 'cancel', version: 1 }, all],
    ['POST', '/api/venues/checkin', { venueId: id, code: '12345678' }, bookers],
    ['GET', `/api/venues/${id}`, undefined, all],
    [
      'PUT',
      `/api/venues/${id}`,
      { ...venue({}), rooms: undefined, level: undefined, joinedOn: undefined, version: 1 },
      officers,
    ],
    ['POST', `/api/venues/${id}/membership`, { action: 'leave', on: '2025-01-01', version: 1 }, officers],
    ['GET', `/api/venues/${id}/week?from=2025-01-06`, undefined, all],
    ['POST', `/api/venues/${id}/rooms`, { name: 'x', capacity: 1 }, officers],
    ['PUT', `/api/venues/${id}/rooms/${id}`, { name: 'x', capacity: 1, active: true }, officers],
  ];
  const clients = () =>
    ({ org: zzb, street, community, cadre, resident, member, social: socialOrg, grid: gridWorker }) as Record<
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
    expect((await env.anon().get('/api/venues')).status).toBe(401);
  });
});
