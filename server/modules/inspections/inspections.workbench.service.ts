/**
 * What the inspections put on the home page and the dashboard, and the register out to Excel: the
 * unit's problems awaiting a plan and deadlines near or passed, the inspection side's plans and
 * closures to verify; problems found, rectified, the on-time rate and the overdue of a year.
 */
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { t } from '../../platform/i18n.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiDay, shanghaiThisYear } from '../../platform/time.ts';
import type { NodeStat, StatNode, TodoItem, TodoLevel } from '../../platform/workbench.ts';
import { roundLabel, type InspectionsDeps } from './inspections.core.ts';
import * as repo from './inspections.repository.ts';
import { addDays, isOverdue, onTimeRate } from './inspections.rules.ts';

/** Builds the home page, dashboard and export use cases. */
export function createInspectionsWorkbench(deps: InspectionsDeps) {
  const { db } = deps;

  const item = (
    ctx: RequestContext,
    key: string,
    list: repo.FindingRow[],
    level: TodoLevel,
    today: string,
  ): TodoItem => ({
    key: `inspections.${key}`,
    module: 'inspections',
    label: t(ctx.lang, `inspections.todo.${key}`),
    count: list.length,
    href: '/inspections',
    level,
    entries: list.slice(0, 5).map((f) => ({
      id: f.id,
      title: `${f.node_name} ${f.seq}. ${f.description.slice(0, 24)}`,
      href: '/inspections',
      due: f.deadline,
      level: isOverdue(f, today) ? 'red' : undefined,
    })),
  });

  return {
    /** The unit's problems to plan and deadlines near (14 days) or passed; the inspection side's to verify. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const rectify = scopePaths(ctx.actor, 'inspections.rectify');
      const manage = scopePaths(ctx.actor, 'inspections.manage');
      const today = shanghaiDay();
      const out: TodoItem[] = [];
      if (rectify.length) {
        const plan = await repo.findFindings(db, {
          visible: repo.findingVisible('f.node_id', 'f.state', [], rectify),
          states: ['awaiting_plan'],
          limit: 500,
        });
        if (plan.length) out.push(item(ctx, 'to_plan', plan, 'yellow', today));
        const due = await repo.findFindings(db, {
          visible: repo.findingVisible('f.node_id', 'f.state', [], rectify),
          dueBy: addDays(today, 14),
          limit: 500,
        });
        due.sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? ''));
        if (due.length)
          out.push(item(ctx, 'due', due, due.some((f) => isOverdue(f, today)) ? 'red' : 'yellow', today));
      }
      if (manage.length) {
        const verify = await repo.findFindings(db, {
          visible: nodeInPaths('f.node_id', manage),
          states: ['plan_submitted', 'closure_submitted'],
          limit: 500,
        });
        if (verify.length) out.push(item(ctx, 'to_verify', verify, 'normal', today));
      }
      return out;
    },

    /** Problems found, rectified, the on-time rectification rate and the overdue under a node in a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      if (!scopePaths(ctx.actor, 'inspections.read').length) return [];
      const rows = await repo.findFigureRows(db, nodeInPaths('f.node_id', [node.path]), year);
      const today = shanghaiDay();
      const figures = {
        findings: rows.length,
        rectified: rows.filter((f) => f.state === 'rectified').length,
        on_time_rate: onTimeRate(
          rows.map((f) => ({ state: f.state, deadline: f.deadline, rectifiedOn: f.rectified_on })),
          today,
        ),
        overdue: rows.filter((f) => isOverdue(f, today)).length,
      };
      return (['findings', 'rectified', 'on_time_rate', 'overdue'] as const).map((k) => ({
        key: `inspections.${k}`,
        module: 'inspections',
        label: t(ctx.lang, `inspections.stat.${k}`),
        value: figures[k],
        unit: k === 'on_time_rate' ? ('percent' as const) : ('count' as const),
        definition: t(ctx.lang, `inspections.stat.${k}.def`),
      }));
    },

    /** The problems in sight of a round (or a year) with their rectification status, as Excel. */
    async exportFindings(ctx: RequestContext, q: { roundId?: string; year?: number }) {
      const actor = requirePermission(ctx, 'inspections.export');
      await readRoots(db, ctx, 'inspections.export');
      const today = shanghaiDay();
      const rows = await repo.findFindings(db, {
        visible: repo.findingVisible(
          'f.node_id',
          'f.state',
          scopePaths(actor, 'inspections.manage'),
          scopePaths(actor, 'inspections.export'),
        ),
        roundId: q.roundId,
        year: q.roundId ? undefined : (q.year ?? shanghaiThisYear()),
        limit: 100_000,
      });
      const tr = (k: string) => t(ctx.lang, k);
      return writeWorkbook([
        {
          name: tr('inspections.sheet'),
          columns: [
            { key: 'round', header: '轮次', width: 14 },
            { key: 'unit', header: '被巡察单位', width: 20 },
            { key: 'seq', header: '序号', width: 6, type: 'number' },
            { key: 'category', header: '问题类别', width: 16 },
            { key: 'description', header: '问题描述', width: 50 },
            { key: 'evidence', header: '证据', width: 30 },
            { key: 'severity', header: '严重程度', width: 10 },
            { key: 'suggestions', header: '整改建议', width: 40 },
            { key: 'state', header: '整改状态', width: 14 },
            { key: 'plan', header: '整改方案', width: 40 },
            { key: 'deadline', header: '整改时限', width: 12 },
            { key: 'rectified', header: '销号日期', width: 12 },
            { key: 'overdue', header: '是否超期', width: 10 },
            { key: 'handover', header: '移交问责', width: 24 },
          ],
          rows: rows.map((f) => ({
            round: roundLabel(f),
            unit: f.node_name,
            seq: f.seq,
            category: f.category,
            description: f.description,
            evidence: f.evidence,
            severity: tr(`inspections.severity.${f.severity}`),
            suggestions: f.suggestions.map((s, i) => `${i + 1}. ${s}`).join('\n'),
            state: tr(`inspections.state.${f.state}`),
            plan: f.plan,
            deadline: f.deadline ?? '',
            rectified: f.rectified_on ?? '',
            overdue: isOverdue(f, today) ? '是' : '',
            handover: f.handed_over ? `是：${f.handover_reason}` : '',
          })),
        },
      ]);
    },
  };
}
