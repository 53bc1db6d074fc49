/**
 * 正向激励 on the home page and dashboards: proposals waiting for the organisation department,
 * rest periods waiting for the unit, care follow-ups due within a week; for a cadre, the rest days
 * they are still entitled to. The figures of a year (with definitions) and by area and month for
 * the chart; the grants as Excel.
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { t } from '../../platform/i18n.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { grantOut, today, type IncentivesDeps } from './incentives.core.ts';
import * as repo from './incentives.repository.ts';
import { AREAS, type Area } from './incentives.rules.ts';
import type { createRestsService } from './incentives.rests.service.ts';

/** Follow-ups due within this many days show on the home page. */
export const DUE_SOON_DAYS = 7;

/** The figures of a year under some subtree roots. */
async function figuresUnder(deps: Pick<IncentivesDeps, 'db'>, paths: string[], year: number) {
  const f = await repo.findFigures(deps.db, (col) => nodeInPaths(col, paths), year, today());
  const byArea = AREAS.map((area) => ({
    area,
    grants: f.grants.filter((g) => g.area === area).reduce((s, g) => s + g.n, 0),
  }));
  const byMonth = f.grants.map((g) => ({ month: g.month, area: g.area as Area, grants: g.n }));
  return {
    year,
    byArea,
    byMonth,
    cadres: f.cadres,
    restDays: f.restDays,
    careRecords: f.care,
    talks: f.talks,
  };
}

/** Builds the home-page, dashboard and export verbs. */
export function createIncentivesWorkbench(
  deps: Pick<IncentivesDeps, 'db'>,
  rests: Pick<ReturnType<typeof createRestsService>, 'mine'>,
) {
  const { db } = deps;
  return {
    /** What waits for the actor. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      if (!ctx.actor) return [];
      const out: TodoItem[] = [];
      const item = (
        key: string,
        count: number,
        level: TodoItem['level'],
        href: string,
        entries: { id: string; title: string; href: string }[],
      ): TodoItem => ({
        key: `incentives.${key}`,
        module: 'incentives',
        label: t(ctx.lang, `incentives.todo.${key}`),
        count,
        href,
        level,
        entries: entries.slice(0, 5),
      });
      const approve = scopePaths(ctx.actor, 'incentives.approve');
      if (approve.length) {
        const rows = await repo.findGrants(db, nodeInPaths('g.node_id', approve), { state: 'proposed' });
        if (rows.length)
          out.push(
            item(
              'proposals',
              rows.length,
              'yellow',
              '/incentives',
              rows.map((g) => ({
                id: g.id,
                title: `${g.node_name} · ${g.person_name} · ${g.measure_name}`,
                href: `/incentives/grants/${g.id}`,
              })),
            ),
          );
      }
      const units = scopePaths(ctx.actor, 'incentives.rest.approve');
      if (units.length) {
        const rows = await repo.findRests(db, nodeInPaths('r.node_id', units), { state: 'requested' });
        if (rows.length)
          out.push(
            item(
              'rests',
              rows.length,
              'yellow',
              '/incentives/rests',
              rows.map((r) => ({
                id: r.id,
                title: `${r.person_name} · ${r.starts_on}—${r.ends_on}`,
                href: '/incentives/rests',
              })),
            ),
          );
      }
      const care = scopePaths(ctx.actor, 'incentives.care');
      if (care.length) {
        const by = shanghaiDay(new Date(Date.now() + DUE_SOON_DAYS * 86_400_000));
        const due = await repo.findFollowUpsDue(db, nodeInPaths('c.node_id', care), by);
        if (due.length) {
          const now = today();
          out.push(
            item(
              'follow_ups',
              due.length,
              due.some((d) => d.follow_up_on! < now) ? 'red' : 'normal',
              '/incentives/care',
              due.map((d) => ({
                id: d.id,
                title: `${d.follow_up_on} · ${d.person_name} · ${t(ctx.lang, `incentives.care.${d.kind}`)}`,
                href: '/incentives/care',
              })),
            ),
          );
        }
      }
      if (can(ctx.actor, 'incentives.own') && ctx.actor.personId) {
        const mine = await rests.mine(ctx);
        const open = mine.entitlements.filter((e) => e.left > 0);
        if (open.length)
          out.push(
            item(
              'entitled',
              open.reduce((s, e) => s + e.left, 0),
              'normal',
              '/incentives/mine',
              open.map((e) => ({
                id: e.grantId,
                title: `${e.measureName} · ${e.left}`,
                href: '/incentives/mine',
              })),
            ),
          );
      }
      return out;
    },

    /** The figures of a year under a node, by area and month. */
    async figures(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await readRoots(db, ctx, 'incentives.read', q.nodeId);
      return figuresUnder(deps, paths, q.year ?? Number(today().slice(0, 4)));
    },

    /** The dashboard's figures of a node in a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const f = await figuresUnder(deps, [node.path], year);
      const grants = f.byArea.reduce((s, a) => s + a.grants, 0);
      if (grants === 0 && f.careRecords === 0 && f.talks === 0) return [];
      const stat = statMaker(ctx.lang, 'incentives', 'def', { year });
      return [
        ...f.byArea.map((a) => stat(`grants_${a.area}`, a.grants, 'count')),
        stat('cadres', f.cadres, 'count'),
        stat('rest_days', f.restDays, 'days'),
        stat('care', f.careRecords, 'count'),
        stat('talks', f.talks, 'count'),
      ];
    },

    /** The grants in scope as Excel. */
    async exportGrants(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      requirePermission(ctx, 'incentives.export');
      const paths = await readRoots(db, ctx, 'incentives.export', q.nodeId);
      const rows = (await repo.findGrants(db, nodeInPaths('g.node_id', paths), { year: q.year })).map(
        grantOut,
      );
      const L = (k: string) => t(ctx.lang, k);
      return writeWorkbook([
        {
          name: L('incentives.sheet.grants'),
          columns: [
            { key: 'unit', header: '单位', width: 16 },
            { key: 'name', header: '姓名', width: 10 },
            { key: 'area', header: '类别', width: 10 },
            { key: 'measure', header: '激励措施', width: 30 },
            { key: 'year', header: '年度', width: 8, type: 'number' },
            { key: 'reason', header: '事由', width: 40 },
            { key: 'state', header: '状态', width: 8 },
            { key: 'decisionNo', header: '决定编号', width: 18 },
            { key: 'decidedOn', header: '决定日期', width: 12 },
          ],
          rows: rows.map((g) => ({
            unit: g.nodeName,
            name: g.personName,
            area: L(`incentives.area.${g.area}`),
            measure: g.measureName,
            year: g.year,
            reason: g.reason,
            state: L(`incentives.state.${g.state}`),
            decisionNo: g.decisionNo ?? '',
            decidedOn: g.decidedOn ?? '',
          })),
        },
      ]);
    },
  };
}
