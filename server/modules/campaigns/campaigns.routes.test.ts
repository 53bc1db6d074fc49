/**
 * 攻坚签约 through HTTP (seeds 004 and 002): a street opens a 土地整备 drive, imports its household
 * register, forms a team of cadres and gives it households; a cadre logs visits from a phone (sent
 * twice) and records signings that the campaign office confirms (never the one who recorded) or
 * refuses; the bulletin, to-dos, figures and participation; attacker inputs; and one authorisation
 * case per role and route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDay } from '../../platform/time.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';

let env: TestEnv;
let zzb: Client; // org_officer on the district
let street: Client; // street_officer on street1
let street2: Client; // street_officer on street2
let cadre: Client; // a cadre of a department, seconded to the drive
let cadre2: Client; // a cadre in no team
let community: Client;
let resident: Client;
let gridWorker: Client;
let other: Client; // org_officer of another district
let id: string; // the drive
let teamId: string;
const day = (offset: number) => shanghaiDay(new Date(Date.now() + offset * 86_400_000));
const csv = (lines: string[]) =>
  Buffer.from(['户号,楼栋号,户主,联系电话,人数,面积（㎡）', ...lines].join('\n'));
const households = async (c: Client = street) =>
  (await c.get(`/api/campaigns/${id}/households`)).body as any[];
const byNo = async (no: string, c: Client = street) => (await households(c)).find((h) => h.no === no);

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  street2 = await env.as('street_officer', 'street2');
  cadre = await env.as('cadre', 'dept', { username: 'zhuangbk' });
  cadre2 = await env.as('cadre', 'dept');
  community = await env.as('community_officer', 'community11');
  resident = await env.as('resident', 'community11');
  gridWorker = await env.as('grid_worker', 'grid111');
  other = await env.as('org_officer', 'district2');
});
afterAll(() => env.close());

describe('a 土地整备 drive of a street (seed 002 龙岗)', () => {
  it('the street opens it; the district sees it; another street or district does not', async () => {
    const body = {
      nodeId: env.nodes.street1.id,
      name: '龙岗街道土地整备攻坚',
      kind: 'land',
      areaM2: 52_000,
      startedOn: day(-30),
      targetOn: day(60),
      targetSignPct: 83,
      targetMovePct: 80,
    };
    expect((await street.post('/api/campaigns', { ...body, nodeId: env.nodes.community11.id })).status).toBe(
      422,
    );
    const early = await street.post('/api/campaigns', { ...body, targetOn: day(-40) });
    expect(early.status).toBe(422);
    expect(early.body.errors[0].field).toBe('targetOn');
    expect((await street2.post('/api/campaigns', body)).status).toBe(404);
    const r = await street.post('/api/campaigns', body);
    expect(r.status).toBe(200);
    id = r.body.id;
    expect((await zzb.get('/api/campaigns')).body.map((c: any) => c.name)).toEqual(['龙岗街道土地整备攻坚']);
    expect((await street2.get('/api/campaigns')).body).toEqual([]);
    expect((await street2.get(`/api/campaigns/${id}`)).status).toBe(404);
    expect((await other.get(`/api/campaigns/${id}`)).status).toBe(404);
    expect((await cadre.get(`/api/campaigns/${id}`)).status).toBe(404); // not in a team yet
    const c = (await street.get(`/api/campaigns/${id}`)).body;
    expect(c).toMatchObject({ stage: 'survey', targetSignPct: 83, can: { manage: true, confirm: true } });
    expect((await street.post(`/api/campaigns/${id}/stage`, { stage: 'valuation', version: 1 })).status).toBe(
      422,
    );
    expect((await street.post(`/api/campaigns/${id}/stage`, { stage: 'mapping', version: 1 })).status).toBe(
      200,
    );
    expect((await street.post(`/api/campaigns/${id}/stage`, { stage: 'valuation', version: 1 })).status).toBe(
      409,
    );
  });

  it('imports the household register: dry run, a bad file changes nothing, twice adds nothing', async () => {
    const url = (dry: boolean) => `/api/campaigns/${id}/households/import?dryRun=${dry ? 1 : 0}`;
    const bad = await street.upload(
      url(false),
      csv(['A-01,1栋,张伟,,x,80', 'A-01,1栋,王芳,,3,60']),
      'h.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.field)).toEqual(['row2.people']);
    const lines = [
      'A-01,1栋,张伟,13800138000,4,86.5',
      'A-02,1栋,王芳,,3,62',
      'B-01,2栋,李强,,6,120',
      'B-02,2栋,刘洋,,2,45',
    ];
    const dry = await street.upload(url(true), csv(lines), 'h.csv', 'text/csv');
    expect(dry.body).toMatchObject({ dryRun: true, added: 4, skipped: 0 });
    expect(await households()).toEqual([]);
    expect((await street.upload(url(false), csv(lines), 'h.csv', 'text/csv')).body.added).toBe(4);
    expect((await street.upload(url(false), csv(lines), 'h.csv', 'text/csv')).body).toMatchObject({
      added: 0,
      skipped: 4,
    });
    const a1 = await byNo('A-01');
    expect(a1).toMatchObject({
      headName: '张伟',
      phone: '138****8000',
      people: 4,
      areaM2: 86.5,
      signStatus: 'surveyed',
    });
    const xlsx = await street.get(`/api/campaigns/${id}/households/export`);
    expect(xlsx.status).toBe(200);
    const sheet = await sheetRows(xlsx.rawPayload);
    expect(sheet.name).toBe('户籍台账');
    expect(sheet.header).toEqual(expect.arrayContaining(['户号', '楼栋号', '户主', '签约状态']));
    expect(sheet.body.map((r) => r.slice(0, 4))).toEqual([
      ['A-01', '1栋', '张伟', '138****8000'],
      ['A-02', '1栋', '王芳', ''],
      ['B-01', '2栋', '李强', ''],
      ['B-02', '2栋', '刘洋', ''],
    ]);
    const one = await street.post(`/api/campaigns/${id}/households`, {
      no: 'A-01',
      buildingNo: '1栋',
      headName: '某',
      people: 1,
      areaM2: 1,
    });
    expect(one.status).toBe(409);
  });

  it('teams: a cadre works in one team per drive; given households, they are told and see them masked', async () => {
    const t1 = await street.post(`/api/campaigns/${id}/teams`, { name: '第一工作组' });
    expect(t1.status).toBe(200);
    teamId = t1.body.id;
    expect((await street.post(`/api/campaigns/${id}/teams`, { name: '第一工作组' })).status).toBe(409);
    const t2 = (await street.post(`/api/campaigns/${id}/teams`, { name: '第二工作组' })).body.id;
    expect((await street.post(`/api/campaigns/teams/${teamId}/members`, { username: 'nobody' })).status).toBe(
      422,
    );
    expect(
      (await street.post(`/api/campaigns/teams/${teamId}/members`, { username: 'zhuangbk', leader: true }))
        .status,
    ).toBe(200);
    expect((await street.post(`/api/campaigns/teams/${t2}/members`, { username: 'zhuangbk' })).status).toBe(
      409,
    );
    expect((await street.post(`/api/campaigns/teams/${t2}/members`, { name: '燕珂' })).status).toBe(200);
    const hs = await households();
    const a = hs.filter((h) => h.buildingNo === '1栋').map((h) => h.id);
    const b = hs.filter((h) => h.buildingNo === '2栋').map((h) => h.id);
    expect(
      (
        await street.post(`/api/campaigns/${id}/assign`, {
          teamId,
          householdIds: [...a, env.nodes.district.id],
        })
      ).status,
    ).toBe(422);
    expect((await street.post(`/api/campaigns/${id}/assign`, { teamId, householdIds: a })).body).toEqual({
      assigned: 2,
    });
    expect((await street.post(`/api/campaigns/${id}/assign`, { teamId: t2, householdIds: b })).status).toBe(
      200,
    );
    const inbox = (await cadre.get('/api/notify/inbox')).body;
    expect(inbox[0].title).toContain('2 户分给了第一工作组');
    const mine = (await cadre.get('/api/campaigns')).body;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ myTeamId: teamId, can: { manage: false, work: true } });
    expect((await byNo('A-01', cadre)).headName).toBe('张*');
    const teams = (await cadre.get(`/api/campaigns/${id}/teams`)).body;
    expect(teams.map((x: any) => [x.name, x.members.map((m: any) => m.name), x.households])).toEqual([
      ['第一工作组', ['cadre@dept'], 2],
      ['第二工作组', ['燕珂'], 2],
    ]);
  });

  it('visits from a phone: sent twice with one key, logged once; another team’s household is 404', async () => {
    const a1 = await byNo('A-01');
    const body = { visitedOn: day(0), outcome: 'explained', concerns: '补偿标准' };
    const key = { 'idempotency-key': 'visit-a01-000001' };
    const first = await cadre.post(`/api/campaigns/households/${a1.id}/visits`, body, key);
    expect(first.status).toBe(200);
    const again = await cadre.post(`/api/campaigns/households/${a1.id}/visits`, body, key);
    expect(again.body).toEqual(first.body);
    const detail = (await cadre.get(`/api/campaigns/households/${a1.id}`)).body;
    expect(detail.visits).toHaveLength(1);
    expect(detail).toMatchObject({
      household: { signStatus: 'visited', lastVisitOn: day(0) },
      can: { work: true },
    });
    const b1 = await byNo('B-01');
    expect((await cadre.post(`/api/campaigns/households/${b1.id}/visits`, body)).status).toBe(404);
    expect((await cadre2.post(`/api/campaigns/households/${a1.id}/visits`, body)).status).toBe(404);
    expect(
      (await cadre.post(`/api/campaigns/households/${a1.id}/visits`, { ...body, visitedOn: day(1) })).status,
    ).toBe(422);
  });

  it('a signing is recorded by the team and confirmed by the office, never by who recorded it', async () => {
    const a1 = await byNo('A-01');
    const rec = { kind: 'sign', onDate: day(0), version: a1.version };
    expect(
      (await cadre.post(`/api/campaigns/households/${a1.id}/records`, { ...rec, version: 99 })).status,
    ).toBe(409);
    expect((await cadre.post(`/api/campaigns/households/${a1.id}/records`, rec)).status).toBe(200);
    expect((await byNo('A-01')).signStatus).toBe('sign_pending');
    expect(
      (await cadre.post(`/api/campaigns/households/${a1.id}/records`, { ...rec, version: a1.version + 1 }))
        .status,
    ).toBe(409);
    // the street records B-01 itself: it may not confirm it, the district may
    const b1 = await byNo('B-01');
    expect(
      (
        await street.post(`/api/campaigns/households/${b1.id}/records`, {
          kind: 'sign',
          onDate: day(0),
          version: b1.version,
        })
      ).status,
    ).toBe(200);
    const waiting = (await street.get(`/api/campaigns/${id}/confirmations`)).body;
    expect(waiting.map((r: any) => [r.householdNo, r.mine])).toEqual([
      ['A-01', false],
      ['B-01', true],
    ]);
    const todos = (await street.get('/api/home/todos')).body;
    expect(todos.find((x: any) => x.key === 'campaigns.confirmations')).toMatchObject({ count: 1 });
    const [ra, rb] = waiting;
    expect(
      (await street.post(`/api/campaigns/records/${rb.id}/decision`, { approve: true, version: rb.version }))
        .status,
    ).toBe(409);
    expect(
      (await zzb.post(`/api/campaigns/records/${rb.id}/decision`, { approve: true, version: rb.version }))
        .status,
    ).toBe(200);
    expect(
      (await street.post(`/api/campaigns/records/${ra.id}/decision`, { approve: false, version: ra.version }))
        .status,
    ).toBe(422);
    expect(
      (await street2.post(`/api/campaigns/records/${ra.id}/decision`, { approve: true, version: ra.version }))
        .status,
    ).toBe(404);
    expect(
      (
        await street.post(`/api/campaigns/records/${ra.id}/decision`, {
          approve: false,
          reason: '合同缺签字',
          version: ra.version,
        })
      ).status,
    ).toBe(200);
    expect((await byNo('A-01')).signStatus).toBe('negotiating');
    expect((await cadre.get('/api/notify/inbox')).body[0].title).toContain('合同缺签字');
    // recorded again and confirmed
    const again = await byNo('A-01');
    await cadre.post(`/api/campaigns/households/${again.id}/records`, {
      kind: 'sign',
      onDate: day(0),
      version: again.version,
    });
    const [r2] = (await street.get(`/api/campaigns/${id}/confirmations`)).body;
    expect(
      (await street.post(`/api/campaigns/records/${r2.id}/decision`, { approve: true, version: r2.version }))
        .status,
    ).toBe(200);
    expect(await byNo('A-01')).toMatchObject({ signStatus: 'signed', signedOn: day(0) });
    // a tenant moves out before signing: the moving track is its own
    const a2 = await byNo('A-02');
    await cadre.post(`/api/campaigns/households/${a2.id}/records`, {
      kind: 'move',
      onDate: day(0),
      version: a2.version,
    });
    const [m] = (await zzb.get(`/api/campaigns/${id}/confirmations`)).body;
    expect(
      (await zzb.post(`/api/campaigns/records/${m.id}/decision`, { approve: true, version: m.version }))
        .status,
    ).toBe(200);
    expect(await byNo('A-02')).toMatchObject({ signStatus: 'surveyed', moveStatus: 'moved' });
  });

  it('the bulletin: 第31期, rates, teams ranked, households not visited in 7 days in red; to-dos; figures', async () => {
    const b = (await cadre.get(`/api/campaigns/${id}/bulletin`)).body;
    expect(b).toMatchObject({ no: 31, date: day(0), signedToday: 2, movedToday: 1, visitsToday: 1 });
    // 2 of 4 households signed; 3 of 15 people moved out
    expect(b.figures).toMatchObject({
      households: 4,
      signed: 2,
      signRate: 50,
      people: 15,
      movedPeople: 3,
      moveRate: 20,
    });
    expect(b.teams.map((x: any) => [x.name, x.signed, x.place])).toEqual([
      ['第一工作组', 1, 1],
      ['第二工作组', 1, 1],
    ]);
    expect(b.overdue.map((h: any) => h.no)).toEqual(['A-02', 'B-01', 'B-02']);
    expect(b.overdue[0]).toMatchObject({ headName: '王*', days: 30, lastVisitOn: null });
    expect(b.series).toHaveLength(31);
    expect(b.series.at(-1)).toEqual({ date: day(0), signRate: 50, moveRate: 20 });
    expect(b.series[0].signRate).toBe(0);
    const past = (await street.get(`/api/campaigns/${id}/bulletin?date=${day(-1)}`)).body;
    expect(past).toMatchObject({ no: 30, signedToday: 0, figures: { signed: 0 } });
    const todo = (await cadre.get('/api/home/todos')).body.find((x: any) => x.key === 'campaigns.overdue');
    expect(todo).toMatchObject({ count: 1, level: 'red' }); // its team's, never visited
    const stats = (await street.get(`/api/home/stats?nodeId=${env.nodes.street1.id}`)).body;
    expect(stats.find((s: any) => s.key === 'campaigns.sign_rate')).toMatchObject({
      value: 50,
      unit: 'percent',
    });
    const part = await env.services.campaigns.participation(env.nodes.district.id, day(-30), day(0));
    expect(part.find((p) => p.userId === cadre.userId)).toEqual({
      userId: cadre.userId,
      visits: 1,
      signings: 1,
    });
  });

  it('the office corrects or removes households, teams and members; nothing that has work is removed', async () => {
    const made = await street.post(`/api/campaigns/${id}/households`, {
      no: 'C-01',
      buildingNo: '3栋',
      headName: '误录',
      people: 1,
      areaM2: 10,
    });
    const c1 = await byNo('C-01');
    const edit = {
      no: 'C-01',
      buildingNo: '3栋',
      headName: '王更正',
      phone: '13700001234',
      people: 3,
      areaM2: 66.5,
    };
    const url = `/api/campaigns/households/${made.body.id}`;
    expect((await street.patch(url, { ...edit, version: c1.version + 1 })).status).toBe(409);
    const dup = await street.patch(url, { ...edit, no: 'A-01', version: c1.version });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].field).toBe('no');
    expect((await street.patch(url, { ...edit, people: -1, version: c1.version })).status).toBe(400);
    expect((await street2.patch(url, { ...edit, version: c1.version })).status).toBe(404);
    expect((await cadre.patch(url, { ...edit, version: c1.version })).status).toBe(403);
    const ok = await street.patch(url, { ...edit, version: c1.version });
    expect(ok.status, ok.raw).toBe(200);
    expect(ok.body).toMatchObject({ headName: '王更正', phone: '137****1234', people: 3, areaM2: 66.5 });
    const a1 = await byNo('A-01');
    const busy = await street.del(`/api/campaigns/households/${a1.id}`);
    expect(busy.status).toBe(409);
    expect(busy.body.errors[0].field).toBe('id');
    expect((await street2.del(url)).status).toBe(404);
    expect((await street.del(url)).status).toBe(200);
    expect((await street.get(url)).status).toBe(404);

    const teams = (await street.get(`/api/campaigns/${id}/teams`)).body;
    const taken = await street.patch(`/api/campaigns/teams/${teamId}`, { name: '第二工作组' });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].field).toBe('name');
    expect((await street.patch(`/api/campaigns/teams/${teamId}`, { name: '第一攻坚组' })).status).toBe(200);
    expect((await street.del(`/api/campaigns/teams/${teamId}`)).status).toBe(409);
    const t3 = (await street.post(`/api/campaigns/${id}/teams`, { name: '临时组' })).body.id;
    await street.post(`/api/campaigns/teams/${t3}/members`, { name: '临时组员' });
    expect((await street2.del(`/api/campaigns/teams/${t3}`)).status).toBe(404);
    expect((await street.del(`/api/campaigns/teams/${t3}`)).status).toBe(200);
    const after = (await street.get(`/api/campaigns/${id}/teams`)).body;
    expect(after.map((x: any) => x.name)).toEqual(['第一攻坚组', '第二工作组']);

    const yan = teams[1].members.find((m: any) => m.name === '燕珂');
    const worker = teams[0].members[0];
    const murl = `/api/campaigns/members/${yan.id}`;
    expect(
      (await street.patch(murl, { name: '燕珂', leader: true, teamId: env.nodes.district.id })).status,
    ).toBe(422);
    expect((await street.patch(murl, { name: '燕 珂', leader: true, teamId })).status).toBe(200);
    const moved = (await street.get(`/api/campaigns/${id}/teams`)).body;
    expect(moved[0].members.map((m: any) => [m.name, m.leader])).toContainEqual(['燕 珂', true]);
    const busyMember = await street.del(`/api/campaigns/members/${worker.id}`);
    expect(busyMember.status).toBe(409);
    expect(busyMember.body.errors[0].field).toBe('id');
    expect((await street2.del(murl)).status).toBe(404);
    expect((await street.del(murl)).status).toBe(200);
    const audited = await env.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'campaigns.%')
      .where('action', 'in', [
        'campaigns.household.edit',
        'campaigns.household.delete',
        'campaigns.team.rename',
        'campaigns.team.delete',
        'campaigns.member.edit',
        'campaigns.member.delete',
      ])
      .execute();
    expect(audited).toHaveLength(6);
  });

  it('bad input is 400/422 with fields, never 500', async () => {
    const a1 = await byNo('A-01');
    for (const body of [
      { visitedOn: day(0), outcome: 'explained', concerns: 'x\u0000y' },
      { visitedOn: day(0), outcome: 'explained', concerns: '\ud800' },
      { visitedOn: day(0), outcome: 'explained', concerns: 'x'.repeat(3000) },
      { visitedOn: '2026-02-30', outcome: 'explained' },
      { visitedOn: day(0), outcome: 'fly' },
    ]) {
      const r = await cadre.post(`/api/campaigns/households/${a1.id}/visits`, body);
      expect([400, 422], JSON.stringify(body).slice(0, 60)).toContain(r.status);
    }
    for (const body of [
      { no: 'Z', buildingNo: 'Z', headName: 'x', people: 1e308, areaM2: 1 },
      { no: 'Z', buildingNo: 'Z', headName: 'x', people: 1, areaM2: 1e308 },
      { no: 'Z\u0000', buildingNo: 'Z', headName: 'x', people: 1, areaM2: 1 },
      { no: 'Z', buildingNo: 'Z', headName: 'x', phone: '123', people: 1, areaM2: 1 },
      { no: 'Z', buildingNo: 'Z', people: 1, areaM2: 1 },
    ]) {
      const r = await street.post(`/api/campaigns/${id}/households`, body);
      expect([400, 422]).toContain(r.status);
      expect(r.body.errors?.length ?? 0).toBeGreaterThan(0);
    }
    const huge = await street.post('/api/campaigns', {
      nodeId: env.nodes.street1.id,
      name: 'x',
      kind: 'land',
      areaM2: 1e308,
      startedOn: day(0),
      targetOn: day(1),
    });
    expect(huge.status).toBe(400);
  });
});

describe('one authorisation case per role and route', () => {
  const x = '00000000-0000-7000-8000-000000000000';
  // [method, url, body, the roles the shell lets through (any other answer but 403 is theirs)]
  const ROUTES: [string, string, object | undefined, string[]][] = [
    ['GET', '/api/campaigns', undefined, ['org', 'street', 'cadre']],
    [
      'POST',
      '/api/campaigns',
      { nodeId: x, name: 'x', kind: 'land', areaM2: 1, startedOn: '2026-01-01', targetOn: '2026-02-01' },
      ['org', 'street'],
    ],
    ['GET', `/api/campaigns/${x}`, undefined, ['org', 'street', 'cadre']],
    ['POST', `/api/campaigns/${x}/stage`, { stage: 'mapping', version: 1 }, ['org', 'street']],
    ['GET', `/api/campaigns/${x}/teams`, undefined, ['org', 'street', 'cadre']],
    ['POST', `/api/campaigns/${x}/teams`, { name: 'x' }, ['org', 'street']],
    ['POST', `/api/campaigns/teams/${x}/members`, { name: 'x' }, ['org', 'street']],
    ['POST', `/api/campaigns/${x}/assign`, { teamId: x, householdIds: [x] }, ['org', 'street']],
    ['GET', `/api/campaigns/${x}/households`, undefined, ['org', 'street', 'cadre']],
    [
      'POST',
      `/api/campaigns/${x}/households`,
      { no: 'x', buildingNo: 'x', headName: 'x', people: 1, areaM2: 1 },
      ['org', 'street'],
    ],
    ['GET', `/api/campaigns/${x}/households/export`, undefined, ['org', 'street']],
    ['GET', `/api/campaigns/households/${x}`, undefined, ['org', 'street', 'cadre']],
    [
      'POST',
      `/api/campaigns/households/${x}/visits`,
      { visitedOn: '2026-01-01', outcome: 'absent' },
      ['org', 'street', 'cadre'],
    ],
    [
      'POST',
      `/api/campaigns/households/${x}/records`,
      { kind: 'sign', onDate: '2026-01-01', version: 1 },
      ['org', 'street', 'cadre'],
    ],
    ['GET', `/api/campaigns/${x}/confirmations`, undefined, ['org', 'street']],
    ['POST', `/api/campaigns/records/${x}/decision`, { approve: true, version: 1 }, ['org', 'street']],
    ['GET', `/api/campaigns/${x}/bulletin`, undefined, ['org', 'street', 'cadre']],
    ['PATCH', `/api/campaigns/teams/${x}`, { name: 'x' }, ['org', 'street']],
    ['DELETE', `/api/campaigns/teams/${x}`, undefined, ['org', 'street']],
    ['PATCH', `/api/campaigns/members/${x}`, { name: 'x', leader: false }, ['org', 'street']],
    ['DELETE', `/api/campaigns/members/${x}`, undefined, ['org', 'street']],
    [
      'PATCH',
      `/api/campaigns/households/${x}`,
      { no: 'x', buildingNo: 'x', headName: 'x', people: 1, areaM2: 1, version: 1 },
      ['org', 'street'],
    ],
    ['DELETE', `/api/campaigns/households/${x}`, undefined, ['org', 'street']],
  ];
  const clients = () =>
    ({ org: zzb, street, cadre, community, resident, grid: gridWorker }) as Record<string, Client>;
  it.each(
    ROUTES.flatMap(([m, u, b, allowed]) =>
      ['org', 'street', 'cadre', 'community', 'resident', 'grid'].map(
        (role) => [role, m, u, b, allowed.includes(role)] as const,
      ),
    ),
  )('%s %s %s', async (role, method, url, body, allowed) => {
    const r = await clients()[role].request(method, url, body);
    if (allowed) expect([200, 404], r.raw).toContain(r.status);
    else expect(r.status).toBe(403);
  });
  it('the import needs the office; an anonymous caller is refused', async () => {
    const url = `/api/campaigns/${x}/households/import`;
    expect((await cadre.upload(url, csv([]), 'h.csv', 'text/csv')).status).toBe(403);
    expect((await street.upload(url, csv([]), 'h.csv', 'text/csv')).status).toBe(404);
    expect((await env.anon().get('/api/campaigns')).status).toBe(401);
  });
});
