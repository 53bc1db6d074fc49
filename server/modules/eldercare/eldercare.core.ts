/** What the eldercare verbs share: a node in scope, the subtree roots to read, the year, the version check. */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import * as repo from './eldercare.repository.ts';

/** The Asia/Shanghai calendar year as instants [from, to). */
export function yearRange(year: number) {
  return {
    from: new Date(Date.UTC(year, 0, 1) - 8 * 3600_000),
    to: new Date(Date.UTC(year + 1, 0, 1) - 8 * 3600_000),
  };
}

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint }) {
  if (r.numUpdatedRows === 0n) throw new ConflictError('eldercare.stale');
}

export type EldercareCore = ReturnType<typeof createEldercareCore>;

/** Builds the shared part. */
export function createEldercareCore(deps: { db: Db }) {
  const { db } = deps;
  return {
    /** A node the actor may perform action on; 404 otherwise. */
    async nodeFor(ctx: RequestContext, nodeId: string, action: string, exec: Executor = db) {
      requirePermission(ctx, action);
      const n = await repo.findNode(exec, nodeId);
      if (!n || !can(ctx.actor, action, n.path)) throw new NotFoundError();
      return n;
    },
    /** The subtree roots to read: the node asked for (inside the scope) or the whole scope. */
    async roots(ctx: RequestContext, action: string, nodeId?: string) {
      const actor = requirePermission(ctx, action);
      const paths = scopePaths(actor, action);
      if (!nodeId) return paths;
      const n = await repo.findNode(db, nodeId);
      if (!n || !paths.some((p) => n.path.startsWith(p))) throw new NotFoundError();
      return [n.path];
    },
  };
}
