/**
 * The support on the home page and dashboards: instructors with no visit this quarter and
 * organisations without an instructor (for whoever keeps the roster), settlements in a base ending
 * within two months (for whoever keeps the base); the figures per node.
 */
import { scopePaths, can, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { t } from '../../platform/i18n.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { today, yearRange, type SupportDeps } from './socialorgs.support.core.ts';
import * as repo from './socialorgs.support.repository.ts';
import { addDays, LINKS, quarterStart, SETTLEMENT_WARN_DAYS, share } from './socialorgs.support.rules.ts';

/** Builds the home-page and dashboard verbs. */
export function createSupportWorkbench(deps: Pick<SupportDeps, 'db'>) {
  const { db } = deps;
  return {
    /** What waits for the actor. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      if (!ctx.actor) return [];
      const out: TodoItem[] = [];
      const item = (
        key: string,
        href: string,
        count: number,
        level: TodoItem['level'],
        entries: { id: string; title: string; href: string; due?: string }[],
      ): TodoItem => ({
        key: `socialorgs.${key}`,
        module: 'socialorgs',
        label: t(ctx.lang, `socialorgs.todo.${key}`),
        count,
        href,
        level,
        entries: entries.slice(0, 5),
      });
      const d = today();
      const roster = scopePaths(ctx.actor, 'socialorgs.instructors.manage');
      if (roster.length) {
        const idle = await repo.instructorsWithoutVisit(
          db,
          nodeInPaths('i.node_id', roster),
          d,
          quarterStart(d),
        );
        if (idle.length)
          out.push(
            item(
              'no_visit',
              '/socialorgs/instructors',
              idle.length,
              'yellow',
              idle.map((i) => ({
                id: i.id,
                title: `${i.node_name} · ${i.name}`,
                href: `/socialorgs/instructors/${i.id}`,
              })),
            ),
          );
        const orgs = await repo.coverage(db, nodeInPaths('o.node_id', roster), d);
        const bare = orgs.filter((o) => o.instructors.length === 0);
        if (bare.length)
          out.push(
            item(
              'uncovered',
              '/socialorgs/instructors',
              bare.length,
              'normal',
              bare.map((o) => ({
                id: o.id,
                title: `${o.node_name} · ${o.name}`,
                href: '/socialorgs/instructors',
              })),
            ),
          );
      }
      const bases = scopePaths(ctx.actor, 'socialorgs.base.manage');
      if (bases.length) {
        const ending = await repo.settlementsEnding(
          db,
          nodeInPaths('b.node_id', bases),
          d,
          addDays(d, SETTLEMENT_WARN_DAYS),
        );
        if (ending.length)
          out.push(
            item(
              'settlement_ending',
              '/socialorgs/bases',
              ending.length,
              ending.some((s) => s.ends_on <= addDays(d, 14)) ? 'red' : 'yellow',
              ending.map((s) => ({
                id: `${s.base_id}:${s.org_name}`,
                title: `${s.ends_on} · ${s.base_name} · ${s.org_name}`,
                href: `/socialorgs/bases/${s.base_id}`,
                due: s.ends_on,
              })),
            ),
          );
      }
      return out;
    },

    /** The figures of a node: instructors on duty, coverage, visits, talents, certified share, links. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      if (!can(ctx.actor, 'socialorgs.read', node.path)) return [];
      const { from, to } = yearRange(year);
      const f = await repo.figuresUnder(db, (col) => nodeInPaths(col, [node.path]), today(), from, to);
      if (f.on_duty === 0 && f.visits === 0 && f.talents === 0 && f.links.length === 0) return [];
      const stat = statMaker(ctx.lang, 'socialorgs', 'def', { year });
      const links = new Map(f.links.map((l) => [l.link, l.n]));
      return [
        stat('instructors', f.on_duty, 'count'),
        stat('covered', share(f.covered, f.orgs), 'percent'),
        stat('visits', f.visits, 'count'),
        stat('talents', f.talents, 'count'),
        stat('certified', share(f.certified, f.talents), 'percent'),
        ...LINKS.map((l) => stat(`link_${l}`, links.get(l) ?? 0, 'count')),
      ];
    },
  };
}
