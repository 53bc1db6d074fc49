/**
 * 网格长 patrols (seed 003): 400+ division-level cadres each head grids as 文明城市创建网格长 and
 * walk them weekly. A head's own list of this week's walks (due by Sunday, overdue, done), and the
 * coverage of those walks over a period per child node (streets under the district…) and per head.
 */
import type { z } from 'zod';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Db } from '../../platform/db/db.ts';
import { InvalidError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { maskName } from '../../platform/pii/pii.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { childIdOn } from './grid.dashboard.service.ts';
import type { GridTree } from './grid.ports.ts';
import * as gridsRepo from './grid.grids.repository.ts';
import * as patrolsRepo from './grid.patrols.repository.ts';
import { addDays, complianceRate, headCoverage, headWeekStatus, weekOf } from './grid.rules.ts';
import type { GridScope } from './grid.scope.ts';
import type { coverageRow, coverageView, headDueView } from './grid.schemas.ts';

/** Builds the grid-head use cases. */
export function createHeadsService(deps: {
  db: Db;
  tree: Pick<GridTree, 'nodesByIds'>;
  scope: Pick<GridScope, 'range'>;
}) {
  const { db, tree, scope } = deps;

  /** The node asked for (in the actor's range) and the period: the last four weeks by default, at most a year. */
  async function coveragePeriod(ctx: RequestContext, q: { nodeId: string; from?: string; to?: string }) {
    const n = await scope.range(ctx, q.nodeId);
    const to = q.to ?? shanghaiDay();
    const from = q.from ?? addDays(weekOf(to), -21);
    if (Date.parse(to) - Date.parse(from) > 366 * 86400_000 || from > to)
      throw new InvalidError([{ field: 'from', key: 'grid.period_too_long' }]);
    return { n, from, to };
  }
  const service = {
    /** The actor's grids as head 网格长 and where this week's walk of each stands. */
    async headDue(ctx: RequestContext, date?: string): Promise<z.infer<typeof headDueView>> {
      const actor = requirePermission(ctx, 'grid.patrol');
      const today = date ?? shanghaiDay();
      const heads = (await gridsRepo.assignmentsOfUser(db, actor.userId, today)).filter(
        (a) => a.kind === 'head' && a.from_day <= today,
      );
      const nodes = new Map((await tree.nodesByIds(heads.map((a) => a.node_id))).map((n) => [n.id, n]));
      const last = new Map(
        (
          await patrolsRepo.lastHeadPatrolDays(
            db,
            actor.userId,
            heads.map((a) => a.node_id),
          )
        ).map((r) => [r.node_id, r.last_day]),
      );
      const week = weekOf(today);
      const out: z.infer<typeof headDueView> = {
        week,
        dueBy: addDays(week, 6),
        due: [],
        overdue: [],
        done: [],
      };
      for (const a of heads) {
        const s = headWeekStatus({ fromDay: a.from_day, lastPatrolDay: last.get(a.node_id) ?? null, today });
        out[s.status].push({
          assignmentId: a.id,
          nodeId: a.node_id,
          nodeName: nodes.get(a.node_id)?.name ?? '',
          lastPatrolDay: last.get(a.node_id) ?? null,
          status: s.status,
          missedWeeks: s.missedWeeks,
        });
      }
      out.overdue.sort((x, y) => y.missedWeeks - x.missedWeeks);
      return out;
    },

    /**
     * Weekly patrol coverage under a node over a period (the last four weeks by default): of the
     * weeks each grid had a head, how many the head walked; per child node and per head.
     */
    async coverage(
      ctx: RequestContext,
      q: { nodeId: string; from?: string; to?: string },
    ): Promise<z.infer<typeof coverageView>> {
      const { n, from, to } = await coveragePeriod(ctx, q);
      const heads = await gridsRepo.assignmentsOverlapping(db, n, ['head'], from, to);
      const nodes = new Map((await tree.nodesByIds(heads.map((a) => a.node_id))).map((x) => [x.id, x]));
      const walked = new Map<string, Set<string>>();
      for (const w of await patrolsRepo.headWeeksUnder(db, n.districtId, n, weekOf(from), weekOf(to))) {
        const k = `${w.user_id}|${w.node_id}`;
        if (!walked.has(k)) walked.set(k, new Set());
        walked.get(k)!.add(w.week);
      }
      type Acc = z.infer<typeof coverageRow> & { gridSet: Set<string> };
      const acc = (id: string, name: string, level: string): Acc => ({
        id,
        name,
        level,
        grids: 0,
        gridWeeks: 0,
        walked: 0,
        rate: null,
        gridSet: new Set(),
      });
      const total = acc(n.id, n.name, n.level);
      const childIds = [
        ...new Set(
          heads.map((a) => childIdOn(n.path, nodes.get(a.node_id)?.path ?? '')).filter((c) => c !== null),
        ),
      ];
      const byChild = new Map(
        (await tree.nodesByIds(childIds)).map((c) => [c.id, acc(c.id, c.name, c.level)]),
      );
      const byHead = new Map<string, Acc>();
      for (const a of heads) {
        const node = nodes.get(a.node_id);
        if (!node) continue;
        const c = headCoverage({
          fromDay: a.from_day,
          toDay: a.to_day,
          periodFrom: from,
          periodTo: to,
          walkedWeeks: walked.get(`${a.user_id}|${a.node_id}`) ?? new Set(),
        });
        if (!byHead.has(a.user_id)) byHead.set(a.user_id, acc(a.user_id, maskName(a.user_name), 'head'));
        const child = byChild.get(childIdOn(n.path, node.path) ?? '');
        for (const x of [total, byHead.get(a.user_id)!, ...(child ? [child] : [])]) {
          x.gridSet.add(a.node_id);
          x.gridWeeks += c.weeks;
          x.walked += c.walked;
        }
      }
      const out = ({ gridSet, ...x }: Acc) => ({
        ...x,
        grids: gridSet.size,
        rate: complianceRate(x.gridWeeks, x.walked),
      });
      return {
        from,
        to,
        definition: t(ctx.lang, 'grid.coverage.definition', { from, to }),
        total: out(total),
        children: [...byChild.values()].map(out),
        heads: [...byHead.values()].map(out).sort((x, y) => (x.rate ?? 2) - (y.rate ?? 2)),
      };
    },

    /**
     * The coverage's total alone (the dashboard's figure), counted in SQL without reading the
     * headships and walks: the same rate and definition as coverage(...).total.
     */
    async coverageTotal(
      ctx: RequestContext,
      q: { nodeId: string; from?: string; to?: string },
    ): Promise<{ rate: number | null; definition: string }> {
      const { n, from, to } = await coveragePeriod(ctx, q);
      const c = await patrolsRepo.headCoverageTotal(db, n.districtId, n, {
        from,
        to,
        fromWeek: weekOf(from),
      });
      return {
        rate: complianceRate(c.grid_weeks, c.walked),
        definition: t(ctx.lang, 'grid.coverage.definition', { from, to }),
      };
    },

    /** The same coverage as Excel: one sheet per child node, one per head, the definition above. */
    async exportCoverage(ctx: RequestContext, q: { nodeId: string; from?: string; to?: string }) {
      const c = await service.coverage(ctx, q);
      const columns = (first: string) => [
        { key: 'name', header: first, width: 20 },
        { key: 'grids', header: '网格数', width: 8, type: 'number' as const },
        { key: 'gridWeeks', header: '应巡网格周', width: 12, type: 'number' as const },
        { key: 'walked', header: '已巡网格周', width: 12, type: 'number' as const },
        { key: 'rate', header: '覆盖率%', width: 10, type: 'number' as const },
      ];
      const row = (r: z.infer<typeof coverageRow>) => ({
        name: r.name,
        grids: r.grids,
        gridWeeks: r.gridWeeks,
        walked: r.walked,
        rate: r.rate === null ? null : Math.round(r.rate * 1000) / 10,
      });
      return writeWorkbook([
        {
          name: '按区域',
          columns: columns('区域'),
          rows: [...c.children, c.total].map(row),
          notes: [`网格长巡查覆盖 ${c.from} 至 ${c.to}`, c.definition],
        },
        { name: '按网格长', columns: columns('网格长'), rows: c.heads.map(row) },
      ]);
    },
  };
  return service;
}
