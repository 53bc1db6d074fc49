/**
 * The responsibility lists on the home page and dashboards: an organisation's items due this month
 * (red when overdue) and its yearly report to file; the office's items to check, the last quarter's
 * bulletin to compose or publish, the reports to rate; and the figures per node with definitions.
 */
import { can, roleCan, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Db } from '../../platform/db/db.ts';
import { t } from '../../platform/i18n.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { itemFacts, type DutylistsCore } from './dutylists.core.ts';
import * as repo from './dutylists.repository.ts';
import {
  bulletinNo,
  completionRate,
  lastEndedQuarter,
  monthEnd,
  overdue,
  pct,
  reportYear,
} from './dutylists.rules.ts';

/** Builds the home-page and dashboard verbs. */
export function createDutylistsWorkbench(deps: { db: Db; core: DutylistsCore }) {
  const { db, core } = deps;
  return {
    /** What waits for the actor. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      if (!ctx.actor) return [];
      const today = core.today();
      const out: TodoItem[] = [];
      const item = (
        key: string,
        count: number,
        href: string,
        level: TodoItem['level'],
        entries: { id: string; title: string; href?: string; due?: string }[],
        params: Record<string, unknown> = {},
      ): TodoItem => ({
        key: `dutylists.${key}`,
        module: 'dutylists',
        label: t(ctx.lang, `dutylists.todo.${key}`, params),
        count,
        href,
        level,
        entries: entries.slice(0, 5).map((e) => ({ ...e, href: e.href ?? href })),
      });
      // the organisation's own items: lists on the nodes the actor reports for
      const own = ctx.actor.grants.filter(
        (g) => roleCan(g.role, 'dutylists.report') && !roleCan(g.role, 'dutylists.manage'),
      );
      const ownNodes = [...new Set(own.map((g) => g.nodeId))];
      if (ownNodes.length) {
        const due = await repo.findDueItemsOfNodes(db, ownNodes, monthEnd(today));
        if (due.length)
          out.push(
            item(
              'due',
              due.length,
              '/dutylists',
              due.some((i) => overdue({ state: i.state, dueOn: i.due_on }, today)) ? 'red' : 'yellow',
              due.map((i) => ({
                id: i.id,
                title: `${i.title}（${i.due_on}）`,
                href: `/dutylists/lists/${i.list_id}`,
                due: i.due_on,
              })),
            ),
          );
        const ry = reportYear(today);
        if (ry) {
          const lists = (
            await repo.findLists(
              db,
              ry,
              nodeInPaths(
                'l.node_id',
                own.map((g) => g.path),
              ),
            )
          ).filter((l) => ownNodes.includes(l.node_id) && l.target === 'org');
          const filed = new Set(
            (
              await repo.findReports(
                db,
                ry,
                nodeInPaths(
                  'r.node_id',
                  own.map((g) => g.path),
                ),
              )
            ).map((r) => r.node_id),
          );
          const missing = [
            ...new Map(lists.filter((l) => !filed.has(l.node_id)).map((l) => [l.node_id, l])).values(),
          ];
          if (missing.length)
            out.push(
              item(
                'to_file',
                missing.length,
                '/dutylists/reports',
                'yellow',
                missing.map((l) => ({ id: l.node_id, title: l.node_name })),
                { year: ry },
              ),
            );
        }
      }
      if (can(ctx.actor, 'dutylists.manage')) {
        const paths = scopePaths(ctx.actor, 'dutylists.manage');
        const waiting = await repo.findSubmittedItems(db, nodeInPaths('l.node_id', paths));
        if (waiting.length)
          out.push(
            item(
              'to_check',
              waiting.length,
              '/dutylists',
              'yellow',
              waiting.map((i) => ({
                id: i.id,
                title: `${i.node_name} · ${i.title}`,
                href: `/dutylists/lists/${i.list_id}`,
              })),
            ),
          );
        const bulletins = await repo.findBulletins(
          db,
          core.districts(ctx, 'dutylists.manage'),
          nodeInPaths('b.node_id', paths),
        );
        const drafts = bulletins.filter((b) => b.state === 'draft');
        const [y, q] = lastEndedQuarter(today);
        const hasLists = (await repo.findLists(db, y, nodeInPaths('l.node_id', paths))).length > 0;
        const lastDone = bulletins.some((b) => b.year === y && b.quarter === q && !b.corrects_id);
        if (drafts.length || (hasLists && !lastDone))
          out.push(
            item(
              'to_publish',
              drafts.length || 1,
              '/dutylists/bulletins',
              'normal',
              drafts.length
                ? drafts.map((b) => ({
                    id: b.id,
                    title: `${bulletinNo(b.year, b.no)} ${b.title}`,
                    href: `/dutylists/bulletins/${b.id}`,
                  }))
                : [
                    {
                      id: `${y}-${q}`,
                      title: t(ctx.lang, 'dutylists.bulletin.default_title', { year: y, quarter: q }),
                    },
                  ],
            ),
          );
        const ry = reportYear(today) ?? Number(today.slice(0, 4)) - 1;
        const unrated = (await repo.findReports(db, ry, nodeInPaths('r.node_id', paths))).filter(
          (r) => !r.rating,
        );
        if (unrated.length)
          out.push(
            item(
              'to_rate',
              unrated.length,
              '/dutylists/reports',
              'normal',
              unrated.map((r) => ({ id: r.id, title: `${r.node_name} ${r.secretary}` })),
            ),
          );
      }
      return out;
    },

    /** The figures under a node for a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const rows = await core.listsWithItems(year, nodeInPaths('l.node_id', [node.path]));
      if (rows.length === 0) return [];
      const today = core.today();
      const end = `${year}-12-31`;
      const by = today < end ? today : end;
      const items = rows.flatMap((r) => r.items);
      const reports = await repo.findReports(db, year, nodeInPaths('r.node_id', [node.path]));
      const bulletins = (
        await repo.findBulletins(db, [node.districtId], nodeInPaths('b.node_id', [node.path]))
      ).filter((b) => b.year === year && b.state === 'published' && b.path.startsWith(node.path));
      const stat = statMaker(ctx.lang, 'dutylists');
      return [
        stat('completion', completionRate(items.map(itemFacts), by, today), 'percent'),
        stat(
          'overdue',
          items.filter((i) => overdue({ state: i.state, dueOn: i.due_on }, today)).length,
          'count',
        ),
        stat('bulletins', bulletins.length, 'count'),
        stat(
          'reports_good',
          pct(
            reports.filter((r) => r.rating === 'good' || r.rating === 'fair').length,
            reports.filter((r) => r.rating).length,
          ),
          'percent',
        ),
      ];
    },
  };
}
