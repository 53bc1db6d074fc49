/** SQL of the tasks module's to-do lists on the home page: one function per query. */
import { sql, type SqlBool } from 'kysely';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';

/** Draft orders in the managed districts, with whether a 容错 application waits on each. */
export function findDraftOrders(db: Executor, manage: string[]) {
  return db
    .selectFrom('tasks_orders as o')
    .innerJoin('tasks_tasks as t', (j) =>
      j.onRef('t.district_id', '=', 'o.district_id').onRef('t.id', '=', 'o.task_id'),
    )
    .select(['o.id', 'o.type', 't.title'])
    .select(
      sql<boolean>`EXISTS (SELECT 1 FROM tasks_exemptions x WHERE x.district_id = o.district_id
        AND x.order_id = o.id AND x.status = 'pending')`.as('pending'),
    )
    .where('o.status', '=', 'draft')
    .where(nodeInPaths('o.district_id', manage))
    .orderBy('o.created_at')
    .limit(200)
    .execute();
}

/** Awarded tasks turning red or yellow: a managed district's all, a unit's own. */
export function findLaggingTasks(db: Executor, manage: string[], read: string[]) {
  return db
    .selectFrom('tasks_tasks as t')
    .select(['t.id', 't.title', 't.eval_status', 't.deadline'])
    .where('t.status', '=', 'awarded')
    .where('t.eval_status', 'in', ['red', 'yellow'])
    .where(
      sql<SqlBool>`(${nodeInPaths('t.district_id', manage)} OR EXISTS (SELECT 1 FROM tasks_award_units u
        WHERE u.district_id = t.district_id AND u.task_id = t.id AND ${nodeInPaths('u.node_id', read)}))`,
    )
    .orderBy(sql`t.eval_status = 'red'`, 'desc')
    .orderBy('t.deadline')
    .limit(200)
    .execute();
}

/** Tasks whose units still owe an indicator's actual value, due by the horizon, no commendation yet. */
export function findIndicatorsToReport(db: Executor, report: string[], horizon: string) {
  return db
    .selectFrom('tasks_tasks as t')
    .select(['t.id', 't.title', 't.deadline'])
    .where('t.status', 'in', ['awarded', 'completed'])
    .where(
      sql<SqlBool>`EXISTS (SELECT 1 FROM jsonb_array_elements(t.indicators) i
        WHERE jsonb_typeof(i->'actual') IS DISTINCT FROM 'number')`,
    )
    .where(
      sql<SqlBool>`NOT EXISTS (SELECT 1 FROM tasks_orders o WHERE o.district_id = t.district_id
        AND o.task_id = t.id AND o.type = 'commendation' AND o.status <> 'dismissed')`,
    )
    .where(
      sql<SqlBool>`EXISTS (SELECT 1 FROM tasks_award_units u WHERE u.district_id = t.district_id
        AND u.task_id = t.id AND ${nodeInPaths('u.node_id', report)})`,
    )
    .where('t.deadline', '<=', horizon)
    .orderBy('t.deadline')
    .limit(200)
    .execute();
}

/** Issued orders the account commands or its units received and it has not acknowledged. */
export function findOrdersToAcknowledge(db: Executor, userId: string, ack: string[]) {
  return db
    .selectFrom('tasks_orders as o')
    .select(['o.id', 'o.number', 'o.title'])
    .where('o.status', '=', 'issued')
    .where(
      sql<SqlBool>`(o.commander_account_id = ${userId} OR EXISTS (SELECT 1 FROM tasks_award_units u
        WHERE u.district_id = o.district_id AND u.task_id = o.task_id AND ${nodeInPaths('u.node_id', ack)}))`,
    )
    .where(
      sql<SqlBool>`NOT EXISTS (SELECT 1 FROM tasks_acknowledgements a WHERE a.district_id = o.district_id
        AND a.order_id = o.id AND a.user_id = ${userId})`,
    )
    .orderBy('o.issued_at', 'desc')
    .limit(200)
    .execute();
}

