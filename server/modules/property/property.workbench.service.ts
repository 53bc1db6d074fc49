/**
 * Property on the home page and the node dashboards: what waits for someone (problem-list items
 * due, items waiting for the joint meeting, companies not yet rated this year) and the figures the
 * seed reports (collection rate, quality index and five-star compounds, arrears settled).
 */
import { can, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { t } from '../../platform/i18n.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { compoundScope, type PropertyDeps } from './property.core.ts';
import * as repo from './property.repository.ts';
import { collectionRate } from './property.rules.ts';

/** Builds the home-page and dashboard verbs. */
export function createPropertyWorkbench(deps: Pick<PropertyDeps, 'db'>) {
  const { db } = deps;
  return {
    /** What waits for the actor: items due, items for the meeting, companies to rate. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const out: TodoItem[] = [];
      if (!can(ctx.actor, 'property.read')) return out;
      const today = shanghaiDay();
      if (can(ctx.actor, 'property.issues')) {
        const due = await repo.openIssues(db, compoundScope(ctx.actor, 'property.issues'), {
          dueBy: today,
          limit: 50,
        });
        const open = due.filter((i) => i.state !== 'listed');
        if (open.length)
          out.push({
            key: 'property.issues_due',
            module: 'property',
            label: t(ctx.lang, 'property.todo.issues_due'),
            count: open.length,
            href: '/property/compounds',
            level: 'red',
            entries: open.slice(0, 5).map((i) => ({
              id: i.id,
              title: `${i.compound_name} · ${i.title}`,
              href: `/property/compounds/${i.compound_id}`,
              due: i.due_on,
              level: 'red' as const,
            })),
          });
      }
      if (can(ctx.actor, 'property.meet')) {
        const listed = await repo.openIssues(db, compoundScope(ctx.actor, 'property.meet'), {
          state: 'listed',
          limit: 50,
        });
        if (listed.length)
          out.push({
            key: 'property.to_decide',
            module: 'property',
            label: t(ctx.lang, 'property.todo.to_decide'),
            count: listed.length,
            href: '/property/compounds',
            level: 'yellow',
            entries: listed.slice(0, 5).map((i) => ({
              id: i.id,
              title: `${i.compound_name} · ${i.title}`,
              href: `/property/compounds/${i.compound_id}`,
            })),
          });
      }
      if (can(ctx.actor, 'property.rate')) {
        const year = Number(today.slice(0, 4));
        const unrated = await repo.unratedCompanies(db, scopePaths(ctx.actor, 'property.rate'), year, 50);
        if (unrated.length)
          out.push({
            key: 'property.to_rate',
            module: 'property',
            label: t(ctx.lang, 'property.todo.to_rate', { year }),
            count: unrated.length,
            href: '/property/companies',
            level: 'normal',
            entries: unrated
              .slice(0, 5)
              .map((c) => ({ id: c.id, title: c.name, href: '/property/companies' })),
          });
      }
      return out;
    },

    /** The node's figures for a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      if (!can(ctx.actor, 'property.read', node.path)) return [];
      const [fees, q, a] = await Promise.all([
        repo.feeTotals(db, node, year),
        repo.qualityFigures(db, node, year),
        repo.arrearsFigures(db, node, year),
      ]);
      const stat = statMaker(ctx.lang, 'property', 'def', { year });
      const rate = collectionRate(fees.billed, fees.paid);
      return [
        stat('collection_rate', rate === null ? null : Math.round(rate * 10000) / 100, 'percent'),
        stat('compounds', q.compounds, 'count'),
        stat('quality_average', q.average, 'score'),
        stat('five_star', q.five_star, 'count'),
        stat('arrears_open', a.open, 'count'),
        stat('arrears_resolved', a.resolved, 'count'),
      ];
    },
  };
}
