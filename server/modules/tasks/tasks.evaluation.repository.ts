/**
 * SQL of the daily evaluation 每日研判, set-based: planned progress, a task's first colour, the run over
 * districts, and what follows it (warnings, order candidates, deadlines soon).
 */
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { lastPlaces, type TaskKey } from './tasks.evaluation.rules.ts';
import type { EvalSettings } from './tasks.rules.ts';
import type { DistrictSettings } from './tasks.settings.repository.ts';

/**
 * Planned progress (0–100, float8) of a task row t on day, from the plan kept on the row
 * (plan_due / plan_weight / plan_cum, see the tasks_evaluation_summary migration), n being the
 * number of milestones due by day (width_bucket over the sorted due dates). Exactly plannedProgress()
 * of tasks.rules.ts, operation for operation: the running sum of the weights already due, plus the
 * next milestone's weight times its share of its own plan, divided by the total, times 100.
 */
function plannedFromPlan(t: string, n: RawBuilder<number>, day: RawBuilder<string>) {
  const c = (col: string) => sql.raw(`${t}.${col}`);
  return sql<number>`(
    (CASE WHEN ${n} = 0 THEN 0::float8 ELSE ${c('plan_cum')}[${n}] END
     + CASE WHEN ${n} < cardinality(${c('plan_due')}) THEN ${c('plan_weight')}[${n} + 1] * (
         CASE WHEN ${c('plan_due')}[${n} + 1] <= (CASE WHEN ${n} = 0 THEN ${c('plan_start')} ELSE ${c('plan_due')}[${n}] END)
              THEN 0::float8
              ELSE least(1, greatest(0, (${day} - (CASE WHEN ${n} = 0 THEN ${c('plan_start')} ELSE ${c('plan_due')}[${n}] END))::float8
                     / (${c('plan_due')}[${n} + 1] - (CASE WHEN ${n} = 0 THEN ${c('plan_start')} ELSE ${c('plan_due')}[${n}] END)))) END)
       ELSE 0::float8 END)
    / ${c('ms_weight')} * 100)`;
}

/**
 * Planned progress read from milestone rows m (an aggregate): for tasks whose plan is not in the
 * shape planMilestones() gives, so plan_due is null. Each milestone rises from its planned_from to
 * its due date (a step on the due date when that is not after planned_from).
 */
function plannedFromMilestones(day: RawBuilder<string>) {
  return sql<number>`(sum(m.weight::float8 * CASE
      WHEN m.due_date <= m.planned_from THEN (CASE WHEN ${day} >= m.due_date THEN 1 ELSE 0 END)
      ELSE least(1, greatest(0, (${day} - m.planned_from)::float8 / (m.due_date - m.planned_from)))
    END ORDER BY m.seq) / sum(m.weight::float8 ORDER BY m.seq) * 100)`;
}

/**
 * Planned progress of tasks as of their latest evaluation (the latest day their district was
 * evaluated, or the task's award day when that is later: an award records the task's first colour),
 * rounded like the evaluation stores it; only awarded tasks with a colour.
 */
export async function plannedAtLastEvaluation(
  exec: Executor,
  tasks: readonly { district_id: string; id: string }[],
) {
  if (!tasks.length) return [];
  const districtIds = [...new Set(tasks.map((t) => t.district_id))];
  const taskIds = tasks.map((t) => t.id);
  const day = sql<string>`x.day`;
  const r = await sql<{ task_id: string; planned: number }>`
    SELECT t.id AS task_id, round((CASE WHEN t.plan_due IS NOT NULL
        THEN ${plannedFromPlan('t', sql<number>`width_bucket(x.day, t.plan_due)`, day)}
        ELSE (SELECT ${plannedFromMilestones(day)} FROM tasks_milestones m
              WHERE m.district_id = t.district_id AND m.task_id = t.id) END)::numeric, 3)::float8 AS planned
    FROM tasks_tasks t
    LEFT JOIN tasks_evaluation_runs r ON r.district_id = t.district_id
    LEFT JOIN tasks_awards a ON a.district_id = t.district_id AND a.task_id = t.id
    CROSS JOIN LATERAL (SELECT greatest(r.last_day, ${awardDay('a')}) AS day) x
    WHERE t.district_id = ANY(${sql.val(districtIds)}::uuid[]) AND t.id = ANY(${sql.val(taskIds)}::uuid[])
      AND t.status = 'awarded'
      AND t.eval_status IS NOT NULL AND t.ms_weight IS NOT NULL AND x.day IS NOT NULL`.execute(exec);
  return r.rows;
}

