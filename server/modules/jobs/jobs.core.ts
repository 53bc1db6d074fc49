/** What the jobs verbs share: a node in scope, the subtree roots to read, the version check, the deps. */
import type { RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError } from '../../platform/errors.ts';
import type { NotifyService } from '../notify/index.ts';

export { shanghaiYearRange as yearRange } from '../../platform/time.ts';

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint } | undefined) {
  if (!r || r.numUpdatedRows === 0n) throw new ConflictError('jobs.stale');
}

/** An account found by its username (the accounts module's, for a station's staff). */
export type AccountByUsername = (username: string) => Promise<{ userId: string; displayName: string } | null>;

/** The people-register record an account claimed (the people module's), or null. */
export type ClaimOf = (userId: string) => Promise<{ personId: string } | null>;

/** What the jobs verbs are built from (passed in by the composition root). */
export interface JobsDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  accountByUsername: AccountByUsername;
  claimOf: ClaimOf;
}

export type JobsCore = ReturnType<typeof createJobsCore>;

/** Builds the shared part. */
export function createJobsCore(deps: { db: Db }) {
  const { db } = deps;
  return {
    /** A node the actor may perform action on; 404 otherwise. */
    nodeFor: (ctx: RequestContext, nodeId: string, action: string, exec: Executor = db) =>
      nodeFor(exec, ctx, nodeId, action),
    /** The subtree roots to read: the node asked for (inside the scope) or the whole scope. */
    roots: (ctx: RequestContext, action: string, nodeId?: string) => readRoots(db, ctx, action, nodeId),
  };
}
