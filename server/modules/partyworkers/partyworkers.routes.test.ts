/**
 * 专职党务工作者配备 through HTTP (seed 003 福田: 为街道社区配备180名专职党务工作者): the district sets the
 * posts, a street places workers in vacant posts (never more than the posts), renews and ends
 * contracts, appraises the year; a community writes the monthly log; to-dos, figures, Excel out and
 * in, bad input, and one authorisation case per role and route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { appraisalYearDue } from './partyworkers.rules.ts';

let env: TestEnv;
let zzb: Client; // org_officer on the district
let street: Client; // street_officer on 福田街道 (community11, community12)
let cadre: Client;
let community: Client; // community_officer on 福山社区
let resident: Client;
let gridWorker: Client;
let other: Client; // org_officer of another district
const day = (offset: number) => shanghaiDay(new Date(Date.now() + offset * 86_400_000));
const n = (k: 'community11' | 'community12' | 'community21' | 'street1' | 'district') => env.nodes[k].id;
const post = (r: any, id: string) => r.body.posts.find((p: any) => p.nodeId === id);
const worker = (r: any, name: string) => r.body.workers.find((w: any) => w.name === name);
const placing = (nodeId: string, name: string, extra: object = {}) => ({
  nodeId,
  name,
  phone: '13800000000',
  startedOn: '2024-05-01',
  contractEnd: day(300),
  qualifications: ['social_worker', 'party_member'],
  ...extra,
});

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

describe('posts and placements (seed 003)', () => {
  it('the district sets posts; streets and communities show them with their vacancies', async () => {
    expect(
      (await zzb.put(`/api/partyworkers/posts/${n('community11')}`, { posts: 2, version: 0 })).status,
    ).toBe(200);
    expect((await zzb.put(`/api/partyworkers/posts/${n('street1')}`, { posts: 1, version: 0 })).status).toBe(
      200,
    );
    // a second "first" setting lost the race: stale
    expect((await zzb.put(`/api/partyworkers/posts/${n('street1')}`, { posts: 3, version: 0 })).status).toBe(
      409,
    );
    expect(
      (await street.put(`/api/partyworkers/posts/${n('community12')}`, { posts: 5, version: 0 })).status,
    ).toBe(403);
    expect(
      (await other.put(`/api/partyworkers/posts/${n('community12')}`, { posts: 1, version: 0 })).status,
    ).toBe(404);
    const dept = await zzb.put(`/api/partyworkers/posts/${n('district')}`, { posts: 1, version: 0 });
    expect(dept.status).toBe(422);
    expect(dept.body.errors[0]).toMatchObject({ field: 'nodeId' });
    const r = await street.get('/api/partyworkers/register');
    expect(r.status).toBe(200);
    expect(r.body.posts.map((p: any) => [p.nodeName, p.posts, p.vacant])).toEqual([
      ['福田街道', 1, 1],
      ['福山社区', 2, 2],
      ['水围社区', 0, 0],
    ]);
    expect(r.body.can).toEqual({ posts: false, manage: true, log: true, export: true });
    expect(r.body.figures).toMatchObject({ posts: 3, filled: 0, vacant: 3, vacancyRate: 100, target: 180 });
    expect((await other.get('/api/partyworkers/register')).body.posts.map((p: any) => p.nodeName)).toEqual([
      '东门街道',
      '湖贝社区',
    ]);
  });

  it('a street places workers in vacant posts, never beyond the posts; the figures follow', async () => {
    expect((await street.post('/api/partyworkers/workers', placing(n('community11'), '李娜'))).status).toBe(
      200,
    );
    const second = await street.post(
      '/api/partyworkers/workers',
      placing(n('community11'), '陈刚', { startedOn: day(-20), contractEnd: day(30), qualifications: [] }),
    );
    expect(second.status).toBe(200);
    const full = await street.post('/api/partyworkers/workers', placing(n('community11'), '王五'));
    expect(full.status).toBe(409);
    expect(full.body.detail ?? full.body.title).toContain('没有空缺岗位');
    expect((await street.post('/api/partyworkers/workers', placing(n('community12'), '王五'))).status).toBe(
      409,
    );
    expect((await street.post('/api/partyworkers/workers', placing(n('community21'), '王五'))).status).toBe(
      404,
    );
    const early = await street.post(
      '/api/partyworkers/workers',
      placing(n('street1'), '王五', { startedOn: '2025-01-01', contractEnd: '2024-12-31' }),
    );
    expect(early.status).toBe(422);
    expect(early.body.errors[0].field).toBe('contractEnd');
    // the district may not cut the posts below the workers in them
    const r0 = await zzb.get('/api/partyworkers/register');
    const cut = await zzb.put(`/api/partyworkers/posts/${n('community11')}`, {
      posts: 1,
      version: post(r0, n('community11')).version,
    });
    expect(cut.status).toBe(422);
    expect(cut.body.errors[0]).toMatchObject({ field: 'posts' });
    const r = await zzb.get('/api/partyworkers/register');
    expect(post(r, n('community11'))).toMatchObject({ posts: 2, filled: 2, vacant: 0 });
    expect(worker(r, '李娜')).toMatchObject({
      nodeName: '福山社区',
      qualifications: ['party_member', 'social_worker'],
      contractState: 'fine',
    });
    expect(worker(r, '陈刚').contractState).toBe('ending');
    expect(r.body.figures).toMatchObject({
      posts: 3,
      filled: 2,
      vacant: 1,
      vacancyRate: 33.3,
      placedThisYear: 1,
    });
  });

  it('the home page: the street sees its vacant post, the contract ending and who is due an appraisal', async () => {
    const todos = (await street.get('/api/home/todos')).body;
    expect(todos.find((x: any) => x.key === 'partyworkers.vacancies')).toMatchObject({ count: 1 });
    const ending = todos.find((x: any) => x.key === 'partyworkers.contracts_ending');
    expect(ending).toMatchObject({ count: 1, level: 'normal' });
    expect(ending.entries[0].title).toContain('陈刚');
    const due = appraisalYearDue(day(0));
    const appraisals = todos.find((x: any) => x.key === 'partyworkers.appraisals_due');
    if (due === null) expect(appraisals).toBeUndefined();
    else expect(appraisals.entries.map((e: any) => e.title)).toEqual([`${due} · 福山社区 · 李娜`]);
    const mine = (await community.get('/api/home/todos')).body;
    expect(mine.find((x: any) => x.key.startsWith('partyworkers.'))).toBeUndefined();
  });

  it('the community writes the monthly log; the same month again replaces it; no future month', async () => {
    const id = worker(await street.get('/api/partyworkers/register'), '李娜').id;
    const month = day(0).slice(0, 7);
    const url = `/api/partyworkers/workers/${id}/logs`;
    expect((await community.put(url, { month, days: 20, summary: '组织主题党日 2 次' })).status).toBe(200);
    expect((await community.put(url, { month, days: 21, summary: '组织主题党日 3 次' })).status).toBe(200);
    expect((await community.put(url, { month: '2024-04', days: 3, summary: '到岗之前' })).status).toBe(422);
    const future = await community.put(url, { month: '2099-01', days: 3, summary: 'x' });
    expect(future.status).toBe(422);
    expect(future.body.errors[0].field).toBe('month');
    expect((await resident.put(url, { month, days: 1, summary: 'x' })).status).toBe(403);
    const v = await community.get(`/api/partyworkers/workers/${id}`);
    expect(v.status).toBe(200);
    expect(v.body.logs).toEqual([{ month, days: 21, summary: '组织主题党日 3 次', writtenAt: day(0) }]);
    expect(v.body.can).toEqual({ manage: false, log: true });
    expect((await other.get(`/api/partyworkers/workers/${id}`)).status).toBe(404);
  });

  it('appraisal once a year; renewal to a later end; leaving frees the post', async () => {
    const r = await street.get('/api/partyworkers/register');
    const li = worker(r, '李娜');
    const chen = worker(r, '陈刚');
    const ap = `/api/partyworkers/workers/${li.id}/appraisals`;
    expect((await street.post(ap, { year: 2025, grade: 'excellent', note: '党建工作成效突出' })).status).toBe(
      200,
    );
    expect((await street.post(ap, { year: 2025, grade: 'competent' })).status).toBe(409);
    const before = await street.post(ap, { year: 2023, grade: 'competent' });
    expect(before.status).toBe(422);
    expect(before.body.errors[0].field).toBe('year');
    expect((await community.post(ap, { year: 2024, grade: 'competent' })).status).toBe(403);
    const v = await street.get(`/api/partyworkers/workers/${li.id}`);
    expect(v.body.appraisals.map((a: any) => [a.year, a.grade])).toEqual([[2025, 'excellent']]);
    expect(v.body.lastGrade).toEqual({ year: 2025, grade: 'excellent' });

    const renew = `/api/partyworkers/workers/${chen.id}/renew`;
    expect((await street.post(renew, { contractEnd: day(10), version: chen.version })).status).toBe(422);
    expect((await street.post(renew, { contractEnd: day(700), version: chen.version })).status).toBe(200);
    expect((await street.post(renew, { contractEnd: day(800), version: chen.version })).status).toBe(409);
    const todos = (await street.get('/api/home/todos')).body;
    expect(todos.find((x: any) => x.key === 'partyworkers.contracts_ending')).toBeUndefined();

    const end = `/api/partyworkers/workers/${chen.id}/end`;
    expect(
      (await street.post(end, { endedOn: day(0), reason: 'resigned', version: chen.version + 1 })).status,
    ).toBe(200);
    expect(
      (await street.post(end, { endedOn: day(0), reason: 'resigned', version: chen.version + 2 })).status,
    ).toBe(409);
    const after = await street.get('/api/partyworkers/register');
    expect(post(after, n('community11'))).toMatchObject({ filled: 1, vacant: 1 });
    const gone = await street.get('/api/partyworkers/register?state=ended');
    expect(gone.body.workers.map((w: any) => [w.name, w.endReason])).toEqual([['陈刚', 'resigned']]);
  });

  it('the district sets its yearly target; the dashboard reads the placed share of it', async () => {
    expect((await street.put('/api/partyworkers/settings', { yearlyTarget: 10, version: 0 })).status).toBe(
      403,
    );
    expect((await zzb.put('/api/partyworkers/settings', { yearlyTarget: 10, version: 0 })).status).toBe(200);
    expect((await zzb.put('/api/partyworkers/settings', { yearlyTarget: 20, version: 0 })).status).toBe(409);
    const r = await zzb.get('/api/partyworkers/register');
    expect(r.body.figures).toMatchObject({ target: 10, targetVersion: 1 });
    const year = Number(day(0).slice(0, 4));
    const stats = await zzb.get(`/api/home/stats?nodeId=${n('district')}&year=${year}`);
    const f = (k: string) => stats.body.find((x: any) => x.key === `partyworkers.${k}`)?.value;
    expect(f('posts')).toBe(3);
    expect(f('filled')).toBe(1);
    expect(f('placed')).toBe(1);
    expect(f('target_progress')).toBe(10);
    const st = await street.get(`/api/home/stats?nodeId=${n('street1')}&year=2025`);
    const g = (k: string) => st.body.find((x: any) => x.key === `partyworkers.${k}`)?.value;
    expect(g('excellent_share')).toBe(100);
    expect(g('target_progress')).toBeUndefined();
  });
});

describe('the post register in Excel', () => {
  const csv = (rows: string[][]) =>
    Buffer.from(
      ['街道,岗位,姓名,联系电话,到岗日期,合同到期,资格条件', ...rows.map((r) => r.join(','))].join('\r\n'),
      'utf8',
    );
  const url = (dry: boolean) => `/api/partyworkers/register/import?dryRun=${dry ? 1 : 0}`;

  it('exports one row a post, the vacancies as （空缺）; the same sheet back adds nothing', async () => {
    const r = await street.get('/api/partyworkers/register/export');
    expect(r.status).toBe(200);
    const sheet = await sheetRows(r.rawPayload);
    expect(sheet.name).toBe('专职党务工作者岗位台账');
    expect(sheet.header).toEqual([
      '街道',
      '岗位',
      '姓名',
      '联系电话',
      '到岗日期',
      '合同到期',
      '资格条件',
      '最近考核',
    ]);
    expect(sheet.body.map((x) => x.slice(0, 3))).toEqual([
      ['福田街道', '福田街道', '（空缺）'],
      ['福田街道', '福山社区', '李娜'],
      ['福田街道', '福山社区', '（空缺）'],
    ]);
    expect(sheet.body[1][6]).toBe('中共党员、社会工作者职业资格');
    const back = await street.upload(url(false), r.rawPayload, 'register.xlsx');
    expect(back.status, back.raw).toBe(200);
    expect(back.body).toMatchObject({ added: 0, skipped: 1 });
  });

  it('imports workers into vacant posts; a bad row changes nothing', async () => {
    const good = csv([
      ['福田街道', '福田街道', '周敏', '13900000000', '2026-01-05', '2028-12-31', '中共党员、本科及以上学历'],
      ['', '福山社区', '李娜', '', '2024-05-01', '2027-01-01', ''],
    ]);
    const dry = await street.upload(url(true), good, 'register.csv', 'text/csv');
    expect(dry.status, dry.raw).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, added: 1, skipped: 1 });
    const bad = await street.upload(
      url(false),
      csv([
        ['福田街道', '竹林社区', '张三', '', '2026-01-05', '2028-12-31', ''],
        ['', '福山社区', '赵六', '', '2026-13-01', '2025-01-01', '博士'],
        ['', '水围社区', '钱七', '', '2026-01-05', '2028-12-31', ''],
      ]),
      'register.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.field)).toEqual([
      'row2.node',
      'row3.startedOn',
      'row3.qualifications',
      'row4.node',
    ]);
    expect(bad.body.errors[3].message).toContain('第 4 行');
    expect((await community.upload(url(false), good, 'register.csv', 'text/csv')).status).toBe(403);
    const applied = await street.upload(url(false), good, 'register.csv', 'text/csv');
    expect(applied.body).toMatchObject({ dryRun: false, added: 1 });
    const r = await street.get('/api/partyworkers/register');
    expect(worker(r, '周敏')).toMatchObject({
      nodeName: '福田街道',
      qualifications: ['party_member', 'bachelor'],
    });
    expect((await street.upload(url(false), good, 'register.csv', 'text/csv')).body.added).toBe(0);
  });
});

describe('bad input', () => {
  it('answers 400 with the field, never 500', async () => {
    const bad = [
      { ...placing(n('community12'), ''), name: '' },
      { ...placing(n('community12'), 'x'), startedOn: '2025-02-30' },
      { ...placing(n('community12'), 'x'), qualifications: ['phd'] },
      { ...placing(n('community12'), 'x'), phone: 1e308 },
      { ...placing(n('community12'), 'x'), name: 'a\u0000b' },
    ];
    for (const b of bad) {
      const r = await street.post('/api/partyworkers/workers', b);
      expect([400, 422], r.raw).toContain(r.status);
    }
    const r = await zzb.put(`/api/partyworkers/posts/${n('community12')}`, { posts: 51, version: 0 });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain('posts');
    const id = '00000000-0000-7000-8000-000000000000';
    const log = await community.put(`/api/partyworkers/workers/${id}/logs`, {
      month: '2026-13',
      days: 1,
      summary: 'x',
    });
    expect(log.status).toBe(400);
    expect(JSON.stringify(log.body)).toContain('month');
  });
});

describe('one authorisation case per role and route', () => {
  const id = '00000000-0000-7000-8000-000000000000';
  // [method, url, body, the roles the shell lets through (any other answer but 403 is theirs)]
  const ROUTES: [string, string, object | undefined, string[]][] = [
    ['GET', '/api/partyworkers/register', undefined, ['org', 'street', 'community']],
    ['GET', '/api/partyworkers/register/export', undefined, ['org', 'street']],
    ['PUT', `/api/partyworkers/posts/${id}`, { posts: 1, version: 0 }, ['org']],
    ['PUT', '/api/partyworkers/settings', { yearlyTarget: 180, version: 5 }, ['org']],
    [
      'POST',
      '/api/partyworkers/workers',
      { nodeId: id, name: 'x', startedOn: '2025-01-01', contractEnd: '2026-01-01' },
      ['org', 'street'],
    ],
    ['GET', `/api/partyworkers/workers/${id}`, undefined, ['org', 'street', 'community']],
    [
      'POST',
      `/api/partyworkers/workers/${id}/renew`,
      { contractEnd: '2030-01-01', version: 1 },
      ['org', 'street'],
    ],
    [
      'POST',
      `/api/partyworkers/workers/${id}/end`,
      { endedOn: '2025-01-01', reason: 'resigned', version: 1 },
      ['org', 'street'],
    ],
    [
      'PUT',
      `/api/partyworkers/workers/${id}/logs`,
      { month: '2025-01', days: 1, summary: 'x' },
      ['org', 'street', 'community'],
    ],
    [
      'POST',
      `/api/partyworkers/workers/${id}/appraisals`,
      { year: 2025, grade: 'competent' },
      ['org', 'street'],
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
    expect((await env.anon().get('/api/partyworkers/register')).status).toBe(401);
    expect((await street.request('POST', '/api/partyworkers/register/import')).status).toBe(400);
  });
});
