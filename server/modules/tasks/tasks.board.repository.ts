/** SQL of the board 榜 and a task's timeline: the tasks an actor sees, and everything that happened to one. */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { TASK_COLUMNS } from './tasks.repository.ts';
import type { TasksQuery } from './tasks.views.ts';
import { likeEscape } from '../../platform/db/like.ts';

type Key = { district_id: string; id: string };

/** Tasks in scope (an expression on t), filtered; by year (newest), kind and number, at most 2,000. */
export function boardTasks(exec: Executor, scope: Expression<SqlBool>, q: TasksQuery) {
  let query = exec
    .selectFrom('tasks_tasks as t')
    .select(TASK_COLUMNS.map((c) => `t.${c}` as const))
    .where(scope);
  if (q.status) query = query.where('t.status', '=', q.status);
  else query = query.where('t.status', '<>', 'cancelled');
  if (q.evalStatus) query = query.where('t.eval_status', '=', q.evalStatus);
  if (q.category) query = query.where('t.category', '=', q.category);
  if (q.kind) query = query.where('t.kind', '=', q.kind);
  if (q.listId) query = query.where('t.list_id', '=', q.listId);
  if (q.q) query = query.where('t.title', 'like', '%' + likeEscape(q.q) + '%');
  return query.orderBy('t.year', 'desc').orderBy('t.kind').orderBy('t.no').limit(2000).execute();
}

/** A task's progress reports (unordered: the timeline sorts). */
export function timelineReports(exec: Executor, task: Key) {
  return exec
    .selectFrom('tasks_reports')
    .selectAll()
    .where('district_id', '=', task.district_id)
    .where('task_id', '=', task.id)
    .execute();
}

/** The days a task's colour changed, with the planned and actual progress of that day. */
export async function colourChanges(exec: Executor, task: Key) {
  const r = await sql<{ day: string; status: string; planned: number; actual: number }>`
          SELECT day::text, status, planned, actual FROM (
            SELECT day, status, planned, actual, lag(status) OVER (ORDER BY day) AS prev
            FROM tasks_evaluations WHERE district_id = ${task.district_id} AND task_id = ${task.id}) e
          WHERE prev IS DISTINCT FROM status`.execute(exec);
  return r.rows;
}

/** A task's orders. */
export function ordersOfTask(exec: Executor, task: Key) {
  return exec
    .selectFrom('tasks_orders')
    .selectAll()
    .where('district_id', '=', task.district_id)
    .where('task_id', '=', task.id)
    .execute();
}

/** A task's exemption applications. */
export function exemptionsOfTask(exec: Executor, task: Key) {
  return exec
    .selectFrom('tasks_exemptions')
    .selectAll()
    .where('district_id', '=', task.district_id)
    .where('task_id', '=', task.id)
    .execute();
}

/** A task's recorded rule violations. */
export function violationsOfTask(exec: Executor, task: Key) {
  return exec
    .selectFrom('tasks_violations')
    .selectAll()
    .where('district_id', '=', task.district_id)
    .where('task_id', '=', task.id)
    .execute();
}

/** A task's award, if awarded. */
export function awardOfTask(exec: Executor, task: Key) {
  return exec
    .selectFrom('tasks_awards')
    .selectAll()
    .where('district_id', '=', task.district_id)
    .where('task_id', '=', task.id)
    .executeTakeFirst();
}
