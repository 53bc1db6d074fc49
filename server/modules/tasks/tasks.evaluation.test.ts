import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { DEFAULT_TASKS_SETTINGS } from './tasks.manifest.ts';
import { insertAwardedTask, insertPublishedList } from '../../testing/tasks.ts';
import {
  dayNumber,
  dayString,
  evaluate,
  nextRedSince,
  planMilestones,
  type EvalStatus,
  type Milestone,
} from './tasks.rules.ts';

let env: TestEnv;
let officer: Client;
let d: string;
let listId: string;

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('org_officer', 'district');
  d = env.nodes.district.id;
  listId = await insertPublishedList(env, d, '评估');
});
afterAll(() => env.close());

let no = 0;
/** An awarded task and its milestones written straight into the tables (as a load or an import would). */
function insertTask(start: string, ms: (Milestone & { plannedFrom: string })[]) {
  return insertAwardedTask(env, {
    districtId: d,
    listId,
    no: ++no,
    start,
    responsible: { nodeId: env.nodes.street1.id, name: '福田街道' },
    milestones: ms,
  });
}

describe('the daily evaluation from the task rows equals the pure rules day after day', () => {
  it('120 random tasks, 30 runs, reports and deleted milestones in between: colours, red-since, history and planned progress', async () => {
    const base = dayNumber('2026-01-01');
    const samples = fc.sample(
      fc.array(
        fc.record({
          start: fc.integer({ min: 0, max: 120 }),
          // decimal weights and percentages: the sums must be taken in the rules' order to agree
          ms: fc.array(
            fc.record({
              offset: fc.integer({ min: 0, max: 300 }),
              weight: fc.integer({ min: 1, max: 400 }).map((w) => w / 10),
              percent: fc.integer({ min: 0, max: 100_000 }).map((p) => (p % 3 === 0 ? 100 : p / 1000)),
            }),
            { minLength: 1, maxLength: 8 },
          ),
          // a plan not in planMilestones() order: seq follows the input, each plan starts at the
          // previous milestone's due date in seq order (what the rules read), dates unsorted
          unsorted: fc.boolean(),
        }),
        { minLength: 120, maxLength: 120 },
      ),
      { numRuns: 1, seed: 7 },
    )[0];
    const tasks: { id: string; start: string; ms: (Milestone & { plannedFrom: string })[] }[] = [];
    for (const s of samples) {
      const start = dayString(base + s.start);
      const raw = s.ms.map((m) => ({
        title: 'm',
        dueDate: dayString(base + s.start + m.offset),
        weight: m.weight,
        percent: m.percent,
      }));
      const ms = s.unsorted
        ? raw.map((m, i) => ({ ...m, seq: i + 1, plannedFrom: i === 0 ? start : raw[i - 1].dueDate }))
        : planMilestones(raw, start);
      tasks.push({ id: await insertTask(start, ms), start, ms });
    }
    // ties: exactly 10 and exactly 25 points behind on 2026-03-06 (yellow and red at the margins)
    for (const percent of [40, 25]) {
      const ms = planMilestones([{ dueDate: '2026-03-11', weight: 1, percent }], '2026-03-01');
      tasks.push({ id: await insertTask('2026-03-01', ms), start: '2026-03-01', ms });
    }
    expect(samples.filter((s) => s.unsorted && s.ms.length > 1).length).toBeGreaterThan(10);

    const prev = new Map<string, { status: EvalStatus | null; redSince: string | null }>();
    const changes = new Map<string, { day: string; status: EvalStatus; planned: number }[]>();
    const seen = new Set<string>();
    const rnd = fc.sample(fc.integer({ min: 0, max: 1_000_000 }), { numRuns: 4000, seed: 11 });
    let r = 0;
    const next = () => rnd[r++ % rnd.length];
    let day = dayNumber('2026-03-01');
    let last = '';
    for (let run = 0; run < 30; run++) {
      day += 1 + (next() % 9);
      const today = dayString(day);
      const res = await env.services.tasks.runDailyEvaluation({ districtIds: [d], day: today });
      expect(res.evaluated).toBe(tasks.filter((t) => t.ms.length > 0).length);
      const rows = await env.db
        .selectFrom('tasks_tasks')
        .select(['id', 'eval_status', 'red_since'])
        .where('list_id', '=', listId)
        .execute();
      const byId = new Map(rows.map((x) => [x.id, x]));
      for (const t of tasks) {
        if (!t.ms.length) continue;
        const e = evaluate({ milestones: t.ms, startDate: t.start }, today, DEFAULT_TASKS_SETTINGS);
        const p = prev.get(t.id) ?? { status: null, redSince: null };
        const redSince = nextRedSince(p.status, p.redSince, e.status, today);
        const got = byId.get(t.id)!;
        expect({ task: t.id, day: today, status: got.eval_status, redSince: got.red_since }).toEqual({
          task: t.id,
          day: today,
          status: e.status,
          redSince,
        });
        if (e.status !== p.status)
          changes.set(t.id, [
            ...(changes.get(t.id) ?? []).filter((c) => c.day !== today),
            { day: today, status: e.status, planned: e.planned },
          ]);
        seen.add(e.status);
        prev.set(t.id, { status: e.status, redSince });
      }
      last = today;
      // reports between runs: new percentages on random milestones (the summary follows the update)
      for (let k = 0; k < 25; k++) {
        const t = tasks[next() % tasks.length];
        if (!t.ms.length) continue;
        const m = t.ms[next() % t.ms.length];
        m.percent = next() % 4 === 0 ? 100 : (next() % 100_000) / 1000;
        await env.db
          .updateTable('tasks_milestones')
          .set({ percent: m.percent })
          .where('district_id', '=', d)
          .where('task_id', '=', t.id)
          .where('seq', '=', m.seq)
          .execute();
      }
      // a milestone removed from a plan (its last one, so the rest keep their plans)
      if (run % 6 === 3) {
        const t = tasks[next() % tasks.length];
        const m = t.ms.pop();
        if (m)
          await env.db
            .deleteFrom('tasks_milestones')
            .where('district_id', '=', d)
            .where('task_id', '=', t.id)
            .where('seq', '=', m.seq)
            .execute();
      }
    }
    expect([...seen].sort()).toEqual(['normal', 'red', 'yellow']);

    // the history holds exactly the colour changes, with the day's planned progress
    const history = await env.db
      .selectFrom('tasks_evaluations')
      .select(['task_id', sql<string>`day::text`.as('day'), 'status', 'planned'])
      .where('district_id', '=', d)
      .orderBy('task_id')
      .orderBy('day')
      .execute();
    const expected = [...changes.entries()]
      .flatMap(([id, cs]) => cs.map((c) => ({ task_id: id, day: c.day, status: c.status })))
      .sort((a, b) => a.task_id.localeCompare(b.task_id) || a.day.localeCompare(b.day));
    expect(history.map((h) => ({ task_id: h.task_id, day: h.day, status: h.status }))).toEqual(expected);
    for (const h of history) {
      const c = changes.get(h.task_id)!.find((x) => x.day === h.day)!;
      expect(Number(h.planned)).toBeCloseTo(c.planned, 2);
    }
    expect(history.length).toBeLessThan(tasks.length * 30); // not one row per task per day

    // a task shows the planned progress of the latest evaluation; its timeline lists the changes
    for (const t of tasks.slice(0, 12)) {
      if (!t.ms.length) continue;
      const view = await officer.get(`/api/tasks/tasks/${t.id}`);
      expect(view.status).toBe(200);
      const e = evaluate({ milestones: t.ms, startDate: t.start }, last, DEFAULT_TASKS_SETTINGS);
      expect(view.body.plannedProgress).toBeCloseTo(e.planned, 2);
      const timeline = await officer.get(`/api/tasks/tasks/${t.id}/timeline`);
      const evals = timeline.body.filter((x: { kind: string }) => x.kind === 'evaluation');
      expect(evals.map((x: { status: string }) => x.status)).toEqual(changes.get(t.id)!.map((c) => c.status));
    }
  });

  it('a plan edited after a run is evaluated with its new dates', async () => {
    const ms = planMilestones(
      [
        { dueDate: '2026-04-30', weight: 1, percent: 0 },
        { dueDate: '2026-08-31', weight: 1, percent: 0 },
      ],
      '2026-01-01',
    );
    const id = await insertTask('2026-01-01', ms);
    const colour = async () =>
      (await env.db.selectFrom('tasks_tasks').select('eval_status').where('id', '=', id).executeTakeFirst())!
        .eval_status;
    await env.services.tasks.runDailyEvaluation({ districtIds: [d], day: '2026-04-01' });
    // three months into a four-month milestone with nothing done
    expect(
      evaluate({ milestones: ms, startDate: '2026-01-01' }, '2026-04-01', DEFAULT_TASKS_SETTINGS).status,
    ).toBe('red');
    expect(await colour()).toBe('red');
    // the plan is redrawn: the first milestone moves to the end of the year, the other starts on 1 April
    await env.db
      .updateTable('tasks_milestones')
      .set({ due_date: '2026-12-31', planned_from: '2026-08-31', seq: 3 })
      .where('task_id', '=', id)
      .where('seq', '=', 1)
      .execute();
    await env.db
      .updateTable('tasks_milestones')
      .set({ planned_from: '2026-04-01' })
      .where('task_id', '=', id)
      .where('seq', '=', 2)
      .execute();
    await env.services.tasks.runDailyEvaluation({ districtIds: [d], day: '2026-04-02' });
    const after = evaluate(
      {
        milestones: [
          { seq: 2, dueDate: '2026-08-31', weight: 1, percent: 0 },
          { seq: 3, dueDate: '2026-12-31', weight: 1, percent: 0 },
        ],
        startDate: '2026-04-01',
      },
      '2026-04-02',
      DEFAULT_TASKS_SETTINGS,
    );
    expect(after.status).toBe('normal');
    expect(await colour()).toBe('normal');
  });
});
