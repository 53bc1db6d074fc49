/**
 * The grid module's part of the home page 工作台 and the node dashboard 驾驶舱 (platform/workbench.ts):
 * what waits for this user (a grid worker's visits due today and overdue and records never checked
 * on the spot; a grid head's walks of this week; an officer's imports to review), and a node's
 * visit compliance, households covered, grid-head patrol coverage and readiness per civilisation
 * project, each with how it is counted.
 */
import { can, type RequestContext } from '../../platform/access/access.ts';
import type { Db } from '../../platform/db/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NodeStat, StatNode, TodoItem } from '../../platform/workbench.ts';
import type { createDashboardService } from './grid.dashboard.service.ts';
import type { GridDirectory } from './grid.directory.ts';
import type { createHeadsService } from './grid.heads.service.ts';
import * as workbenchRepo from './grid.workbench.repository.ts';
import { addDays } from './grid.rules.ts';
import type { createStandardsService } from './grid.standards.service.ts';
import type { createVisitsService } from './grid.visits.service.ts';

/** Builds the to-do and statistics sources. */
export function createGridWorkbench(deps: {
  db: Db;
  directory: Pick<GridDirectory, 'assignedPaths'>;
  visits: Pick<ReturnType<typeof createVisitsService>, 'dueList'>;
  heads: Pick<ReturnType<typeof createHeadsService>, 'headDue' | 'coverageTotal'>;
  dashboard: Pick<ReturnType<typeof createDashboardService>, 'compliance'>;
  standards: Pick<ReturnType<typeof createStandardsService>, 'readiness'>;
}) {
  const { db, directory, visits, heads, dashboard, standards } = deps;
  const label = (ctx: RequestContext, key: string, params = {}) => t(ctx.lang, `grid.todo.${key}`, params);

  /** A figure the actor may not see (no grid.read there) is left out, not an error. */
  async function orNothing<T>(f: () => Promise<T>): Promise<T | null> {
    try {
      return await f();
    } catch (e) {
      if (e instanceof DomainError && (e.status === 403 || e.status === 404)) return null;
      throw e;
    }
  }

  return {
    /** What waits for the actor in grid work. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const a = ctx.actor;
      if (!a) return [];
      const out: TodoItem[] = [];
      if (can(a, 'grid.visit')) {
        const d = await visits.dueList(ctx);
        const entries = (items: typeof d.today) =>
          items.slice(0, 5).map((i) => ({
            id: i.recordId,
            title: `${i.nodeName} ${i.label}`,
            href: '/grid/due',
            due: i.dueOn,
            level: i.dueOn < d.asOf ? ('red' as const) : ('normal' as const),
          }));
        if (d.overdue.length)
          out.push({
            key: 'grid.visits_overdue',
            module: 'grid',
            label: label(ctx, 'visits_overdue'),
            count: d.overdue.length,
            href: '/grid/due',
            level: 'red',
            entries: entries(d.overdue),
          });
        if (d.today.length)
          out.push({
            key: 'grid.visits_today',
            module: 'grid',
            label: label(ctx, 'visits_today'),
            count: d.today.length,
            href: '/grid/due',
            level: 'normal',
            entries: entries(d.today),
          });
        const unchecked = await workbenchRepo.unvisitedRecordCount(
          db,
          await directory.assignedPaths(a.userId, undefined, ['worker', 'cadre']),
        );
        if (unchecked)
          out.push({
            key: 'grid.records_to_verify',
            module: 'grid',
            label: label(ctx, 'records_to_verify'),
            count: unchecked,
            href: '/grid/due',
            level: 'normal',
          });
      }
      if (can(a, 'grid.patrol')) {
        const h = await heads.headDue(ctx);
        const left = [...h.overdue, ...h.due];
        if (left.length)
          out.push({
            key: 'grid.patrols_this_week',
            module: 'grid',
            label: label(ctx, 'patrols_this_week'),
            count: left.length,
            href: '/grid/patrols',
            level: h.overdue.length ? 'red' : 'yellow',
            entries: left.slice(0, 5).map((g) => ({
              id: g.nodeId,
              title: g.nodeName,
              href: '/grid/patrols',
              due: h.dueBy,
              level: g.status === 'overdue' ? ('red' as const) : ('yellow' as const),
            })),
          });
      }
      if (can(a, 'grid.collect')) {
        const open = await workbenchRepo.openImportsOf(db, a.userId, new Date(Date.now() - 30 * 86400_000));
        if (open.length)
          out.push({
            key: 'grid.imports_to_review',
            module: 'grid',
            label: label(ctx, 'imports_to_review'),
            count: open.length,
            href: '/grid/registers',
            level: 'normal',
            entries: open.slice(0, 5).map((i) => ({
              id: i.id,
              title: label(ctx, 'import_entry', {
                kind: t(ctx.lang, `grid.register.${i.kind}`),
                valid: i.valid,
                total: i.total,
              }),
              href: '/grid/registers',
            })),
          });
      }
      return out;
    },

    /**
     * A node's grid figures for a year: visit compliance over the seven days ending today (or the
     * year's end), households registered and visited in the year, grid-head patrol coverage over the
     * year, and readiness per civilisation project now.
     */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const to = [shanghaiDay(), `${year}-12-31`].sort()[0];
      const from = `${year}-01-01`;
      if (to < from) return [];
      const compliance = await orNothing(() =>
        dashboard.compliance(ctx, { nodeId: node.id, from: addDays(to, -6), to }),
      );
      if (!compliance) return [];
      const stat = (
        key: string,
        value: number | null,
        unit: NodeStat['unit'],
        definition: string,
        name?: string,
      ) => ({
        key: `grid.${key}`,
        module: 'grid',
        label: name ?? t(ctx.lang, `grid.stat.${key}`),
        value,
        unit,
        definition,
      });
      const houses = await workbenchRepo.housingCounts(db, node.districtId, node.path, from, to);
      const coverage = await heads.coverageTotal(ctx, { nodeId: node.id, from, to });
      const readiness = await standards.readiness(ctx, node.id);
      return [
        stat('visit_compliance', compliance.total.rate, 'percent', compliance.definition),
        stat('households', houses.registered, 'count', t(ctx.lang, 'grid.stat.households_def')),
        stat(
          'households_visited',
          houses.visited,
          'count',
          t(ctx.lang, 'grid.stat.households_visited_def', { from, to }),
        ),
        stat('patrol_coverage', coverage.rate, 'percent', coverage.definition),
        ...readiness.projects.map((p) =>
          stat(
            `readiness.${p.projectCode}`,
            p.rate,
            'percent',
            readiness.definition,
            t(ctx.lang, 'grid.stat.readiness', { project: p.projectName }),
          ),
        ),
      ];
    },
  };
}
