/**
 * The scope checks a module's verbs start from: a row or node the actor may act on, and the
 * subtree roots a list reads (the node asked for, inside the scope, or the whole scope).
 */
import { can, requirePermission, scopePaths, type Actor, type RequestContext } from './access.ts';
import type { Executor } from '../db/db.ts';
import { NotFoundError } from '../errors.ts';
import { findNode } from './scope.ts';

/**
 * A row (with its node's path) that the actor may perform action on: 403 without the permission,
 * 404 when absent or out of scope (out of scope looks like absent). A module whose scope rule
 * differs passes it as allowed (the academy's: on or above the actor's grants).
 */
export async function rowFor<R extends { path: string }>(
  ctx: RequestContext,
  action: string,
  find: () => Promise<R | undefined>,
  allowed: (actor: Actor | null, action: string, path: string) => boolean = can,
): Promise<R> {
  requirePermission(ctx, action);
  const row = await find();
  if (!row || !allowed(ctx.actor, action, row.path)) throw new NotFoundError();
  return row;
}

/** A node the actor may perform action on; 404 otherwise. */
export function nodeFor(db: Executor, ctx: RequestContext, nodeId: string, action: string) {
  return rowFor(ctx, action, () => findNode(db, nodeId));
}

/**
 * The subtree roots to read: the node asked for (inside the scope, or as allowed says where a
 * module's scope rule differs) or the whole scope.
 */
export async function readRoots(
  db: Executor,
  ctx: RequestContext,
  action: string,
  nodeId?: string,
  allowed: (actor: Actor | null, action: string, path: string) => boolean = can,
) {
  const actor = requirePermission(ctx, action);
  const paths = scopePaths(actor, action);
  if (!nodeId) return paths;
  const n = await findNode(db, nodeId);
  if (!n || !allowed(actor, action, n.path)) throw new NotFoundError();
  return [n.path];
}
