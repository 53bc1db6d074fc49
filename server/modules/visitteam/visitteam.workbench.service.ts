/**
 * The 文明巡访团 on the home page and dashboards: findings waiting for the area's community to fix them,
 * rounds within 7 days without members for the organiser; the year's rounds, findings and fixed share.
 */
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Db } from '../../platform/db/db.ts';
import { t } from '../../platform/i18n.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { today } from './visitteam.core.ts';
import * as repo from './visitteam.repository.ts';
import { pct, UNSTAFFED_WARN_DAYS } from './visitteam.rules.ts';

/** Builds the home-page and dashboard verbs. */
export function createVisitteamWorkbench(deps: { db: Db }) {
  const { db } = deps;
  return {
    /** What waits for the actor: findings to fix; rounds soon without members. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      if (!ctx.actor) return [];
      const out: TodoItem[] = [];
      const fixPaths = scopePaths(ctx.actor, 'visitteam.fix');
      if (fixPaths.length) {
        const open = await repo.findOpenFindings(db, nodeInPaths('r.node_id', fixPaths));
        if (open.length)
          out.push({
            key: 'visitteam.to_fix',
            module: 'visitteam',
            label: t(ctx.lang, 'visitteam.todo.to_fix'),
            count: open.length,
            href: '/visitteam',
            level: 'normal',
            entries: open.slice(0, 5).map((f) => ({
              id: f.id,
              title: `${f.held_on} · ${f.node_name} · ${t(ctx.lang, `visitteam.item.${f.item}`)} · ${f.place}`,
              href: `/visitteam/rounds/${f.round_id}`,
            })),
          });
      }
      const managePaths = scopePaths(ctx.actor, 'visitteam.manage');
      if (managePaths.length) {
        const by = shanghaiDay(new Date(Date.now() + UNSTAFFED_WARN_DAYS * 86_400_000));
        const bare = await repo.findUnstaffed(db, nodeInPaths('r.node_id', managePaths), today(), by);
        if (bare.length)
          out.push({
            key: 'visitteam.unstaffed',
            module: 'visitteam',
            label: t(ctx.lang, 'visitteam.todo.unstaffed'),
            count: bare.length,
            href: '/visitteam',
            level: 'yellow',
            entries: bare.slice(0, 5).map((r) => ({
              id: r.id,
              title: `${r.held_on} · ${r.node_name}`,
              href: `/visitteam/rounds/${r.id}`,
            })),
          });
      }
      return out;
    },

    /** The year's rounds held, findings and the share fixed under a node. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const f = await repo.findYearFigures(
        db,
        nodeInPaths('r.node_id', [node.path]),
        `${year}-01-01`,
        `${year + 1}-01-01`,
        today(),
      );
      if (f.rounds === 0 && f.findings === 0) return [];
      const stat = statMaker(ctx.lang, 'visitteam', 'def', { year });
      return [
        stat('rounds', f.rounds, 'count'),
        stat('findings', f.findings, 'count'),
        stat('fixed_share', pct(f.fixed, f.findings), 'percent'),
      ];
    },
  };
}
