/**
 * What assessment reads from 一榜三令: issued orders with their consequences, points, and the tasks a
 * unit claimed or led. The port is defined here (what assessment consumes); the composition root
 * passes an adapter over the tasks module's public service.
 */
import type { RequestContext } from '../../platform/access/access.ts';
import type { FeedOrder } from './assessment.rules.ts';

/** Who and when: a district's persons or units over a period (days, inclusive). */
export interface FeedFilter {
  districtId: string;
  personIds?: string[];
  unitNodeIds?: string[];
  from: string;
  to: string;
}

/** A task a unit claimed or led, with its colour and progress. */
export interface FeedTask {
  taskId: string;
  title: string;
  unitNodeId: string;
  status: string;
  colour: string | null;
  progress: number;
}

/** The tasks module's feed, as assessment consumes it. */
export interface AssessmentTaskFeed {
  /** Issued orders naming these persons (commander or consequence subject) or units. */
  ordersOf(f: FeedFilter): Promise<FeedOrder[]>;
  /** Points per person or unit per month ('YYYY-MM'), from orders' consequences. */
  pointsOf(
    f: FeedFilter,
  ): Promise<{ personId: string | null; unitNodeId: string | null; month: string; points: number }[]>;
  /** Tasks the units claimed or led in the period. */
  tasksOf(f: { districtId: string; unitNodeIds: string[]; from: string; to: string }): Promise<FeedTask[]>;
}

/** The tasks service verbs the interim adapter uses (until the tasks module offers TasksFeed). */
export interface TasksVerbs {
  ordersAndPoints(q: { nodeId?: string; personId?: string; from: string; to: string }): Promise<{
    orders: {
      orderId: string;
      type: FeedOrder['type'];
      number: string | null;
      taskTitle: string;
      issuedAt: string;
    }[];
    consequences: {
      orderId: string;
      kind: string;
      points: number;
      note: string;
      subjectNodeId: string | null;
      subjectPersonId: string | null;
    }[];
  }>;
  tasks(
    ctx: RequestContext,
    q: Record<string, never>,
  ): Promise<
    {
      id: string;
      title: string;
      status: string;
      evalStatus: string | null;
      actualProgress: number;
      deadline: string;
      units: { nodeId: string }[];
      responsibleNodeId: string | null;
    }[]
  >;
}

/** Runs fn over items a few at a time. */
async function inChunks<T, R>(items: readonly T[], size: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

/**
 * The interim adapter over what the tasks module exposes today: ordersAndPoints per person or per
 * unit (merged by order), and the task board read with a system context of the district's
 * organisation department. Replace with the tasks module's TasksFeed once it is on main.
 */
export function feedFromTasksVerbs(
  tasks: TasksVerbs,
  org: { findNode(id: string): Promise<{ id: string; districtId: string; path: string } | null> },
): AssessmentTaskFeed {
  async function ordersOf(f: FeedFilter): Promise<FeedOrder[]> {
    const byId = new Map<string, FeedOrder>();
    const take = (
      r: Awaited<ReturnType<TasksVerbs['ordersAndPoints']>>,
      who: { personId?: string; nodeId?: string },
    ) => {
      for (const o of r.orders) {
        const cur = byId.get(o.orderId);
        if (cur) {
          cur.personId ??= who.personId ?? null;
          cur.unitNodeId ??= who.nodeId ?? null;
          continue;
        }
        byId.set(o.orderId, {
          ...o,
          personId: who.personId ?? null,
          unitNodeId: who.nodeId ?? null,
          consequences: [],
        });
      }
      for (const c of r.consequences) {
        let o = byId.get(c.orderId);
        if (!o) {
          // a consequence on an order that names someone else: the order's type follows its sign
          o = {
            orderId: c.orderId,
            type: c.points >= 0 ? 'commendation' : 'accountability',
            number: null,
            issuedAt: f.to,
            taskTitle: c.note,
            personId: null,
            unitNodeId: null,
            consequences: [],
          };
          byId.set(c.orderId, o);
        }
        if (
          !o.consequences.some(
            (x) => x.note === c.note && x.personId === c.subjectPersonId && x.kind === c.kind,
          )
        )
          o.consequences.push({
            kind: c.kind,
            points: c.points,
            note: c.note,
            personId: c.subjectPersonId,
            nodeId: c.subjectNodeId,
          });
      }
    };
    await inChunks(f.personIds ?? [], 8, async (personId) =>
      take(await tasks.ordersAndPoints({ personId, from: f.from, to: f.to }), { personId }),
    );
    await inChunks(f.unitNodeIds ?? [], 8, async (nodeId) =>
      take(await tasks.ordersAndPoints({ nodeId, from: f.from, to: f.to }), { nodeId }),
    );
    return [...byId.values()].sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
  }
  return {
    ordersOf,
    async pointsOf(f) {
      const out = new Map<
        string,
        { personId: string | null; unitNodeId: string | null; month: string; points: number }
      >();
      for (const o of await ordersOf(f))
        for (const c of o.consequences) {
          const k = `${c.personId}|${c.nodeId}|${o.issuedAt.slice(0, 7)}`;
          const row = out.get(k) ?? {
            personId: c.personId,
            unitNodeId: c.nodeId,
            month: o.issuedAt.slice(0, 7),
            points: 0,
          };
          row.points += c.points;
          out.set(k, row);
        }
      return [...out.values()];
    },
    async tasksOf(f) {
      const district = await org.findNode(f.districtId);
      if (!district || f.unitNodeIds.length === 0) return [];
      const system: RequestContext = {
        actor: {
          userId: '00000000-0000-0000-0000-000000000000',
          username: 'system',
          displayName: 'assessment',
          personId: null,
          grants: [
            {
              role: 'org_officer',
              nodeId: district.id,
              districtId: district.districtId,
              path: district.path,
            },
          ],
        },
        ip: '127.0.0.1',
        userAgent: 'gongzhi-assessment',
        lang: 'zh-CN',
      };
      const units = new Set(f.unitNodeIds);
      const out: FeedTask[] = [];
      for (const t of await tasks.tasks(system, {})) {
        const mine = t.units.map((u) => u.nodeId).filter((n) => units.has(n));
        if (t.responsibleNodeId && units.has(t.responsibleNodeId)) mine.push(t.responsibleNodeId);
        for (const unitNodeId of new Set(mine))
          out.push({
            taskId: t.id,
            title: t.title,
            unitNodeId,
            status: t.status,
            colour: t.evalStatus,
            progress: t.actualProgress,
          });
      }
      return out;
    },
  };
}
