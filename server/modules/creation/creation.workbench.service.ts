/**
 * 示范创建 and the 先锋指数 on the home page and dashboards: declarations to pre-review or to score,
 * drafts to self-assess, organisations to score this quarter or flagged for 整改; the figures per
 * node (named per level, pass rates, standing titles, the index) with their definitions.
 */
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { t } from '../../platform/i18n.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { districtActs, ownSide, today, type CreationDeps } from './creation.core.ts';
import type { createIndexService } from './creation.index.service.ts';
import * as repo from './creation.repository.ts';
import { LEVELS } from './creation.rules.ts';

const pct = (a: number, b: number) => (b === 0 ? null : Math.round((1000 * a) / b) / 10);

/** Builds the home-page and dashboard verbs. */
export function createCreationWorkbench(
  deps: Pick<CreationDeps, 'db'> & { index: ReturnType<typeof createIndexService> },
) {
  const { db, index } = deps;
  return {
    /** What waits for the actor. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const actor = ctx.actor;
      if (!actor) return [];
      const out: TodoItem[] = [];
      const item = (
        key: string,
        entries: { id: string; title: string; href: string }[],
        level: TodoItem['level'] = 'yellow',
        href = '/creation',
      ): TodoItem => ({
        key: `creation.${key}`,
        module: 'creation',
        label: t(ctx.lang, `creation.todo.${key}`),
        count: entries.length,
        href,
        level,
        entries: entries.slice(0, 5),
      });
      const decl = (w: Awaited<ReturnType<typeof repo.findWaiting>>[number]) => ({
        id: w.id,
        title: `${w.node_name} · ${w.programme_name} · ${t(ctx.lang, `creation.level.${w.level}`)}`,
        href: `/creation/declarations/${w.id}`,
      });
      const lists: [string, string[], string[], 'yellow' | 'normal'][] = [
        ['prereview', scopePaths(actor, 'creation.prereview'), ['submitted'], 'yellow'],
        ['self_assess', scopePaths(actor, 'creation.declare'), ['draft'], 'normal'],
      ];
      const reviewRoots = actor.grants.filter((g) => districtActs(actor, g.path)).map((g) => g.path);
      if (reviewRoots.length) lists.push(['review', reviewRoots, ['prereviewed', 'publicity'], 'yellow']);
      for (const [key, roots, states, level] of lists) {
        if (roots.length === 0) continue;
        const rows = (await repo.findWaiting(db, nodeInPaths('d.node_id', roots), states)).filter(
          (w) => key === 'self_assess' || !ownSide(actor, w),
        );
        if (rows.length) out.push(item(key, rows.map(decl), level));
      }
      const now = today();
      const year = Number(now.slice(0, 4));
      const quarter = Math.floor((Number(now.slice(5, 7)) - 1) / 3) + 1;
      const unscored = await index.unscoredFor(ctx, year, quarter);
      if (unscored.length)
        out.push(
          item(
            'index_scoring',
            unscored.map((o) => ({ id: o.id, title: `${o.nodeName} · ${o.name}`, href: '/creation/index' })),
            'normal',
            '/creation/index',
          ),
        );
      const flagged = await index.flaggedFor(ctx, year);
      if (flagged.length)
        out.push(
          item(
            'rectify',
            flagged.map((f) => ({
              id: `${f.org.id}-${f.quarter}`,
              title: `${f.org.name} · ${year}Q${f.quarter} · ${f.index}`,
              href: '/creation/index',
            })),
            'red',
            '/creation/index',
          ),
        );
      return out;
    },

    /** The figures of declarations under a node in a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const rows = await repo.findFigures(db, nodeInPaths('d.node_id', [node.path]), year, today());
      if (rows.length === 0) return [];
      const by = (level: string) => rows.find((r) => r.level === level);
      const sum = (k: 'declared' | 'named' | 'not_named' | 'standing') => rows.reduce((s, r) => s + r[k], 0);
      const stat = statMaker(ctx.lang, 'creation', 'def', { year });
      const L = (l: string) => t(ctx.lang, `creation.level.${l}`);
      return [
        stat('declared', sum('declared'), 'count'),
        {
          ...stat('named', sum('named'), 'count'),
          series: LEVELS.map((l) => ({ label: L(l), value: by(l)?.named ?? 0 })),
        },
        {
          ...stat('pass_rate', pct(sum('named'), sum('named') + sum('not_named')), 'percent'),
          series: LEVELS.map((l) => {
            const r = by(l);
            return { label: L(l), value: r ? pct(r.named, r.named + r.not_named) : null };
          }),
        },
        stat('standing', sum('standing'), 'count'),
      ];
    },
  };
}