/** The day (Asia/Shanghai) of an award row a: the day its task's first colour is dated. */
function awardDay(a: string) {
  return sql<string>`(${sql.raw(a)}.awarded_at AT TIME ZONE 'Asia/Shanghai')::date`;
}

/**
 * Gives a task just awarded (its tasks_awards row written) its first colour, in the award's
 * transaction: normal, not red, and the history row a change to normal writes, dated the award day
 * with that day's planned and actual progress (as evaluateDistricts computes them). The first
 * evaluation after the award then writes the task only if it lags, like any other day.
 */
export async function startEvaluation(trx: Executor, districtId: string, taskId: string) {
  await sql`
    UPDATE tasks_tasks SET eval_status = 'normal', red_since = NULL
    WHERE district_id = ${districtId} AND id = ${taskId}`.execute(trx);
  const d = sql<string>`l1.day`;
  await sql`
    INSERT INTO tasks_evaluations (district_id, task_id, day, status, planned, actual, overdue)
    SELECT l2.district_id, l2.task_id, l2.day, 'normal', round(l2.planned::numeric, 3),
      round(l2.actual::numeric, 3), l2.overdue
    FROM (
      SELECT l1.*,
        CASE WHEN l1.plan_due IS NOT NULL THEN ${plannedFromPlan('l1', sql<number>`l1.n`, d)}
             ELSE (SELECT ${plannedFromMilestones(d)} FROM tasks_milestones m
                   WHERE m.district_id = l1.district_id AND m.task_id = l1.task_id) END AS planned
      FROM (
        SELECT t.district_id, t.id AS task_id, x.day, t.plan_start, t.plan_due, t.plan_weight, t.plan_cum,
          t.ms_weight, t.ms_actual AS actual, coalesce(t.ms_open_due < x.day, false) AS overdue,
          width_bucket(x.day, t.plan_due) AS n
        FROM tasks_tasks t
        JOIN tasks_awards a ON a.district_id = t.district_id AND a.task_id = t.id
        CROSS JOIN LATERAL (SELECT ${awardDay('a')} AS day) x
        WHERE t.district_id = ${districtId} AND t.id = ${taskId} AND t.ms_weight IS NOT NULL
        OFFSET 0
      ) l1
    ) l2`.execute(trx);
}

/** A task whose colour changed in an evaluation run. */
export interface ChangedTask {
  district_id: string;
  task_id: string;
  title: string;
  old_status: string | null;
  status: string;
}

/**
 * The daily evaluation of some districts, set-based over task rows: planned progress from the plan
 * kept on each task row, actual progress and the earliest unfinished due date from its milestone
 * summary (kept by triggers, see the tasks_evaluation_summary migration), so no milestone row is
 * read (except for a task whose plan is not in planMilestones() shape). Exactly tasks.rules
 * evaluate(). One read of the task rows finds the tasks whose colour changes; only those are written
 * (their colour and red-since, and one history row for the day, planned and actual rounded to 3
 * decimals). Records the day as the district's latest evaluation. Returns the number evaluated,
 * the changed tasks, and the tasks red for at least their district's red days for an accountability
 * order after this run (the same read finds them: no index on red_since is needed, so a colour change
 * is a HOT update of the task row, see the tasks_evaluation_hot migration).
 */
