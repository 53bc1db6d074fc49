/**
 * What every family of linkage verbs shares: a node the actor may act on, the subtree roots to
 * read, the period of a year, and the stale-version check.
 */
import type { RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError } from '../../platform/errors.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import type { NotifyService } from '../notify/index.ts';

/** The Asia/Shanghai calendar year as instants [from, to). */
export { shanghaiYearRange as yearRange } from '../../platform/time.ts';

/** This year in Asia/Shanghai. */
export { shanghaiThisYear as thisYear } from '../../platform/time.ts';

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint }) {
  if (r.numUpdatedRows === 0n) throw new ConflictError('linkage.stale');
}

/** What the linkage verbs are built from (passed in by the composition root). */
export interface LinkageDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  pii: PiiCipher;
}

export type LinkageCore = ReturnType<typeof createLinkageCore>;

/** Builds the shared part of the linkage service. */
export function createLinkageCore(deps: { db: Db }) {
  const { db } = deps;
  return {
    /** A node the actor may perform action on; 404 otherwise (out of scope looks like absent). */
    nodeFor: (ctx: RequestContext, nodeId: string, action: string, exec: Executor = db) =>
      nodeFor(exec, ctx, nodeId, action),
    /** The subtree roots to read: the node asked for (inside the scope) or the whole scope. */
    roots: (ctx: RequestContext, action: string, nodeId?: string) => readRoots(db, ctx, action, nodeId),
  };
}