/** Issued orders of a year naming the person as commander or as subject of a consequence, with their points. */
export function findOrdersOfPerson(db: Executor, personId: string, year: number) {
  return sql<{ id: string; number: string | null; title: string; points: number }>`
    SELECT o.id, o.number, o.title,
      coalesce((SELECT sum(c.points) FROM tasks_consequences c WHERE c.district_id = o.district_id
        AND c.order_id = o.id AND c.subject_person_id = ${personId}), 0)::float8 AS points
    FROM tasks_orders o
    WHERE o.status = 'issued' AND o.year = ${year}
      AND (o.commander_person_id = ${personId} OR EXISTS (SELECT 1 FROM tasks_consequences c
        WHERE c.district_id = o.district_id AND c.order_id = o.id AND c.subject_person_id = ${personId}))
    ORDER BY o.issued_at DESC LIMIT 200`.execute(db);
}

/**
 * A node's figures for a year: its district's tasks when whole (a district or above), else its
 * units' tasks; and the major projects by stage (the district's, or those the node leads).
 */
/** Tasks `t` of a node: the whole district's, or those awarded to units under the node. */
function tasksOfNode(path: string, whole: boolean) {
  return whole
    ? nodeInPaths('t.district_id', [path])
    : sql<SqlBool>`EXISTS (SELECT 1 FROM tasks_award_units u WHERE u.district_id = t.district_id
        AND u.task_id = t.id AND ${nodeInPaths('u.node_id', [path])})`;
}

/** Uses of results 结果运用 recorded on the year's issued orders of a node's tasks, counted by kind. */
export async function consequenceKinds(db: Executor, path: string, whole: boolean, year: number) {
  const { rows } = await sql<{ kind: string; n: number }>`
    SELECT c.kind, count(*)::int AS n
    FROM tasks_consequences c
    JOIN tasks_orders o ON o.district_id = c.district_id AND o.id = c.order_id AND o.status = 'issued'
    JOIN tasks_tasks t ON t.district_id = o.district_id AND t.id = o.task_id
    WHERE t.year = ${year} AND t.status <> 'cancelled' AND ${tasksOfNode(path, whole)}
    GROUP BY c.kind`.execute(db);
  return rows;
}

export async function nodeFigures(db: Executor, path: string, whole: boolean, year: number) {
  const ofNode = tasksOfNode(path, whole);
  const r = await sql<{
    listed: number;
    claimed: number;
    red: number;
    commendations: number;
    accountabilities: number;
    beneficiaries: number;
  }>`
    SELECT count(*) FILTER (WHERE t.kind = 'list_task' AND t.status <> 'draft')::int AS listed,
      count(*) FILTER (WHERE t.kind = 'list_task' AND t.status IN ('awarded', 'completed'))::int AS claimed,
      count(*) FILTER (WHERE t.status = 'awarded' AND t.eval_status = 'red')::int AS red,
      coalesce(sum((SELECT count(*) FROM tasks_orders o WHERE o.district_id = t.district_id AND o.task_id = t.id
        AND o.status = 'issued' AND o.type = 'commendation')), 0)::int AS commendations,
      coalesce(sum((SELECT count(*) FROM tasks_orders o WHERE o.district_id = t.district_id AND o.task_id = t.id
        AND o.status = 'issued' AND o.type = 'accountability')), 0)::int AS accountabilities,
      coalesce(sum(t.beneficiaries) FILTER (WHERE t.kind = 'party_project'), 0)::int AS beneficiaries
    FROM tasks_tasks t
    WHERE t.year = ${year} AND t.status <> 'cancelled' AND ${ofNode}`.execute(db);
  const p = await sql<{ stage: string; n: number; inv: number | null }>`
    SELECT p.stage, count(*)::int AS n, sum(p.investment)::float8 AS inv FROM tasks_projects p
    WHERE p.year = ${year} AND ${whole ? nodeInPaths('p.district_id', [path]) : nodeInPaths('p.lead_node_id', [path])}
    GROUP BY p.stage`.execute(db);
  return { r, p };
}
