/** SQL of progress: milestone reports, indicator values, political performance, violations. */
import type { Insertable } from 'kysely';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { DB, Executor } from '../../platform/db/db.ts';

type Key = { district_id: string; id: string };

/** A task's progress reports, newest first. */
export function reportsOfTask(exec: Executor, task: Key) {
  return exec
    .selectFrom('tasks_reports')
    .selectAll()
    .where('district_id', '=', task.district_id)
    .where('task_id', '=', task.id)
    .orderBy('created_at', 'desc')
    .execute();
}

/** A report's id, when a report with that (client) id exists in the district. */
export function findReportId(exec: Executor, districtId: string, id: string) {
  return exec
    .selectFrom('tasks_reports')
    .select('id')
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Inserts a progress report. */
export function insertReport(trx: Executor, row: Insertable<DB['tasks_reports']>) {
  return trx.insertInto('tasks_reports').values(row).execute();
}

/** Sets one milestone's reported percent. */
export function setMilestonePercent(trx: Executor, task: Key, seq: number, percent: number) {
  return trx
    .updateTable('tasks_milestones')
    .set({ percent })
    .where('district_id', '=', task.district_id)
    .where('task_id', '=', task.id)
    .where('seq', '=', seq)
    .execute();
}

/** Writes a task's progress after a report (completing it when every milestone is done). */
export function recordTaskProgress(
  trx: Executor,
  task: Key,
  v: {
    actual_progress: number;
    indicators: string;
    beneficiaries: number;
    status: string;
    completed: boolean;
  },
) {
  const { completed, ...fields } = v;
  return trx
    .updateTable('tasks_tasks')
    .set((eb) => ({
      ...fields,
      ...(completed ? { completed_at: new Date(), eval_status: 'normal', red_since: null } : {}),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('district_id', '=', task.district_id)
    .where('id', '=', task.id)
    .execute();
}

/** Writes a task's indicators (their actual values) at a new version. */
export function setTaskIndicators(trx: Executor, task: Key, indicators: string, version: number) {
  return trx
    .updateTable('tasks_tasks')
    .set({ indicators, version, updated_at: new Date() })
    .where('district_id', '=', task.district_id)
    .where('id', '=', task.id)
    .execute();
}

/** Inserts a political-performance record. */
export function insertPerformance(trx: Executor, row: Insertable<DB['tasks_performance']>) {
  return trx.insertInto('tasks_performance').values(row).execute();
}

/** Performance recorded on a task, by day; only that of units in unitPaths when given. */
export function performanceOfTask(exec: Executor, task: Key, unitPaths: string[] | null) {
  let q = exec
    .selectFrom('tasks_performance as p')
    .selectAll('p')
    .where('p.district_id', '=', task.district_id)
    .where('p.task_id', '=', task.id);
  if (unitPaths) q = q.where(nodeInPaths('p.node_id', unitPaths));
  return q.orderBy('p.occurred_on').orderBy('p.id').execute();
}

/** Inserts a rule violation. */
export function insertViolation(trx: Executor, row: Insertable<DB['tasks_violations']>) {
  return trx.insertInto('tasks_violations').values(row).execute();
}
