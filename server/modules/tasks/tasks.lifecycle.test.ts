/**
 * Issue 16's defects and loose ends, and issue 21's 问责令 triggers as seed 000 writes them
 * (对任务进展或排名严重滞后、到期限未达标、涉嫌违法违规的单位和个人出具“问责令”).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { apply, publishedList } from '../../testing/tasks.ts';

let env: TestEnv;
let officer: Client;
let officer2: Client;
let street1: Client;
let street2: Client;

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('org_officer', 'district');
  officer2 = await env.as('org_officer', 'district2');
  street1 = await env.as('street_officer', 'street1');
  street2 = await env.as('street_officer', 'street2');
});
afterAll(() => env.close());

const run = (day: string) =>
  env.services.tasks.runDailyEvaluation({ districtIds: [env.nodes.district.id], day });

async function award(taskId: string, units: [Client, string][], commanderName = '李四') {
  const ids = [];
  for (const [c, node] of units) ids.push(await apply(c, taskId, node));
  const r = await officer.post(`/api/tasks/tasks/${taskId}/award`, { applicationIds: ids, commanderName });
  if (r.status !== 200) throw new Error(r.raw);
  return r.body;
}

async function finish(c: Client, taskId: string, actual?: number) {
  for (const seq of [1, 2])
    await c.post(`/api/tasks/tasks/${taskId}/reports`, {
      clientId: uuidv7(),
      milestoneSeq: seq,
      percent: 100,
      ...(actual === undefined ? {} : { indicatorValues: [{ index: 0, actual }] }),
    });
}

describe('每日研判 and days to come (issue 16 #3)', () => {
  it('an officer may not evaluate a day after today (Asia/Shanghai): 422 on day, nothing recorded', async () => {
    const tomorrow = new Date(Date.parse(shanghaiDay() + 'T00:00:00Z') + 86_400_000)
      .toISOString()
      .slice(0, 10);
    const r = await officer.post('/api/tasks/evaluate', { districtId: env.nodes.district.id, day: tomorrow });
    expect(r.status).toBe(422);
    expect(r.body.errors).toEqual([
      expect.objectContaining({ field: 'day', message: '研判日期不能晚于今天' }),
    ]);
    const en = await officer.post('/api/tasks/evaluate?lang=en-US', { day: tomorrow });
    expect(en.body.errors[0].message).toBe('The day evaluated cannot be after today');
    const runs = await env.db.selectFrom('tasks_evaluation_runs').selectAll().execute();
    expect(runs.filter((x) => x.last_day >= tomorrow)).toEqual([]);
    expect((await officer.post('/api/tasks/evaluate', { day: shanghaiDay() })).status).toBe(200);
  });
});

describe('cancel and withdraw (issue 16 loose ends)', () => {
  it('a published task is cancelled with a reason: off the board, applications declined, the unit told, audited', async () => {
    const { taskIds } = await publishedList(env, officer, 2030, 2);
    const [t] = taskIds;
    await apply(street1, t, env.nodes.street1.id);
    const detail = (await officer.get(`/api/tasks/tasks/${t}`)).body;
    expect(detail.can.cancel).toBe(true);
    expect(detail.code).toBe('榜2030-001');
    expect((await street1.get(`/api/tasks/tasks/${t}`)).body.can.cancel).toBe(false);
    expect((await street1.post(`/api/tasks/tasks/${t}/cancel`, { reason: 'x', version: 1 })).status).toBe(
      403,
    );
    expect((await officer2.post(`/api/tasks/tasks/${t}/cancel`, { reason: 'x', version: 1 })).status).toBe(
      404,
    );
    expect(
      (await officer.post(`/api/tasks/tasks/${t}/cancel`, { reason: '', version: detail.version })).status,
    ).toBe(400);
    const stale = await officer.post(`/api/tasks/tasks/${t}/cancel`, { reason: '并入其他任务', version: 99 });
    expect(stale.status).toBe(409);
    const ok = await officer.post(`/api/tasks/tasks/${t}/cancel`, {
      reason: '并入其他任务',
      version: detail.version,
    });
    expect(ok.body).toMatchObject({ status: 'cancelled' });
    expect((await officer.get(`/api/tasks/tasks/${t}`)).body.cancelReason).toBe('并入其他任务');
    const board = (await officer.get('/api/tasks/tasks?kind=list_task')).body.map(
      (x: { id: string }) => x.id,
    );
    expect(board).not.toContain(t);
    const apps = (await officer.get(`/api/tasks/tasks/${t}/applications`)).body;
    expect(apps[0].status).toBe('not_awarded');
    const inbox = (await street1.get('/api/notify/inbox')).body.filter(
      (n: any) => n.kind === 'tasks.cancelled',
    );
    expect(inbox[0].title).toContain('并入其他任务');
    const audit = await env.db.selectFrom('audit_log').select('action').where('object_id', '=', t).execute();
    expect(audit.map((a) => a.action)).toContain('tasks.task.cancel');
    // an awarded task cannot be cancelled
    await award(taskIds[1], [[street2, env.nodes.street2.id]]);
    const v = (await officer.get(`/api/tasks/tasks/${taskIds[1]}`)).body;
    expect(v.can.cancel).toBe(false);
    const no = await officer.post(`/api/tasks/tasks/${taskIds[1]}/cancel`, {
      reason: '撤',
      version: v.version,
    });
    expect(no.status).toBe(409);
  });

  it('揭榜 is hidden once the unit applied, and back after it withdraws (issue 16 #12)', async () => {
    const { taskIds } = await publishedList(env, officer, 2031, 1);
    const [t] = taskIds;
    expect((await street1.get(`/api/tasks/tasks/${t}`)).body.can.apply).toBe(true);
    const a = await apply(street1, t, env.nodes.street1.id);
    expect((await street1.get(`/api/tasks/tasks/${t}`)).body.can.apply).toBe(false);
    expect((await street2.get(`/api/tasks/tasks/${t}`)).body.can.apply).toBe(true);
    expect((await street2.post(`/api/tasks/applications/${a}/withdraw`)).status).toBe(404);
    expect((await officer.post(`/api/tasks/applications/${a}/withdraw`)).status).toBe(403);
    const w = await street1.post(`/api/tasks/applications/${a}/withdraw`);
    expect(w.body).toEqual({ id: a, status: 'withdrawn' });
    expect((await street1.post(`/api/tasks/applications/${a}/withdraw`)).status).toBe(409);
    expect((await street1.get(`/api/tasks/tasks/${t}`)).body.can.apply).toBe(true);
    await apply(street1, t, env.nodes.street1.id);
  });
});

describe('indicators, orders by hand, joint units (issue 16 #4, #10, #12)', () => {
  it('a unit reports an indicator after completion; the evaluation then drafts the 嘉奖令 (seed 000: 对完成责任令达到预期效果的单位给予嘉奖令)', async () => {
    const { taskIds } = await publishedList(env, officer, 2032, 1);
    const [t] = taskIds;
    await award(t, [[street1, env.nodes.street1.id]]);
    await finish(street1, t);
    const day = shanghaiDay();
    expect((await run(day)).commendationDrafts).toBe(0);
    const d = (await street1.get(`/api/tasks/tasks/${t}`)).body;
    expect(d.can.reportIndicators).toBe(true);
    expect(
      (
        await street2.post(`/api/tasks/tasks/${t}/indicators`, {
          values: [{ index: 0, actual: 11 }],
          version: d.version,
        })
      ).status,
    ).toBe(404);
    const bad = await street1.post(`/api/tasks/tasks/${t}/indicators`, {
      values: [{ index: 5, actual: 1 }],
      version: d.version,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('values.0.index');
    const r = await street1.post(`/api/tasks/tasks/${t}/indicators`, {
      values: [{ index: 0, actual: 11 }],
      version: d.version,
    });
    expect(r.body).toMatchObject({ allMet: true, indicators: [{ actual: 11 }] });
    expect((await run(day)).commendationDrafts).toBe(1);
    const [o] = (await officer.get(`/api/tasks/orders?type=commendation&taskId=${t}`)).body;
    expect(o).toMatchObject({
      trigger: 'target_met',
      origin: 'evaluation',
      can: { issue: true, edit: true },
    });
    expect((await street1.get(`/api/tasks/orders/${o.id}`)).body.can).toMatchObject({
      issue: false,
      edit: false,
    });
  });

  it('joint units: the ledger and the leaderboard both count the accountability order for every unit', async () => {
    const { taskIds } = await publishedList(env, officer, 2033, 1);
    const [t] = taskIds;
    await award(t, [
      [street1, env.nodes.street1.id],
      [street2, env.nodes.street2.id],
    ]);
    const draft = await officer.post('/api/tasks/orders', {
      taskId: t,
      type: 'accountability',
      reason: '推进不力',
    });
    expect(draft.body).toMatchObject({ origin: 'officer', trigger: null });
    expect(draft.body.units.map((u: { name: string }) => u.name).sort()).toEqual(
      ['福田街道', '香蜜湖街道'].sort(),
    );
    // 容错: while the unit's application is pending, 签发 is not offered and refused
    const x = await street2.post('/api/tasks/exemptions', {
      orderId: draft.body.id,
      grounds: '先行先试',
      innovation: '改革创新',
    });
    expect(x.status).toBe(200);
    const pending = (await officer.get(`/api/tasks/orders/${draft.body.id}`)).body;
    expect(pending.can).toMatchObject({ issue: false, decideExemption: true });
    expect(
      (
        await officer.post(`/api/tasks/orders/${draft.body.id}/issue`, {
          reason: '签',
          version: pending.version,
        })
      ).status,
    ).toBe(409);
    await officer.post(`/api/tasks/exemptions/${x.body.id}/decide`, { decision: 'refuse', reason: '不符合' });
    const o = (await officer.get(`/api/tasks/orders/${draft.body.id}`)).body;
    expect(o.can.issue).toBe(true);
    await officer.post(`/api/tasks/orders/${o.id}/issue`, { reason: '签发', version: o.version });
    for (const node of [env.nodes.street1.id, env.nodes.street2.id]) {
      const ledger = (
        await officer.get(`/api/tasks/orders?type=accountability&status=issued&unitNodeId=${node}`)
      ).body;
      expect(ledger.map((r: { id: string }) => r.id)).toContain(o.id);
    }
    const board = (await officer.get(`/api/tasks/leaderboard?districtId=${env.nodes.district.id}&year=2033`))
      .body;
    expect(board.units.map((u: { accountabilities: number }) => u.accountabilities)).toEqual([1, 1]);
    const s2 = (await street2.get(`/api/tasks/orders/${o.id}`)).body;
    expect(s2.can).toMatchObject({ acknowledge: true, issue: false });
  });
});

describe('问责令 triggers with district thresholds (issue 21 item 1, seed 000)', () => {
  it('seed 000 到期限未达标: a task completed with an indicator unmet gets a 问责令 after the grace days', async () => {
    const body = (await officer.get(`/api/tasks/settings?districtId=${env.nodes.district.id}`)).body;
    expect(body).toMatchObject({ rankingLagPlaces: 3, rankingLagDays: 30, indicatorGraceDays: 15 });
    const put = await officer.put('/api/tasks/settings', {
      districtId: env.nodes.district.id,
      yellowMargin: body.yellowMargin,
      redMargin: body.redMargin,
      redDaysForAccountability: body.redDaysForAccountability,
      deadlineNoticeDays: body.deadlineNoticeDays,
      rankingLagPlaces: 1,
      rankingLagDays: 2,
      indicatorGraceDays: 10,
      version: body.version,
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ rankingLagPlaces: 1, rankingLagDays: 2, indicatorGraceDays: 10 });
    const { taskIds } = await publishedList(env, officer, 2034, 1, { deadline: '2034-12-31' });
    const [t] = taskIds;
    await award(t, [[street1, env.nodes.street1.id]]);
    await finish(street1, t, 8); // target 10: unmet
    const drafts = async () => (await officer.get(`/api/tasks/orders?type=accountability&taskId=${t}`)).body;
    await run('2035-01-10'); // within the 10 grace days
    expect(await drafts()).toEqual([]);
    await run('2035-01-11');
    const [o] = await drafts();
    expect(o).toMatchObject({ trigger: 'indicators_unmet', proposalReason: 'tasks.why.indicators_unmet' });
  });

  it("seed 000 任务进展或排名严重滞后: the last place of the ranking for the district's days gets a 问责令, the others none", async () => {
    const { taskIds } = await publishedList(env, officer, 2036, 3, { startDate: '2036-01-01' });
    for (const t of taskIds) await award(t, [[street1, env.nodes.street1.id]]);
    // two tasks report their first milestone; the third reports nothing and falls to the last place
    for (const t of taskIds.slice(0, 2))
      await street1.post(`/api/tasks/tasks/${t}/reports`, {
        clientId: uuidv7(),
        milestoneSeq: 1,
        percent: 100,
      });
    await run('2036-03-01');
    const lag = await env.db
      .selectFrom('tasks_tasks')
      .select(['id', 'lag_since'])
      .where('id', 'in', taskIds)
      .execute();
    expect(lag.filter((x) => x.lag_since).map((x) => x.id)).toEqual([taskIds[2]]);
    const orders = async () =>
      (await officer.get('/api/tasks/orders?type=accountability')).body.filter((o: { taskId: string }) =>
        taskIds.includes(o.taskId),
      );
    await run('2036-03-02');
    expect(await orders()).toEqual([]);
    await run('2036-03-03');
    expect(await orders()).toEqual([expect.objectContaining({ taskId: taskIds[2], trigger: 'ranking_lag' })]);
  });

  it('seed 000 涉嫌违法违规: a recorded violation drafts the 问责令 with its trigger', async () => {
    const { taskIds } = await publishedList(env, officer, 2037, 1);
    const [t] = taskIds;
    await award(t, [[street1, env.nodes.street1.id]]);
    await officer.post(`/api/tasks/tasks/${t}/violations`, {
      description: '违规转包',
      occurredOn: '2026-11-01',
    });
    await run(shanghaiDay());
    const [o] = (await officer.get(`/api/tasks/orders?type=accountability&taskId=${t}`)).body;
    expect(o.trigger).toBe('violation');
  });
});