export async function evaluateDistricts(
  trx: Executor,
  districtIds: string[],
  day: string,
  settings: DistrictSettings,
): Promise<{ evaluated: number; changed: ChangedTask[]; longRed: TaskKey[]; longLag: TaskKey[] }> {
  const ids = sql.val(districtIds);
  const each = (f: (s: EvalSettings) => number) => sql.val(districtIds.map((id) => f(settings.get(id)!)));
  // each district's own thresholds, joined to its tasks (a VALUES list as arrays)
  const margins = sql`unnest(${ids}::uuid[], ${each((s) => s.yellowMargin)}::int[], ${each((s) => s.redMargin)}::int[],
    ${each((s) => s.redDaysForAccountability)}::int[], ${each((s) => s.rankingLagPlaces)}::int[],
    ${each((s) => s.rankingLagDays)}::int[]) AS s(district_id, yellow_margin, red_margin, red_days, lag_places, lag_days)`;
  const d = sql<string>`${day}::date`;
  // the changes come back as one row of arrays (cheap to build and to hand to the write below)
  const read = await sql<{
    n: number;
    district_id: string[] | null;
    task_id: string[] | null;
    title: string[] | null;
    old_status: (string | null)[] | null;
    status: string[] | null;
    planned: string[] | null;
    actual: string[] | null;
    overdue: boolean[] | null;
    long_red_district_id: string[] | null;
    long_red_task_id: string[] | null;
    lag_district_id: string[] | null;
    lag_task_id: string[] | null;
    lag_year: number[] | null;
    lag_lead: number[] | null;
    lag_actual: number[] | null;
    lag_behind: boolean[] | null;
    lag_since: (string | null)[] | null;
    lag_places: number[] | null;
    lag_days: number[] | null;
  }>`
    SELECT count(*) FILTER (WHERE evaluated)::int AS n,
      array_agg(district_id) FILTER (WHERE ch) AS district_id,
      array_agg(task_id) FILTER (WHERE ch) AS task_id,
      array_agg(title) FILTER (WHERE ch) AS title,
      array_agg(old_status) FILTER (WHERE ch) AS old_status,
      array_agg(status) FILTER (WHERE ch) AS status,
      array_agg(round(planned::numeric, 3)::text) FILTER (WHERE ch) AS planned,
      array_agg(round(actual::numeric, 3)::text) FILTER (WHERE ch) AS actual,
      array_agg(overdue) FILTER (WHERE ch) AS overdue,
      array_agg(district_id) FILTER (WHERE long_red) AS long_red_district_id,
      array_agg(task_id) FILTER (WHERE long_red) AS long_red_task_id,
      -- 排名严重滞后 is decided by lastPlaces() from the tasks that can be in the last places (behind
      -- plan by the yellow margin) and those that were (sorting every task took most of the run)
      array_agg(district_id) FILTER (WHERE lag) AS lag_district_id,
      array_agg(task_id) FILTER (WHERE lag) AS lag_task_id,
      array_agg(year) FILTER (WHERE lag) AS lag_year,
      array_agg(actual - planned) FILTER (WHERE lag) AS lag_lead,
      array_agg(actual) FILTER (WHERE lag) AS lag_actual,
      array_agg(behind) FILTER (WHERE lag) AS lag_behind,
      array_agg(old_lag_since::text) FILTER (WHERE lag) AS lag_since,
      array_agg(lag_places) FILTER (WHERE lag) AS lag_places,
      array_agg(lag_days) FILTER (WHERE lag) AS lag_days
    FROM (
      SELECT l3.*, evaluated AND (behind OR old_lag_since IS NOT NULL) AS lag
      FROM (
        -- each layer is fenced (OFFSET 0) so every expression is computed once per task, not once
        -- per reference after the planner flattens the layers
        SELECT l2.*, evaluated AND l2.status IS DISTINCT FROM l2.old_status AS ch,
          -- red since at least red_days after this run (a task turning red today is red since today)
          l2.status = 'red' AND l2.old_status = 'red' AND l2.old_red_since <= ${d} - l2.red_days AS long_red,
          coalesce(lag_places > 0 AND planned - actual >= yellow_margin, false) AS behind
        FROM (
          SELECT l1.*, CASE WHEN NOT evaluated THEN old_status
                            WHEN overdue OR planned - actual >= red_margin THEN 'red'
                            WHEN planned - actual >= yellow_margin THEN 'yellow' ELSE 'normal' END AS status
          FROM (
            SELECT l0.*,
              CASE WHEN NOT l0.evaluated THEN NULL
                   WHEN l0.plan_due IS NOT NULL THEN ${plannedFromPlan('l0', sql<number>`l0.n`, d)}
                   ELSE (SELECT ${plannedFromMilestones(d)} FROM tasks_milestones m
                         WHERE m.district_id = l0.district_id AND m.task_id = l0.task_id) END AS planned
            FROM (
              -- every awarded task: those without milestones are not evaluated (they keep their
              -- colour) but may still be red long enough for an accountability order
              SELECT t.district_id, t.id AS task_id, t.year, t.title, t.eval_status AS old_status,
                t.red_since AS old_red_since, t.lag_since AS old_lag_since, t.ms_weight IS NOT NULL AS evaluated,
                t.plan_start, t.plan_due, t.plan_weight, t.plan_cum, t.ms_weight, t.ms_actual AS actual,
                coalesce(t.ms_open_due < ${d}, false) AS overdue, width_bucket(${d}, t.plan_due) AS n,
                s.yellow_margin, s.red_margin, s.red_days, s.lag_places, s.lag_days
              FROM tasks_tasks t
              JOIN ${margins} ON s.district_id = t.district_id
              WHERE t.district_id = ANY(${ids}::uuid[]) AND t.status = 'awarded'
              OFFSET 0
            ) l0 OFFSET 0
          ) l1 OFFSET 0
        ) l2 OFFSET 0
      ) l3 OFFSET 0
    ) x`.execute(trx);
  const {
    n,
    long_red_district_id: longRedDistricts,
    long_red_task_id: longRedTasks,
    lag_district_id: lagD,
    lag_task_id: lagT,
    lag_year: lagYear,
    lag_lead: lagLead,
    lag_actual: lagActual,
    lag_behind: lagBehind,
    lag_since: lagSince,
    lag_places: lagPlaces,
    lag_days: lagDays,
    ...cols
  } = read.rows[0];
  const lag = lastPlaces(
    (lagT ?? []).map((taskId, i) => ({
      districtId: lagD![i],
      taskId,
      year: lagYear![i],
      lead: lagLead![i],
      actual: lagActual![i],
      behind: lagBehind![i],
      lagSince: lagSince![i],
      places: lagPlaces![i],
      days: lagDays![i],
    })),
    day,
  );
  // the tasks entering or leaving the last places (a handful a day)
  for (const [keys, since] of [
    [lag.entering, d],
    [lag.leaving, sql`NULL::date`],
  ] as const)
    if (keys.length)
      await sql`UPDATE tasks_tasks t SET lag_since = ${since}
        FROM unnest(${sql.val(keys.map((k) => k.district_id))}::uuid[], ${sql.val(keys.map((k) => k.task_id))}::uuid[])
          AS k(district_id, task_id)
        WHERE t.district_id = k.district_id AND t.id = k.task_id`.execute(trx);
  const col = <K extends keyof typeof cols>(k: K) => sql.val(cols[k] ?? []);
  // the changes only (a handful on most days), joined by key; the colour before is the one read above
  await sql`
    WITH c AS (
      SELECT * FROM unnest(${col('district_id')}::uuid[], ${col('task_id')}::uuid[], ${col('status')}::text[],
        ${col('planned')}::numeric[], ${col('actual')}::numeric[], ${col('overdue')}::boolean[])
        AS c(district_id, task_id, status, planned, actual, overdue)
    ), ins AS (
      INSERT INTO tasks_evaluations (district_id, task_id, day, status, planned, actual, overdue)
      SELECT district_id, task_id, ${d}, status, planned, actual, overdue FROM c
      ON CONFLICT (district_id, task_id, day) DO UPDATE
        SET status = excluded.status, planned = excluded.planned, actual = excluded.actual, overdue = excluded.overdue
    ), run AS (
      INSERT INTO tasks_evaluation_runs (district_id, last_day)
      SELECT unnest(${ids}::uuid[]), ${d}
      ON CONFLICT (district_id) DO UPDATE
        SET last_day = greatest(tasks_evaluation_runs.last_day, excluded.last_day), ran_at = now()
    )
    UPDATE tasks_tasks t
    SET eval_status = c.status,
        red_since = CASE WHEN c.status <> 'red' THEN NULL
                         WHEN t.eval_status = 'red' AND t.red_since IS NOT NULL THEN t.red_since
                         ELSE ${d} END,
        updated_at = now()
    FROM c
    -- the ids again as an array: the changed tasks are then fetched through the id index (with the
    -- join alone, a heavy day's thousands of changes were hashed against a scan of every task)
    WHERE t.district_id = c.district_id AND t.id = c.task_id AND t.id = ANY(${col('task_id')}::uuid[])`.execute(
    trx,
  );
  return {
    evaluated: n,
    changed: (cols.task_id ?? []).map((taskId, i) => ({
      district_id: cols.district_id![i],
      task_id: taskId,
      title: cols.title![i],
      old_status: cols.old_status![i],
      status: cols.status![i],
    })),
    longRed: (longRedTasks ?? []).map((taskId, i) => ({
      district_id: longRedDistricts![i],
      task_id: taskId,
    })),
    longLag: lag.long,
  };
}

