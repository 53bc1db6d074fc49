import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../platform/ids.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { DEFAULT_TASKS_SETTINGS } from './tasks.manifest.ts';
import { dayNumber, dayString, evaluate, planMilestones } from './tasks.rules.ts';
import {
  apply,
  insertAwardedTask,
  insertPublishedList,
  publishedList,
  taskBody,
} from '../../testing/tasks.ts';

let env: TestEnv;
let officer: Client;
let street1: Client;
let street2: Client;

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('org_officer', 'district');
  street1 = await env.as('street_officer', 'street1');
  street2 = await env.as('street_officer', 'street2');
});
afterAll(() => env.close());

describe('the set-based evaluation equals the pure rules', () => {
  it('for 150 random in-progress tasks, colours, planned and actual match evaluate() (property data)', async () => {
    const d = env.nodes.district2.id;
    const listId = await insertPublishedList(env, d, '性质测试');
    const arb = fc.array(
      fc.record({
        start: fc.integer({ min: 0, max: 200 }),
        ms: fc.array(
          fc.record({
            offset: fc.integer({ min: 0, max: 300 }),
            weight: fc.integer({ min: 1, max: 20 }),
            percent: fc.integer({ min: 0, max: 100 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
      }),
      { minLength: 150, maxLength: 150 },
    );
    const samples = fc.sample(arb, { numRuns: 1, seed: 42 })[0];
    const base = dayNumber('2026-01-01');
    const expected = new Map<string, ReturnType<typeof evaluate>>();
    const day = '2026-07-01';
    let no = 0;
    for (const s of samples) {
      const start = dayString(base + s.start);
      const plan = planMilestones(
        s.ms.map((m) => ({
          dueDate: dayString(base + s.start + m.offset),
          weight: m.weight,
          percent: m.percent,
        })),
        start,
      );
      const id = await insertAwardedTask(env, { districtId: d, listId, no: ++no, start, milestones: plan });
      expected.set(id, evaluate({ milestones: plan, startDate: start }, day, DEFAULT_TASKS_SETTINGS));
    }
    const r = await env.services.tasks.runDailyEvaluation({ districtIds: [d], day });
    expect(r.evaluated).toBe(150);
    const rows = await env.db
      .selectFrom('tasks_evaluations')
      .selectAll()
      .where('district_id', '=', d)
      .where('day', '=', day)
      .execute();
    expect(rows).toHaveLength(150);
    const colours = new Set<string>();
    for (const row of rows) {
      const e = expected.get(row.task_id)!;
      expect(Number(row.planned)).toBeCloseTo(e.planned, 2);
      expect(Number(row.actual)).toBeCloseTo(e.actual, 2);
      expect(row.overdue).toBe(e.overdue);
      expect(row.status).toBe(e.status);
      colours.add(row.status);
    }
    expect([...colours].sort()).toEqual(['normal', 'red', 'yellow']); // the sample exercises every colour
    const tasks = await env.db
      .selectFrom('tasks_tasks')
      .select(['id', 'eval_status', 'red_since'])
      .where('list_id', '=', listId)
      .execute();
    for (const t of tasks) {
      expect(t.eval_status).toBe(expected.get(t.id)!.status);
      expect(t.red_since).toBe(t.eval_status === 'red' ? day : null);
    }
    // the whole run is one audit entry per district, naming every colour change
    const audit = await env.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('object_id', '=', d)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['tasks.evaluate']);
    expect((audit[0].detail as any).changed).toHaveLength(150);
  });
});

describe('bottom-up proposals', () => {
  it('a unit proposes; the department approves one (a task appears), merges one, rejects one, each with a reason', async () => {
    const list = await officer.post('/api/tasks/lists', {
      districtId: env.nodes.district.id,
      year: 2027,
      title: '2027年任务榜',
    });
    const propose = (title: string) =>
      street1.post('/api/tasks/proposals', {
        ...taskBody(2027, { title }),
        listId: list.body.id,
        proposerNodeId: env.nodes.street1.id,
        rationale: '群众呼声强烈',
      });
    const a = await propose('老旧小区加装电梯');
    const b = await propose('加装电梯二期');
    const c = await propose('不合适的提案');
    expect([a.status, b.status, c.status]).toEqual([200, 200, 200]);
    const outside = await street1.post('/api/tasks/proposals', {
      ...taskBody(2027),
      listId: list.body.id,
      proposerNodeId: env.nodes.street2.id,
    });
    expect(outside.status).toBe(422);
    expect(outside.body.errors[0].field).toBe('proposerNodeId');

    const approved = await officer.post(`/api/tasks/proposals/${a.body.id}/decide`, {
      decision: 'approve',
      reason: '列入年度任务',
    });
    expect(approved.body).toMatchObject({ status: 'approved', decisionReason: '列入年度任务' });
    const task = await officer.get(`/api/tasks/tasks/${approved.body.taskId}`);
    expect(task.body).toMatchObject({ source: 'bottom_up', responsibleName: '福田街道', status: 'draft' });
    const merged = await officer.post(`/api/tasks/proposals/${b.body.id}/decide`, {
      decision: 'merge',
      reason: '与电梯任务合并',
      mergeIntoTaskId: approved.body.taskId,
    });
    expect(merged.body).toMatchObject({ status: 'merged', taskId: approved.body.taskId });
    const rejected = await officer.post(`/api/tasks/proposals/${c.body.id}/decide`, {
      decision: 'reject',
      reason: '不属于区级任务',
    });
    expect(rejected.body.status).toBe('rejected');
    const twice = await officer.post(`/api/tasks/proposals/${c.body.id}/decide`, {
      decision: 'approve',
      reason: '再议',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('tasks.proposal_decided');
    // a unit sees only its own unit's proposals; the department sees all
    expect((await street2.get(`/api/tasks/lists/${list.body.id}/proposals`)).body).toEqual([]);
    expect((await street1.get(`/api/tasks/lists/${list.body.id}/proposals`)).body).toHaveLength(3);
    expect((await officer.get(`/api/tasks/lists/${list.body.id}/proposals`)).body).toHaveLength(3);
    const other = await env.as('street_officer', 'street3');
    expect((await other.get(`/api/tasks/lists/${list.body.id}/proposals`)).status).toBe(404);
    expect(
      (await street1.get('/api/notify/inbox')).body.filter((n: any) => n.kind === 'tasks.proposal_decided'),
    ).toHaveLength(3);
  });
});

describe('party-building project claiming 党建项目认领 (the same claiming machinery)', () => {
  it('a community lists a project, a unit and a party branch claim it, beneficiaries are counted, no order is issued', async () => {
    const community = await env.as('community_officer', 'community11');
    const p = await community.post('/api/tasks/party-projects', {
      ownerNodeId: env.nodes.community11.id,
      year: 2026,
      title: '长者饭堂志愿服务',
      goal: '为辖区长者提供助餐服务',
      milestones: [{ title: '开办', weight: 1, dueDate: '2026-12-31' }],
      deadline: '2026-12-31',
      startDate: '2026-01-01',
    });
    expect(p.status).toBe(200);
    const branch = await env.services.org.createPartyOrg(officer.ctx, {
      nodeId: env.nodes.street2.id,
      kind: 'branch',
      name: '香蜜湖街道机关第一支部',
    });
    const a1 = await apply(street1, p.body.id, env.nodes.street1.id);
    const a2 = await street2.post(`/api/tasks/tasks/${p.body.id}/applications`, {
      applicantNodeId: env.nodes.street2.id,
      partyOrgId: branch.id,
      plan: '支部党员每周轮值',
    });
    expect(a2.status).toBe(200);
    const badBranch = await street1.post(`/api/tasks/tasks/${p.body.id}/applications`, {
      applicantNodeId: env.nodes.street1.id,
      partyOrgId: branch.id,
      plan: 'x',
    });
    expect(badBranch.status).toBe(422);
    const award = await community.post(`/api/tasks/party-projects/${p.body.id}/award`, {
      applicationIds: [a1, a2.body.id],
      commanderName: '刘书记',
      beneficiaries: 120,
    });
    expect(award.status).toBe(200);
    expect(award.body).toMatchObject({ orderId: null, orderNumber: null });
    const other = await env.as('community_officer', 'community21');
    expect((await other.get(`/api/tasks/tasks/${p.body.id}`)).status).toBe(404);
    const sum = await officer.get(
      `/api/tasks/party-projects/summary?districtId=${env.nodes.district.id}&year=2026`,
    );
    expect(sum.body).toEqual({ projects: 1, claimed: 1, claimingUnits: 2, beneficiaries: 120 });
    await street2.post(`/api/tasks/tasks/${p.body.id}/reports`, {
      clientId: uuidv7(),
      milestoneSeq: 1,
      percent: 100,
      beneficiaries: 300,
    });
    const after = await officer.get(
      `/api/tasks/party-projects/summary?districtId=${env.nodes.district.id}&year=2026`,
    );
    expect(after.body.beneficiaries).toBe(300);
    expect((await officer.get(`/api/tasks/tasks/${p.body.id}`)).body.status).toBe('completed');
  });
});

describe('commendation, consequences and the cadre-assessment feed', () => {
  it('a task completed on time with indicators met is proposed for commendation; issued, its points reach the unit and the person', async () => {
    const { taskIds } = await publishedList(env, officer, 2028, 1);
    const t = taskIds[0];
    const a = await apply(street1, t, env.nodes.street1.id);
    const personId = uuidv7();
    await officer.post(`/api/tasks/tasks/${t}/award`, {
      applicationIds: [a],
      commanderName: '陈八',
      commanderPersonId: personId,
    });
    for (const seq of [1, 2])
      await street1.post(`/api/tasks/tasks/${t}/reports`, {
        clientId: uuidv7(),
        milestoneSeq: seq,
        percent: 100,
        indicatorValues: [{ index: 0, actual: 12 }],
      });
    const done = await officer.get(`/api/tasks/tasks/${t}`);
    expect(done.body).toMatchObject({ status: 'completed', actualProgress: 100 });
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const ev = await officer.post('/api/tasks/evaluate', { districtId: env.nodes.district.id, day: today });
    expect(ev.body.commendationDrafts).toBe(1);
    const [draft] = (await officer.get(`/api/tasks/orders?type=commendation&taskId=${t}`)).body;
    expect(draft).toMatchObject({ status: 'draft', proposalReason: 'tasks.why.completed_on_time' });
    const edited = await officer.patch(`/api/tasks/orders/${draft.id}`, {
      title: '关于嘉奖福田街道的决定',
      reason: '措辞',
      version: draft.version,
    });
    expect(edited.body.title).toBe('关于嘉奖福田街道的决定');
    const issued = await officer.post(`/api/tasks/orders/${draft.id}/issue`, {
      reason: '同意',
      version: edited.body.version,
    });
    expect(issued.body.number).toMatch(/^福田嘉〔\d{4}〕\d+号$/);
    const early = await officer.post(`/api/tasks/orders/${draft.id}/consequences`, {
      items: [{ kind: 'award', points: 5 }],
    });
    expect(early.status).toBe(200);
    await officer.post(`/api/tasks/orders/${draft.id}/consequences`, {
      items: [
        { kind: 'public_notice', note: '全区通报表扬' },
        { kind: 'highlight_points', points: 3 },
      ],
    });
    const feed = await env.services.tasks.ordersAndPoints({
      nodeId: env.nodes.street1.id,
      from: '2026-01-01',
      to: '2030-12-31',
    });
    expect(feed.orders.map((o) => o.type).sort()).toEqual(['commendation', 'responsibility']);
    expect(feed.totalPoints).toBe(8);
    const person = await officer.get(`/api/tasks/points?personId=${personId}&from=2026-01-01&to=2030-12-31`);
    expect(person.body.totalPoints).toBe(8);
    expect(person.body.consequences).toHaveLength(3);
    const board = await officer.get(`/api/tasks/leaderboard?districtId=${env.nodes.district.id}&year=2028`);
    expect(board.body.units[0]).toMatchObject({
      rank: 1,
      name: '福田街道',
      completedOnTime: 1,
      commendations: 1,
      points: 8,
    });
    expect(
      (await street1.get(`/api/tasks/points?nodeId=${env.nodes.street1.id}&from=2026-01-01&to=2030-12-31`))
        .status,
    ).toBe(403);
    const audit = await env.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', draft.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((x) => x.action)).toEqual([
      'tasks.order.edit',
      'tasks.order.issue',
      'tasks.order.consequences',
      'tasks.order.consequences',
    ]);
  });

  it('tells the unit once when a deadline is within N days', async () => {
    const { taskIds } = await publishedList(env, officer, 2029, 1);
    const a = await apply(street2, taskIds[0], env.nodes.street2.id);
    await officer.post(`/api/tasks/tasks/${taskIds[0]}/award`, {
      applicationIds: [a],
      commanderName: '周九',
    });
    // days to come: the scheduler's entry (an officer's run refuses a day after today)
    const run = async (day: string) => ({
      body: await env.services.tasks.runDailyEvaluation({ districtIds: [env.nodes.district.id], day }),
    });
    expect((await run('2029-12-20')).body.deadlineNotices).toBe(0);
    expect((await run('2029-12-24')).body.deadlineNotices).toBe(1);
    expect((await run('2029-12-25')).body.deadlineNotices).toBe(0);
    const inbox = (await street2.get('/api/notify/inbox')).body.filter(
      (n: any) => n.kind === 'tasks.deadline',
    );
    expect(inbox).toHaveLength(1);
    expect((await street2.get('/api/notify/unread-count')).body.unread).toBeGreaterThan(0);
    await street2.post(`/api/notify/${inbox[0].id}/read`);
    const again = (await street2.get('/api/notify/inbox?unread=1')).body.map((n: any) => n.id);
    expect(again).not.toContain(inbox[0].id);
    expect((await street1.post(`/api/notify/${inbox[0].id}/read`)).status).toBe(404);
  });
});

describe('who sees an awarded task (one case per role, in and out of scope)', () => {
  let taskId: string;
  beforeAll(async () => {
    const { taskIds } = await publishedList(env, officer, 2032, 1);
    taskId = taskIds[0];
    const a = await apply(street1, taskId, env.nodes.street1.id);
    await officer.post(`/api/tasks/tasks/${taskId}/award`, { applicationIds: [a], commanderName: '吴十' });
  });
  it.each([
    ['org_officer', 'district', 200],
    ['org_officer', 'district2', 404],
    ['street_officer', 'street1', 200],
    ['street_officer', 'street2', 404],
    ['community_officer', 'community11', 404],
    ['dept_officer', 'dept', 404],
    ['cadre', 'street1', 200],
    ['cadre', 'street2', 404],
    ['grid_worker', 'grid111', 403],
    ['resident', 'building', 403],
    ['auditor', 'district', 403],
    ['sys_admin', 'city', 403],
  ] as const)('%s on %s → %d', async (role, node, status) => {
    const c = await env.as(role, node);
    expect((await c.get(`/api/tasks/tasks/${taskId}`)).status).toBe(status);
  });
  it.each([
    ['street_officer', 'street1', 200],
    ['cadre', 'street1', 200],
    ['street_officer', 'street2', 404],
    ['org_officer', 'district', 403],
  ] as const)('report as %s on %s → %d', async (role, node, status) => {
    const c = await env.as(role, node);
    const res = await c.post(`/api/tasks/tasks/${taskId}/reports`, {
      clientId: uuidv7(),
      milestoneSeq: 1,
      percent: 10,
    });
    expect(res.status).toBe(status);
  });
});
