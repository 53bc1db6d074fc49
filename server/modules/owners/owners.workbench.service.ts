/**
 * 业主大会 and 业委会 on the home page and dashboards: an owner's open ballots, paper ballots waiting
 * for a second officer, candidates waiting for the party organisation's vetting, committees whose
 * term ends within RENEWAL_NOTICE_DAYS (prepare the 换届); the figures per node with definitions.
 */
import { can, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { t } from '../../platform/i18n.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { compoundNames, reachFor, today, type OwnersDeps } from './owners.core.ts';
import * as repo from './owners.repository.ts';
import * as electionsRepo from './owners.elections.repository.ts';
import { pct, RENEWAL_NOTICE_DAYS } from './owners.rules.ts';

/** Builds the home-page and dashboard verbs. */
export function createOwnersWorkbench(deps: OwnersDeps) {
  const { db } = deps;
  return {
    /** What waits for the actor. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      if (!ctx.actor) return [];
      const actor = ctx.actor;
      const out: TodoItem[] = [];
      const item = (
        key: string,
        level: TodoItem['level'],
        href: string,
        entries: { id: string; title: string; href: string }[],
      ): TodoItem => ({
        key: `owners.${key}`,
        module: 'owners',
        label: t(ctx.lang, `owners.todo.${key}`),
        count: entries.length,
        href,
        level,
        entries: entries.slice(0, 5),
      });
      if (scopePaths(actor, 'owners.vote').length) {
        const open = (await repo.openForUser(db, actor.userId, today())).filter((r) => !r.voted);
        if (open.length)
          out.push(
            item(
              'vote',
              'yellow',
              '/owners/vote',
              open.map((r) => ({ id: r.id, title: `${r.closes_on} · ${r.title}`, href: '/owners/vote' })),
            ),
          );
      }
      const none = { paths: [], compoundIds: [], compounds: [] };
      const reach = (action: string) => (can(actor, action) ? reachFor(deps, ctx, action) : none);
      const runs = await reach('owners.assembly');
      if (runs.paths.length || runs.compoundIds.length) {
        const waiting = await repo.paperToConfirm(
          db,
          repo.inReach('a.node_id', 'a.compound_id', runs),
          actor.userId,
        );
        if (waiting.length)
          out.push(
            item(
              'confirm',
              'yellow',
              '/owners/assemblies',
              waiting.map((w) => ({
                id: w.id,
                title: `${w.title} · ${w.n}`,
                href: `/owners/assemblies/${w.id}`,
              })),
            ),
          );
      }
      const vets = await reach('owners.vet');
      const elects = await reach('owners.elect');
      const some = (r: typeof vets) => r.paths.length > 0 || r.compoundIds.length > 0;
      if (some(vets) || some(elects)) {
        const names = await compoundNames(deps, {
          paths: [...new Set([...vets.paths, ...elects.paths])],
          compoundIds: [],
          compounds: [...vets.compounds, ...elects.compounds],
        });
        if (some(vets)) {
          const pending = await electionsRepo.pendingVetting(
            db,
            repo.inReach('e.node_id', 'e.compound_id', vets),
          );
          if (pending.length)
            out.push(
              item(
                'vet',
                'yellow',
                '/owners/elections',
                pending.map((p) => ({
                  id: p.id,
                  title: `${names.get(p.compound_id)?.name ?? ''} · ${p.n}`,
                  href: `/owners/elections/${p.id}`,
                })),
              ),
            );
        }
        if (some(elects)) {
          const by = new Date(Date.now() + RENEWAL_NOTICE_DAYS * 86_400_000 + 8 * 3600_000)
            .toISOString()
            .slice(0, 10);
          const due = await electionsRepo.termsEnding(
            db,
            repo.inReach('e.node_id', 'e.compound_id', elects),
            by,
          );
          if (due.length)
            out.push(
              item(
                'renewal',
                due.some((d) => d.term_ends! < today()) ? 'red' : 'normal',
                '/owners/elections',
                due.map((d) => ({
                  id: d.id,
                  title: `${d.term_ends} · ${names.get(d.compound_id)?.name ?? ''}`,
                  href: `/owners/elections/${d.id}`,
                })),
              ),
            );
        }
      }
      return out;
    },

    /** The figures under a node in a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const f = await repo.findFigures(db, [node.path], `${year}-01-01`, `${year + 1}-01-01`, today());
      if (f.compounds === 0 && f.held === 0) return [];
      const all = (await deps.compounds({ under: node.path })).length;
      const stat = statMaker(ctx.lang, 'owners', 'def', { year });
      return [
        stat('with_committee', pct(f.compounds, all), 'percent'),
        stat('party_share', pct(f.party, f.members), 'percent'),
        stat('cross_share', pct(f.cross, f.members), 'percent'),
        stat('assemblies', f.held, 'count'),
        stat('pass_rate', pct(f.passed, f.matters), 'percent'),
      ];
    },
  };
}
