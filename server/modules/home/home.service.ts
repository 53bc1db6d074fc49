/**
 * The home page 工作台 and node dashboards 驾驶舱: fans out to the to-do and statistics sources each
 * module declares (server/platform/workbench.ts) and returns what they say, in module order.
 */
import type { RequestContext } from '../../platform/access/access.ts';
import { UnauthenticatedError } from '../../platform/errors.ts';
import type { NodeStat, StatNode, StatSource, TodoItem, TodoSource } from '../../platform/workbench.ts';

/** What the home service needs: a way to find a node the actor may see, and the sources. */
export interface HomeDeps {
  /** The node if the actor may see it, else a NotFoundError (out of scope answers 404). */
  visibleNode: (ctx: RequestContext, id: string) => Promise<StatNode>;
  todoSources: TodoSource[];
  statSources: StatSource[];
}

/** Builds the home service. */
export function createHomeService(deps: HomeDeps) {
  return {
    /** Everything waiting for the actor, most urgent first within each module. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      if (!ctx.actor) throw new UnauthenticatedError();
      const lists = await Promise.all(deps.todoSources.map((s) => s(ctx)));
      const rank = { red: 0, yellow: 1, normal: 2 } as const;
      return lists.flatMap((l) => l.filter((i) => i.count > 0).sort((a, b) => rank[a.level] - rank[b.level]));
    },

    /** The figures every module declares for one node (and its subtree) in a year. */
    async stats(ctx: RequestContext, nodeId: string, year: number): Promise<NodeStat[]> {
      if (!ctx.actor) throw new UnauthenticatedError();
      const node = await deps.visibleNode(ctx, nodeId);
      const lists = await Promise.all(deps.statSources.map((s) => s(ctx, node, year)));
      return lists.flat();
    },
  };
}
export type HomeService = ReturnType<typeof createHomeService>;
