/** SQL of claiming 揭榜: applications, the award with its units, cancelling a task. */
import type { Insertable } from 'kysely';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { DB, Executor } from '../../platform/db/db.ts';

type Key = { district_id: string; id: string };

/** A task's applications, oldest first; only those of units in applicantPaths when given. */
export function applicationsOfTask(exec: Executor, task: Key, applicantPaths: string[] | null) {
  let q = exec
    .selectFrom('tasks_applications as a')
    .selectAll('a')
    .where('a.district_id', '=', task.district_id)
    .where('a.task_id', '=', task.id);
  if (applicantPaths) q = q.where(nodeInPaths('a.applicant_node_id', applicantPaths));
  return q.orderBy('a.created_at').execute();
}

/** A live (submitted) application for the task by a unit in applicantPaths, if any. */
export function liveApplicationIn(exec: Executor, task: Key, applicantPaths: string[]) {
  return exec
    .selectFrom('tasks_applications as a')
    .select('a.id')
    .where('a.district_id', '=', task.district_id)
    .where('a.task_id', '=', task.id)
    .where('a.status', '=', 'submitted')
    .where(nodeInPaths('a.applicant_node_id', applicantPaths))
    .executeTakeFirst();
}

/** Inserts an application; no row when the unit already applied. */
export function insertApplication(trx: Executor, row: Insertable<DB['tasks_applications']>) {
  return trx
    .insertInto('tasks_applications')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
}

/** All of a task's applications, locked (for the award). */
export function lockApplicationsOfTask(trx: Executor, task: Key) {
  return trx
    .selectFrom('tasks_applications')
    .selectAll()
    .where('district_id', '=', task.district_id)
    .where('task_id', '=', task.id)
    .forUpdate()
    .execute();
}

/** An application by a unit in applicantPaths, locked. */
export function lockOwnApplication(trx: Executor, id: string, applicantPaths: string[]) {
  return trx
    .selectFrom('tasks_applications as a')
    .selectAll('a')
    .where('a.id', '=', id)
    .where(nodeInPaths('a.applicant_node_id', applicantPaths))
    .forUpdate()
    .executeTakeFirst();
}

/** Sets an application's status. */
export function setApplicationStatus(trx: Executor, a: Key, status: string) {
  return trx
    .updateTable('tasks_applications')
    .set({ status })
    .where('district_id', '=', a.district_id)
    .where('id', '=', a.id)
    .execute();
}

/** Declines a task's submitted applications; their units. */
export function declineOpenApplications(trx: Executor, task: Key) {
  return trx
    .updateTable('tasks_applications')
    .set({ status: 'not_awarded' })
    .where('district_id', '=', task.district_id)
    .where('task_id', '=', task.id)
    .where('status', '=', 'submitted')
    .returning(['applicant_node_id'])
    .execute();
}

/** Inserts a task's award row. */
export function insertAward(trx: Executor, row: Insertable<DB['tasks_awards']>) {
  return trx.insertInto('tasks_awards').values(row).execute();
}

/** Inserts the units a task is awarded to. */
export function insertAwardUnits(trx: Executor, rows: Insertable<DB['tasks_award_units']>[]) {
  return trx.insertInto('tasks_award_units').values(rows).execute();
}

/** Moves a task to awarded with its commanding cadre. */
export function markTaskAwarded(
  trx: Executor,
  task: Key,
  v: {
    status: string;
    commander_name: string;
    commander_person_id: string | null;
    commander_account_id: string | null;
    beneficiaries: number;
  },
) {
  return trx
    .updateTable('tasks_tasks')
    .set((eb) => ({ ...v, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('district_id', '=', task.district_id)
    .where('id', '=', task.id)
    .execute();
}

/** Cancels a task with its reason. */
export function markTaskCancelled(
  trx: Executor,
  task: Key,
  v: { status: string; cancel_reason: string; version: number },
) {
  return trx
    .updateTable('tasks_tasks')
    .set({
      status: v.status,
      cancelled_at: new Date(),
      cancel_reason: v.cancel_reason,
      version: v.version,
      updated_at: new Date(),
    })
    .where('district_id', '=', task.district_id)
    .where('id', '=', task.id)
    .execute();
}
