/** What the eldercare verbs share: a node in scope, the subtree roots to read, the year, the version check. */
import type { RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError } from '../../platform/errors.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import type { NotifyService } from '../notify/index.ts';

/** The Asia/Shanghai calendar year as instants [from, to). */
export { shanghaiYearRange as yearRange } from '../../platform/time.ts';

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint }) {
  if (r.numUpdatedRows === 0n) throw new ConflictError('eldercare.stale');
}

/** What the eldercare verbs are built from (passed in by the composition root). */
export interface EldercareDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  pii: PiiCipher;
}

export type EldercareCore = ReturnType<typeof createEldercareCore>;

/** Builds the shared part. */
export function createEldercareCore(deps: { db: Db }) {
  const { db } = deps;
  return {
    /** A node the actor may perform action on; 404 otherwise. */
    nodeFor: (ctx: RequestContext, nodeId: string, action: string, exec: Executor = db) =>
      nodeFor(exec, ctx, nodeId, action),
    /** The subtree roots to read: the node asked for (inside the scope) or the whole scope. */
    roots: (ctx: RequestContext, action: string, nodeId?: string) => readRoots(db, ctx, action, nodeId),
  };
}
