/**
 * 社区书记 through HTTP (seed 004 Luohu): the roster with vacancies, appointments, 两委换届 rounds
 * that re-elect into a third term (due for rotation), a rotation to a vacant community, an open
 * selection from registration to appointment, to-dos, figures, Excel out and in, and one
 * authorisation case per role and route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';
import { shanghaiDay } from '../../platform/time.ts';

let env: TestEnv;
let zzb: Client; // org_officer on the district
let street: Client; // street_officer on 福田街道 (community11, community12)
let cadre: Client; // cadre on a department
let community: Client;
let resident: Client;
let gridWorker: Client;
let other: Client; // org_officer of another district
const day = (offset: number) => shanghaiDay(new Date(Date.now() + offset * 86_400_000));
const n = (k: 'community11' | 'community12' | 'community21' | 'street1' | 'district' | 'grid111') =>
  env.nodes[k].id;
const entry = (r: { body: { entries: { nodeId: string }[] } }, id: string) =>
  r.body.entries.find((e) => e.nodeId === id) as any;

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  cadre = await env.as('cadre', 'dept');
  community = await env.as('community_officer', 'community11');
  resident = await env.as('resident', 'community11');
  gridWorker = await env.as('grid_worker', 'grid111');
  other = await env.as('org_officer', 'district2');
});
afterAll(() => env.close());

describe('the roster, 两委换届 and rotation (seed 004)', () => {
  it('every community shows, vacant until someone takes office; a street sees its own', async () => {
    const all = await zzb.get('/api/secretaries/roster');
    expect(all.status).toBe(200);
    expect(all.body.entries.map((e: any) => e.nodeName)).toEqual(['福山社区', '水围社区', '竹林社区']);
    expect(all.body.entries.every((e: any) => e.vacant)).toBe(true);
    expect(all.body.can).toEqual({ manage: true, elect: true, export: true });
    const mine = await street.get('/api/secretaries/roster');
    expect(mine.body.entries).toHaveLength(2);
    expect(mine.body.can.manage).toBe(false);
    expect((await other.get('/api/secretaries/roster')).body.entries.map((e: any) => e.nodeName)).toEqual([
      '湖贝社区',
    ]);
    expect((await other.get(`/api/secretaries/roster?nodeId=${n('street1')}`)).status).toBe(404);
  });

  it('罗湖: 以2017年社区“两委”换届为契机: three rounds re-elect 张伟 into a third term, due for rotation', async () => {
    const round = (year: number, heldOn: string, c11: string) =>
      street.post('/api/secretaries/elections', {
        nodeId: n('street1'),
        year,
        heldOn,
        results: [
          { nodeId: n('community11'), name: c11 },
          { nodeId: n('community12'), name: `王芳${year}` },
        ],
      });
    expect((await round(2017, '2017-03-20', '张伟')).status).toBe(200);
    expect((await round(2017, '2017-04-01', '张伟')).status).toBe(409);
    expect((await round(2020, '2020-12-10', '张伟')).status).toBe(200);
    let r = await zzb.get('/api/secretaries/roster');
    expect(entry(r, n('community11'))).toMatchObject({
      term: { name: '张伟', termNo: 2, method: 'election', startedOn: '2020-12-10' },
      rotationDue: false,
    });
    expect(entry(r, n('community12')).term).toMatchObject({ name: '王芳2020', termNo: 1 });
    expect((await round(2023, '2023-11-15', '张伟')).status).toBe(200);
    r = await zzb.get('/api/secretaries/roster');
    expect(entry(r, n('community11'))).toMatchObject({
      term: { termNo: 3 },
      rotationDue: true,
      rotationReasons: ['more_than_two_terms'],
    });
    // a community of another street, or not a community, is refused
    const bad = await street.post('/api/secretaries/elections', {
      nodeId: n('street1'),
      year: 2024,
      heldOn: '2024-01-01',
      results: [{ nodeId: n('community21'), name: '某某' }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('results.0.nodeId');
    const elections = await street.get('/api/secretaries/elections');
    expect(elections.body.map((e: any) => e.year)).toEqual([2023, 2020, 2017]);
    expect(elections.body[0].results).toEqual([
      { nodeName: '福山社区', name: '张伟', termNo: 3 },
      { nodeName: '水围社区', name: '王芳2023', termNo: 1 },
    ]);
    const history = await street.get(`/api/secretaries/communities/${n('community11')}/terms`);
    expect(history.body.map((x: any) => [x.termNo, x.endReason])).toEqual([
      [3, ''],
      [2, 'election'],
      [1, 'election'],
    ]);
    const todos = await zzb.get('/api/home/todos');
    expect(todos.body.find((x: any) => x.key === 'secretaries.rotation_due')).toMatchObject({ count: 1 });
    expect(todos.body.find((x: any) => x.key === 'secretaries.vacancies')).toMatchObject({ count: 1 });
    const st = await street.get('/api/home/todos');
    expect(st.body.find((x: any) => x.key === 'secretaries.vacancies')).toBeUndefined();
    expect(st.body.find((x: any) => x.key === 'secretaries.rotation_due')).toBeUndefined();
  });

  it('岗位交流: the third-term secretary moves to the vacant 竹林社区; both terms and the move are kept', async () => {
    const r = await zzb.get('/api/secretaries/roster');
    const term = entry(r, n('community11')).term;
    const body = {
      termId: term.id,
      toNodeId: n('community21'),
      rotatedOn: '2024-03-01',
      version: term.version,
    };
    expect((await street.post('/api/secretaries/rotations', body)).status).toBe(403);
    expect((await other.post('/api/secretaries/rotations', body)).status).toBe(404);
    expect(
      (await zzb.post('/api/secretaries/rotations', { ...body, toNodeId: n('community12') })).status,
    ).toBe(409); // not vacant
    expect((await zzb.post('/api/secretaries/rotations', { ...body, version: 99 })).status).toBe(409);
    expect((await zzb.post('/api/secretaries/rotations', body)).status).toBe(200);
    expect((await zzb.post('/api/secretaries/rotations', body)).status).toBe(409); // ended now
    const after = await zzb.get('/api/secretaries/roster');
    expect(entry(after, n('community11')).vacant).toBe(true);
    expect(entry(after, n('community21'))).toMatchObject({
      term: { name: '张伟', termNo: 1, method: 'rotation', startedOn: '2024-03-01' },
      rotationDue: false,
    });
    expect((await zzb.get('/api/secretaries/rotations')).body).toEqual([
      expect.objectContaining({ name: '张伟', fromNodeName: '福山社区', toNodeName: '竹林社区' }),
    ]);
    expect((await street.get('/api/secretaries/rotations')).body).toHaveLength(1);
  });

  it('appointing and ending terms: 选派正科级公职人员 to a vacancy; 409 when taken, 422 on a grid', async () => {
    const body = { nodeId: n('community11'), name: '刘洋', method: 'assigned', startedOn: '2024-05-01' };
    expect((await zzb.post('/api/secretaries/terms', { ...body, nodeId: n('grid111') })).status).toBe(422);
    expect((await zzb.post('/api/secretaries/terms', { ...body, name: undefined })).status).toBe(422);
    const ok = await zzb.post('/api/secretaries/terms', body);
    expect(ok.status).toBe(200);
    expect((await zzb.post('/api/secretaries/terms', body)).status).toBe(409);
    const end = { endedOn: '2024-04-01', reason: 'resigned', version: 1 };
    expect((await zzb.post(`/api/secretaries/terms/${ok.body.id}/end`, end)).status).toBe(422);
    expect(
      (await zzb.post(`/api/secretaries/terms/${ok.body.id}/end`, { ...end, endedOn: '2024-09-01' })).status,
    ).toBe(200);
    expect(entry(await zzb.get('/api/secretaries/roster'), n('community11')).vacant).toBe(true);
  });
});

describe('an open selection 公开遴选 for the vacancy (seed 004: 对空缺的12名社区党委书记进行公开选拔)', () => {
  let selectionId: string;
  let candidateId: string;

  it('zzb publishes it for the vacant community; only vacancies may be posts', async () => {
    const body = {
      nodeId: n('district'),
      kind: 'open',
      title: '2024年社区党委书记公开遴选',
      requirements: '中共党员，45周岁以下，大专以上学历',
      deadline: day(10),
      postNodeIds: [n('community11')],
    };
    expect((await street.post('/api/secretaries/selections', body)).status).toBe(403);
    expect(
      (await zzb.post('/api/secretaries/selections', { ...body, postNodeIds: [n('community12')] })).status,
    ).toBe(422);
    const r = await zzb.post('/api/secretaries/selections', body);
    expect(r.status).toBe(200);
    selectionId = r.body.id;
    const seen = await cadre.get('/api/secretaries/selections');
    expect(seen.body).toHaveLength(1);
    expect(seen.body[0]).toMatchObject({ registrationOpen: true, can: { apply: true, manage: false } });
    expect((await other.get(`/api/secretaries/selections/${selectionId}`)).status).toBe(404);
    expect((await street.get(`/api/secretaries/selections/${selectionId}`)).body.candidates).toEqual([]);
  });

  it('a cadre registers once; officers see the candidate, the cadre only themself', async () => {
    const url = `/api/secretaries/selections/${selectionId}/candidates`;
    expect((await cadre.post(url, { nodeId: n('community12') })).status).toBe(422);
    const r = await cadre.post(url, { nodeId: n('community11') });
    expect(r.status).toBe(200);
    candidateId = r.body.id;
    expect((await cadre.post(url, { nodeId: n('community11') })).status).toBe(409);
    expect((await cadre.post(url, { nodeId: n('community11'), name: '冒名' })).status).toBe(403);
    const other2 = await zzb.post(url, { nodeId: n('community11'), name: '陈静' });
    expect(other2.status).toBe(200);
    const mine = await cadre.get(`/api/secretaries/selections/${selectionId}`);
    expect(mine.body.candidates).toEqual([
      expect.objectContaining({ mine: true, stage: 'registered', actions: ['withdraw'] }),
    ]);
    expect(mine.body.can.apply).toBe(false);
    const all = await zzb.get(`/api/secretaries/selections/${selectionId}`);
    expect(all.body.candidates.map((c: any) => c.name)).toEqual([cadre.ctx.actor!.displayName, '陈静']);
    expect(all.body.candidates[0].actions).toEqual(['qualify', 'reject']);
    const todo = (await cadre.get('/api/home/todos')).body.find((x: any) => x.key === 'secretaries.mine');
    expect(todo).toMatchObject({ count: 1 });
    expect(todo.entries[0].title).toContain('报名');
  });

  it('zzb moves him 资格审查 → 笔试面试 → 考察 → 公示 → 任用; illegal moves 409; he is told each time', async () => {
    const url = `/api/secretaries/candidates/${candidateId}/moves`;
    const move = (c: Client, b: object) => c.post(url, b);
    expect((await move(zzb, { action: 'inspect', version: 1 })).status).toBe(409);
    expect((await move(cadre, { action: 'qualify', version: 1 })).status).toBe(403);
    expect((await move(other, { action: 'qualify', version: 1 })).status).toBe(404);
    expect((await move(zzb, { action: 'qualify', version: 1 })).body.stage).toBe('qualified');
    expect((await move(zzb, { action: 'score', version: 2, writtenScore: 82 })).status).toBe(422);
    expect(
      (await move(zzb, { action: 'score', version: 1, writtenScore: 82, interviewScore: 88 })).status,
    ).toBe(409);
    expect(
      (await move(zzb, { action: 'score', version: 2, writtenScore: 101, interviewScore: 88 })).status,
    ).toBe(400);
    const scored = await move(zzb, { action: 'score', version: 2, writtenScore: 82, interviewScore: 88 });
    expect(scored.body).toMatchObject({ stage: 'examined', totalScore: 85 });
    expect((await move(zzb, { action: 'inspect', version: 3 })).body.stage).toBe('inspected');
    const short = await move(zzb, { action: 'publicise', version: 4, noticeFrom: day(0), noticeTo: day(2) });
    expect(short.status).toBe(422);
    expect(short.body.errors[0].field).toBe('noticeTo');
    expect(
      (await move(zzb, { action: 'publicise', version: 4, noticeFrom: day(0), noticeTo: day(6) })).body.stage,
    ).toBe('publicised');
    expect((await move(zzb, { action: 'appoint', version: 5 })).status).toBe(409); // 公示 still running
    expect((await move(cadre, { action: 'withdraw', version: 5 })).status).toBe(409);
    // the notice period, recorded as it was held
    await move(zzb, { action: 'publicise', version: 5, noticeFrom: day(-8), noticeTo: day(-1) });
    const done = await move(zzb, { action: 'appoint', version: 6 });
    expect(done.body).toMatchObject({ stage: 'appointed', actions: [] });
    const roster = await zzb.get('/api/secretaries/roster');
    expect(entry(roster, n('community11'))).toMatchObject({
      vacant: false,
      term: { name: cadre.ctx.actor!.displayName, method: 'open', termNo: 1, startedOn: day(0) },
    });
    const sel = await cadre.get(`/api/secretaries/selections/${selectionId}`);
    expect(sel.body).toMatchObject({ state: 'closed', registrationOpen: false, posts: [{ filled: true }] });
    const told = await env.db
      .selectFrom('notify_notifications')
      .select('kind')
      .where('user_id', '=', cadre.userId)
      .where('kind', '=', 'secretaries.stage')
      .execute();
    // 资格审查, 笔试面试, 考察, 公示 twice (the dates corrected), 任用
    expect(told).toHaveLength(6);
    const stats = await zzb.get(`/api/home/stats?nodeId=${n('district')}&year=2026`);
    const fig = (k: string) => stats.body.find((s: any) => s.key === `secretaries.${k}`)?.value;
    expect([fig('with_secretary'), fig('vacancies'), fig('rotation_due'), fig('open_share')]).toEqual([
      3, 0, 0, 33.3,
    ]);
  });
});

describe('the roster in Excel', () => {
  const csv = (rows: string[][]) =>
    Buffer.from(['社区,书记,第几届,任职方式,任职日期', ...rows.map((r) => r.join(','))].join('\r\n'), 'utf8');

  it('exports every community with its term, method and rotation due', async () => {
    const r = await street.get('/api/secretaries/roster/export');
    expect(r.status).toBe(200);
    const sheet = await sheetRows(r.rawPayload);
    expect(sheet.name).toBe('社区党委书记名册');
    expect(sheet.header).toEqual(['街道', '社区', '书记', '第几届', '任职方式', '任职日期', '应岗位交流']);
    expect(sheet.body.map((x) => x.slice(1, 5))).toEqual([
      ['福山社区', cadre.ctx.actor!.displayName, '1', '公开遴选'],
      ['水围社区', '王芳2023', '1', '换届选举'],
    ]);
  });

  it('imports: a dry run says what each row would do; a bad row changes nothing; the same file twice adds nothing', async () => {
    const url = (dry: boolean) => `/api/secretaries/roster/import?dryRun=${dry ? 1 : 0}`;
    const t = await zzb.get(`/api/secretaries/roster`);
    const c12 = entry(t, n('community12')).term;
    await zzb.post(`/api/secretaries/terms/${c12.id}/end`, {
      endedOn: '2025-01-01',
      reason: 'resigned',
      version: c12.version,
    });
    const good = csv([
      ['福田街道 / 水围社区', '赵敏', '2', '竞争上岗', '2025-02-01'],
      ['福山社区', cadre.ctx.actor!.displayName, '1', '公开遴选', day(0)],
    ]);
    const dry = await zzb.upload(url(true), good, 'roster.csv', 'text/csv');
    expect(dry.status, dry.raw).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, added: 1, skipped: 1 });
    expect(entry(await zzb.get('/api/secretaries/roster'), n('community12')).vacant).toBe(true);
    const badFile = csv([
      ['水围社区', '赵敏', '30', '抽签', '2025-13-01'],
      ['福山社区', '别人', '1', '公开遴选', '2025-01-01'],
    ]);
    const bad = await zzb.upload(url(false), badFile, 'roster.csv', 'text/csv');
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.field)).toEqual([
      'row2.termNo',
      'row2.method',
      'row2.startedOn',
      'row3.name',
    ]);
    expect(bad.body.errors[3].message).toContain('第 3 行');
    expect((await street.upload(url(false), good, 'roster.csv', 'text/csv')).status).toBe(403);
    const applied = await zzb.upload(url(false), good, 'roster.csv', 'text/csv');
    expect(applied.body).toMatchObject({ dryRun: false, added: 1 });
    expect(entry(await zzb.get('/api/secretaries/roster'), n('community12')).term).toMatchObject({
      name: '赵敏',
      termNo: 2,
      method: 'competition',
    });
    expect((await zzb.upload(url(false), good, 'roster.csv', 'text/csv')).body.added).toBe(0);
  });
});

describe('one authorisation case per role and route', () => {
  const id = '00000000-0000-7000-8000-000000000000';
  // [method, url, body, the roles the shell lets through (any other answer but 403 is theirs)]
  const ROUTES: [string, string, object | undefined, string[]][] = [
    ['GET', '/api/secretaries/roster', undefined, ['org', 'street']],
    ['GET', '/api/secretaries/roster/export', undefined, ['org', 'street']],
    ['GET', `/api/secretaries/communities/${id}/terms`, undefined, ['org', 'street']],
    [
      'POST',
      '/api/secretaries/terms',
      { nodeId: id, name: 'x', method: 'assigned', startedOn: '2025-01-01' },
      ['org'],
    ],
    [
      'POST',
      `/api/secretaries/terms/${id}/end`,
      { endedOn: '2025-01-01', reason: 'other', version: 1 },
      ['org'],
    ],
    ['GET', '/api/secretaries/rotations', undefined, ['org', 'street']],
    [
      'POST',
      '/api/secretaries/rotations',
      { termId: id, toNodeId: id, rotatedOn: '2025-01-01', version: 1 },
      ['org'],
    ],
    ['GET', '/api/secretaries/elections', undefined, ['org', 'street']],
    [
      'POST',
      '/api/secretaries/elections',
      { nodeId: id, year: 2025, heldOn: '2025-01-01', results: [{ nodeId: id, name: 'x' }] },
      ['org', 'street'],
    ],
    ['GET', '/api/secretaries/selections', undefined, ['org', 'street', 'cadre']],
    [
      'POST',
      '/api/secretaries/selections',
      { nodeId: id, kind: 'open', title: 'x', deadline: '2025-01-01', postNodeIds: [id] },
      ['org'],
    ],
    ['GET', `/api/secretaries/selections/${id}`, undefined, ['org', 'street', 'cadre']],
    ['POST', `/api/secretaries/selections/${id}/candidates`, { nodeId: id }, ['org', 'cadre']],
    [
      'POST',
      `/api/secretaries/candidates/${id}/moves`,
      { action: 'qualify', version: 1 },
      ['org', 'street', 'cadre'],
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
  it('an anonymous caller is refused', async () => {
    expect((await env.anon().get('/api/secretaries/roster')).status).toBe(401);
  });
});
