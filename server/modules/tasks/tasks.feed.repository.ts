/**
 * SQL of the feed the modules acting on results read (cadre assessment): orders, consequences,
 * points, tasks, performance.
 */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { FeedOrderOut, FeedPerformance, TasksFeedFilter } from './tasks.feed.ts';
import type { ConsequenceKind } from './tasks.schemas.ts';

const uuids = (xs: readonly string[] | undefined) => sql`${sql.val([...(xs ?? [])])}::uuid[]`;

/**
 * Orders issued in the period to the persons (as commander), the units (as awarded) or with a
 * consequence for either; in issue order.
 */
export async function feedOrders(exec: Executor, f: TasksFeedFilter) {
  const persons = uuids(f.personIds);
  const units = uuids(f.unitNodeIds);
  const r = await sql<{
    id: string;
    type: FeedOrderOut['type'];
    number: string | null;
    issued_at: Date;
    title: string;
    trigger: string | null;
    person_id: string | null;
    unit_node_id: string | null;
  }>`
    SELECT o.id, o.type, o.number, o.issued_at, t.title, o.trigger,
      CASE WHEN o.commander_person_id = ANY(${persons}) THEN o.commander_person_id END AS person_id,
      (SELECT u.node_id FROM tasks_award_units u WHERE u.district_id = o.district_id AND u.task_id = o.task_id
         AND u.node_id = ANY(${units}) ORDER BY u.lead DESC, u.name LIMIT 1) AS unit_node_id
    FROM tasks_orders o
    JOIN tasks_tasks t ON t.district_id = o.district_id AND t.id = o.task_id
    WHERE o.district_id = ${f.districtId} AND o.status = 'issued'
      AND o.issued_at >= (${f.from}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
      AND o.issued_at < (${f.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
      AND (o.commander_person_id = ANY(${persons})
        OR EXISTS (SELECT 1 FROM tasks_award_units u WHERE u.district_id = o.district_id
                   AND u.task_id = o.task_id AND u.node_id = ANY(${units}))
        OR EXISTS (SELECT 1 FROM tasks_consequences c WHERE c.district_id = o.district_id AND c.order_id = o.id
                   AND (c.subject_person_id = ANY(${persons}) OR c.subject_node_id = ANY(${units}))))
    ORDER BY o.issued_at, o.id`.execute(exec);
  return r.rows;
}

/** The consequences of orders for the filter's persons or units, in the order recorded. */
export async function feedConsequences(exec: Executor, f: TasksFeedFilter, orderIds: string[]) {
  const persons = uuids(f.personIds);
  const units = uuids(f.unitNodeIds);
  const r = await sql<{
    order_id: string;
    kind: ConsequenceKind;
    points: number;
    note: string;
    subject_person_id: string | null;
    subject_node_id: string | null;
  }>`
    SELECT c.order_id, c.kind, c.points, c.note, c.subject_person_id, c.subject_node_id
    FROM tasks_consequences c
    WHERE c.district_id = ${f.districtId} AND c.order_id = ANY(${uuids(orderIds)})
      AND (c.subject_person_id = ANY(${persons}) OR c.subject_node_id = ANY(${units}))
    ORDER BY c.created_at, c.id`.execute(exec);
  return r.rows;
}

/** Points of consequences for the filter's persons or units, per person or unit and month of issue. */
export async function feedPointsByMonth(exec: Executor, f: TasksFeedFilter) {
  const r = await sql<{
    person_id: string | null;
    node_id: string | null;
    month: string;
    points: number;
  }>`
    SELECT CASE WHEN c.subject_person_id = ANY(${uuids(f.personIds)}) THEN c.subject_person_id END AS person_id,
      CASE WHEN c.subject_node_id = ANY(${uuids(f.unitNodeIds)}) THEN c.subject_node_id END AS node_id,
      to_char(o.issued_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
      sum(c.points)::float8 AS points
    FROM tasks_consequences c
    JOIN tasks_orders o ON o.district_id = c.district_id AND o.id = c.order_id
    WHERE c.district_id = ${f.districtId} AND o.status = 'issued'
      AND o.issued_at >= (${f.from}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
      AND o.issued_at < (${f.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
      AND (c.subject_person_id = ANY(${uuids(f.personIds)}) OR c.subject_node_id = ANY(${uuids(f.unitNodeIds)}))
    GROUP BY 1, 2, 3
    ORDER BY 3, 1, 2`.execute(exec);
  return r.rows;
}

/** Tasks not cancelled running in the period that were awarded to (or are the responsibility of) the units. */
export async function feedTasks(
  exec: Executor,
  f: { districtId: string; unitNodeIds: string[]; from: string; to: string },
) {
  const units = uuids(f.unitNodeIds);
  const r = await sql<{
    id: string;
    title: string;
    node_id: string;
    status: string;
    eval_status: string | null;
    actual_progress: number;
  }>`
    SELECT DISTINCT t.id, t.title, n.node_id, t.status, t.eval_status, t.actual_progress
    FROM tasks_tasks t
    CROSS JOIN LATERAL (
      SELECT u.node_id FROM tasks_award_units u WHERE u.district_id = t.district_id AND u.task_id = t.id
      UNION SELECT t.responsible_node_id WHERE t.responsible_node_id IS NOT NULL) n
    WHERE t.district_id = ${f.districtId} AND t.status <> 'cancelled' AND n.node_id = ANY(${units})
      AND t.start_date <= ${f.to}::date AND t.deadline >= ${f.from}::date
    ORDER BY t.id, n.node_id`.execute(exec);
  return r.rows;
}

/** Performance recorded in the period for the filter's persons or units, by day. */
export async function feedPerformance(exec: Executor, f: TasksFeedFilter) {
  const r = await sql<{
    id: string;
    task_id: string;
    title: string;
    node_id: string;
    person_id: string | null;
    aspect: FeedPerformance['aspect'];
    positive: boolean;
    note: string;
    occurred_on: string;
  }>`
    SELECT p.id, p.task_id, t.title, p.node_id, p.person_id, p.aspect, p.positive, p.note,
      p.occurred_on::text AS occurred_on
    FROM tasks_performance p
    JOIN tasks_tasks t ON t.district_id = p.district_id AND t.id = p.task_id
    WHERE p.district_id = ${f.districtId}
      AND p.occurred_on BETWEEN ${f.from}::date AND ${f.to}::date
      AND (p.person_id = ANY(${uuids(f.personIds)}) OR p.node_id = ANY(${uuids(f.unitNodeIds)}))
    ORDER BY p.occurred_on, p.id`.execute(exec);
  return r.rows;
}
