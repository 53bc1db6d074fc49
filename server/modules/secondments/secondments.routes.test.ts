/**
 * 基层一线实践锻炼 (seed 002) and 专项考察 (seed 001) through HTTP: the organisation department opens
 * a batch and assigns a newly promoted cadre to a street; the street records work and its target
 * progress, the cadre logs a week from a phone, the street rates him; the rating reaches his
 * one-person file; to-dos, figures, export, import of a cadre list, a special assessment, and one
 * authorisation case per role and route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/access/access.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { cadreClient, cadresIn } from '../../testing/assessment.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';
import { addDays, addMonths, weekOf } from './secondments.rules.ts';

let env: TestEnv;
let zzb: Client;
let outsider: Client;
let street: Client;
let street2: Client;
let me: Client;
let resident: Client;
let cadres: string[];
const today = shanghaiDay();
const year = Number(today.slice(0, 4));
// a batch started two months ago that ends in a week: running, and the street may rate
const startsOn = addMonths(today, -2);
const endsOn = addDays(today, 7);
const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(',')).join('\n'), 'utf8');

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  outsider = await env.as('org_officer', 'district2');
  street = await env.as('street_officer', 'street1');
  street2 = await env.as('street_officer', 'street2');
  resident = await env.as('resident', 'community11');
  // two newly promoted cadres (posts taken two months ago) and one promoted years ago
  cadres = [
    ...(await cadresIn(env, zzb, 'dept', 2, { post: '副局长', postSince: addMonths(today, -2) })),
    ...(await cadresIn(env, zzb, 'dept', 1, { post: '科长', postSince: '2019-05-01' })),
  ];
  me = await cadreClient(env, cadres[0], 'dept');
});
afterAll(() => env.close());

describe('基层一线实践锻炼 (seed 002 Longgang)', () => {
  let batchId: string;
  let assignmentId: string;

  it('Longgang: 新提拔处级干部 are due: the organisation department sees them on its to-do list (seed 002)', async () => {
    const list = await zzb.get(`/api/secondments/cadres?nodeId=${env.nodes.district.id}`);
    expect(list.status).toBe(200);
    const standing = (id: string) => list.body.find((c: { personId: string }) => c.personId === id)?.standing;
    expect([standing(cadres[0]), standing(cadres[1]), standing(cadres[2])]).toEqual([
      'due',
      'due',
      'not_due',
    ]);
    const todos = await zzb.get('/api/home/todos');
    expect(todos.body.find((x: { key: string }) => x.key === 'secondments.due')).toMatchObject({ count: 2 });
    expect((await outsider.get(`/api/secondments/cadres?nodeId=${env.nodes.district.id}`)).status).toBe(404);
  });

  it('Longgang: 分批次、全脱产 3 个月: the district opens a batch for two streets (seed 002)', async () => {
    const body = {
      nodeId: env.nodes.district.id,
      name: '第一批',
      workKind: '土地整备',
      startsOn,
      endsOn,
      streets: [
        { streetId: env.nodes.street1.id, unit: '亩' },
        { streetId: env.nodes.street2.id, unit: '亩' },
      ],
    };
    expect((await outsider.post('/api/secondments/batches', body)).status).toBe(404);
    const notStreet = await zzb.post('/api/secondments/batches', {
      ...body,
      streets: [{ streetId: env.nodes.community11.id }],
    });
    expect(notStreet.status).toBe(422);
    expect(notStreet.body.errors[0].field).toBe('streets.0.streetId');
    expect((await zzb.post('/api/secondments/batches', { ...body, endsOn: startsOn })).status).toBe(422);
    const r = await zzb.post('/api/secondments/batches', body);
    expect(r.status).toBe(200);
    batchId = r.body.id;
    // three months by default
    const d = await zzb.post('/api/secondments/batches', {
      ...body,
      name: '第二批',
      startsOn: '2027-03-01',
      endsOn: undefined,
    });
    expect((await zzb.get(`/api/secondments/batches/${d.body.id}`)).body.batch.endsOn).toBe('2027-05-31');
  });

  it('Longgang: 选派到街道: a cadre once per batch; he and the street are told (seed 002)', async () => {
    const url = `/api/secondments/batches/${batchId}/assignments`;
    expect((await outsider.post(url, { personId: cadres[0], streetId: env.nodes.street1.id })).status).toBe(
      404,
    );
    expect((await zzb.post(url, { personId: cadres[0], streetId: env.nodes.street3.id })).status).toBe(422);
    expect((await zzb.post(url, { personId: zzb.userId, streetId: env.nodes.street1.id })).status).toBe(422);
    const r = await zzb.post(url, { personId: cadres[0], streetId: env.nodes.street1.id });
    expect(r.status).toBe(200);
    assignmentId = r.body.id;
    expect((await zzb.post(url, { personId: cadres[0], streetId: env.nodes.street2.id })).status).toBe(409);
    await zzb.post(url, { personId: cadres[1], streetId: env.nodes.street2.id });
    const told = await env.db
      .selectFrom('notify_notifications')
      .select(['kind', 'user_id', 'node_id'])
      .where('kind', 'in', ['secondments.assigned', 'secondments.arriving'])
      .execute();
    expect(told).toContainEqual(
      expect.objectContaining({ kind: 'secondments.assigned', user_id: me.userId }),
    );
    expect(told).toContainEqual(
      expect.objectContaining({ kind: 'secondments.arriving', node_id: env.nodes.street1.id }),
    );
    const todos = await zzb.get('/api/home/todos');
    expect(todos.body.find((x: { key: string }) => x.key === 'secondments.due')).toBeUndefined();
  });

  it('Longgang: a street officer sees only the cadres seconded to their street (seed 002)', async () => {
    const mine = await street.get(`/api/secondments/batches/${batchId}`);
    expect(mine.body.batch.streets.map((s: { streetId: string }) => s.streetId)).toEqual([
      env.nodes.street1.id,
    ]);
    expect(mine.body.assignments.map((a: { personId: string }) => a.personId)).toEqual([cadres[0]]);
    expect(mine.body.assignments[0].can).toEqual({ work: true, rate: true, log: false });
    const other = await street2.get(`/api/secondments/batches/${batchId}`);
    expect(other.body.assignments.map((a: { personId: string }) => a.personId)).toEqual([cadres[1]]);
    expect((await street2.get(`/api/secondments/assignments/${assignmentId}`)).status).toBe(404);
    const all = await zzb.get(`/api/secondments/batches/${batchId}`);
    expect(all.body.assignments).toHaveLength(2);
    const list = await street.get(`/api/secondments/batches?year=${year}`);
    expect(list.body.map((b: { id: string }) => b.id)).toEqual([batchId]);
  });

  it('Longgang: the street records work; the cadre logs his week from a phone (retried once) (seed 002)', async () => {
    const work = `/api/secondments/assignments/${assignmentId}/work`;
    const entry = { onDate: today, what: '入户做土地整备动员', households: 12, cases: 2 };
    expect((await street2.post(work, entry)).status).toBe(404);
    expect((await street.post(work, { ...entry, onDate: addDays(today, 1) })).status).toBe(422);
    expect((await street.post(work, entry)).status).toBe(200);
    const todos = await me.get('/api/home/todos');
    const keys = todos.body.map((x: { key: string }) => x.key);
    expect(keys).toEqual(expect.arrayContaining(['secondments.current', 'secondments.weekly_due']));
    const weekly = `/api/secondments/assignments/${assignmentId}/weekly`;
    const log = { what: '本周走访拆迁户 30 户，化解纠纷 3 件', households: 30, cases: 3 };
    const a = await me.post(weekly, log, { 'idempotency-key': 'week-log-0001' });
    const b = await me.post(weekly, log, { 'idempotency-key': 'week-log-0001' });
    expect(a.status).toBe(200);
    expect(b.body.id).toBe(a.body.id);
    expect((await me.post(weekly, log)).status).toBe(409);
    const other = await cadreClient(env, cadres[1], 'dept');
    expect((await other.post(weekly, log)).status).toBe(404);
    const detail = await me.get(`/api/secondments/assignments/${assignmentId}`);
    expect(detail.body.entries.map((e: { kind: string; onDate: string }) => [e.kind, e.onDate])).toEqual(
      expect.arrayContaining([
        ['work', today],
        ['weekly', weekOf(today)],
      ]),
    );
    expect(detail.body.assignment).toMatchObject({ weeksLogged: 1, weeklyLogDue: false, workEntries: 1 });
    const after = await me.get('/api/home/todos');
    expect(after.body.map((x: { key: string }) => x.key)).not.toContain('secondments.weekly_due');
    expect((await me.get('/api/secondments/mine')).body[0]).toMatchObject({ streetName: '福田街道' });
  });

  it('Longgang: 土地整备完成率从 30% 提升至 83%: the street enters its target progress (seed 002)', async () => {
    const url = `/api/secondments/batches/${batchId}/progress`;
    const p = { streetId: env.nodes.street1.id, recordedOn: startsOn, target: 200, done: 60 };
    expect((await street2.post(url, p)).status).toBe(404);
    await street.post(url, p);
    const r = await street.post(url, { ...p, recordedOn: today, done: 166 });
    expect(r.status).toBe(200);
    const s1 = r.body.streets[0];
    expect(s1).toMatchObject({ completion: 83, target: 200, done: 166 });
    expect(s1.progress.map((x: { completion: number }) => x.completion)).toEqual([30, 83]);
  });

  it('Longgang: 将抽调期工作纳入考核范围: the street rates him; the rating and period reach his one-person file (seed 002)', async () => {
    const url = `/api/secondments/assignments/${assignmentId}/rating`;
    const rating = { rating: 'excellent', comment: '冲锋在前，完成签约 40 户', version: 1 };
    const todo = await street.get('/api/home/todos');
    expect(todo.body.find((x: { key: string }) => x.key === 'secondments.to_rate')).toMatchObject({
      count: 1,
    });
    expect((await street2.post(url, rating)).status).toBe(404);
    expect((await street.post(url, { ...rating, version: 9 })).status).toBe(409);
    expect((await street.post(url, { ...rating, comment: '' })).status).toBe(400);
    const r = await street.post(url, rating);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ rating: 'excellent', version: 2 });
    const told = await env.db
      .selectFrom('notify_notifications')
      .select('kind')
      .where('user_id', '=', me.userId)
      .where('kind', '=', 'secondments.rated')
      .execute();
    expect(told).toHaveLength(1);
    const file = await zzb.get(`/api/assessment/pq/people/${cadres[0]}`);
    expect(file.status).toBe(200);
    expect(file.body.secondments.secondments).toEqual([
      expect.objectContaining({ batch: '第一批', street: '福田街道', startsOn, endsOn, rating: 'excellent' }),
    ]);
    const print = await zzb.get(`/api/assessment/pq/people/${cadres[0]}/print`);
    expect(print.raw).toContain('基层一线实践锻炼');
    expect(print.raw).toContain('冲锋在前');
  });

  it('the dashboard counts the seconded, the 优秀 share and the target progress; the register exports', async () => {
    const r = await zzb.get(`/api/home/stats?nodeId=${env.nodes.district.id}&year=${year}`);
    const v = (k: string) =>
      (r.body as { key: string; value: number }[]).find((s) => s.key === `secondments.${k}`)?.value;
    expect(v('now')).toBe(2);
    expect(v('progress')).toBe(83);
    const s2 = await street2.get(`/api/home/stats?nodeId=${env.nodes.street2.id}&year=${year}`);
    expect(
      (s2.body as { key: string; value: number }[]).find((s) => s.key === 'secondments.now')?.value,
    ).toBe(1);
    const x = await street.get(`/api/secondments/export?year=${year}`);
    expect(x.status).toBe(200);
    const sheet = await sheetRows(x.rawPayload as Buffer);
    expect(sheet.body.map((row) => [row[5], row[10]])).toEqual([[sheet.body[0][5], '优秀']]);
    expect((await zzb.get(`/api/secondments/export?year=${year}`)).status).toBe(200);
  });

  it('imports a batch cadre list from Excel or CSV: a dry run, every bad row reported, a repeat adds nothing', async () => {
    const d = await zzb.post('/api/secondments/batches', {
      nodeId: env.nodes.district.id,
      name: '第三批',
      workKind: '征地拆迁',
      startsOn: addDays(today, 30),
      streets: [{ streetId: env.nodes.street1.id }],
    });
    const url = (dry: boolean) => `/api/secondments/batches/${d.body.id}/import?dryRun=${dry ? 1 : 0}`;
    const names = (await zzb.get(`/api/secondments/cadres?nodeId=${env.nodes.district.id}`)).body.map(
      (c: { name: string }) => c.name,
    );
    const bad = csv([
      ['姓名', '工作单位', '街道'],
      ['无此人', '', '福田街道'],
      [names[0], '', '香蜜湖街道'],
      ['', '', '福田街道'],
      [names[1], '', '福田街道'],
      [names[1], '区住房和建设局', '福田街道'],
    ]);
    const no = await zzb.upload(url(true), bad, 'list.csv', 'text/csv');
    expect(no.status).toBe(422);
    expect(no.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'row2.name',
      'row3.street',
      'row4.name',
      'row6.name',
    ]);
    expect(no.body.errors[0].message).toContain('第 2 行');
    const good = csv([
      ['姓名', '工作单位', '街道'],
      [names[0], '区住房和建设局', '福田街道'],
      [names[1], '', '福田街道'],
    ]);
    const dry = await zzb.upload(url(true), good, 'list.csv', 'text/csv');
    expect(dry.body).toMatchObject({ dryRun: true, added: 2 });
    expect((await zzb.get(`/api/secondments/batches/${d.body.id}`)).body.assignments).toHaveLength(0);
    expect((await street.upload(url(false), good, 'list.csv', 'text/csv')).status).toBe(403);
    expect((await zzb.upload(url(false), good, 'list.csv', 'text/csv')).body).toMatchObject({ added: 2 });
    expect((await zzb.upload(url(false), good, 'list.csv', 'text/csv')).body).toMatchObject({
      added: 0,
      skipped: 2,
    });
  });
});

describe('专项考察 (seed 001 Kaihua)', () => {
  it('Kaihua: 关键时刻专项考察: four ratings and an outcome per cadre, in the same file section (seed 001)', async () => {
    const body = {
      nodeId: env.nodes.district.id,
      topic: '疫情防控专项考察',
      startsOn: addMonths(today, -1),
      endsOn: today,
      personIds: [cadres[0], cadres[2]],
    };
    expect((await outsider.post('/api/secondments/specials', body)).status).toBe(404);
    expect((await zzb.post('/api/secondments/specials', { ...body, personIds: [zzb.userId] })).status).toBe(
      422,
    );
    const r = await zzb.post('/api/secondments/specials', body);
    expect(r.status).toBe(200);
    const url = `/api/secondments/specials/${r.body.id}/cadres/${cadres[0]}`;
    const rate = {
      attitude: 'good',
      responsibility: 'good',
      role: 'fair',
      results: 'good',
      comment: '连续 40 天驻守卡口，组织核酸检测 12 轮',
      outcome: 'praise',
      version: 1,
    };
    expect((await outsider.post(url, rate)).status).toBe(404);
    expect((await zzb.post(url, { ...rate, outcome: 'medal' })).status).toBe(400);
    expect((await zzb.post(url, rate)).body).toMatchObject({ outcome: 'praise', version: 2 });
    const list = await zzb.get('/api/secondments/specials');
    expect(list.body[0].cadres).toHaveLength(2);
    const file = await zzb.get(`/api/assessment/pq/people/${cadres[0]}`);
    expect(file.body.secondments.specials).toEqual([
      expect.objectContaining({ topic: '疫情防控专项考察', role: 'fair', outcome: 'praise' }),
    ]);
  });
});

describe('authorisation: one case per role and route', () => {
  const any = '00000000-0000-7000-8000-000000000000';
  const routes: [string, string, string][] = [
    ['GET', '/api/secondments/batches', 'secondments.read'],
    ['POST', '/api/secondments/batches', 'secondments.manage'],
    ['GET', `/api/secondments/batches/${any}`, 'secondments.read'],
    ['POST', `/api/secondments/batches/${any}/assignments`, 'secondments.manage'],
    ['POST', `/api/secondments/batches/${any}/import`, 'secondments.manage'],
    ['POST', `/api/secondments/batches/${any}/progress`, 'secondments.host'],
    ['GET', `/api/secondments/cadres?nodeId=${any}`, 'secondments.manage'],
    ['GET', '/api/secondments/mine', 'secondments.log'],
    ['GET', `/api/secondments/assignments/${any}`, 'secondments.read'],
    ['POST', `/api/secondments/assignments/${any}/work`, 'secondments.host'],
    ['POST', `/api/secondments/assignments/${any}/weekly`, 'secondments.log'],
    ['POST', `/api/secondments/assignments/${any}/rating`, 'secondments.host'],
    ['GET', '/api/secondments/export', 'secondments.export'],
    ['GET', '/api/secondments/specials', 'secondments.manage'],
    ['POST', '/api/secondments/specials', 'secondments.manage'],
    ['POST', `/api/secondments/specials/${any}/cadres/${any}`, 'secondments.manage'],
  ];
  const allowed: Record<string, Role[]> = {
    'secondments.read': ['org_officer', 'street_officer', 'cadre'],
    'secondments.manage': ['org_officer'],
    'secondments.host': ['street_officer'],
    'secondments.log': ['cadre'],
    'secondments.export': ['org_officer', 'street_officer'],
  };
  const roles: [Role, 'district' | 'street1' | 'community11' | 'dept' | 'grid111'][] = [
    ['org_officer', 'district'],
    ['street_officer', 'street1'],
    ['cadre', 'dept'],
    ['community_officer', 'community11'],
    ['dept_officer', 'dept'],
    ['grid_worker', 'grid111'],
    ['resident', 'community11'],
    ['party_member', 'community11'],
    ['village_staff', 'community11'],
    ['auditor', 'district'],
  ];
  it.each(roles)(
    '%s: refused (403) every route it holds no permission for, let through the others',
    async (role, node) => {
      const c = role === 'resident' ? resident : await env.as(role, node);
      for (const [method, url, action] of routes) {
        const r = await c.request(method, url, method === 'POST' ? {} : undefined);
        if (allowed[action].includes(role)) expect([method, url, r.status]).not.toEqual([method, url, 403]);
        else expect([method, url, r.status]).toEqual([method, url, 403]);
      }
    },
  );
});
