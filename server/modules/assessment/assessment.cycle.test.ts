/**
 * The quarterly cycle online end to end through the routes [000 Futian: 任务分派 → 办理跟踪 → 工作小结
 * → 审核评估 → 结果反馈]: dispatch generates every cadre's sheet from 共性 + 个性 + 动态 indicators, a
 * cadre submits a prefilled summary, the unit reviews or returns it, the department grades within
 * the quota for 好, feeds back and publishes; scope and the cadre's own-only view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { assessmentCast, cadreClient, indicatorsFor } from '../../testing/assessment.ts';

let env: TestEnv;
let zzb: Client;
let bumen: Client;
let jiedao: Client;
let cadres: string[];
let me: Client;
let other: Client;
let cycleId: string;
const Q = '2026Q1';

beforeAll(async () => {
  env = await createTestEnv();
  ({ zzb, bumen, jiedao, cadres, me, other } = await assessmentCast(env, 5));
  await indicatorsFor(zzb, env.nodes.district.id, Q);
  // a dynamic indicator for one cadre this quarter (a task of the moment)
  const dyn = await zzb.post('/api/assessment/indicators', {
    districtId: env.nodes.district.id,
    quarter: Q,
    layer: 'dynamic',
    personId: cadres[0],
    name: '疫情防控专项任务',
    dimension: 'key_tasks',
    weight: 10,
    scoring: 'pass_fail',
  });
  expect(dyn.status).toBe(200);
});
afterAll(() => env.close());

const dispatchBody = () => ({
  districtId: env.nodes.district.id,
  quarter: Q,
  summaryDue: '2026-04-05',
  reviewDue: '2026-04-08',
  assessDue: '2026-04-10',
  publishDue: '2026-04-12',
});

describe('dispatch [000 共性+个性+动态, 人人肩上有指标]', () => {
  it('generates one sheet per cadre with the indicators that apply to them', async () => {
    const r = await zzb.post('/api/assessment/cycles', dispatchBody());
    expect(r.status).toBe(200);
    expect(r.body.sheets).toBe(5);
    cycleId = r.body.id;
    const mine = await me.get('/api/assessment/me/sheets');
    expect(mine.status).toBe(200);
    const sheet = await me.get(`/api/assessment/me/sheets/${mine.body[0].id}`);
    expect(sheet.body.items.map((i: { layer: string }) => i.layer)).toEqual([
      'common',
      'common',
      'individual',
      'dynamic',
    ]);
    const theirs = await other.get(
      `/api/assessment/me/sheets/${(await other.get('/api/assessment/me/sheets')).body[0].id}`,
    );
    expect(theirs.body.items).toHaveLength(3); // no dynamic indicator for them
  });

  it('one cycle per quarter, and a dispatched quarter freezes its indicators', async () => {
    expect((await zzb.post('/api/assessment/cycles', dispatchBody())).status).toBe(409);
    const lib = await zzb.get(`/api/assessment/indicators?districtId=${env.nodes.district.id}&quarter=${Q}`);
    expect(lib.body.frozen).toBe(true);
    const edit = await zzb.patch(`/api/assessment/indicators/${lib.body.items[0].id}`, { weight: 50 });
    expect(edit.status).toBe(409);
  });

  it('deadlines must follow each other', async () => {
    const r = await zzb.post('/api/assessment/cycles', {
      ...dispatchBody(),
      quarter: '2026Q2',
      reviewDue: '2026-04-01',
    });
    expect(r.status).toBe(422);
  });
});

describe('the cadre’s summary [000 个人小结10分钟内]', () => {
  it('is prefilled with a draft, needs scores, evidence and a summary, and then submits', async () => {
    const list = (await me.get('/api/assessment/me/sheets')).body;
    let s = (await me.get(`/api/assessment/me/sheets/${list[0].id}`)).body;
    expect(s.prefill).not.toBeNull();
    expect(s.summary).toContain('本季度积分');
    expect(s.can.edit).toBe(true);
    const early = await me.post(`/api/assessment/me/sheets/${s.id}/submit`, { version: s.version });
    expect(early.status).toBe(422);
    const items = s.items.map((i: { indicatorId: string; scoring: string; evidenceRequired: boolean }) => ({
      indicatorId: i.indicatorId,
      value: i.scoring === 'pass_fail' ? 1 : 95,
      evidence: i.evidenceRequired ? '走访群众记录 12 份' : undefined,
    }));
    const saved = await me.put(`/api/assessment/me/sheets/${s.id}`, {
      items,
      summary: s.summary,
      version: s.version,
    });
    expect(saved.status).toBe(200);
    s = saved.body;
    const stale = await me.put(`/api/assessment/me/sheets/${s.id}`, { items, summary: 'x', version: 1 });
    expect(stale.status).toBe(409);
    const sub = await me.post(`/api/assessment/me/sheets/${s.id}/submit`, { version: s.version });
    expect(sub.status).toBe(200);
    expect(sub.body.status).toBe('submitted');
    expect(sub.body.can.edit).toBe(false);
  });

  it('a cadre cannot open another cadre’s sheet (404)', async () => {
    const theirs = (await other.get('/api/assessment/me/sheets')).body[0].id;
    expect((await me.get(`/api/assessment/me/sheets/${theirs}`)).status).toBe(404);
    expect((await me.get(`/api/assessment/sheets/${theirs}`)).status).toBe(403);
  });
});

describe('unit review, assessment within the quota, feedback, publication', () => {
  async function submitAll() {
    for (const pid of cadres.slice(1)) {
      const c = await cadreClient(env, pid, 'dept');
      const id = (await c.get('/api/assessment/me/sheets')).body[0].id;
      const s = (await c.get(`/api/assessment/me/sheets/${id}`)).body;
      const items = s.items.map((i: { indicatorId: string }) => ({
        indicatorId: i.indicatorId,
        value: 92,
        evidence: '材料',
      }));
      const saved = (
        await c.put(`/api/assessment/me/sheets/${id}`, {
          items,
          summary: '本季度工作小结',
          version: s.version,
        })
      ).body;
      expect(
        (await c.post(`/api/assessment/me/sheets/${id}/submit`, { version: saved.version })).status,
      ).toBe(200);
    }
  }

  it('the unit reviews its sheets; a street officer outside the unit sees none of them', async () => {
    await submitAll();
    const sheets = (await bumen.get(`/api/assessment/cycles/${cycleId}/sheets?status=submitted`)).body;
    expect(sheets).toHaveLength(5);
    expect((await jiedao.get(`/api/assessment/cycles/${cycleId}/sheets`)).body).toEqual([]);
    expect((await jiedao.get(`/api/assessment/sheets/${sheets[0].id}`)).status).toBe(404);
    // return one, the cadre resubmits
    const first = sheets[0];
    const ret = await bumen.post(`/api/assessment/sheets/${first.id}/return`, {
      reason: '请补充佐证',
      version: first.version,
    });
    expect(ret.status).toBe(200);
    expect(ret.body.status).toBe('dispatched');
    const owner = await cadreClient(env, first.personId, 'dept');
    const again = (await owner.get(`/api/assessment/me/sheets/${first.id}`)).body;
    expect(again.returnReason).toBe('请补充佐证');
    expect(
      (await owner.post(`/api/assessment/me/sheets/${first.id}/submit`, { version: again.version })).status,
    ).toBe(200);
    for (const s of (await bumen.get(`/api/assessment/cycles/${cycleId}/sheets?status=submitted`)).body) {
      const d = (await bumen.get(`/api/assessment/sheets/${s.id}`)).body;
      expect(d.can.review).toBe(true);
      const r = await bumen.post(`/api/assessment/sheets/${s.id}/review`, {
        items: [],
        unitComment: '同意',
        version: d.version,
      });
      expect(r.status).toBe(200);
    }
  });

  it('好 is kept to the quota per unit (40% of 5 = 2) [configurable quota]', async () => {
    const sheets = (await zzb.get(`/api/assessment/cycles/${cycleId}/sheets`)).body;
    const dims = { post_fit: 'good', results: 'good', reputation: 'fairly_good', key_tasks: 'average' };
    const results = [];
    for (const s of sheets) {
      const d = (await zzb.get(`/api/assessment/sheets/${s.id}`)).body;
      expect(d.can.assess).toBe(true);
      expect(d.suggestedGrade).not.toBeNull();
      results.push(
        await zzb.post(`/api/assessment/sheets/${s.id}/assess`, {
          grade: 'good',
          dimensionGrades: dims,
          version: d.version,
        }),
      );
    }
    expect(results.map((r) => r.status)).toEqual([200, 200, 422, 422, 422]);
    expect(results[2].body.errors[0].message).toContain('2');
    for (const [i, s] of sheets.entries()) {
      if (i < 2) continue;
      const d = (await zzb.get(`/api/assessment/sheets/${s.id}`)).body;
      const r = await zzb.post(`/api/assessment/sheets/${s.id}/assess`, {
        grade: 'fairly_good',
        dimensionGrades: dims,
        version: d.version,
      });
      expect(r.status).toBe(200);
    }
  });

  it('the cadre sees no grade until it is fed back, then publication ranks the unit', async () => {
    const mine = (await me.get('/api/assessment/me/sheets')).body[0];
    expect(mine.status).toBe('assessed');
    expect(mine.grade).toBeNull();
    expect(
      (await zzb.post(`/api/assessment/cycles/${cycleId}/publish`, { unitNodeId: env.nodes.dept.id })).status,
    ).toBe(409);
    const fb = await zzb.post(`/api/assessment/cycles/${cycleId}/feedback`, {
      unitNodeId: env.nodes.dept.id,
    });
    expect(fb.body.moved).toBe(5);
    const fed = (await me.get(`/api/assessment/me/sheets/${mine.id}`)).body;
    expect(fed.grade).not.toBeNull();
    expect(
      (await zzb.post(`/api/assessment/cycles/${cycleId}/publish`, { unitNodeId: env.nodes.dept.id })).body
        .moved,
    ).toBe(5);
    const board = (await zzb.get(`/api/assessment/cycles/${cycleId}/board`)).body;
    expect(board.progress).toBe(100);
    expect(board.grades.good).toBe(2);
    const ranking = (await bumen.get(`/api/assessment/cycles/${cycleId}/ranking`)).body;
    expect(ranking).toHaveLength(5);
    expect(ranking[0].rankInUnit).toBe(1);
    expect(ranking[0].groupSize).toBe(5);
  });

  it('the printable sheet is an A4 page for the cadre and the officer, not for others', async () => {
    const mine = (await me.get('/api/assessment/me/sheets')).body[0];
    const page = await me.get(`/api/assessment/sheets/${mine.id}/print`);
    expect(page.status).toBe(200);
    expect(page.raw).toContain('公务员平时考核登记表');
    expect((await bumen.get(`/api/assessment/sheets/${mine.id}/print`)).status).toBe(200);
    expect((await other.get(`/api/assessment/sheets/${mine.id}/print`)).status).toBe(404);
  });
});

describe('the board and reminders', () => {
  it('a lagging unit is flagged and reminded once a day', async () => {
    const q2 = await zzb.post('/api/assessment/indicators/copy', {
      districtId: env.nodes.district.id,
      from: Q,
      to: '2026Q2',
    });
    expect(q2.body.copied).toBe(3);
    const c = await zzb.post('/api/assessment/cycles', {
      ...dispatchBody(),
      quarter: '2026Q2',
      summaryDue: '2020-01-01',
      reviewDue: '2020-01-02',
      assessDue: '2020-01-03',
      publishDue: '2020-01-04',
    });
    const board = (await zzb.get(`/api/assessment/cycles/${c.body.id}/board`)).body;
    expect(board.units[0]).toMatchObject({ lagging: true, waitingOn: 'cadre' });
    expect((await zzb.post(`/api/assessment/cycles/${c.body.id}/remind`)).body.reminded).toBe(1);
    expect((await zzb.post(`/api/assessment/cycles/${c.body.id}/remind`)).body.reminded).toBe(0);
  });
});

describe('Excel: the library out and in, the ranking out; a cadre exports nothing', () => {
  it('exports a quarter’s library and imports it into another quarter, reporting each bad row', async () => {
    const { readXlsx, xlsxOf, multipart } = await import('../people/people.fixtures.ts');
    const out = await zzb.get(
      `/api/assessment/indicators.xlsx?districtId=${env.nodes.district.id}&quarter=${Q}`,
    );
    expect(out.status).toBe(200);
    const rows = await readXlsx(out.rawPayload);
    expect(rows[0]).toContain('指标名称');
    expect(rows).toHaveLength(4); // header + 3 (the dynamic one stays with its quarter)
    const file = await xlsxOf([
      ...rows,
      ['个性', '', '', '没有部门也没有岗位', '工作实绩度', 10, '计分', 100, '否', ''],
    ]);
    const mp = multipart(file, 'ind.xlsx');
    const imp = await zzb.request(
      'POST',
      `/api/assessment/indicators/import?districtId=${env.nodes.district.id}&quarter=2027Q1`,
      mp.body,
      mp.headers,
    );
    expect(imp.status).toBe(200);
    expect(imp.body.imported).toBe(3);
    expect(imp.body.errors).toEqual([expect.objectContaining({ row: 5, column: 'deptType' })]);
    const lib = (
      await zzb.get(`/api/assessment/indicators?districtId=${env.nodes.district.id}&quarter=2027Q1`)
    ).body;
    expect(lib.items.map((i: { layer: string }) => i.layer)).toEqual(['common', 'common', 'individual']);
  });

  it('the ranking downloads as a workbook for an officer; a cadre gets 403', async () => {
    const x = await bumen.get(`/api/assessment/cycles/${cycleId}/ranking.xlsx`);
    expect(x.status).toBe(200);
    expect(String(x.headers['content-type'])).toContain('spreadsheetml');
    expect((await me.get(`/api/assessment/cycles/${cycleId}/ranking.xlsx`)).status).toBe(403);
    expect(
      (await me.get(`/api/assessment/indicators.xlsx?districtId=${env.nodes.district.id}&quarter=${Q}`))
        .status,
    ).toBe(403);
  });
});
