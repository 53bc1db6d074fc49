/**
 * The people register on the home page and the dashboards: an officer's import previews waiting
 * for their commit, and the register's head counts under a node (from the per-node counts the
 * triggers keep exact).
 */
import { can, type RequestContext } from '../../platform/access/access.ts';
import { t } from '../../platform/i18n.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import type { PeopleCore } from './people.core.ts';
import * as workbenchRepo from './people.workbench.repository.ts';

/** The figures a node's dashboard shows from the register: [key, identity kind ('' = everyone)]. */
const FIGURES = [
  ['residents', ''],
  ['party_members', 'party_member'],
  ['volunteers', 'volunteer'],
  ['cadres', 'cadre'],
] as const;

/** Builds the people module's to-do and statistics sources. */
export function createPeopleWorkbench(core: Pick<PeopleCore, 'db'>) {
  return {
    /** Import previews this officer made and has not committed (they expire after 24 hours). */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      if (!ctx.actor || !can(ctx.actor, 'people.import')) return [];
      const n = await workbenchRepo.countPendingImports(core.db, ctx.actor.userId, new Date());
      if (!n) return [];
      return [
        {
          key: 'people.imports_to_review',
          module: 'people',
          label: t(ctx.lang, 'people.todo.imports'),
          count: n,
          href: '/people',
          level: 'yellow',
        },
      ];
    },

    /** Head counts of the register under a node, now (the year does not change a head count). */
    async stats(ctx: RequestContext, node: StatNode): Promise<NodeStat[]> {
      if (!ctx.actor || !can(ctx.actor, 'people.read', node.path)) return [];
      const counts = await workbenchRepo.countsUnder(core.db, node.districtId, node.path);
      const figure = statMaker(ctx.lang, 'people', 'definition');
      const stat = (key: string, value: number | null) => figure(key, value, 'count');
      return [
        ...FIGURES.map(([key, kind]) => stat(key, counts.get(kind) ?? 0)),
        // the register keeps persons, not households: none is counted until it records them
        stat('households', null),
      ];
    },
  };
}
