/** SQL of rankings and points: the unit leaderboard, a year's tasks in progress, orders and points for assessment. */
import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { TASK_COLUMNS } from './tasks.repository.ts';

/** Each unit's tasks, completions on time, issued orders, mean progress and points in a district's year. */
export async function unitLeaderboard(exec: Executor, districtId: string, year: number) {
  const r = await sql<{
    node_id: string;
    name: string;
    tasks: number;
    completed_on_time: number;
    commendations: number;
    accountabilities: number;
    avg_progress: number;
    points: number;
  }>`
        SELECT u.node_id, min(u.name) AS name, count(DISTINCT t.id)::int AS tasks,
          count(DISTINCT t.id) FILTER (WHERE t.status = 'completed'
            AND (t.completed_at AT TIME ZONE 'Asia/Shanghai')::date <= t.deadline)::int AS completed_on_time,
          (SELECT count(*) FROM tasks_orders o JOIN tasks_award_units u2 ON u2.district_id = o.district_id AND u2.task_id = o.task_id
             JOIN tasks_tasks t2 ON t2.district_id = o.district_id AND t2.id = o.task_id
           WHERE u2.node_id = u.node_id AND o.type = 'commendation' AND o.status = 'issued' AND t2.year = ${year})::int AS commendations,
          (SELECT count(*) FROM tasks_orders o JOIN tasks_award_units u2 ON u2.district_id = o.district_id AND u2.task_id = o.task_id
             JOIN tasks_tasks t2 ON t2.district_id = o.district_id AND t2.id = o.task_id
           WHERE u2.node_id = u.node_id AND o.type = 'accountability' AND o.status = 'issued' AND t2.year = ${year})::int AS accountabilities,
          coalesce(avg(t.actual_progress), 0)::float8 AS avg_progress,
          coalesce((SELECT sum(c.points) FROM tasks_consequences c JOIN tasks_orders o ON o.district_id = c.district_id AND o.id = c.order_id
             JOIN tasks_tasks t3 ON t3.district_id = o.district_id AND t3.id = o.task_id
           WHERE c.subject_node_id = u.node_id AND t3.year = ${year}), 0)::float8 AS points
        FROM tasks_award_units u
        JOIN tasks_tasks t ON t.district_id = u.district_id AND t.id = u.task_id
        WHERE u.district_id = ${districtId} AND t.year = ${year} AND t.kind = 'list_task'
        GROUP BY u.node_id`.execute(exec);
  return r.rows;
}

/** A district's list tasks of a year that are awarded or completed. */
export function claimedListTasks(exec: Executor, districtId: string, year: number) {
  return exec
    .selectFrom('tasks_tasks')
    .select(TASK_COLUMNS)
    .where('district_id', '=', districtId)
    .where('year', '=', year)
    .where('kind', '=', 'list_task')
    .where('status', 'in', ['awarded', 'completed'])
    .execute();
}

/** Whose orders and points: a unit, a person, within some districts (all when not given). */
export type PointsSubject = { nodeId?: string; personId?: string; districtIds?: string[] };

const inDistricts = (col: string, districtIds?: string[]) =>
  districtIds ? sql<SqlBool>`${sql.ref(col)} = ANY(${sql.val(districtIds)}::uuid[])` : sql<SqlBool>`true`;

const subject = (q: PointsSubject, o: 'o' | 'c') =>
  sql<SqlBool>`(${q.nodeId ? sql`${sql.ref(o === 'o' ? 'o.unit_node_id' : 'c.subject_node_id')} = ${q.nodeId}` : sql`false`}
        OR ${q.personId ? sql`${sql.ref(o === 'o' ? 'o.commander_person_id' : 'c.subject_person_id')} = ${q.personId}` : sql`false`})`;

/**
 * Orders issued in [from, to) to the subject: to the unit as the order's unit or one of its task's
 * awarded units, to the person as its commander; in issue order.
 */
export function issuedOrdersOf(exec: Executor, q: PointsSubject, from: Date, to: Date) {
  return exec
    .selectFrom('tasks_orders as o')
    .innerJoin('tasks_tasks as t', (j) =>
      j.onRef('t.district_id', '=', 'o.district_id').onRef('t.id', '=', 'o.task_id'),
    )
    .select(['o.id', 'o.type', 'o.number', 't.title', 'o.issued_at'])
    .where('o.status', '=', 'issued')
    .where(inDistricts('o.district_id', q.districtIds))
    .where('o.issued_at', '>=', from)
    .where('o.issued_at', '<', to)
    .where(
      q.nodeId
        ? sql<SqlBool>`(${subject(q, 'o')} OR EXISTS (SELECT 1 FROM tasks_award_units u WHERE u.district_id = o.district_id AND u.task_id = o.task_id AND u.node_id = ${q.nodeId}))`
        : subject(q, 'o'),
    )
    .orderBy('o.issued_at')
    .execute();
}

/** Consequences for the subject of orders issued in [from, to), in the order recorded. */
export function consequencesOf(exec: Executor, q: PointsSubject, from: Date, to: Date) {
  return exec
    .selectFrom('tasks_consequences as c')
    .innerJoin('tasks_orders as o', (j) =>
      j.onRef('o.district_id', '=', 'c.district_id').onRef('o.id', '=', 'c.order_id'),
    )
    .select([
      'c.id',
      'c.order_id',
      'c.kind',
      'c.points',
      'c.note',
      'c.subject_node_id',
      'c.subject_person_id',
      'c.created_at',
    ])
    .where('o.issued_at', '>=', from)
    .where('o.issued_at', '<', to)
    .where(inDistricts('c.district_id', q.districtIds))
    .where(subject(q, 'c'))
    .orderBy('c.created_at')
    .execute();
}

/** Party-building projects of a district's year: listed, claimed, claiming units, beneficiaries. */
export async function partyProjectSummary(exec: Executor, districtId: string, year: number) {
  const r = await sql<{ projects: number; claimed: number; units: number; beneficiaries: number }>`
        SELECT count(*)::int AS projects,
          count(*) FILTER (WHERE t.status IN ('awarded', 'completed'))::int AS claimed,
          (SELECT count(DISTINCT (u.node_id, u.party_org_id)) FROM tasks_award_units u JOIN tasks_tasks t2
             ON t2.district_id = u.district_id AND t2.id = u.task_id
           WHERE u.district_id = ${districtId} AND t2.kind = 'party_project' AND t2.year = ${year})::int AS units,
          coalesce(sum(t.beneficiaries), 0)::int AS beneficiaries
        FROM tasks_tasks t
        WHERE t.district_id = ${districtId} AND t.kind = 'party_project' AND t.year = ${year} AND t.status <> 'cancelled'`.execute(
    exec,
  );
  return r.rows[0];
}