/**
 * The yellow and red notices of a day's colour changes, one per unit of each task, as a query for
 * notify's sendSelect: title from the message template (text before and after the task's title).
 */
export function warningNotices(
  changed: { district_id: string; task_id: string; title: string; status: string }[],
  day: string,
  templates: Record<'yellow' | 'red', [string, string]>,
) {
  return sql`
    SELECT c.district_id, NULL::uuid AS user_id, u.node_id, 'tasks.' || c.status AS kind,
      CASE c.status WHEN 'red' THEN ${templates.red[0]} || c.title || ${templates.red[1]}
                    ELSE ${templates.yellow[0]} || c.title || ${templates.yellow[1]} END AS title,
      '' AS body, '/tasks/tasks/' || c.task_id AS link, 'tasks_task' AS object_type, c.task_id AS object_id,
      'tasks.' || c.status || ':' || c.task_id || ':' || ${day} || ':' || u.node_id AS dedupe_key,
      'tasks.notify.' || c.status AS title_key, json_build_object('title', c.title)::jsonb AS title_params
    FROM unnest(${changed.map((c) => c.district_id)}::uuid[], ${changed.map((c) => c.task_id)}::uuid[],
      ${changed.map((c) => c.title)}::text[], ${changed.map((c) => c.status)}::text[])
      AS c(district_id, task_id, title, status)
    -- each task's units through the primary key (OFFSET 0 keeps the subquery from being flattened):
    -- a plain join let the planner hash every task's units on a heavy day
    CROSS JOIN LATERAL (
      SELECT u.node_id, u.lead, u.name FROM tasks_award_units u
      WHERE u.district_id = c.district_id AND u.task_id = c.task_id
      OFFSET 0) u
    ORDER BY c.task_id, u.lead DESC, u.name`;
}

