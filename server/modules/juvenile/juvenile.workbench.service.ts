/**
 * 帮教 on the home page and dashboards: a social worker's sessions and evaluations due, an officer's
 * cases waiting for a worker; the figures of a year (cases by outcome, 转处分流率, return-to-work and
 * return-to-school rates, sessions per case, activities and attendance); the case register as Excel.
 */
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { t } from '../../platform/i18n.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiThisYear } from '../../platform/time.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { caseOut, caseScope, today, type JuvenileDeps } from './juvenile.core.ts';
import * as repo from './juvenile.repository.ts';
import {
  dueOn,
  EVALUATION_EVERY_DAYS,
  OUTCOMES,
  pct,
  SESSION_EVERY_DAYS,
  type Outcome,
} from './juvenile.rules.ts';

/** Sessions and evaluations due within this many days show on the worker's home page. */
export const DUE_SOON_DAYS = 3;

/** Builds the home-page, dashboard and export verbs. */
export function createJuvenileWorkbench(deps: Pick<JuvenileDeps, 'db' | 'auditor'>) {
  const { db, auditor } = deps;

  /** The figures under the roots in a year. */
  async function figuresOf(paths: string[], year: number) {
    const f = await repo.findFigures(
      db,
      nodeInPaths('c.node_id', paths),
      nodeInPaths('s.node_id', paths),
      `${year}-01-01`,
      `${year + 1}-01-01`,
    );
    const byOutcome = Object.fromEntries(OUTCOMES.map((o) => [o, f[o]])) as Record<Outcome, number>;
    return {
      year,
      cases: f.cases,
      closed: f.closed,
      byOutcome,
      divertedPct: pct(f.diverted, f.closed),
      workPct: pct(f.work, f.closed),
      schoolPct: pct(f.school + f.university, f.closed),
      sessionsPerCase: f.closed ? Math.round((10 * f.closed_sessions) / f.closed) / 10 : null,
      activities: f.activities,
      attendance: f.attendance,
    };
  }

  return {
    /** What waits for the actor: a worker's sessions and evaluations due, an officer's unassigned cases. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      if (!ctx.actor) return [];
      const out: TodoItem[] = [];
      const item = (
        key: string,
        count: number,
        level: TodoItem['level'],
        entries: NonNullable<TodoItem['entries']>,
      ) => ({
        key: `juvenile.${key}`,
        module: 'juvenile',
        label: t(ctx.lang, `juvenile.todo.${key}`),
        count,
        href: '/juvenile',
        level,
        entries: entries.slice(0, 5),
      });
      const now = today();
      const soon = dueOn(now, DUE_SOON_DAYS);
      if (scopePaths(ctx.actor, 'juvenile.help').length) {
        const mine = await repo.findWorkerCases(db, ctx.actor.userId);
        const due = mine.flatMap((c) => {
          const s = dueOn(c.last_session, SESSION_EVERY_DAYS);
          const e = dueOn(c.last_evaluation, EVALUATION_EVERY_DAYS);
          const out: { id: string; title: string; href: string; on: string }[] = [];
          if (s <= soon)
            out.push({
              id: c.id,
              on: s,
              title: `${s} · ${c.name_mask} · ${t(ctx.lang, 'juvenile.due.session')}`,
              href: `/juvenile/cases/${c.id}`,
            });
          if (e <= soon)
            out.push({
              id: `${c.id}:e`,
              on: e,
              title: `${e} · ${c.name_mask} · ${t(ctx.lang, 'juvenile.due.evaluation')}`,
              href: `/juvenile/cases/${c.id}`,
            });
          return out;
        });
        due.sort((a, b) => a.on.localeCompare(b.on));
        if (due.length)
          out.push(
            item(
              'due',
              due.length,
              due.some((d) => d.on < now) ? 'red' : 'normal',
              due.map(({ on: _on, ...x }) => x),
            ),
          );
      }
      const officer = caseScope(ctx.actor, 'juvenile.manage').officer;
      if (officer.length) {
        const open = await repo.findUnassigned(db, nodeInPaths('c.node_id', officer));
        if (open.length)
          out.push(
            item(
              'unassigned',
              open.length,
              'yellow',
              open.map((c) => ({
                id: c.id,
                title: `${c.referred_on} · ${c.name_mask}`,
                href: `/juvenile/cases/${c.id}`,
              })),
            ),
          );
      }
      return out;
    },

    /** The dashboard figures of a node in a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const f = await figuresOf([node.path], year);
      if (f.cases === 0 && f.closed === 0 && f.activities === 0) return [];
      const stat = statMaker(ctx.lang, 'juvenile', 'def', { year });
      return [
        stat('cases', f.cases, 'count'),
        stat('closed', f.closed, 'count'),
        stat('diverted', f.divertedPct, 'percent'),
        stat('work', f.workPct, 'percent'),
        stat('school', f.schoolPct, 'percent'),
        stat('reoffended', pct(f.byOutcome.reoffended, f.closed), 'percent'),
        stat('activities', f.activities, 'count'),
        stat('attendance', f.attendance, 'count'),
      ];
    },

    /** The figures of the actor's reach (or a node in it) in a year, for the module's chart. */
    async figures(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await readRoots(db, ctx, 'juvenile.manage', q.nodeId);
      return figuresOf(paths, q.year ?? shanghaiThisYear());
    },

    /** The case register as Excel (masked; audited). */
    async exportCases(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const actor = requirePermission(ctx, 'juvenile.export');
      const paths = await readRoots(db, ctx, 'juvenile.export', q.nodeId);
      const rows = (
        await repo.findCases(db, nodeInPaths('c.node_id', paths), {
          from: q.year ? `${q.year}-01-01` : undefined,
          to: q.year ? `${q.year + 1}-01-01` : undefined,
        })
      ).map(caseOut);
      const L = (k: string) => t(ctx.lang, k);
      const buf = await writeWorkbook([
        {
          name: L('juvenile.sheet.cases'),
          columns: [
            { key: 'node', header: '所属', width: 16 },
            { key: 'name', header: '姓名', width: 10 },
            { key: 'idNumber', header: '身份证号', width: 22 },
            { key: 'source', header: '来源', width: 10 },
            { key: 'referredOn', header: '转介日期', width: 12 },
            { key: 'worker', header: '社工', width: 10 },
            { key: 'state', header: '状态', width: 10 },
            { key: 'sessions', header: '帮教次数', width: 10, type: 'number' },
            { key: 'outcome', header: '帮教结果', width: 10 },
            { key: 'diverted', header: '转处分流', width: 10 },
            { key: 'reportNo', header: '结案报告编号', width: 22 },
          ],
          rows: rows.map((r) => ({
            node: r.nodeName,
            name: r.name,
            idNumber: r.idNumber,
            source: L(`juvenile.source.${r.source}`),
            referredOn: r.referredOn,
            worker: r.workerName ?? '',
            state: L(`juvenile.state.${r.state}`),
            sessions: r.sessions,
            outcome: r.outcome ? L(`juvenile.outcome.${r.outcome}`) : '',
            diverted: r.diverted === null ? '' : L(r.diverted ? 'juvenile.yes' : 'juvenile.no'),
            reportNo: r.reportNo ?? '',
          })),
        },
      ]);
      await auditor.record(ctx, {
        action: 'juvenile.export',
        objectType: 'juvenile_case',
        objectId: q.nodeId ?? null,
        districtId: actor.grants[0]?.districtId ?? null,
        detail: { rows: rows.length, year: q.year ?? null },
      });
      return buf;
    },
  };
}
