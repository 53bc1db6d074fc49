/** The evaluation's thresholds, set per district by its organisation department. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../platform/ids.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { DEFAULT_TASKS_SETTINGS } from './tasks.manifest.ts';
import { planMilestones } from './tasks.rules.ts';
import { insertAwardedTask } from '../../testing/tasks.ts';

let env: TestEnv;
let officer: Client; // 福田区 organisation department
let street1: Client;
let community11: Client;
let officer2: Client; // 罗湖区 organisation department
beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('org_officer', 'district');
  street1 = await env.as('street_officer', 'street1');
  community11 = await env.as('community_officer', 'community11');
  officer2 = await env.as('org_officer', 'district2');
});
afterAll(() => env.close());

const body = (over: Record<string, unknown> = {}) => ({
  districtId: env.nodes.district.id,
  yellowMargin: 15,
  redMargin: 40,
  redDaysForAccountability: 30,
  deadlineNoticeDays: 10,
  version: 0,
  ...over,
});

describe('reading and setting a district’s evaluation thresholds', () => {
  it('a district that set nothing shows the defaults at version 0; units read them but cannot edit', async () => {
    for (const c of [officer, street1, community11]) {
      const r = await c.get(`/api/tasks/settings?districtId=${env.nodes.district.id}`);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ ...DEFAULT_TASKS_SETTINGS, version: 0, isDefault: true });
      expect(r.body.canEdit).toBe(c === officer);
    }
  });

  it('an officer of another district gets 404 on read and write', async () => {
    const r = await officer2.get(`/api/tasks/settings?districtId=${env.nodes.district.id}`);
    expect(r.status).toBe(404);
    const w = await officer2.put('/api/tasks/settings', body());
    expect(w.status).toBe(404);
    // and a street officer reaching into another district is not told it exists either
    expect((await street1.get(`/api/tasks/settings?districtId=${env.nodes.district2.id}`)).status).toBe(404);
  });

  it('street and community officers get 403 on write', async () => {
    for (const c of [street1, community11]) {
      const w = await c.put('/api/tasks/settings', body());
      expect(w.status).toBe(403);
    }
  });

  it('rejects each bad field with a message on that field, in both languages', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ yellowMargin: 0 }, 'yellowMargin'],
      [{ yellowMargin: 10.5 }, 'yellowMargin'],
      [{ redMargin: 101 }, 'redMargin'],
      [{ redDaysForAccountability: 0 }, 'redDaysForAccountability'],
      [{ redDaysForAccountability: 366 }, 'redDaysForAccountability'],
      [{ deadlineNoticeDays: -1 }, 'deadlineNoticeDays'],
      [{ deadlineNoticeDays: 91 }, 'deadlineNoticeDays'],
      [{ deadlineNoticeDays: 'seven' }, 'deadlineNoticeDays'],
    ];
    for (const [over, field] of cases) {
      const r = await officer.put('/api/tasks/settings', body(over));
      expect(r.status, JSON.stringify(over)).toBe(400);
      expect(r.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
    const zh = await officer.put('/api/tasks/settings', body({ redDaysForAccountability: 400 }));
    expect(zh.body.errors[0].message).toBe('红灯持续天数须在 1 到 365 天之间');
    const en = await officer.put('/api/tasks/settings?lang=en-US', body({ redDaysForAccountability: 400 }));
    expect(en.body.errors[0].message).toBe('Red days before accountability must be between 1 and 365');
  });

  it('a red margin not above the yellow one is a 422 on redMargin', async () => {
    for (const redMargin of [15, 12]) {
      const r = await officer.put('/api/tasks/settings', body({ redMargin }));
      expect(r.status).toBe(422);
      expect(r.body.errors).toEqual([{ field: 'redMargin', message: '红灯滞后幅度须大于黄灯滞后幅度' }]);
    }
    // nothing was stored
    const r = await officer.get(`/api/tasks/settings?districtId=${env.nodes.district.id}`);
    expect(r.body.version).toBe(0);
  });

  it('the officer saves them (audited), units see the new values, a stale version answers 409', async () => {
    const first = await officer.put('/api/tasks/settings', body());
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      yellowMargin: 15,
      redMargin: 40,
      redDaysForAccountability: 30,
      deadlineNoticeDays: 10,
      version: 1,
      isDefault: false,
      canEdit: true,
    });
    const seen = await community11.get(`/api/tasks/settings?districtId=${env.nodes.district.id}`);
    expect(seen.body).toMatchObject({ yellowMargin: 15, redMargin: 40, version: 1, canEdit: false });

    const again = await officer.put('/api/tasks/settings', body({ yellowMargin: 12, version: 1 }));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ yellowMargin: 12, version: 2 });
    // a second tab still holding version 1 (or the defaults' version 0) does not overwrite
    for (const version of [1, 0]) {
      const stale = await officer.put('/api/tasks/settings', body({ yellowMargin: 5, version }));
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('error.stale');
    }
    const now = await officer.get(`/api/tasks/settings?districtId=${env.nodes.district.id}`);
    expect(now.body).toMatchObject({ yellowMargin: 12, version: 2 });

    const audit = await env.db
      .selectFrom('audit_log')
      .select(['action', 'detail', 'actor_user_id', 'district_id'])
      .where('object_id', '=', env.nodes.district.id)
      .where('action', '=', 'tasks.settings.update')
      .orderBy('seq')
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actor_user_id: officer.userId, district_id: env.nodes.district.id });
    expect(audit[0].detail).toMatchObject({
      before: DEFAULT_TASKS_SETTINGS,
      after: { yellowMargin: 15, redMargin: 40, redDaysForAccountability: 30, deadlineNoticeDays: 10 },
    });
    expect(audit[1].detail).toMatchObject({ before: { yellowMargin: 15 }, after: { yellowMargin: 12 } });
  });
});

describe('the daily evaluation uses each district’s own thresholds', () => {
  /** An awarded task 15 points behind plan on 2026-03-06 (planned 50%, done 35%). */
  async function laggingTask(district: 'district' | 'district2', unit: 'street1' | 'street3') {
    const d = env.nodes[district].id;
    const listId = uuidv7();
    await env.db
      .insertInto('tasks_lists')
      .values({
        district_id: d,
        id: listId,
        year: 2026,
        title: '评估',
        status: 'published',
        published_version: 1,
      })
      .onConflict((oc) => oc.columns(['district_id', 'year']).doNothing())
      .execute();
    const list = await env.db
      .selectFrom('tasks_lists')
      .select('id')
      .where('district_id', '=', d)
      .where('year', '=', 2026)
      .executeTakeFirstOrThrow();
    const id = await insertAwardedTask(env, {
      districtId: d,
      listId: list.id,
      no: 1,
      title: `滞后任务 ${district}`,
      start: '2026-03-01',
      deadline: '2026-03-20',
      responsible: { nodeId: env.nodes[unit].id, name: '街道' },
      milestones: planMilestones([{ dueDate: '2026-03-11', weight: 1, percent: 35 }], '2026-03-01'),
    });
    // the unit the deadline notice goes to (as an award leaves it)
    const by = (district === 'district' ? officer : officer2).userId;
    const applicationId = uuidv7();
    await env.db
      .insertInto('tasks_applications')
      .values({
        district_id: d,
        id: applicationId,
        task_id: id,
        applicant_node_id: env.nodes[unit].id,
        applicant_name: '街道',
        applicant_user_id: by,
        plan: 'p',
        status: 'awarded',
      })
      .execute();
    await env.db
      .insertInto('tasks_awards')
      .values({ district_id: d, task_id: id, commander_name: '张三', awarded_by: by })
      .execute();
    await env.db
      .insertInto('tasks_award_units')
      .values({
        district_id: d,
        task_id: id,
        node_id: env.nodes[unit].id,
        name: '街道',
        application_id: applicationId,
        lead: true,
      })
      .execute();
    return id;
  }

  it('the same lag is yellow where the yellow margin is 10 and normal where it is 20, in one run', async () => {
    const a = await laggingTask('district', 'street1');
    const b = await laggingTask('district2', 'street3');
    // 福田区 keeps a yellow margin of 10 (its own row), 罗湖区 raises it to 20
    expect(
      (await officer.put('/api/tasks/settings', body({ yellowMargin: 10, redMargin: 25, version: 2 })))
        .status,
    ).toBe(200);
    const put2 = await officer2.put(
      '/api/tasks/settings',
      body({ districtId: env.nodes.district2.id, yellowMargin: 20, redMargin: 30, deadlineNoticeDays: 14 }),
    );
    expect(put2.status).toBe(200);

    const res = await env.services.tasks.runDailyEvaluation({
      districtIds: [env.nodes.district.id, env.nodes.district2.id],
      day: '2026-03-06',
    });
    expect(res.evaluated).toBe(2);
    const colour = async (id: string) =>
      (
        await env.db
          .selectFrom('tasks_tasks')
          .select('eval_status')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).eval_status;
    expect(await colour(a)).toBe('yellow');
    expect(await colour(b)).toBe('normal');
    // deadline 2026-03-20 is 14 days ahead: within 罗湖区's 14 notice days, beyond 福田区's 10
    expect(res.deadlineNotices).toBe(1);
    const notices = await env.db
      .selectFrom('notify_notifications')
      .select(['district_id', 'kind'])
      .where('kind', '=', 'tasks.deadline')
      .execute();
    expect(notices).toEqual([{ district_id: env.nodes.district2.id, kind: 'tasks.deadline' }]);
  });
});
