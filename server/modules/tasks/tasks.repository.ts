/**
 * SQL for the tasks module's own tables: rows by id (locks), milestones and units, the gapless
 * counter; the set-based evaluation in tasks.evaluation.repository.ts (re-exported here).
 */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { OrderType } from './tasks.rules.ts';
export * from './tasks.evaluation.repository.ts';

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
  'cancel_reason',
  'lag_since',
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
