/**
 * What 信访 puts on the home page and the dashboard: visits to triage (a studio's mediator, the
 * officers), accepted petitions to assign and overdue ones (red), what a department must reply to,
 * a resident's replies to rate; and the figures with their definitions, by month.
 */
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { shanghaiDay, shanghaiThisYear } from '../../platform/time.ts';
import {
  statMaker,
  type NodeStat,
  type StatNode,
  type TodoItem,
  type TodoLevel,
} from '../../platform/workbench.ts';
import type { PetitionsCore, PetitionsDeps } from './petitions.core.ts';
import * as repo from './petitions.repository.ts';
import { isOverdue, rate, ROUTE_CODES, type State } from './petitions.rules.ts';

/** The figures of a subtree in a year, from the counts (pure, for the stats and the figures page). */
export function figuresFrom(f: Awaited<ReturnType<typeof repo.figures>>, year: number) {
  const c = f.total;
  return {
    year,
    visits: c.visits,
    triaged: c.triaged,
    guided: c.guided,
    guidedRate: rate(c.guided, c.triaged),
    successRate: rate(c.resolved, c.settled),
    executionRate: rate(c.executed, c.agreements),
    onTimeRate: rate(c.on_time, c.replied),
    repeatShare: rate(c.repeats, c.visits),
    collective: c.collective,
    mediationShare: rate(c.mediation, c.guided),
    byRoute: ROUTE_CODES.map((route) => ({
      route,
      count: f.byRoute.find((r) => r.route === route)?.count ?? 0,
    })),
    byMonth: Array.from({ length: 12 }, (_, i) => {
      const m = f.byMonth.find((x) => x.month === i + 1);
      return { month: i + 1, visits: m?.visits ?? 0, guided: m?.guided ?? 0, accepted: m?.accepted ?? 0 };
    }),
  };
}

/** Builds the to-dos, the dashboard figures and the figures page. */
export function createPetitionsWorkbench(deps: Pick<PetitionsDeps, 'db'> & { core: PetitionsCore }) {
  const { db, core } = deps;

  const item = (
    ctx: RequestContext,
    key: string,
    level: TodoLevel,
    list: repo.VisitRow[],
    due: (v: repo.VisitRow) => string | null = () => null,
  ): TodoItem => ({
    key: `petitions.${key}`,
    module: 'petitions',
    label: t(ctx.lang, `petitions.todo.${key}`),
    count: list.length,
    href: '/petitions',
    level,
    entries: list.slice(0, 5).map((v) => ({
      id: v.id,
      title: `${v.name}：${v.matter.slice(0, 24)}`,
      href: '/petitions',
      due: due(v),
    })),
  });
  const late = (v: repo.VisitRow, today: string) =>
    isOverdue({ state: v.state as State, acceptDue: v.accept_due, handleDue: v.handle_due }, today);

  return {
    /** What waits for the actor in 信访. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const actor = ctx.actor;
      if (!actor || !scopePaths(actor, 'petitions.read').length) return [];
      const today = shanghaiDay();
      const out: TodoItem[] = [];
      const triage = scopePaths(actor, 'petitions.triage');
      const studios = [...(await core.studiosOf(actor))];
      if (triage.length || studios.length) {
        const open = await repo.findVisits(db, {
          inScope: triage.length ? nodeInPaths('v.node_id', triage) : undefined,
          studioIds: studios,
          states: ['registered'],
        });
        if (open.length)
          out.push(
            item(
              ctx,
              'to_triage',
              open.some((v) => late(v, today)) ? 'red' : 'normal',
              open,
              (v) => v.accept_due,
            ),
          );
      }
      const handle = scopePaths(actor, 'petitions.handle');
      if (handle.length) {
        const rows = await repo.findVisits(db, {
          inScope: nodeInPaths('v.node_id', handle),
          states: ['accepted', 'assigned', 'reviewing'],
        });
        const toAssign = rows.filter((v) => v.state === 'accepted');
        if (toAssign.length) out.push(item(ctx, 'to_assign', 'normal', toAssign, (v) => v.handle_due));
        const overdue = rows.filter((v) => late(v, today));
        if (overdue.length) out.push(item(ctx, 'overdue', 'red', overdue, (v) => v.handle_due));
      }
      const reply = scopePaths(actor, 'petitions.reply');
      if (reply.length && !handle.length) {
        const rows = await repo.findVisits(db, {
          deptScope: nodeInPaths('v.dept_node_id', reply),
          states: ['assigned', 'reviewing'],
        });
        if (rows.length)
          out.push(
            item(
              ctx,
              'to_reply',
              rows.some((v) => late(v, today)) ? 'red' : 'yellow',
              rows,
              (v) => v.handle_due,
            ),
          );
      }
      if (scopePaths(actor, 'petitions.submit').length) {
        const mine = await repo.findVisits(db, { residentUserId: actor.userId, states: ['replied'] });
        if (mine.length) out.push(item(ctx, 'to_rate', 'normal', mine));
      }
      return out;
    },

    /** 分流率, 化解成功率, 调解协议执行率, 按期答复率, 重复访占比 and visits under a node in a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      if (!scopePaths(ctx.actor, 'petitions.figures').length) return [];
      const f = figuresFrom(await repo.figures(db, nodeInPaths('v.node_id', [node.path]), year), year);
      const stat = statMaker(ctx.lang, 'petitions');
      return [
        {
          ...stat('visits', f.visits, 'count'),
          series: f.byMonth.map((m) => ({
            label: t(ctx.lang, 'petitions.month', { m: m.month }),
            value: m.visits,
          })),
        },
        stat('guided_rate', f.guidedRate, 'percent'),
        stat('success_rate', f.successRate, 'percent'),
        stat('execution_rate', f.executionRate, 'percent'),
        stat('on_time_rate', f.onTimeRate, 'percent'),
        stat('repeat_share', f.repeatShare, 'percent'),
      ];
    },

    /** The figures page: the rates with counts by route and by month. */
    async figures(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      requirePermission(ctx, 'petitions.figures');
      const year = q.year ?? shanghaiThisYear();
      let paths = scopePaths(ctx.actor, 'petitions.figures');
      if (q.nodeId) {
        const n = await repo.findNode(db, q.nodeId);
        if (!n || !paths.some((p) => n.path.startsWith(p))) throw new NotFoundError();
        paths = [n.path];
      }
      return figuresFrom(await repo.figures(db, nodeInPaths('v.node_id', paths), year), year);
    },
  };
}
