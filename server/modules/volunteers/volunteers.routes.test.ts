/**
 * Volunteering through HTTP (seed 003, Futian): teams, an activity, sign-up, QR check-in and
 * check-out (a scan sent twice counts once), hours confirmed by the organiser, stars from the
 * year's hours against the district's thresholds, the certificate, totals per node, the
 * register's volunteers brought in through people, who may do what, and scope.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { verifiedResident } from '../../testing/signup.ts';

let env: TestEnv;
let officer: Client;
let officer12: Client;
let zzb: Client;
let socialOrg: Client;
let resident: Client;
let residentName: string;
let personId: string;
let other: Client;
let teamId: string;
let activityId: string;
let token: string;

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11');
  officer12 = await env.as('community_officer', 'community12');
  zzb = await env.as('org_officer', 'district');
  socialOrg = await env.as('social_org', 'community11');
  const r = await verifiedResident(env, officer, env.nodes.building.id, '黄志远');
  resident = r.client;
  residentName = r.name;
  personId = r.personId;
  other = (await verifiedResident(env, officer, env.nodes.building.id, '周丽华')).client;
});
afterAll(() => env.close());

describe('volunteers 志愿者 (seed 003, Futian)', () => {
  it('a team is registered; the register’s volunteers come in through people (masked names only)', async () => {
    const t = await officer.post('/api/volunteers/teams', {
      nodeId: env.nodes.community11.id,
      name: '福山志愿服务队',
      leader: '王队长',
    });
    expect(t.status).toBe(200);
    teamId = t.body.id;
    expect(
      (
        await officer.post('/api/volunteers/teams', {
          nodeId: env.nodes.community11.id,
          name: '福山志愿服务队',
        })
      ).status,
    ).toBe(422);
    expect(
      (await resident.post('/api/volunteers/teams', { nodeId: env.nodes.community11.id, name: 'x' })).status,
    ).toBe(403);
    await officer.post(`/api/people/${personId}/identities`, {
      kind: 'volunteer',
      attrs: { team: '福山志愿服务队', hours: 0 },
    });
    const s = await officer.post('/api/volunteers/sync', { nodeId: env.nodes.community11.id });
    expect(s.body).toEqual({ added: 1, found: 1 });
    expect((await officer.post('/api/volunteers/sync', { nodeId: env.nodes.community11.id })).body).toEqual({
      added: 0,
      found: 1,
    });
    const teams = await officer.get('/api/volunteers/teams');
    expect(teams.body[0]).toMatchObject({ name: '福山志愿服务队', members: 1 });
    expect((await officer12.get(`/api/volunteers/teams?nodeId=${env.nodes.community11.id}`)).status).toBe(
      404,
    );
  });

  it('an organiser publishes an activity; residents below see it and sign up (again is a no-op)', async () => {
    const now = Date.now();
    const a = await socialOrg.post('/api/volunteers/activities', {
      nodeId: env.nodes.community11.id,
      teamId,
      title: '关爱空巢老人上门探访',
      place: '福山花园',
      startsAt: new Date(now - 10 * 60_000).toISOString(),
      endsAt: new Date(now + 3 * 3600_000).toISOString(),
      capacity: 2,
    });
    expect(a.status).toBe(200);
    activityId = a.body.id;
    const bad = await officer.post('/api/volunteers/activities', {
      nodeId: env.nodes.community11.id,
      title: 'x',
      startsAt: new Date(now).toISOString(),
      endsAt: new Date(now - 1000).toISOString(),
      capacity: 1,
    });
    expect(bad.status).toBe(400);
    const list = await resident.get('/api/volunteers/activities');
    expect(list.body.map((x: { id: string }) => x.id)).toEqual([activityId]);
    expect(list.body[0].can).toEqual({ signUp: true, organise: false });
    expect((await resident.post(`/api/volunteers/activities/${activityId}/signup`)).body).toEqual({
      state: 'signed',
      replayed: false,
    });
    expect((await resident.post(`/api/volunteers/activities/${activityId}/signup`)).body).toEqual({
      state: 'signed',
      replayed: true,
    });
    expect((await officer12.get(`/api/volunteers/activities/${activityId}`)).status).toBe(404);
    const todo = (await resident.get('/api/home/todos')).body.find(
      (x: { key: string }) => x.key === 'volunteers.upcoming',
    );
    expect(todo).toMatchObject({ count: 1, href: '/volunteers' });
    expect((await socialOrg.post(`/api/volunteers/activities/${activityId}/signup`)).status).toBe(403);
    const detail = await socialOrg.get(`/api/volunteers/activities/${activityId}`);
    token = detail.body.checkinToken;
    expect(token).toBeTruthy();
    expect(detail.body.signups).toHaveLength(1);
    // the volunteer from the register was joined to the account, not made twice
    expect(detail.body.signups[0].label).toBe('黄*远');
    expect((await resident.get(`/api/volunteers/activities/${activityId}`)).body.checkinToken).toBeNull();
  });

  it('QR check-in and check-out: a wrong code is 422; a scan sent twice from a phone counts once', async () => {
    expect((await resident.post(`/api/volunteers/activities/${activityId}/checkout`, { token })).status).toBe(
      409,
    );
    expect(
      (await resident.post(`/api/volunteers/activities/${activityId}/checkin`, { token: 'not-the-token' }))
        .status,
    ).toBe(422);
    const [a, b] = await Promise.all([
      resident.post(`/api/volunteers/activities/${activityId}/checkin`, { token }),
      resident.post(`/api/volunteers/activities/${activityId}/checkin`, { token }),
    ]);
    expect([a.body.replayed, b.body.replayed].sort()).toEqual([false, true]);
    expect(a.body.at).toBe(b.body.at);
    // a walk-in checks in at the door and takes the last place
    expect((await other.post(`/api/volunteers/activities/${activityId}/checkin`, { token })).body.state).toBe(
      'checked_in',
    );
    const out = await resident.post(`/api/volunteers/activities/${activityId}/checkout`, { token });
    expect(out.body).toMatchObject({ state: 'checked_out', replayed: false });
    expect(
      (await resident.post(`/api/volunteers/activities/${activityId}/checkout`, { token })).body.replayed,
    ).toBe(true);
    const todos = await socialOrg.get('/api/home/todos');
    expect(todos.body.find((x: { key: string }) => x.key === 'volunteers.to_confirm')).toMatchObject({
      count: 2,
    });
  });

  it('the district sets star thresholds (organisation dept. only); hours confirmed give stars and a notice', async () => {
    const cur = await zzb.get(`/api/volunteers/settings?districtId=${env.nodes.district.id}`);
    expect(cur.body).toMatchObject({ starHours: [20, 50, 100, 150, 200], version: 0 });
    const body = { districtId: env.nodes.district.id, starHours: [2, 5, 10, 20, 40], version: 0 };
    expect((await officer.put('/api/volunteers/settings', body)).status).toBe(403);
    expect(
      (await zzb.put('/api/volunteers/settings', { ...body, starHours: [5, 2, 10, 20, 40] })).status,
    ).toBe(422);
    expect((await zzb.put('/api/volunteers/settings', body)).status).toBe(200);
    expect((await zzb.put('/api/volunteers/settings', body)).status).toBe(409);
    const detail = await socialOrg.get(`/api/volunteers/activities/${activityId}`);
    const mine = detail.body.signups.find((s: { label: string }) => s.label === '黄*远');
    expect(
      (
        await resident.post(`/api/volunteers/activities/${activityId}/confirm`, {
          items: [{ volunteerId: mine.volunteerId, hours: 3 }],
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await socialOrg.post(`/api/volunteers/activities/${activityId}/confirm`, {
          items: [{ volunteerId: mine.volunteerId, hours: 3 }],
        })
      ).status,
    ).toBe(200);
    const me = await resident.get('/api/volunteers/me');
    expect(me.body).toMatchObject({ hours: 3, stars: 1, nextStarHours: 2 });
    expect(me.body.activities[0]).toMatchObject({ state: 'confirmed', hours: 3 });
    const notice = await env.db
      .selectFrom('notify_notifications')
      .select('title')
      .where('user_id', '=', resident.userId)
      .where('kind', '=', 'volunteers.confirmed')
      .execute();
    expect(notice).toHaveLength(1);
  });

  it('the certificate carries the volunteer’s own name and hours; stars and totals per node; Excel out', async () => {
    const c = await resident.get('/api/volunteers/me/certificate');
    expect(c.body).toMatchObject({ name: residentName, hours: 3, stars: 1, activities: 1 });
    expect((await other.get('/api/volunteers/me/certificate')).body).toMatchObject({ hours: 0, stars: 0 });
    const stars = await officer.get(`/api/volunteers/stars?nodeId=${env.nodes.community11.id}`);
    expect(stars.body).toEqual([expect.objectContaining({ label: '黄*远', hours: 3, stars: 1, personId })]);
    expect(stars.raw).not.toContain(residentName);
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const totals = await zzb.get(`/api/volunteers/totals?nodeId=${env.nodes.district.id}&year=${year}`);
    expect(totals.body).toMatchObject({ teams: 1, volunteers: 2, hours: 3, activities: 1 });
    const stats = await zzb.get(`/api/home/stats?nodeId=${env.nodes.district.id}&year=${year}`);
    const v = (k: string) => stats.body.find((s: { key: string }) => s.key === k)?.value;
    expect([
      v('volunteers.teams'),
      v('volunteers.volunteers'),
      v('volunteers.hours'),
      v('volunteers.starred'),
    ]).toEqual([1, 2, 3, 1]);
    const x = await officer.request('GET', '/api/volunteers/export');
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    expect(wb.worksheets[0].getRow(2).getCell(1).value).toBe('黄*远');
    expect((await resident.request('GET', '/api/volunteers/export')).status).toBe(403);
    const pub = await env.anon().get(`/api/public/volunteers/${env.nodes.community11.id}`);
    expect(pub.body.activities[0]).toMatchObject({ title: '关爱空巢老人上门探访', signedUp: 2 });
    expect(pub.raw).not.toContain('黄');
  });
});
