/**
 * 稳评 on the home page and dashboards: assessments waiting for the district 政法委's review,
 * mitigation measures due within a week or overdue; the figures per node with their definitions;
 * the register of major decisions as Excel.
 */
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { t } from '../../platform/i18n.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { decisionOut, reviews, today, type StabilityDeps } from './stability.core.ts';
import * as repo from './stability.repository.ts';

const pct = (a: number, b: number) => (b === 0 ? null : Math.round((1000 * a) / b) / 10);
/** Measures due within this many days show on the home page. */
export const DUE_SOON_DAYS = 7;

/** Builds the home-page, dashboard and export verbs. */
export function createStabilityWorkbench(deps: Pick<StabilityDeps, 'db'>) {
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
        entries: { id: string; title: string; href: string }[],
      ): TodoItem => ({
        key: `stability.${key}`,
        module: 'stability',
        label: t(ctx.lang, `stability.todo.${key}`),
        count,
        href: '/stability',
        level,
        entries: entries.slice(0, 5),
      });
      const reviewRoots = ctx.actor.grants.filter((g) => reviews(ctx.actor, g.path)).map((g) => g.path);
      if (reviewRoots.length) {
        const waiting = await repo.findWaitingReview(db, nodeInPaths('d.node_id', reviewRoots));
        if (waiting.length)
          out.push(
            item(
              'review',
              waiting.length,
              'yellow',
              waiting.map((w) => ({
                id: w.id,
                title: `${w.node_name} · ${w.title} · ${t(ctx.lang, `stability.level.${w.level}`)}`,
                href: `/stability/decisions/${w.id}`,
              })),
            ),
          );
      }
      const units = scopePaths(ctx.actor, 'stability.register');
      if (units.length) {
        const by = new Date(Date.now() + DUE_SOON_DAYS * 86_400_000);
        const due = await repo.findMeasuresDue(db, nodeInPaths('d.node_id', units), shanghaiDay(by));
        if (due.length) {
          const now = today();
          out.push(
            item(
              'measures_due',
              due.length,
              due.some((m) => m.due_on < now) ? 'red' : 'normal',
              due.map((m) => ({
                id: m.id,
                title: `${m.due_on} · ${m.title} · ${m.content}`,
                href: `/stability/decisions/${m.decision_id}`,
              })),
            ),
          );
        }
      }
      return out;
    },

    /** The figures of decisions under a node in a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const f = await repo.findFigures(
        db,
        nodeInPaths('d.node_id', [node.path]),
        `${year}-01-01`,
        `${year + 1}-01-01`,
        today(),
      );
      const levels = f.high + f.mid + f.low;
      if (f.decided === 0 && levels === 0 && f.measures_due === 0 && f.incidents === 0) return [];
      const stat = statMaker(ctx.lang, 'stability', 'def', { year });
      return [
        stat('assessed_before', pct(f.decided_assessed, f.decided), 'percent'),
        stat('decided', f.decided, 'count'),
        stat('high_share', pct(f.high, levels), 'percent'),
        stat('mid_share', pct(f.mid, levels), 'percent'),
        stat('low_share', pct(f.low, levels), 'percent'),
        stat('measures_on_time', pct(f.measures_on_time, f.measures_due), 'percent'),
        stat('incidents', f.incidents, 'count'),
      ];
    },

    /** The register as Excel: every decision in scope with its state, level, report and tracking. */
    async exportRegister(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await readRoots(db, ctx, 'stability.export', q.nodeId);
      const rows = (
        await repo.findDecisions(db, nodeInPaths('d.node_id', paths), today(), {
          from: q.year ? `${q.year}-01-01` : undefined,
          to: q.year ? `${q.year + 1}-01-01` : undefined,
        })
      ).map(decisionOut);
      const L = (k: string) => t(ctx.lang, k);
      return writeWorkbook([
        {
          name: L('stability.sheet.register'),
          columns: [
            { key: 'unit', header: '决策单位', width: 16 },
            { key: 'title', header: '决策事项', width: 36 },
            { key: 'field', header: '领域', width: 14 },
            { key: 'affected', header: '涉及人数', width: 10, type: 'number' },
            { key: 'plannedOn', header: '拟决策日期', width: 12 },
            { key: 'state', header: '状态', width: 10 },
            { key: 'level', header: '风险等级', width: 10 },
            { key: 'reportNo', header: '评估报告编号', width: 18 },
            { key: 'decidedOn', header: '决策日期', width: 12 },
            { key: 'openMeasures', header: '未完成措施', width: 10, type: 'number' },
            { key: 'incidents', header: '决策后事件', width: 10, type: 'number' },
          ],
          rows: rows.map((r) => ({
            unit: r.nodeName,
            title: r.title,
            field: L(`stability.field.${r.field}`),
            affected: r.affected,
            plannedOn: r.plannedOn,
            state: L(`stability.state.${r.state}`),
            level: r.level ? L(`stability.level.${r.level}`) : '',
            reportNo: r.reportNo ?? '',
            decidedOn: r.decidedOn ?? '',
            openMeasures: r.openMeasures,
            incidents: r.incidents,
          })),
        },
      ]);
    },
  };
}
