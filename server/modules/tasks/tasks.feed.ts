/**
 * TasksFeed: what 一榜三令 offers the modules that act on its results (seed 000: 结果将分级分类分别运用于
 * 公开通报、绩效分值、亮点赋分、评优评先、休整休养、嘉奖激励以及干部考核和任用). Issued orders with their typed
 * consequences, points per cadre or unit per month, the tasks units claimed or led, and the political
 * performance recorded for claiming units and their cadres. Set-based reads of the district's rows;
 * no actor: the consuming module scopes its own callers.
 */
import { sql } from 'kysely';
import type { Db } from '../../platform/db/db.ts';
import type { ConsequenceKind } from './tasks.schemas.ts';

/** Who and when: a district's persons or units over a period (Shanghai days, inclusive). */
export interface TasksFeedFilter {
  districtId: string;
  personIds?: string[];
  unitNodeIds?: string[];
  from: string;
  to: string;
}

/** One typed consequence of an issued order, with whom it concerns. */
export interface FeedConsequence {
  kind: ConsequenceKind;
  points: number;
  note: string;
  personId: string | null;
  nodeId: string | null;
}

/** An issued order naming one of the filter's persons (as commander) or units (as a receiving unit). */
export interface FeedOrderOut {
  orderId: string;
  type: 'responsibility' | 'commendation' | 'accountability';
  number: string | null;
  issuedAt: string;
  taskTitle: string;
  /** The filter's person the order names as commander (else null). */
  personId: string | null;
  /** The filter's unit that received it (the lead first), else null. */
  unitNodeId: string | null;
  /** What drafted it (进展滞后、排名滞后、逾期、到期未达标、违规、达标), null when by hand or on award. */
  trigger: string | null;
  consequences: FeedConsequence[];
}

/** A task a unit claimed (揭榜) or is responsible for. */
export interface FeedTaskOut {
  taskId: string;
  title: string;
  unitNodeId: string;
  status: string;
  colour: string | null;
  progress: number;
}

/** Political performance recorded for a claiming unit or its cadre (政治忠诚、政治定力、政治担当、政治能力、政治自律). */
export interface FeedPerformance {
  id: string;
  taskId: string;
  taskTitle: string;
  unitNodeId: string;
  personId: string | null;
  aspect: 'loyalty' | 'steadfastness' | 'commitment' | 'capability' | 'discipline';
  positive: boolean;
  note: string;
  occurredOn: string;
}

/** The public feed of the tasks module. */
export interface TasksFeed {
  ordersOf(f: TasksFeedFilter): Promise<FeedOrderOut[]>;
  pointsOf(
    f: TasksFeedFilter,
  ): Promise<{ personId: string | null; unitNodeId: string | null; month: string; points: number }[]>;
  tasksOf(f: { districtId: string; unitNodeIds: string[]; from: string; to: string }): Promise<FeedTaskOut[]>;
  performanceOf(f: TasksFeedFilter): Promise<FeedPerformance[]>;
}

const uuids = (xs: readonly string[] | undefined) => sql`${sql.val([...(xs ?? [])])}::uuid[]`;

/** Builds the feed over the tasks tables. */
export function createTasksFeed(deps: { db: Db }): TasksFeed {
  const { db } = deps;

  async function ordersOf(f: TasksFeedFilter): Promise<FeedOrderOut[]> {
    const persons = uuids(f.personIds);
    const units = uuids(f.unitNodeIds);
    const orders = await sql<{
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
      ORDER BY o.issued_at, o.id`.execute(db);
    if (!orders.rows.length) return [];
    const cons = await sql<{
      order_id: string;
      kind: ConsequenceKind;
      points: number;
      note: string;
      subject_person_id: string | null;
      subject_node_id: string | null;
    }>`
      SELECT c.order_id, c.kind, c.points, c.note, c.subject_person_id, c.subject_node_id
      FROM tasks_consequences c
      WHERE c.district_id = ${f.districtId} AND c.order_id = ANY(${uuids(orders.rows.map((o) => o.id))})
        AND (c.subject_person_id = ANY(${persons}) OR c.subject_node_id = ANY(${units}))
      ORDER BY c.created_at, c.id`.execute(db);
    const byOrder = new Map<string, FeedConsequence[]>();
    for (const c of cons.rows)
      byOrder.set(c.order_id, [
        ...(byOrder.get(c.order_id) ?? []),
        {
          kind: c.kind,
          points: Number(c.points),
          note: c.note,
          personId: c.subject_person_id,
          nodeId: c.subject_node_id,
        },
      ]);
    return orders.rows.map((o) => ({
      orderId: o.id,
      type: o.type,
      number: o.number,
      issuedAt: new Date(o.issued_at).toISOString(),
      taskTitle: o.title,
      personId: o.person_id,
      unitNodeId: o.unit_node_id,
      trigger: o.trigger,
      consequences: byOrder.get(o.id) ?? [],
    }));
  }

  return {
    ordersOf,

    async pointsOf(f) {
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
        ORDER BY 3, 1, 2`.execute(db);
      return r.rows.map((x) => ({
        personId: x.person_id,
        unitNodeId: x.node_id,
        month: x.month,
        points: Math.round(Number(x.points) * 100) / 100,
      }));
    },

    async tasksOf(f) {
      if (!f.unitNodeIds.length) return [];
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
        ORDER BY t.id, n.node_id`.execute(db);
      return r.rows.map((t) => ({
        taskId: t.id,
        title: t.title,
        unitNodeId: t.node_id,
        status: t.status,
        colour: t.eval_status,
        progress: Number(t.actual_progress),
      }));
    },

    async performanceOf(f) {
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
        ORDER BY p.occurred_on, p.id`.execute(db);
      return r.rows.map((p) => ({
        id: p.id,
        taskId: p.task_id,
        taskTitle: p.title,
        unitNodeId: p.node_id,
        personId: p.person_id,
        aspect: p.aspect,
        positive: p.positive,
        note: p.note,
        occurredOn: p.occurred_on,
      }));
    },
  };
}
