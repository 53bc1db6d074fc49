/** What the owners verbs share: deps, the compound port, scope checks and views. */
import { can, type RequestContext } from '../../platform/access/access.ts';
import { rowFor } from '../../platform/access/nodes.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';
import type { Actor } from '../../platform/access/access.ts';
import * as repo from './owners.repository.ts';
import * as electionsRepo from './owners.elections.repository.ts';

/** A compound as the property module tells it (the port). */
export interface CompoundRef {
  id: string;
  districtId: string;
  nodeId: string;
  nodeName: string;
  name: string;
  path: string;
}

/** What the owners verbs are built from (passed in by the composition root). */
export interface OwnersDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  pii: Pick<PiiCipher, 'encrypt' | 'decrypt' | 'blindIndex'>;
  /** Compounds of the property module: one by id, or every compound under a path. */
  compounds: (q: { id: string } | { under: string }) => Promise<CompoundRef[]>;
  /** An account by username (linking an owner to a resident account). */
  actorByUsername: (username: string) => Promise<Actor | null>;
}

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint }) {
  if (r.numUpdatedRows === 0n) throw new ConflictError('owners.stale');
}

/** Today in Asia/Shanghai. */
export const today = () => shanghaiDay();

/** A compound the actor may perform action on; 404 otherwise. */
export async function compoundFor(deps: OwnersDeps, ctx: RequestContext, id: string, action: string) {
  return rowFor(ctx, action, async () => (await deps.compounds({ id }))[0]);
}

/** Compound names by id, for the compounds under the given paths. */
export async function compoundNames(deps: OwnersDeps, paths: string[]) {
  const m = new Map<string, CompoundRef>();
  for (const p of paths) for (const c of await deps.compounds({ under: p })) m.set(c.id, c);
  return m;
}

/** An assembly the actor may perform action on, 404 otherwise (locked when asked). */
export function assemblyFor(db: Executor, ctx: RequestContext, id: string, action: string, lock = false) {
  return rowFor(ctx, action, () => repo.findAssembly(db, id, lock));
}

/** An election the actor may perform action on, 404 otherwise (locked when asked). */
export function electionFor(db: Executor, ctx: RequestContext, id: string, action: string, lock = false) {
  return rowFor(ctx, action, () => electionsRepo.findElection(db, id, lock));
}

/** An owner the actor may perform action on, 404 otherwise (locked when asked). */
export function ownerFor(db: Executor, ctx: RequestContext, id: string, action: string, lock = false) {
  return rowFor(ctx, action, () => repo.findOwner(db, id, lock));
}

/** 404 unless the actor may perform action at path. */
export function mustReach(ctx: RequestContext, action: string, path: string) {
  if (!can(ctx.actor, action, path)) throw new NotFoundError();
}
