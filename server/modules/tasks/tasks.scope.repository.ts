/**
 * The tasks module's scope as SQL: which task rows an actor manages or sees, whether the actor acts
 * for one of a task's awarded units, and whether an order is in the actor's management scope. The
 * checks run on the caller's executor (never a second connection inside a transaction: under a burst
 * of requests that would exhaust the pool and deadlock).
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import { scopePaths, type Actor } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';

type TaskKey = { district_id: string; id: string };

/** SQL: the actor manages the task row t (its district's org dept.; a party project's community). */
export function manageScope(actor: Actor | null): Expression<SqlBool> {
  return sql<SqlBool>`(${nodeInPaths('t.district_id', scopePaths(actor, 'tasks.manage'))}
      OR (t.kind = 'party_project' AND ${nodeInPaths('t.owner_node_id', scopePaths(actor, 'tasks.party.manage'))}))`;
}

/**
 * SQL: the task rows t the actor may see: managers of its district; its own units (and a party
 * project's community); and any unit of the district (districts: where the actor reads tasks)
 * while the task is open for claiming.
 */
export function taskScope(actor: Actor | null, districts: string[]): Expression<SqlBool> {
  const read = scopePaths(actor, 'tasks.read');
  return sql<SqlBool>`(${manageScope(actor)}
      OR ${nodeInPaths('t.owner_node_id', read)}
      OR ${nodeInPaths('t.responsible_node_id', read)}
      OR (t.status = 'published' AND ${districts.length ? sql<SqlBool>`t.district_id = ANY(${sql.val(districts)}::uuid[])` : sql<SqlBool>`false`})
      OR EXISTS (SELECT 1 FROM tasks_award_units u WHERE u.district_id = t.district_id AND u.task_id = t.id
                 AND ${nodeInPaths('u.node_id', read)}))`;
}

/** The task's id when the actor manages it. */
export function managedTaskId(exec: Executor, actor: Actor | null, task: TaskKey) {
  return exec
    .selectFrom('tasks_tasks as t')
    .select('t.id')
    .where('t.district_id', '=', task.district_id)
    .where('t.id', '=', task.id)
    .where(manageScope(actor))
    .executeTakeFirst();
}

/** The task's id when the actor may see it (districts: where the actor reads tasks). */
export function visibleTaskId(exec: Executor, actor: Actor | null, task: TaskKey, districts: string[]) {
  return exec
    .selectFrom('tasks_tasks as t')
    .select('t.id')
    .where('t.district_id', '=', task.district_id)
    .where('t.id', '=', task.id)
    .where(taskScope(actor, districts))
    .executeTakeFirst();
}

/** One of the task's awarded units the actor holds action on, if any. */
export function ownAwardUnit(exec: Executor, actor: Actor | null, task: TaskKey, action: string) {
  return exec
    .selectFrom('tasks_award_units as u')
    .select('u.node_id')
    .where('u.district_id', '=', task.district_id)
    .where('u.task_id', '=', task.id)
    .where(nodeInPaths('u.node_id', scopePaths(actor, action)))
    .executeTakeFirst();
}

/** The order's id when its district is in the actor's management scope. */
export function managedOrderId(exec: Executor, actor: Actor | null, districtId: string, id: string) {
  return exec
    .selectFrom('tasks_orders as o')
    .select('o.id')
    .where('o.district_id', '=', districtId)
    .where('o.id', '=', id)
    .where(nodeInPaths('o.district_id', scopePaths(actor, 'tasks.manage')))
    .executeTakeFirst();
}
