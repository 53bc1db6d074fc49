/** Rankings and points: the unit and task leaderboards of a district's year, a unit's or person's orders and points. */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { InvalidError, NotFoundError } from '../../platform/errors.ts';
import type { TasksCore } from './tasks.core.ts';
import * as rankingsRepo from './tasks.rankings.repository.ts';
import { rankTasks, rankUnits, type OrderType } from './tasks.rules.ts';
import { consequenceView, endOfDay, iso, startOfDay } from './tasks.views.ts';

/** Builds the ranking and points verbs. */
export function createRankings(deps: { core: TasksCore }) {
  const { core } = deps;
  const { db } = core;

  /** A unit's or a person's issued orders and consequences' points in a period. */
  async function points(q: {
    nodeId?: string;
    personId?: string;
    from: string;
    to: string;
    districtIds?: string[];
  }) {
    const from = startOfDay(q.from);
    const to = endOfDay(q.to);
    const orders = await rankingsRepo.issuedOrdersOf(db, q, from, to);
    const cons = await rankingsRepo.consequencesOf(db, q, from, to);
    const consequences = cons.map(consequenceView);
    return {
      orders: orders.map((o) => ({
        orderId: o.id,
        type: o.type as OrderType,
        number: o.number,
        taskTitle: o.title,
        issuedAt: iso(o.issued_at)!,
      })),
      consequences,
      totalPoints: Math.round(consequences.reduce((s, c) => s + c.points, 0) * 100) / 100,
    };
  }

  /** Unit and task rankings of a district's year. */
  async function leaderboard(ctx: RequestContext, q: { districtId: string; year: number }) {
    const actor = requirePermission(ctx, 'tasks.read');
    if (!core.districtsOf(actor, 'tasks.read').includes(q.districtId)) throw new NotFoundError();
    const units = await rankingsRepo.unitLeaderboard(db, q.districtId, q.year);
    const rankedUnits = rankUnits(
      units.map((u) => ({
        nodeId: u.node_id,
        name: u.name,
        tasks: u.tasks,
        completedOnTime: u.completed_on_time,
        commendations: u.commendations,
        accountabilities: u.accountabilities,
        avgProgress: Math.round(Number(u.avg_progress) * 10) / 10,
        points: Number(u.points),
      })),
    );
    const tasks = await rankingsRepo.claimedListTasks(db, q.districtId, q.year);
    const views = await core.taskViews(ctx, tasks);
    const rankedTasks = rankTasks(
      views.map((v) => ({ ...v, planned: v.plannedProgress, actual: v.actualProgress })),
    );
    return {
      units: rankedUnits,
      tasks: rankedTasks.map((v) => ({
        rank: v.rank,
        taskId: v.id,
        title: v.title,
        actualProgress: v.actualProgress,
        plannedProgress: v.plannedProgress,
        evalStatus: v.evalStatus,
      })),
    };
  }

  return {
    leaderboard,

    /** Leaderboards as an Excel workbook. */
    async exportLeaderboard(ctx: RequestContext, q: { districtId: string; year: number }) {
      const board = await leaderboard(ctx, q);
      const { leaderboardWorkbook } = await import('./tasks.export.ts');
      return leaderboardWorkbook(board);
    },

    /** For the cadre-assessment module: a unit's or a person's issued orders and points in a period. */
    ordersAndPoints: (q: { nodeId?: string; personId?: string; from: string; to: string }) => points(q),

    /** An officer reads a unit's or a person's orders and points (the district must be in scope). */
    async ordersAndPointsAs(
      ctx: RequestContext,
      q: { nodeId?: string; personId?: string; from: string; to: string },
    ) {
      const actor = requirePermission(ctx, 'tasks.manage');
      if (!q.nodeId && !q.personId) throw new InvalidError([{ field: 'nodeId', key: 'error.required' }]);
      if (q.nodeId && !can(actor, 'tasks.manage', await core.pathOf(q.nodeId))) throw new NotFoundError();
      // a person is looked up only inside the districts the actor manages
      return points({ ...q, districtIds: q.nodeId ? undefined : core.districtsOf(actor, 'tasks.manage') });
    },
  };
}