/**
 * Facts about tasks that may deserve an order today (a broad SQL filter; the rules decide). longRed:
 * the tasks evaluateDistricts found red for at least their district's red days.
 */
export async function orderCandidates(
  trx: Executor,
  districtIds: string[],
  day: string,
  settings: DistrictSettings,
  longRed: readonly TaskKey[],
  longLag: readonly TaskKey[] = [],
) {
  const ids = sql.val(districtIds);
  const redDays = sql`unnest(${ids}::uuid[], ${sql.val(districtIds.map((id) => settings.get(id)!.redDaysForAccountability))}::int[])
    AS s(district_id, red_days)`;
  const r = await sql<{
    district_id: string;
    id: string;
    title: string;
    status: string;
    eval_status: string | null;
    red_since: string | null;
    deadline: string;
    completed_on: string | null;
    indicators: unknown;
    violations: number;
    has_accountability: boolean;
    has_commendation: boolean;
    lag_since: string | null;
    lead_node_id: string | null;
    lead_name: string | null;
    commander_name: string | null;
    commander_person_id: string | null;
    commander_account_id: string | null;
    year: number;
  }>`
    SELECT t.district_id, t.id, t.title, t.status, t.eval_status, t.red_since::text AS red_since, t.deadline::text AS deadline,
      (t.completed_at AT TIME ZONE 'Asia/Shanghai')::date::text AS completed_on, t.indicators,
      (SELECT count(*) FROM tasks_violations v WHERE v.district_id = t.district_id AND v.task_id = t.id)::int AS violations,
      EXISTS (SELECT 1 FROM tasks_orders o WHERE o.district_id = t.district_id AND o.task_id = t.id
              AND o.type = 'accountability' AND o.status <> 'dismissed') AS has_accountability,
      EXISTS (SELECT 1 FROM tasks_orders o WHERE o.district_id = t.district_id AND o.task_id = t.id
              AND o.type = 'commendation' AND o.status <> 'dismissed') AS has_commendation,
      t.lag_since::text AS lag_since,
      u.node_id AS lead_node_id, u.name AS lead_name, t.commander_name, t.commander_person_id,
      t.commander_account_id, t.year
    FROM (
      -- the tasks the condition below can hold for, each part from an index (not a scan of every
      -- task) or, for tasks red long enough, from the evaluation's read of every task
      SELECT district_id, id FROM tasks_tasks
        WHERE district_id = ANY(${ids}::uuid[]) AND status = 'awarded' AND deadline < ${day}::date
      UNION
      SELECT * FROM unnest(${sql.val(longRed.map((k) => k.district_id))}::uuid[],
        ${sql.val(longRed.map((k) => k.task_id))}::uuid[])
      UNION
      SELECT * FROM unnest(${sql.val(longLag.map((k) => k.district_id))}::uuid[],
        ${sql.val(longLag.map((k) => k.task_id))}::uuid[])
      UNION
      SELECT district_id, task_id FROM tasks_violations WHERE district_id = ANY(${ids}::uuid[])
      UNION
      SELECT district_id, id FROM tasks_tasks WHERE district_id = ANY(${ids}::uuid[]) AND status = 'completed'
    ) k
    JOIN tasks_tasks t ON t.district_id = k.district_id AND t.id = k.id
    JOIN ${redDays} ON s.district_id = t.district_id
    LEFT JOIN tasks_award_units u ON u.district_id = t.district_id AND u.task_id = t.id AND u.lead
    WHERE t.kind = 'list_task'
      AND (
        (t.status = 'awarded' AND (
            t.deadline < ${day}::date
            OR (t.eval_status = 'red' AND t.red_since <= ${day}::date - s.red_days)
            OR t.id = ANY(${sql.val(longLag.map((k) => k.task_id))}::uuid[])
            OR EXISTS (SELECT 1 FROM tasks_violations v WHERE v.district_id = t.district_id AND v.task_id = t.id)))
        OR (t.status = 'completed' AND NOT EXISTS (SELECT 1 FROM tasks_orders o WHERE o.district_id = t.district_id
              AND o.task_id = t.id AND o.type = 'commendation'))
      )
    ORDER BY t.district_id, t.id`.execute(trx);
  return r.rows;
}

