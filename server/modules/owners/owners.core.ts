/** What the owners verbs share: deps, the compound port, scope checks and views. */
import { requirePermission, roleCan, type RequestContext } from '../../platform/access/access.ts';
import { findNode } from '../../platform/access/scope.ts';
import { minimalRoots } from '../../platform/access/roots.ts';
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
  /**
   * The compounds a 业委会 account is linked to (property's committee links), asked with a context
   * whose actor holds only its owners_committee grants.
   */
  committeeCompounds: (ctx: RequestContext) => Promise<{ id: string }[]>;
}

/**
 * Where the actor reaches for an action: officers by subtree (paths), a 业委会 account only the
 * compounds it is linked to under its owners_committee grants (compoundIds), not its whole community.
 */
export interface Reach {
  paths: string[];
  compoundIds: string[];
}

const COMMITTEE = 'owners_committee';

/** The compounds the actor's 业委会 grants reach for action (linked in property, under such a grant). */
async function committeeReach(deps: OwnersDeps, ctx: RequestContext, action: string) {
  const grants = (ctx.actor?.grants ?? []).filter((g) => g.role === COMMITTEE && roleCan(g.role, action));
  if (!grants.length) return [];
  const linked = await deps.committeeCompounds({ ...ctx, actor: { ...ctx.actor!, grants } });
  const out: CompoundRef[] = [];
  for (const l of linked) {
    const c = (await deps.compounds({ id: l.id }))[0];
    if (c && grants.some((g) => c.path.startsWith(g.path))) out.push(c);
  }
  return out;
}

/** The officer (not 业委会) subtree roots of the actor for action. */
function officerPaths(ctx: RequestContext, action: string) {
  return minimalRoots(
    (ctx.actor?.grants ?? [])
      .filter((g) => g.role !== COMMITTEE && roleCan(g.role, action))
      .map((g) => g.path),
  );
}

/**
 * What a list reads for action: the node asked for (404 unless the actor reaches it or a linked
 * compound under it), or the whole reach. 403 without the permission anywhere.
 */
export async function reachFor(
  deps: OwnersDeps,
  ctx: RequestContext,
  action: string,
  nodeId?: string,
): Promise<Reach & { compounds: CompoundRef[] }> {
  requirePermission(ctx, action);
  let paths = officerPaths(ctx, action);
  let compounds = await committeeReach(deps, ctx, action);
  if (nodeId) {
    const n = await findNode(deps.db, nodeId);
    if (!n) throw new NotFoundError();
    const under = compounds.filter((c) => c.path.startsWith(n.path));
    paths = paths.some((p) => n.path.startsWith(p)) ? [n.path] : [];
    compounds = under;
    if (!paths.length && !compounds.length) throw new NotFoundError();
  }
  return { paths, compoundIds: compounds.map((c) => c.id), compounds };
}

/** Whether the actor reaches a row (its community's path and compound) for action. */
export async function reaches(
  deps: OwnersDeps,
  ctx: RequestContext,
  action: string,
  row: { path: string; compoundId: string },
) {
  if (officerPaths(ctx, action).some((p) => row.path.startsWith(p))) return true;
  return (await committeeReach(deps, ctx, action)).some((c) => c.id === row.compoundId);
}

/** A row the actor reaches for action: 403 without the permission, 404 when absent or out of reach. */
async function reachedRow<R extends { path: string }>(
  deps: OwnersDeps,
  ctx: RequestContext,
  action: string,
  find: () => Promise<R | undefined>,
  compoundOf: (r: R) => string,
): Promise<R> {
  requirePermission(ctx, action);
  const row = await find();
  if (!row || !(await reaches(deps, ctx, action, { path: row.path, compoundId: compoundOf(row) })))
    throw new NotFoundError();
  return row;
}

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint }) {
  if (r.numUpdatedRows === 0n) throw new ConflictError('owners.stale');
}

/** Today in Asia/Shanghai. */
export const today = () => shanghaiDay();

/** A compound the actor may perform action on; 404 otherwise. */
export async function compoundFor(deps: OwnersDeps, ctx: RequestContext, id: string, action: string) {
  return reachedRow(
    deps,
    ctx,
    action,
    async () => (await deps.compounds({ id }))[0],
    (c) => c.id,
  );
}

/** Compound names by id: the compounds under the reach's paths and its linked compounds. */
export async function compoundNames(deps: OwnersDeps, reach: Reach & { compounds?: CompoundRef[] }) {
  const m = new Map<string, CompoundRef>();
  for (const p of reach.paths) for (const c of await deps.compounds({ under: p })) m.set(c.id, c);
  for (const c of reach.compounds ?? []) m.set(c.id, c);
  return m;
}

/** An assembly the actor may perform action on, 404 otherwise (locked when asked). */
export function assemblyFor(
  deps: OwnersDeps,
  db: Executor,
  ctx: RequestContext,
  id: string,
  action: string,
  lock = false,
) {
  return reachedRow(
    deps,
    ctx,
    action,
    () => repo.findAssembly(db, id, lock),
    (r) => r.compound_id,
  );
}

/** An election the actor may perform action on, 404 otherwise (locked when asked). */
export function electionFor(
  deps: OwnersDeps,
  db: Executor,
  ctx: RequestContext,
  id: string,
  action: string,
  lock = false,
) {
  return reachedRow(
    deps,
    ctx,
    action,
    () => electionsRepo.findElection(db, id, lock),
    (r) => r.compound_id,
  );
}

/** An owner the actor may perform action on, 404 otherwise (locked when asked). */
export function ownerFor(
  deps: OwnersDeps,
  db: Executor,
  ctx: RequestContext,
  id: string,
  action: string,
  lock = false,
) {
  return reachedRow(
    deps,
    ctx,
    action,
    () => repo.findOwner(db, id, lock),
    (r) => r.compound_id,
  );
}
