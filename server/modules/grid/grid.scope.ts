/**
 * Where an actor may do grid work: the subtrees of their grants (cadre grants excepted) plus the
 * grids they are assigned to today. A cadre's reach comes only from 我当网格员 and 网格长
 * assignments, never from the cadre grant's subtree; a grid head's assignment reaches only reading
 * and patrolling, not visits or registers. Out of reach answers 404.
 */
import { requirePermission, roleCan, type Actor, type RequestContext } from '../../platform/access/access.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { GridDirectory } from './grid.directory.ts';
import type { GridTree, TreeNode } from './grid.ports.ts';
import { minimalRoots } from '../../platform/access/roots.ts';

/** What a grid head's assignment lets them do in the grid they head. */
const HEAD_ACTIONS = ['grid.read', 'grid.patrol'];

/** True when path lies inside one of the subtrees. */
export const inReach = (paths: string[], path: string) => paths.some((p) => path.startsWith(p));

/** Builds the reach checks. */
export function createGridScope(deps: {
  tree: Pick<GridTree, 'findNode'>;
  directory: Pick<GridDirectory, 'assignedPaths'>;
}) {
  const { tree, directory } = deps;

  /** The subtree roots where the actor may perform a grid action (no root inside another). */
  async function reach(actor: Actor, action: string): Promise<string[]> {
    const fromGrants = actor.grants
      .filter((g) => g.role !== 'cadre' && roleCan(g.role, action))
      .map((g) => g.path);
    const viaAssign = actor.grants.some((g) => roleCan(g.role, action))
      ? await directory.assignedPaths(
          actor.userId,
          undefined,
          HEAD_ACTIONS.includes(action) ? undefined : ['worker', 'cadre'],
        )
      : [];
    return minimalRoots([...fromGrants, ...viaAssign]);
  }

  /** A node inside the actor's reach for an action, else 404. */
  async function nodeIn(actor: Actor, action: string, id: string): Promise<TreeNode> {
    const n = await tree.findNode(id);
    if (!n || !inReach(await reach(actor, action), n.path)) throw new NotFoundError();
    return n;
  }

  /** The node a read is asked about (grid.read), checked to be in reach. */
  async function range(ctx: RequestContext, nodeId: string): Promise<TreeNode> {
    const actor = requirePermission(ctx, 'grid.read');
    return nodeIn(actor, 'grid.read', nodeId);
  }

  return { reach, nodeIn, range };
}

/** The reach checks. */
export type GridScope = ReturnType<typeof createGridScope>;
