/**
 * TasksFeed: what 一榜三令 offers the modules that act on its results (seed 000: 结果将分级分类分别运用于
 * 公开通报、绩效分值、亮点赋分、评优评先、休整休养、嘉奖激励以及干部考核和任用). Issued orders with their typed
 * consequences, points per cadre or unit per month, the tasks units claimed or led, and the political
 * performance recorded for claiming units and their cadres. Set-based reads of the district's rows;
 * no actor: the consuming module scopes its own callers.
 */
import type { Db } from '../../platform/db/db.ts';
import * as repo from './tasks.feed.repository.ts';
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

/** Builds the feed over the tasks tables. */
export function createTasksFeed(deps: { db: Db }): TasksFeed {
  const { db } = deps;

  async function ordersOf(f: TasksFeedFilter): Promise<FeedOrderOut[]> {
    const orders = await repo.feedOrders(db, f);
    if (!orders.length) return [];
    const cons = await repo.feedConsequences(
      db,
      f,
      orders.map((o) => o.id),
    );
    const byOrder = new Map<string, FeedConsequence[]>();
    for (const c of cons)
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
    return orders.map((o) => ({
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
      const rows = await repo.feedPointsByMonth(db, f);
      return rows.map((x) => ({
        personId: x.person_id,
        unitNodeId: x.node_id,
        month: x.month,
        points: Math.round(Number(x.points) * 100) / 100,
      }));
    },

    async tasksOf(f) {
      if (!f.unitNodeIds.length) return [];
      const rows = await repo.feedTasks(db, f);
      return rows.map((t) => ({
        taskId: t.id,
        title: t.title,
        unitNodeId: t.node_id,
        status: t.status,
        colour: t.eval_status,
        progress: Number(t.actual_progress),
      }));
    },

    async performanceOf(f) {
      const rows = await repo.feedPerformance(db, f);
      return rows.map((p) => ({
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
