/** The grid figures of a node's dashboard: visit compliance by child node and worker, and 我当网格员 figures. */
import type { z } from 'zod';
import type { RequestContext } from '../../platform/access/access.ts';
import type { Db } from '../../platform/db/db.ts';
import { InvalidError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { maskName } from '../../platform/pii/pii.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { dueItemOf, type Cycles } from './grid.cycles.ts';
import type { GridEvents, GridTree } from './grid.ports.ts';
import * as gridsRepo from './grid.grids.repository.ts';
import * as visitsRepo from './grid.visits.repository.ts';
import { complianceRate, dueStatus, pickInterval, visitOccasions, type VisitCategory } from './grid.rules.ts';
import type { GridScope } from './grid.scope.ts';
import type { cadreStatsView, complianceView } from './grid.schemas.ts';

/** The id of the child of `path` on the way to `descendant` (null when descendant is path itself). */
export function childIdOn(path: string, descendant: string): string | null {
  if (!descendant.startsWith(path) || descendant === path) return null;
  return descendant.slice(path.length).split('/')[0] || null;
}

/** Builds the dashboard figures. */
export function createDashboardService(deps: {
  db: Db;
  tree: Pick<GridTree, 'nodesByIds'>;
  scope: Pick<GridScope, 'range'>;
  cycles: Cycles;
  events: Pick<GridEvents, 'reportedCounts'>;
}) {
  const { db, tree, scope, cycles, events } = deps;
  return {
    /**
     * Visit compliance 走访达标率 under a node over a period (a day by default): visits made on time
     * ÷ visits that fell due (grid.rules.ts visitOccasions), per child node and per worker, with the
     * definition in the user's language and the records overdue at the period's end.
     */
    async compliance(
      ctx: RequestContext,
      q: { nodeId: string; from?: string; to?: string },
    ): Promise<z.infer<typeof complianceView>> {
      const n = await scope.range(ctx, q.nodeId);
      const to = q.to ?? shanghaiDay();
      const from = q.from ?? to;
      if (Date.parse(to) - Date.parse(from) > 366 * 86400_000 || from > to)
        throw new InvalidError([{ field: 'from', key: 'grid.period_too_long' }]);
      const recs = await cycles.recordsOver([n.path], from, to, 200000);
      const rules = await cycles.rules(n.districtId);
      const as = (await gridsRepo.assignmentsOverlapping(db, n, ['worker', 'cadre'], from, to)).map((a) => ({
        ...a,
        path: '',
      }));
      const asNodes = new Map((await tree.nodesByIds(as.map((a) => a.node_id))).map((x) => [x.id, x]));
      for (const a of as) a.path = asNodes.get(a.node_id)?.path ?? '\u0000';
      type Acc = { id: string; name: string; level: string; due: number; onTime: number; overdueNow: number };
      const acc = (id: string, name: string, level: string): Acc => ({
        id,
        name,
        level,
        due: 0,
        onTime: 0,
        overdueNow: 0,
      });
      const total = acc(n.id, n.name, n.level);
      const childIds = [...new Set(recs.map((r) => childIdOn(n.path, r.path)).filter((c) => c !== null))];
      const byChild = new Map(
        (await tree.nodesByIds(childIds)).map((c) => [c.id, acc(c.id, c.name, c.level)] as const),
      );
      const byWorker = new Map<string, Acc>();
      const alerts: ReturnType<typeof dueItemOf>[] = [];
      for (const r of recs) {
        const interval = pickInterval(rules, r.path, r.visit_category as VisitCategory);
        const o = visitOccasions({
          createdDay: r.created_day,
          lastBefore: r.last_before,
          visits: r.days,
          intervalDays: interval,
          from,
          to,
        });
        const s = dueStatus(r.last_day, r.created_day, interval, to);
        const late = s.status === 'overdue';
        const add = (a: Acc) => {
          a.due += o.due;
          a.onTime += o.onTime;
          if (late) a.overdueNow++;
        };
        add(total);
        const child = byChild.get(childIdOn(n.path, r.path) ?? '');
        if (child) add(child);
        for (const w of as.filter((x) => r.path.startsWith(x.path))) {
          if (!byWorker.has(w.user_id))
            byWorker.set(
              w.user_id,
              acc(w.user_id, maskName(w.user_name), w.kind === 'cadre' ? 'cadre' : 'grid_worker'),
            );
          add(byWorker.get(w.user_id)!);
        }
        if (late && alerts.length < 200) alerts.push(dueItemOf(r, interval, s.dueOn));
      }
      const out = (a: Acc) => ({ ...a, missed: a.due - a.onTime, rate: complianceRate(a.due, a.onTime) });
      return {
        from,
        to,
        definition: t(ctx.lang, 'grid.compliance.definition', { from, to }),
        total: out(total),
        children: [...byChild.values()].map(out),
        workers: [...byWorker.values()].map(out).sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2)),
        alerts: alerts.sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1)),
      };
    },

    /** 我当网格员: per cadre serving as a grid worker under a node, visits, records verified and hazards reported. */
    async cadreStats(
      ctx: RequestContext,
      q: { nodeId: string; from?: string; to?: string },
    ): Promise<z.infer<typeof cadreStatsView>> {
      const n = await scope.range(ctx, q.nodeId);
      const from = q.from ?? '1900-01-01';
      const to = q.to ?? '9999-12-31';
      const as = await gridsRepo.assignmentsOverlapping(db, n, ['cadre'], from, to);
      const users = [...new Set(as.map((a) => a.user_id))];
      if (!users.length) return [];
      const nodes = new Map((await tree.nodesByIds(as.map((a) => a.node_id))).map((x) => [x.id, x]));
      const visits = await visitsRepo.cadreVisitCounts(db, users, n.path, from, to);
      const hazards = await events.reportedCounts(
        as.map((a) => ({
          userId: a.user_id,
          path: nodes.get(a.node_id)?.path ?? '\u0000',
          from: a.from_day > from ? a.from_day : from,
          to: a.to_day && a.to_day < to ? a.to_day : to,
        })),
      );
      return users.map((u) => {
        const mine = as.filter((a) => a.user_id === u);
        const v = visits.find((x) => x.user_id === u);
        return {
          userId: u,
          name: maskName(mine[0].user_name),
          grids: [...new Set(mine.map((a) => nodes.get(a.node_id)?.name ?? ''))],
          visits: Number(v?.c ?? 0),
          verifiedRecords: Number(v?.verified ?? 0),
          hazards: as.reduce((s, a, i) => s + (a.user_id === u ? hazards[i] : 0), 0),
        };
      });
    },
  };
}