/** Awarded tasks whose deadline falls within their district's notice days of day, with the units to tell. */
export async function deadlinesSoon(
  trx: Executor,
  districtIds: string[],
  day: string,
  settings: DistrictSettings,
) {
  const ids = sql.val(districtIds);
  const days = sql.val(districtIds.map((id) => settings.get(id)!.deadlineNoticeDays));
  const r = await sql<{
    district_id: string;
    task_id: string;
    title: string;
    deadline: string;
    node_id: string;
  }>`
    SELECT t.district_id, t.id AS task_id, t.title, t.deadline::text AS deadline, u.node_id
    FROM unnest(${ids}::uuid[], ${days}::int[]) AS s(district_id, n)
    -- per district through the (district_id, deadline) index of awarded tasks (OFFSET 0 keeps the
    -- subquery from being flattened): a plain join let the planner hash every task of every district
    CROSS JOIN LATERAL (
      SELECT t.district_id, t.id, t.title, t.deadline FROM tasks_tasks t
      WHERE t.district_id = s.district_id AND t.status = 'awarded'
        AND t.deadline BETWEEN ${day}::date AND ${day}::date + s.n
      OFFSET 0) t
    JOIN tasks_award_units u ON u.district_id = t.district_id AND u.task_id = t.id`.execute(trx);
  return r.rows;
}

/** Districts that have a list (those the scheduler's evaluation covers). */
export function districtsWithLists(exec: Executor) {
  return exec.selectFrom('tasks_lists').select('district_id').distinct().execute();
}

/**
 * Turns JIT off for the transaction: the evaluation's statement is planned as costly at city scale,
 * and JIT-compiling it takes longer than running it (seconds on a busy machine).
 */
export function jitOff(trx: Executor) {
  return sql`SET LOCAL jit = off`.execute(trx);
}
