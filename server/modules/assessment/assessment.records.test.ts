/**
 * Points, promotion months, work reports, the political-quality file, portraits, use of results,
 * rotation and the home page, through the routes; each with its scope (in scope works, out of scope
 * 404, a cadre only their own).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { apply, publishedList } from '../../testing/tasks.ts';
import { quarterOf } from './assessment.rules.ts';
import {
  assessmentCast,
  cadresIn,
  dispatchCycle,
  indicatorsFor,
  runQuarter,
} from '../../testing/assessment.ts';

let env: TestEnv;
let zzb: Client;
let bumen: Client;
let jiedao: Client;
let cadres: string[];
let me: Client;
let other: Client;
const today = shanghaiDay();
const year = Number(today.slice(0, 4));
const Q = quarterOf(today);
const D = () => env.nodes.district.id;

beforeAll(async () => {
  env = await createTestEnv();
  ({ zzb, bumen, jiedao, cadres, me, other } = await assessmentCast(env, 3));
});
afterAll(() => env.close());

describe('a commendation order issued in the tasks module [000 嘉奖令 → 干部考核; 001 Kaihua 表彰加分]', () => {
  let orderNumber: string;
  it('shows up as points in the cadre’s ledger', async () => {
    const { taskIds } = await publishedList(env, zzb, year, 1);
    const appId = await apply(bumen, taskIds[0], env.nodes.dept.id);
    const award = await zzb.post(`/api/tasks/tasks/${taskIds[0]}/award`, {
      applicationIds: [appId],
      commanderName: '王伟',
      commanderPersonId: cadres[0],
    });
    expect(award.status).toBe(200);
    const draft = await zzb.post('/api/tasks/orders', {
      taskId: taskIds[0],
      type: 'commendation',
      reason: '提前完成首期拆除',
    });
    expect(draft.status).toBe(200);
    const issued = await zzb.post(`/api/tasks/orders/${draft.body.id}/issue`, {
      reason: '签发',
      version: draft.body.version ?? 1,
    });
    expect(issued.status).toBe(200);
    orderNumber = issued.body.number;
    const ledger = await me.get(`/api/assessment/points/people/${cadres[0]}?year=${year}`);
    expect(ledger.status).toBe(200);
    const line = ledger.body.lines.find((l: { source: string; ref: string }) => l.ref === draft.body.id);
    expect(line).toMatchObject({ source: 'order', points: 5, status: 'approved' });
    expect(ledger.body.total).toBe(5);
  });

  it('in the quarter’s summary, prefilled', async () => {
    await indicatorsFor(zzb, D(), Q);
    const c = await dispatchCycle(env, zzb, Q);
    expect(c.status).toBe(200);
    const id = (await me.get('/api/assessment/me/sheets')).body[0].id;
    const s = (await me.get(`/api/assessment/me/sheets/${id}`)).body;
    expect(s.prefill.orders.map((o: { type: string; points: number }) => [o.type, o.points])).toContainEqual([
      'commendation',
      5,
    ]);
    expect(s.prefill.tasks).toHaveLength(1);
    expect(s.summary).toContain('嘉奖令');
    expect(s.summary).toContain(orderNumber);
  });

  it('and in the portrait (execution and responsibility rise)', async () => {
    const p = await me.get(`/api/assessment/portraits/${cadres[0]}`);
    expect(p.status).toBe(200);
    expect(p.body.scores.execution).toBeGreaterThan(90);
    const theirs = (await bumen.get(`/api/assessment/portraits/${cadres[1]}`)).body;
    expect(theirs.scores.execution).toBe(60);
  });
});

describe('points ledger [001 Kaihua: 加扣分, 一月一汇总, 一季度一排名]', () => {
  it('a manual entry waits for approval, then counts; the quarter ranks the unit', async () => {
    const req = await bumen.post('/api/assessment/points', {
      personId: cadres[1],
      day: today,
      points: 3,
      reason: '参加防汛抢险',
    });
    expect(req.status).toBe(200);
    expect(
      (
        await jiedao.post('/api/assessment/points', {
          personId: cadres[1],
          day: today,
          points: 3,
          reason: 'x',
        })
      ).status,
    ).toBe(404);
    const theirs = (await other.get(`/api/assessment/points/people/${cadres[1]}?year=${year}`)).body;
    expect(theirs.lines[0].status).toBe('pending');
    expect(theirs.total).toBe(0);
    const pending = (await zzb.get(`/api/assessment/points/pending?districtId=${D()}`)).body;
    expect(pending).toHaveLength(1);
    expect(
      (await zzb.post(`/api/assessment/points/${req.body.id}/decide`, { decision: 'approve' })).status,
    ).toBe(200);
    expect(
      (await zzb.post(`/api/assessment/points/${req.body.id}/decide`, { decision: 'approve' })).status,
    ).toBe(409);
    expect((await other.get(`/api/assessment/points/people/${cadres[1]}?year=${year}`)).body.total).toBe(3);
    const ranking = (await bumen.get(`/api/assessment/points/ranking?districtId=${D()}&quarter=${Q}`)).body;
    expect(ranking.map((r: { total: number; rankInUnit: number }) => [r.total, r.rankInUnit])).toEqual([
      [5, 1],
      [3, 2],
      [0, 3],
    ]);
  });

  it('a cadre sees only their own ledger; an officer outside the unit sees none', async () => {
    expect((await me.get(`/api/assessment/points/people/${cadres[1]}?year=${year}`)).status).toBe(404);
    expect((await jiedao.get(`/api/assessment/points/people/${cadres[1]}?year=${year}`)).status).toBe(404);
    expect((await jiedao.get(`/api/assessment/points/ranking?districtId=${D()}&quarter=${Q}`)).body).toEqual(
      [],
    );
  });
});

describe('promotion months [001 Qujiang: 个人和单位申报、责任单位联合审定、组织部门认定]', () => {
  it('a declared situation counts only once reviewed jointly and confirmed', async () => {
    const d = await me.post('/api/assessment/months/declarations', {
      kind: 'situation',
      personId: cadres[0],
      year,
      code: 'P1',
      note: '获省政府督查激励',
    });
    expect(d.status).toBe(200);
    let m = (await me.get(`/api/assessment/months/people/${cadres[0]}?year=${year}`)).body;
    expect(m.total).toBe(0);
    expect(m.declarations[0]).toMatchObject({ status: 'declared', declaredAs: 'person', months: 6 });
    const early = await zzb.post(`/api/assessment/months/declarations/${d.body.id}/confirm`, { version: 1 });
    expect(early.status).toBe(409);
    const rev = await zzb.post(`/api/assessment/months/declarations/${d.body.id}/review`, {
      reviewers: '区委办、区政府办、区纪委',
      version: 1,
    });
    expect(rev.status).toBe(200);
    expect(
      (
        await zzb.post(`/api/assessment/months/declarations/${d.body.id}/confirm`, {
          version: rev.body.version,
        })
      ).status,
    ).toBe(200);
    m = (await me.get(`/api/assessment/months/people/${cadres[0]}?year=${year}`)).body;
    expect(m.total).toBe(-6);
    expect(m.vetoed).toBe(false);
  });

  it('a unit declares a veto for its cadre; once confirmed it blocks promotion', async () => {
    const d = await bumen.post('/api/assessment/months/declarations', {
      kind: 'veto',
      personId: cadres[1],
      year,
      code: 'lax_management',
      note: '下属与他人发生肢体冲突',
    });
    expect(d.status).toBe(200);
    expect(
      (
        await other.post('/api/assessment/months/declarations', {
          kind: 'situation',
          personId: cadres[0],
          year,
          code: 'P1',
          note: 'x',
        })
      ).status,
    ).toBe(404);
    const rev = (
      await zzb.post(`/api/assessment/months/declarations/${d.body.id}/review`, {
        reviewers: '区纪委',
        version: 1,
      })
    ).body;
    await zzb.post(`/api/assessment/months/declarations/${d.body.id}/confirm`, { version: rev.version });
    const m = (await bumen.get(`/api/assessment/months/people/${cadres[1]}?year=${year}`)).body;
    expect(m.vetoed).toBe(true);
    expect(m.declarations[0].declaredAs).toBe('unit');
  });
});

describe('云端述事 work reports [000 线下干事、线上述事]', () => {
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(64, 1),
  ]);
  let reportId: string;
  it('a cadre logs a hard matter (a replayed key makes no second one) with a photo as evidence', async () => {
    const body = {
      category: 'hard',
      title: '棚改签约攻坚',
      body: '连续三周入户做工作',
      happenedOn: today,
      traits: ['execution', 'resilience'],
    };
    const a = await me.post('/api/assessment/me/reports', body, { 'idempotency-key': 'k-1' });
    const b = await me.post('/api/assessment/me/reports', body, { 'idempotency-key': 'k-1' });
    expect(b.body.id).toBe(a.body.id);
    reportId = a.body.id;
    const files = `/api/assessment/me/reports/${reportId}/files`;
    expect((await me.upload(files, png, '现场.png', 'image/png')).status).toBe(200);
    const bad = Buffer.from('not an image');
    expect((await me.upload(files, bad, 'x.png', 'image/png')).status).toBe(422);
    expect((await me.get('/api/assessment/me/reports')).body).toHaveLength(1);
  });

  it('the supervisor confirms it as outstanding; the evidence is the cadre’s and the unit’s only', async () => {
    const list = (await bumen.get(`/api/assessment/reports?districtId=${D()}&status=logged`)).body;
    expect(list[0].can.decide).toBe(true);
    const r = await bumen.post(`/api/assessment/reports/${reportId}/decide`, {
      decision: 'confirm',
      outstanding: true,
    });
    expect(r.body).toMatchObject({ status: 'confirmed', outstanding: true });
    expect(
      (await bumen.post(`/api/assessment/reports/${reportId}/decide`, { decision: 'reject' })).status,
    ).toBe(409);
    const fileId = r.body.files[0].id;
    expect((await me.get(`/api/assessment/reports/${reportId}/files/${fileId}`)).status).toBe(200);
    expect((await bumen.get(`/api/assessment/reports/${reportId}/files/${fileId}`)).status).toBe(200);
    expect((await other.get(`/api/assessment/reports/${reportId}/files/${fileId}`)).status).toBe(404);
    expect((await jiedao.get(`/api/assessment/reports/${reportId}/files/${fileId}`)).status).toBe(404);
    expect((await zzb.get(`/api/assessment/reports?districtId=${D()}&outstanding=1`)).body).toHaveLength(1);
  });
});

describe('一人一档 political-quality file [000 45项指标, 10种方法, 研判信息库]', () => {
  it('the organisation department adds and reads it; every read is audited; nobody else reads it', async () => {
    const add = await zzb.post('/api/assessment/pq/entries', {
      personId: cadres[0],
      indicatorCode: 'PQ19',
      method: 'home_visit',
      source: '政治家访',
      occurredOn: today,
      note: '揭榜挂帅，冲锋在前',
      inLibrary: true,
    });
    expect(add.status).toBe(200);
    expect(
      (
        await zzb.post('/api/assessment/pq/entries', {
          personId: cadres[0],
          indicatorCode: 'PQ99',
          method: 'talk',
          source: 'x',
          occurredOn: today,
          note: 'x',
        })
      ).status,
    ).toBe(422);
    const f = await zzb.get(`/api/assessment/pq/people/${cadres[0]}`);
    expect(f.body.summary.commitment.positive).toBe(1);
    const audited = await env.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'assessment.pq.read')
      .execute();
    expect(audited).toHaveLength(1);
    expect((await zzb.get(`/api/assessment/pq/people/${cadres[0]}/print`)).raw).toContain('一人一档');
    expect((await zzb.get(`/api/assessment/pq/library?districtId=${D()}&q=冲锋`)).body).toHaveLength(1);
    expect((await bumen.get(`/api/assessment/pq/people/${cadres[0]}`)).status).toBe(403);
    expect((await me.get(`/api/assessment/pq/people/${cadres[0]}`)).status).toBe(403);
    expect((await zzb.get('/api/assessment/pq/indicators')).body).toHaveLength(45);
  });
});

describe('use of results [000 前30%, 谈话提醒, 月度/季度之星] and suggestions', () => {
  it('the promotion list takes the top 30% of the group and says why not for the rest', async () => {
    const more = await cadresIn(env, zzb, 'dept', 3);
    const all = [...cadres, ...more];
    const prev = `${year - 1}Q4`;
    await indicatorsFor(zzb, D(), prev);
    await runQuarter(
      env,
      zzb,
      bumen,
      'dept',
      all.map((id, i) => ({ id, score: 95 - i * 5, grade: i < 2 ? 'good' : i === 5 ? 'poor' : 'average' })),
      prev,
    );
    const res = await zzb.get(`/api/assessment/results/eligibility?districtId=${D()}&quarter=${prev}`);
    expect(res.status, res.raw).toBe(200);
    const list = res.body;
    const byId = new Map(list.map((r: { personId: string }) => [r.personId, r]));
    expect(byId.get(all[0])).toMatchObject({ eligible: true, rank: 1, groupSize: 6 });
    expect(byId.get(all[1])).toMatchObject({ eligible: false, reasons: ['vetoed'] }); // rank 2 of 6, but vetoed
    expect(byId.get(all[2])).toMatchObject({ eligible: false, reasons: ['not_top_share'] });
    const talks = (
      await zzb.get(`/api/assessment/results/intake?districtId=${D()}&quarter=${prev}&list=talks`)
    ).body;
    expect(talks.map((r: { personId: string }) => r.personId)).toEqual([all[5]]);
    const stars = (await bumen.get(`/api/assessment/results/stars?districtId=${D()}&quarter=${prev}`)).body;
    expect(stars.find((s: { kind: string }) => s.kind === 'quarter').personId).toBe(all[0]);
    expect(
      (await jiedao.get(`/api/assessment/results/stars?districtId=${D()}&quarter=${prev}`)).body,
    ).toEqual([]);
    // a month that is not one (week-style 2091-53, month 00, year 0000) is a 400, not a failed statement
    for (const month of ['2091-53', '2026-00', '0000-01'])
      expect((await bumen.get(`/api/assessment/results/stars?districtId=${D()}&month=${month}`)).status).toBe(
        400,
      );
  });

  it('everyone’s months at once (the quarters counted in the database) are each cadre’s own months', async () => {
    const q3 = `${year - 1}Q3`;
    await indicatorsFor(zzb, D(), q3);
    await runQuarter(
      env,
      zzb,
      bumen,
      'dept',
      cadres.map((id, i) => ({
        id,
        score: 90 - i,
        grade: 'average',
        dims: {
          post_fit: 'good',
          results: i === 0 ? 'poor' : 'good',
          reputation: 'average',
          key_tasks: i === 2 ? 'poor' : 'fairly_good',
        },
      })),
      q3,
    );
    const all = await env.services.assessment.points.monthsOfAll(D(), cadres, [year - 1, year]);
    for (const id of cadres) {
      const own = (await zzb.get(`/api/assessment/months/people/${id}?year=${year}`)).body;
      const { years, total, vetoed, vetoes } = all.get(id)!;
      expect({ years, total, vetoed, vetoes }).toEqual({
        years: own.years,
        total: own.total,
        vetoed: own.vetoed,
        vetoes: own.vetoes,
      });
    }
    // the first cadre: 好 on all four in Q4, 好 and 较差 once each in Q3; the confirmed P1 this year
    expect(all.get(cadres[0])!.years).toEqual([
      expect.objectContaining({ year: year - 1, quarterGood: 5, quarterLast: 1, net: -4 }),
      expect.objectContaining({ year, net: -6 }),
    ]);
  });

  it('suggests cadres for a task by the needed traits, with reasons', async () => {
    await zzb.get(`/api/assessment/portraits/${cadres[0]}`);
    await zzb.get(`/api/assessment/portraits/${cadres[2]}`);
    const r = await zzb.post('/api/assessment/suggest', {
      districtId: D(),
      traits: ['execution', 'responsibility'],
      limit: 5,
    });
    expect(r.status).toBe(200);
    expect(r.body[0].personId).toBe(cadres[0]);
    expect(r.body[0].reasons.map((x: { trait: string }) => x.trait)).toEqual(
      expect.arrayContaining(['execution', 'responsibility']),
    );
  });
});

describe('rotation [004 Luohu 15/10/5 years, 社区书记两届]', () => {
  it('alerts a division-level cadre at 15 years in the unit, and the plan clears the to-do', async () => {
    const [old] = await cadresIn(env, zzb, 'dept', 1, {
      post: '局长',
      grade: '二级调研员',
      unitSince: `${year - 16}-01-01`,
    });
    const alerts = (await zzb.get(`/api/assessment/rotation/alerts?districtId=${D()}`)).body;
    const mine = alerts.find((a: { personId: string }) => a.personId === old);
    expect(mine).toMatchObject({ rule: 'division_unit', level: 'overdue', planned: false });
    const todos = (await zzb.get('/api/home/todos')).body;
    const keyOf = (t: { items?: unknown[] }) => JSON.stringify(t);
    expect(keyOf(todos)).toContain('assessment.rotation');
    const plan = await zzb.post('/api/assessment/rotation/plans', {
      personId: old,
      rule: 'division_unit',
      plannedOn: today,
      target: '区发展和改革局',
    });
    expect(plan.status).toBe(200);
    const after = (await zzb.get(`/api/assessment/rotation/alerts?districtId=${D()}`)).body;
    expect(after.find((a: { personId: string }) => a.personId === old).planned).toBe(true);
    expect((await bumen.get(`/api/assessment/rotation/alerts?districtId=${D()}`)).status).toBe(403);
  });
});

describe('home page [workbench]', () => {
  it('a cadre’s to-do has their sheet; the dashboard counts reports and outstanding cadres', async () => {
    const todos = JSON.stringify((await me.get('/api/home/todos')).body);
    expect(todos).toContain('assessment.my_sheet');
    const stats = await zzb.get(`/api/home/stats?nodeId=${D()}&year=${year}`);
    const s = JSON.stringify(stats.body);
    expect(s).toContain('assessment.reports');
    expect(s).toContain('assessment.outstanding');
  });
});
