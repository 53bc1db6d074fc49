/**
 * Assessment on the home page: what waits for each user (a cadre's sheet and matters, a reviewer's
 * sheets and matters, the organisation department's lagging units, rotation alerts, approvals), and
 * the figures a node's dashboard shows (cycle progress, grade distribution, work reports, outstanding
 * cadres found: Futian's ~2,000 matters and 275 cadres [000]).
 */
import { can, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths, nodeInScope } from '../../platform/access/scope.ts';
import { t } from '../../platform/i18n.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { districtsOf, todayOf, type AssessmentDeps } from './assessment.context.ts';
import * as repo from './assessment.repository.ts';
import type { createResultsService } from './assessment.results.service.ts';
import { GRADES, SHEET_STATES, dueFor, waitingOn, type SheetState } from './assessment.rules.ts';

/** Builds the to-do and statistics sources. */
export function createWorkbench(deps: AssessmentDeps, results: ReturnType<typeof createResultsService>) {
  const { db } = deps;

  return {
    /** What waits for the actor in assessment. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const actor = ctx.actor;
      if (!actor) return [];
      const out: TodoItem[] = [];
      const item = (
        key: string,
        count: number,
        href: string,
        level: TodoItem['level'],
        entries?: TodoItem['entries'],
      ) => {
        if (count > 0)
          out.push({
            key: `assessment.${key}`,
            module: 'assessment',
            label: t(ctx.lang, `assessment.todo.${key}`),
            count,
            href,
            level,
            entries,
          });
      };
      const today = todayOf(deps);
      if (can(actor, 'assessment.self') && actor.personId) {
        const mine = await repo.findOpenSheets(db, { personId: actor.personId, status: 'dispatched' });
        item(
          'my_sheet',
          mine.length,
          '/assessment/me',
          mine.some((s) => String(s.summary_due) < today) ? 'red' : 'yellow',
          mine.slice(0, 3).map((s) => ({
            id: s.id,
            title: `${s.quarter} ${s.person_name}`,
            href: `/assessment/me/${s.id}`,
            due: String(s.summary_due),
          })),
        );
        for (const d of districtsOf(actor, 'assessment.self')) {
          const logged = await repo.findReports(db, d, { personId: actor.personId, status: 'logged' });
          item('my_reports', logged.length, '/assessment/reports', 'normal');
        }
      }
      if (can(actor, 'assessment.review')) {
        const scope = nodeInScope('s.unit_node_id', actor, 'assessment.review');
        const open = await repo.findOpenSheets(db, { scope, status: 'submitted' });
        item(
          'review',
          open.length,
          '/assessment/review',
          open.some((s) => String(s.review_due) < today) ? 'red' : 'yellow',
          open.slice(0, 3).map((s) => ({
            id: s.id,
            title: `${s.quarter} ${s.person_name}（${s.unit_name}）`,
            href: `/assessment/sheets/${s.id}`,
            due: String(s.review_due),
          })),
        );
        let toConfirm = 0;
        for (const d of districtsOf(actor, 'assessment.review'))
          toConfirm += (
            await repo.findReports(db, d, {
              scope: nodeInScope('unit_node_id', actor, 'assessment.review'),
              status: 'logged',
            })
          ).length;
        item('confirm_reports', toConfirm, '/assessment/reports', 'normal');
      }
      if (can(actor, 'assessment.manage'))
        for (const d of districtsOf(actor, 'assessment.manage')) {
          const scope = nodeInScope('unit_node_id', actor, 'assessment.manage');
          const cycles = (await repo.findCycles(db, [d])).filter((c) => c.status === 'open');
          let lagging = 0;
          for (const c of cycles) {
            const rows = await repo.countSheetsByUnit(db, d, c.id, scope);
            const first = new Map<string, SheetState>();
            for (const r of rows) {
              const cur = first.get(r.unit_node_id);
              if (!cur || SHEET_STATES.indexOf(r.status as SheetState) < SHEET_STATES.indexOf(cur))
                first.set(r.unit_node_id, r.status as SheetState);
            }
            const dl = {
              summaryDue: String(c.summary_due),
              reviewDue: String(c.review_due),
              assessDue: String(c.assess_due),
              publishDue: String(c.publish_due),
            };
            for (const s of first.values()) {
              const due = dueFor(s, dl);
              if (waitingOn(s) !== 'done' && due !== null && due < today) lagging++;
            }
          }
          item('lagging', lagging, '/assessment/board', 'red');
          const alerts = (await results.rotationAlerts(ctx, d)).filter((a) => !a.planned);
          item(
            'rotation',
            alerts.length,
            '/assessment/rotation',
            alerts.some((a) => a.level === 'overdue') ? 'red' : 'yellow',
          );
          item('points', (await repo.findPendingPoints(db, d, scope)).length, '/assessment/points', 'normal');
          const decls = await repo.findDeclarations(db, d, { scope });
          item(
            'declarations',
            decls.filter((x) => x.status === 'declared' || x.status === 'reviewed').length,
            '/assessment/months',
            'normal',
          );
        }
      return out;
    },

    /** The dashboard figures for a node's subtree in a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      if (!can(ctx.actor, 'assessment.read', node.path)) return [];
      const scope = nodeInPaths('unit_node_id', [node.path]);
      const rows = await repo.yearSheetCounts(db, node.districtId, year, scope);
      const latest = rows
        .map((r) => r.quarter)
        .sort()
        .at(-1);
      const inLatest = rows.filter((r) => r.quarter === latest);
      const total = inLatest.reduce((s, r) => s + r.n, 0);
      const published = inLatest.filter((r) => r.status === 'published').reduce((s, r) => s + r.n, 0);
      const stat = statMaker(ctx.lang, 'assessment');
      const reports = await repo.yearReportCounts(db, node.districtId, year, scope);
      return [
        stat('progress', total ? Math.round((published / total) * 1000) / 10 : null, 'percent'),
        ...GRADES.map((g) => {
          const figure = stat(
            g,
            rows.filter((r) => r.grade === g).reduce((s, r) => s + r.n, 0),
            'count',
          );
          // the grades below good share one definition
          return g === 'good' ? figure : { ...figure, definition: t(ctx.lang, 'assessment.stat.grade.def') };
        }),
        stat('reports', reports.logged, 'count'),
        stat('outstanding', reports.outstanding, 'count'),
      ];
    },
  };
}
