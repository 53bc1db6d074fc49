/**
 * Party-organisation quality on the home page and dashboards: what waits (activities whose day
 * passed to record, organisations to grade, reports to rate), the figures per node (activities,
 * plans kept, share graded, share per level, reports rated), and the registers in and out of Excel.
 */
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { InvalidError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import {
  cellText,
  readRows,
  readTable,
  writeWorkbook,
  type ColumnSpec,
} from '../../platform/sheets/index.ts';
import { shanghaiThisYear as thisYear } from '../../platform/time.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import type { ActivitiesService } from './partyorgs.activities.service.ts';
import { shanghaiToday, type PartyorgsCore, type PartyorgsDeps } from './partyorgs.core.ts';
import type { GradesService } from './partyorgs.grades.service.ts';
import * as repo from './partyorgs.repository.ts';

/** Columns of the activities' Excel template and export: the 5W1H and the record. */
export const ACTIVITY_COLUMNS: readonly ColumnSpec[] = [
  { key: 'org', label: '党组织 (Organisation)', synonyms: ['党组织', '支部', '党组织名称'], required: true },
  { key: 'who', label: '谁来做 (Who)', synonyms: ['谁来做', '责任人', 'who'], required: true },
  { key: 'what', label: '做什么 (What)', synonyms: ['做什么', '活动内容', 'what'], required: true },
  { key: 'why', label: '为什么做 (Why)', synonyms: ['为什么做', '目的', 'why'], required: true },
  { key: 'plannedOn', label: '何时做 (When)', synonyms: ['何时做', '计划时间', 'when'], required: true },
  { key: 'how', label: '怎么做 (How)', synonyms: ['怎么做', '方式', 'how'], required: true },
  {
    key: 'extent',
    label: '做到什么程度 (To what extent)',
    synonyms: ['做到什么程度', '目标', 'extent'],
    required: true,
  },
];
const REQUIRED_LABELS: Record<string, string> = {
  who: '谁来做',
  what: '做什么',
  why: '为什么做',
  how: '怎么做',
  extent: '做到什么程度',
};

/** Builds the home page, dashboard and Excel verbs. */
export function createPartyorgsWorkbench(
  deps: PartyorgsDeps & { core: PartyorgsCore; activities: ActivitiesService; grades: GradesService },
) {
  const { db, core } = deps;

  return {
    /** What waits: activities to record (planners), organisations to grade and reports to rate (graders). */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const out: TodoItem[] = [];
      const planPaths = scopePaths(ctx.actor, 'partyorgs.plan');
      if (planPaths.length) {
        const due = await repo.dueActivities(db, planPaths, shanghaiToday());
        if (due.length)
          out.push({
            key: 'partyorgs.to_record',
            module: 'partyorgs',
            label: t(ctx.lang, 'partyorgs.todo.to_record'),
            count: due.length,
            href: '/partyorgs?status=planned',
            level: 'yellow',
            entries: due.slice(0, 5).map((a) => ({
              id: a.id,
              title: a.what,
              href: '/partyorgs?status=planned',
              due: a.planned_on,
            })),
          });
      }
      const gradePaths = scopePaths(ctx.actor, 'partyorgs.grade');
      if (gradePaths.length) {
        const year = thisYear();
        let ungraded = 0;
        let unrated = 0;
        for (const p of gradePaths) {
          const [graded, reports] = await Promise.all([
            repo.gradedOrgIds(db, [p], year),
            repo.reportCounts(db, [p], year),
          ]);
          ungraded += await deps.org.livePartyOrgCount(p, graded);
          unrated += reports.unrated;
        }
        if (ungraded)
          out.push({
            key: 'partyorgs.to_grade',
            module: 'partyorgs',
            label: t(ctx.lang, 'partyorgs.todo.to_grade'),
            count: ungraded,
            href: '/partyorgs/grades',
            level: 'normal',
          });
        if (unrated)
          out.push({
            key: 'partyorgs.to_rate',
            module: 'partyorgs',
            label: t(ctx.lang, 'partyorgs.todo.to_rate'),
            count: unrated,
            href: '/partyorgs/reports',
            level: 'yellow',
          });
      }
      return out;
    },

    /** The node's figures for a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      if (!scopePaths(ctx.actor, 'partyorgs.read').some((p) => node.path.startsWith(p))) return [];
      const range = { from: `${year}-01-01`, to: `${year + 1}-01-01` };
      const facts = await repo.activityFacts(db, [node.path], range);
      const planned = facts.reduce((s, f) => s + f.planned, 0);
      const met = facts.reduce((s, f) => s + f.met, 0);
      const [orgs, grades, reports] = await Promise.all([
        deps.org.livePartyOrgCount(node.path),
        repo.gradeCounts(db, [node.path], year),
        repo.reportCounts(db, [node.path], year),
      ]);
      const pct = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 10 : null);
      const stat = statMaker(ctx.lang, 'partyorgs');
      return [
        stat('activities', planned, 'count'),
        stat('plan_kept', pct(met, planned), 'percent'),
        stat('graded', pct(grades.graded, orgs), 'percent'),
        stat('five_star', pct(grades.five_star, grades.graded), 'percent'),
        stat('weak', pct(grades.weak, grades.graded), 'percent'),
        stat('reports', reports.rated, 'count'),
      ];
    },

    /** The year's activities below a node as Excel: the 5W1H and the record. */
    async exportActivities(ctx: RequestContext, q: { nodeId: string; year: number }): Promise<Buffer> {
      await core.nodeFor(ctx, q.nodeId, 'partyorgs.export');
      const rows = await deps.activities.activities(ctx, q);
      return writeWorkbook([
        {
          name: `${q.year}党建活动`,
          columns: [
            ...ACTIVITY_COLUMNS.map((c) => ({ key: c.key, header: c.label, width: 20 })),
            { key: 'status', header: '状态 (Status)', width: 10 },
            { key: 'heldOn', header: '实际时间 (Held on)', width: 12 },
            { key: 'attendance', header: '参加人数 (Attendance)', width: 10, type: 'number' as const },
            { key: 'outcome', header: '完成情况 (Outcome)', width: 30 },
            { key: 'extentMet', header: '达成程度 (Extent met)', width: 10 },
          ],
          rows: rows.map((a) => ({
            org: a.partyOrgName,
            who: a.who,
            what: a.what,
            why: a.why,
            plannedOn: a.plannedOn,
            how: a.how,
            extent: a.extent,
            status: { planned: '已计划', recorded: '已记录', cancelled: '已取消' }[a.status],
            heldOn: a.heldOn ?? '',
            attendance: a.attendance ?? '',
            outcome: a.outcome ?? '',
            extentMet: a.extentMet ? { met: '达成', partly: '部分达成', not_met: '未达成' }[a.extentMet] : '',
          })),
        },
      ]);
    },

    /** The year's grades below a node as Excel. */
    async exportGrades(ctx: RequestContext, q: { nodeId: string; year: number }): Promise<Buffer> {
      await core.nodeFor(ctx, q.nodeId, 'partyorgs.export');
      const g = await deps.grades.grades(ctx, q);
      const levelName = { five_star: '五星', four_star: '四星', three_star: '三星', weak: '后进' };
      const className = {
        organ: '机关',
        community: '社区',
        two_new: '两新',
        hometown: '同乡村',
        shareholding: '社区股份公司',
      };
      return writeWorkbook([
        {
          name: `${q.year}质量等级评定`,
          columns: [
            { key: 'name', header: '党组织 (Organisation)', width: 24 },
            { key: 'nodeName', header: '所在节点 (Node)', width: 16 },
            { key: 'orgClass', header: '类别 (Class)', width: 12 },
            { key: 'planned', header: '计划活动 (Planned)', width: 10, type: 'number' as const },
            { key: 'recorded', header: '已记录 (Recorded)', width: 10, type: 'number' as const },
            { key: 'planKept', header: '按计划落实率% (Plans kept %)', width: 12, type: 'number' as const },
            { key: 'total', header: '得分 (Score)', width: 10, type: 'number' as const },
            { key: 'level', header: '等级 (Level)', width: 10 },
          ],
          rows: g.rows.map((r) => ({
            name: r.name,
            nodeName: r.nodeName,
            orgClass: className[r.orgClass],
            planned: r.planned,
            recorded: r.recorded,
            planKept: r.planKept ?? '',
            total: r.grade?.total ?? '',
            level: r.grade ? levelName[r.grade.level] : '未评定',
          })),
        },
      ]);
    },

    /** Imports activity plans (5W1H) from Excel below a node; any bad row changes nothing. */
    async importActivities(ctx: RequestContext, nodeId: string, file: Buffer) {
      const n = await core.nodeFor(ctx, nodeId, 'partyorgs.import');
      const table = readTable(await readRows(file, { maxRows: 2000 }), ACTIVITY_COLUMNS);
      const orgs = await core.orgsUnder(n.path);
      const errors: { field: string; key: string; message: string }[] = [];
      const plans = [];
      for (const r of table.rows) {
        const c = (k: string) => cellText(r.cells[k] ?? null).trim();
        const org = orgs.find((o) => o.name === c('org'));
        if (!org)
          errors.push({
            field: `row${r.row}.org`,
            key: 'error.validation',
            message: t(ctx.lang, 'partyorgs.import_row_org', { row: r.row, name: c('org') }),
          });
        for (const [k, label] of Object.entries(REQUIRED_LABELS))
          if (!c(k))
            errors.push({
              field: `row${r.row}.${k}`,
              key: 'error.validation',
              message: t(ctx.lang, 'partyorgs.import_row_field', { row: r.row, field: label }),
            });
        if (!/^\d{4}-\d{2}-\d{2}$/.test(c('plannedOn')))
          errors.push({
            field: `row${r.row}.plannedOn`,
            key: 'error.validation',
            message: t(ctx.lang, 'partyorgs.import_row_date', { row: r.row }),
          });
        if (org)
          plans.push({
            partyOrgId: org.id,
            who: c('who').slice(0, 200),
            what: c('what').slice(0, 200),
            why: c('why').slice(0, 500),
            plannedOn: c('plannedOn'),
            how: c('how').slice(0, 1000),
            extent: c('extent').slice(0, 500),
            targetAttendance: 0,
          });
      }
      if (errors.length) throw new InvalidError(errors);
      for (const p of plans) await deps.activities.plan(ctx, p);
      return { created: plans.length };
    },
  };
}
