/** SQL for the tasks module's own tables: locks, the gapless counter, and the set-based evaluation. */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { EvalSettings, OrderType } from './tasks.rules.ts';

/** Columns of a task row the service reads. */
export const TASK_COLUMNS = [
  'district_id',
  'id',
  'list_id',
  'kind',
  'year',
  'no',
  'title',
  'category',
  'source',
  'goal',
  'indicators',
  'start_date',
  'deadline',
  'investment',
  'responsible_node_id',
  'responsible_name',
  'owner_node_id',
  'status',
  'eval_status',
  'red_since',
  'actual_progress',
  'completed_at',
  'commander_name',
  'commander_person_id',
  'commander_account_id',
  'beneficiaries',
  'version',
  'created_at',
] as const;

/** One task by id, optionally locked FOR UPDATE. */
export async function findTask(exec: Executor, id: string, lock = false) {
  let q = exec.selectFrom('tasks_tasks').select(TASK_COLUMNS).where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type TaskRow = NonNullable<Awaited<ReturnType<typeof findTask>>>;

/** One order by id, optionally locked. */
export async function findOrder(exec: Executor, id: string, lock = false) {
  let q = exec.selectFrom('tasks_orders').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type OrderRow = NonNullable<Awaited<ReturnType<typeof findOrder>>>;

/** A list by id, optionally locked. */
export async function findList(exec: Executor, id: string, lock = false) {
  let q = exec.selectFrom('tasks_lists').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type ListRow = NonNullable<Awaited<ReturnType<typeof findList>>>;

/** Milestones of tasks, in plan order. */
export async function milestonesOf(exec: Executor, districtId: string, taskIds: string[]) {
  if (!taskIds.length) return [];
  return exec
    .selectFrom('tasks_milestones')
    .select(['task_id', 'seq', 'title', 'weight', 'due_date', 'planned_from', 'percent'])
    .where('district_id', '=', districtId)
    .where('task_id', 'in', taskIds)
    .orderBy('task_id')
    .orderBy('seq')
    .execute();
}

/** Units a task was awarded to (lead first). */
export async function unitsOf(exec: Executor, taskIds: string[]) {
  if (!taskIds.length) return [];
  return exec
    .selectFrom('tasks_award_units')
    .select(['task_id', 'node_id', 'name', 'party_org_id', 'lead', 'application_id'])
    .where('task_id', 'in', taskIds)
    .orderBy('task_id')
    .orderBy('lead', 'desc')
    .orderBy('name')
    .execute();
}

/** Latest evaluation of each task (planned / actual / status as of that day). */
export async function latestEvaluations(exec: Executor, taskIds: string[]) {
  if (!taskIds.length) return [];
  return exec
    .selectFrom('tasks_evaluations')
    .distinctOn('task_id')
    .select(['task_id', 'day', 'status', 'planned', 'actual'])
    .where('task_id', 'in', taskIds)
    .orderBy('task_id')
    .orderBy('day', 'desc')
    .execute();
}

/**
 * Takes the next official number of a series inside trx. The counter row stays locked until the
 * transaction ends, so concurrent issuers queue, and a rollback returns the number: no gaps.
 */
export async function takeOrderSeq(
  trx: Executor,
  districtId: string,
  year: number,
  type: OrderType,
): Promise<number> {
  const r = await sql<{ last: number }>`
    INSERT INTO tasks_order_counters (district_id, year, type, last) VALUES (${districtId}, ${year}, ${type}, 1)
    ON CONFLICT (district_id, year, type) DO UPDATE SET last = tasks_order_counters.last + 1
    RETURNING last`.execute(trx);
  return r.rows[0].last;
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
 * The daily evaluation of some districts, set-based in two statements: aggregates every milestone
 * of the in-progress tasks into planned / actual / overdue (exactly tasks.rules evaluate(); float8
 * arithmetic, stored rounded to 3 decimals), stores one evaluation row per task for the day, and
 * updates the colour and red-since of the tasks whose colour changed. Returns those tasks.
 */
export async function evaluateDistricts(
  trx: Executor,
  districtIds: string[],
  day: string,
  s: Pick<EvalSettings, 'yellowMargin' | 'redMargin'>,
): Promise<{ evaluated: number; changed: ChangedTask[] }> {
  const ids = sql.val(districtIds);
  // one statement: aggregate, store the day's rows, and update only the tasks whose colour changed
  // (the colour before the update is read from the same snapshot)
  const r = await sql<ChangedTask & { n: number | null }>`
    WITH agg AS (
      SELECT m.district_id, m.task_id,
        sum(m.weight::float8 * CASE
              WHEN m.due_date <= m.planned_from THEN (CASE WHEN ${day}::date >= m.due_date THEN 1 ELSE 0 END)
              ELSE least(1, greatest(0, (${day}::date - m.planned_from)::float8 / (m.due_date - m.planned_from)))
            END) * 100 / sum(m.weight::float8) AS planned,
        sum(m.weight::float8 * m.percent::float8) / sum(m.weight::float8) AS actual,
        bool_or(m.due_date < ${day}::date AND m.percent < 100) AS overdue
      FROM tasks_milestones m
      JOIN tasks_tasks t ON t.district_id = m.district_id AND t.id = m.task_id AND t.status = 'awarded'
      WHERE m.district_id = ANY(${ids}::uuid[])
      GROUP BY m.district_id, m.task_id
    ), ins AS (
      INSERT INTO tasks_evaluations (district_id, task_id, day, status, planned, actual, overdue)
      SELECT district_id, task_id, ${day}::date,
        CASE WHEN overdue OR planned - actual >= ${s.redMargin} THEN 'red'
             WHEN planned - actual >= ${s.yellowMargin} THEN 'yellow' ELSE 'normal' END,
        round(planned::numeric, 3), round(actual::numeric, 3), overdue
      FROM agg
      ON CONFLICT (district_id, task_id, day) DO UPDATE
        SET status = excluded.status, planned = excluded.planned, actual = excluded.actual, overdue = excluded.overdue
      RETURNING district_id, task_id, status
    ), diff AS (
      SELECT ins.district_id, ins.task_id, ins.status, t0.eval_status AS old_status, t0.title
      FROM ins JOIN tasks_tasks t0 ON t0.district_id = ins.district_id AND t0.id = ins.task_id
      WHERE ins.status IS DISTINCT FROM t0.eval_status
    ), upd AS (
      UPDATE tasks_tasks t
      SET eval_status = d.status,
          red_since = CASE WHEN d.status <> 'red' THEN NULL
                           WHEN t.eval_status = 'red' AND t.red_since IS NOT NULL THEN t.red_since
                           ELSE ${day}::date END,
          updated_at = now()
      FROM diff d
      WHERE t.district_id = d.district_id AND t.id = d.task_id
      RETURNING t.id
    )
    SELECT district_id, task_id, title, old_status, status, NULL::int AS n FROM diff
    UNION ALL
    SELECT NULL, NULL, NULL, NULL, NULL, count(*)::int FROM ins`.execute(trx);
  const changed = r.rows.filter((x) => x.n === null).map(({ n: _n, ...rest }) => rest);
  return { evaluated: r.rows.find((x) => x.n !== null)?.n ?? 0, changed };
}

/** Facts about tasks that may deserve an order today (a broad SQL filter; the rules decide). */
export async function orderCandidates(trx: Executor, districtIds: string[], day: string, redDays: number) {
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
      u.node_id AS lead_node_id, u.name AS lead_name, t.commander_name, t.commander_person_id,
      t.commander_account_id, t.year
    FROM tasks_tasks t
    LEFT JOIN tasks_award_units u ON u.district_id = t.district_id AND u.task_id = t.id AND u.lead
    WHERE t.district_id = ANY(${sql.val(districtIds)}::uuid[]) AND t.kind = 'list_task'
      AND (
        (t.status = 'awarded' AND (
            t.deadline < ${day}::date
            OR (t.eval_status = 'red' AND t.red_since <= ${day}::date - ${redDays}::int)
            OR EXISTS (SELECT 1 FROM tasks_violations v WHERE v.district_id = t.district_id AND v.task_id = t.id)))
        OR (t.status = 'completed' AND NOT EXISTS (SELECT 1 FROM tasks_orders o WHERE o.district_id = t.district_id
              AND o.task_id = t.id AND o.type = 'commendation'))
      )`.execute(trx);
  return r.rows;
}

/** Awarded tasks whose deadline falls within n days of day, with the units to tell. */
export async function deadlinesSoon(trx: Executor, districtIds: string[], day: string, n: number) {
  const r = await sql<{
    district_id: string;
    task_id: string;
    title: string;
    deadline: string;
    node_id: string;
  }>`
    SELECT t.district_id, t.id AS task_id, t.title, t.deadline::text AS deadline, u.node_id
    FROM tasks_tasks t
    JOIN tasks_award_units u ON u.district_id = t.district_id AND u.task_id = t.id
    WHERE t.district_id = ANY(${sql.val(districtIds)}::uuid[]) AND t.status = 'awarded'
      AND t.deadline BETWEEN ${day}::date AND ${day}::date + ${n}::int`.execute(trx);
  return r.rows;
}
