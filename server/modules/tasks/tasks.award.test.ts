import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { takeOrderSeq } from './tasks.repository.ts';
import { DEFAULT_TASKS_SETTINGS } from './tasks.manifest.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { dayNumber, dayString, evaluate, gapless, planMilestones } from './tasks.rules.ts';
import { apply, publishedList } from '../../testing/tasks.ts';

let env: TestEnv;
let officer: Client;
let street1: Client;
let street2: Client;
const YEAR = Number(shanghaiDay().slice(0, 4));

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('org_officer', 'district');
  street1 = await env.as('street_officer', 'street1');
  street2 = await env.as('street_officer', 'street2');
});
afterAll(() => env.close());

async function issuedSeqs() {
  const rows = await env.db
    .selectFrom('tasks_orders')
    .select(['seq', 'number'])
    .where('district_id', '=', env.nodes.district.id)
    .where('type', '=', 'responsibility')
    .where('status', '=', 'issued')
    .execute();
  return rows;
}

describe('the award is atomic and order numbers are gapless', () => {
  let tasks: string[];
  let apps: Record<string, [string, string]>;

  beforeAll(async () => {
    ({ taskIds: tasks } = await publishedList(env, officer, YEAR, 12));
    apps = {};
    for (const t of tasks)
      apps[t] = [
        await apply(street1, t, env.nodes.street1.id),
        await apply(street2, t, env.nodes.street2.id),
      ];
  });

  it('100 concurrent award requests on one task: exactly one award and one order number', async () => {
    const t = tasks[0];
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        officer.post(`/api/tasks/tasks/${t}/award`, {
          applicationIds: [apps[t][i % 2]],
          commanderName: `指挥${i}`,
        }),
      ),
    );
    const ok = results.filter((r) => r.status === 200);
    expect(ok).toHaveLength(1);
    expect(
      results.filter((r) => r.status === 409).every((r) => r.body.code === 'tasks.already_awarded'),
    ).toBe(true);
    expect(results.filter((r) => r.status !== 200 && r.status !== 409)).toEqual([]);
    expect(ok[0].body.orderNumber).toBe(`福田责〔${YEAR}〕1号`);
    const awards = await env.db.selectFrom('tasks_awards').selectAll().where('task_id', '=', t).execute();
    expect(awards).toHaveLength(1);
    const orders = await env.db
      .selectFrom('tasks_orders')
      .select(['number'])
      .where('task_id', '=', t)
      .execute();
    expect(orders).toEqual([{ number: `福田责〔${YEAR}〕1号` }]);
    const decided = await env.db
      .selectFrom('tasks_applications')
      .select('status')
      .where('task_id', '=', t)
      .orderBy('status')
      .execute();
    expect(decided.map((d) => d.status)).toEqual(['awarded', 'not_awarded']);
  });

  it('a failed transaction after the number was taken gives it back: the series stays gapless', async () => {
    // a rolled-back transaction that took a number
    await env.db
      .transaction()
      .execute(async (trx) => {
        expect(await takeOrderSeq(trx, env.nodes.district.id, YEAR, 'responsibility')).toBe(2);
        throw new Error('forced failure');
      })
      .catch(() => undefined);
    // and an award that fails inside its own transaction after taking its number
    await sql`CREATE TABLE gz_test_fail (on_ boolean)`.execute(env.db);
    await sql`CREATE FUNCTION gz_test_fail_fn() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.status = 'issued' AND EXISTS (SELECT 1 FROM gz_test_fail) THEN RAISE EXCEPTION 'forced'; END IF; RETURN NEW; END $$`.execute(
      env.db,
    );
    await sql`CREATE TRIGGER gz_test_fail_tr BEFORE UPDATE ON tasks_orders FOR EACH ROW EXECUTE FUNCTION gz_test_fail_fn()`.execute(
      env.db,
    );
    await sql`INSERT INTO gz_test_fail VALUES (true)`.execute(env.db);
    const t = tasks[1];
    const failed = await officer.post(`/api/tasks/tasks/${t}/award`, {
      applicationIds: [apps[t][0]],
      commanderName: '赵六',
    });
    expect(failed.status).toBe(500);
    const task = await env.db
      .selectFrom('tasks_tasks')
      .select('status')
      .where('id', '=', t)
      .executeTakeFirstOrThrow();
    expect(task.status).toBe('published'); // the award was rolled back with the number
    await sql`DELETE FROM gz_test_fail`.execute(env.db);
    const res = await officer.post(`/api/tasks/tasks/${t}/award`, {
      applicationIds: [apps[t][0]],
      commanderName: '赵六',
    });
    expect(res.status).toBe(200);
    expect(res.body.orderNumber).toBe(`福田责〔${YEAR}〕2号`);
  });

  it('concurrent awards of ten tasks, each raced 10 times, give ten numbers 3..12 with no gap', async () => {
    const rest = tasks.slice(2);
    const results = await Promise.all(
      rest.flatMap((t) =>
        Array.from({ length: 10 }, (_, i) =>
          officer.post(`/api/tasks/tasks/${t}/award`, {
            applicationIds: [apps[t][i % 2]],
            commanderName: '钱七',
          }),
        ),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(rest.length);
    const seqs = (await issuedSeqs()).map((r) => r.seq!);
    expect(seqs).toHaveLength(12);
    expect(gapless(seqs)).toBe(true);
    const counter = await env.db
      .selectFrom('tasks_order_counters')
      .selectAll()
      .where('district_id', '=', env.nodes.district.id)
      .execute();
    expect(counter).toEqual([
      { district_id: env.nodes.district.id, year: YEAR, type: 'responsibility', last: 12 },
    ]);
  });

  it('issued commendation numbers form their own series (福田嘉)', async () => {
    const t = tasks[2];
    const draft = await officer.post('/api/tasks/orders', {
      taskId: t,
      type: 'commendation',
      reason: '成效显著',
    });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ status: 'draft', number: null });
    const stale = await officer.post(`/api/tasks/orders/${draft.body.id}/issue`, {
      reason: '签发',
      version: draft.body.version + 5,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('error.stale');
    const issued = await officer.post(`/api/tasks/orders/${draft.body.id}/issue`, {
      reason: '签发',
      version: draft.body.version,
    });
    expect(issued.body).toMatchObject({ status: 'issued', number: `福田嘉〔${YEAR}〕1号` });
    const again = await officer.post(`/api/tasks/orders/${draft.body.id}/issue`, {
      reason: '签发',
      version: issued.body.version,
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('tasks.order_not_draft');
  });
});

describe('a task is normal from its award', () => {
  it('the award colours it normal with a history row; the first evaluation writes only a task that lags', async () => {
    const today = shanghaiDay();
    const t0 = dayNumber(today);
    // (one list per district and year, and this year's is taken above) on plan: started today,
    // milestones ahead; lagging: last year's default plan, every milestone due with nothing done
    const onPlan = {
      startDate: today,
      milestones: [
        { title: '方案', weight: 1, dueDate: dayString(t0 + 60) },
        { title: '实施', weight: 3, dueDate: dayString(t0 + 200) },
      ],
      deadline: dayString(t0 + 300),
    };
    const fresh = await publishedList(env, officer, YEAR + 1, 1, onPlan);
    const late = await publishedList(env, officer, YEAR - 1, 2);
    const [freshId, lateId, neverId] = [fresh.taskIds[0], ...late.taskIds];
    for (const id of [freshId, lateId]) {
      const app = await apply(street1, id, env.nodes.street1.id);
      const r = await officer.post(`/api/tasks/tasks/${id}/award`, {
        applicationIds: [app],
        commanderName: '李四',
      });
      expect(r.status).toBe(200);
    }
    const history = (id: string) =>
      env.db
        .selectFrom('tasks_evaluations')
        .select([sql<string>`day::text`.as('day'), 'status', 'planned', 'actual', 'overdue'])
        .where('task_id', '=', id)
        .orderBy('day')
        .execute();
    const row = async (id: string) =>
      (await env.db
        .selectFrom('tasks_tasks')
        .select(['eval_status', 'red_since', sql<string>`xmin::text`.as('xmin')])
        .where('id', '=', id)
        .executeTakeFirst())!;

    // awarded: normal, not red, one history row for the award day with that day's progress
    for (const id of [freshId, lateId]) {
      const view = await officer.get(`/api/tasks/tasks/${id}`);
      expect(view.body).toMatchObject({ status: 'awarded', evalStatus: 'normal', redSince: null });
    }
    const plan = planMilestones(
      onPlan.milestones.map((m) => ({ ...m, percent: 0 })),
      today,
    );
    const expected = evaluate({ milestones: plan, startDate: today }, today, DEFAULT_TASKS_SETTINGS);
    expect(expected.status).toBe('normal');
    const h = await history(freshId);
    expect(h.map((x) => ({ ...x, planned: Number(x.planned), actual: Number(x.actual) }))).toEqual([
      { day: today, status: 'normal', planned: expected.planned, actual: 0, overdue: false },
    ]);
    expect((await history(lateId)).map((x) => x.status)).toEqual(['normal']);
    // the timeline shows the colour at the award, just after it
    const timeline = (await officer.get(`/api/tasks/tasks/${freshId}/timeline`)).body as {
      kind: string;
      status: string | null;
    }[];
    const kinds = timeline.map((x) => x.kind);
    expect(kinds.indexOf('evaluation')).toBe(kinds.indexOf('award') + 1);
    expect(timeline.find((x) => x.kind === 'evaluation')!.status).toBe('normal');
    // never awarded: no colour, no history
    expect((await officer.get(`/api/tasks/tasks/${neverId}`)).body).toMatchObject({
      status: 'published',
      evalStatus: null,
    });
    expect(await history(neverId)).toEqual([]);

    // the first evaluation after the award: the task on plan is not written at all, the lagging one is
    const before = await row(freshId);
    const tomorrow = dayString(t0 + 1);
    await env.services.tasks.runDailyEvaluation({ districtIds: [env.nodes.district.id], day: tomorrow });
    expect(await row(freshId)).toEqual(before);
    expect(await history(freshId)).toHaveLength(1);
    expect(await row(lateId)).toMatchObject({ eval_status: 'red', red_since: tomorrow });
    expect((await history(lateId)).map((x) => [x.day, x.status])).toEqual([
      [today, 'normal'],
      [tomorrow, 'red'],
    ]);
    expect(await row(neverId)).toMatchObject({ eval_status: null, red_since: null });
  });
});
