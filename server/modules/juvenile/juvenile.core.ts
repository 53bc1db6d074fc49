/**
 * What the juvenile verbs share: deps, the actor's reach over cases (officers by subtree, a social
 * worker only the cases assigned to them), a case inside it, the district a request is about, the
 * district's libraries (the defaults until it imports its own), and a case as lists show it.
 */
import type { z } from 'zod';
import {
  can,
  requirePermission,
  roleCan,
  type Actor,
  type RequestContext,
} from '../../platform/access/access.ts';
import { minimalRoots } from '../../platform/access/roots.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './juvenile.repository.ts';
import {
  DEFAULT_LIBRARY,
  reportNumber,
  type LibraryEntry,
  type Outcome,
  type Source,
  type State,
} from './juvenile.rules.ts';
import type { caseRow } from './juvenile.schemas.ts';

/** What the juvenile verbs are built from (passed in by the composition root). */
export interface JuvenileDeps {
  db: Db;
  auditor: Pick<Auditor, 'append' | 'record'>;
  pii: Pick<PiiCipher, 'encrypt' | 'decrypt' | 'blindIndex'>;
  notify: Pick<NotifyService, 'send'>;
  /** An account by username, to put it on the roster (accounts service). */
  actorByUsername: (username: string) => Promise<Actor | null>;
}

/** Today in Asia/Shanghai. */
export const today = () => shanghaiDay();

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint }) {
  if (r.numUpdatedRows === 0n) throw new ConflictError('juvenile.stale');
}

/** Where the actor reaches cases for action: officers their subtree, social workers their own cases. */
export function caseScope(actor: Actor | null, action: string): repo.CaseScope {
  const officer: string[] = [];
  let worker = false;
  for (const g of actor?.grants ?? []) {
    if (!roleCan(g.role, action)) continue;
    if (g.role === 'social_org') worker = true;
    else officer.push(g.path);
  }
  // a community officer on the roster is a worker too, for the cases assigned to them
  if (actor?.grants.some((g) => roleCan(g.role, 'juvenile.help') && roleCan(g.role, action))) worker = true;
  return {
    userId: actor?.userId ?? '00000000-0000-0000-0000-000000000000',
    officer: minimalRoots(officer),
    worker,
  };
}

/** A case the actor may act on with action (404 when out of reach; locked when asked). */
export async function caseFor(db: Executor, ctx: RequestContext, id: string, action: string, lock = false) {
  requirePermission(ctx, action);
  const c = await repo.findCase(db, id, repo.caseVisible(caseScope(ctx.actor, action)), lock);
  if (!c) throw new NotFoundError();
  return c;
}

/** Whether the actor manages the case (an officer over its node). */
export function manages(actor: Actor | null, c: { path: string }) {
  return !!actor?.grants.some(
    (g) => g.role !== 'social_org' && roleCan(g.role, 'juvenile.manage') && c.path.startsWith(g.path),
  );
}

/** Whether the actor is the case's assigned social worker. */
export function helps(actor: Actor | null, c: { worker_user_id: string | null }) {
  return !!actor && c.worker_user_id === actor.userId && can(actor, 'juvenile.help');
}

/** The district a node asked for (or the actor's first grant for action) lies in, checked for action. */
export async function districtFor(db: Executor, ctx: RequestContext, action: string, nodeId?: string) {
  const actor = requirePermission(ctx, action);
  const id = nodeId ?? actor.grants.find((g) => roleCan(g.role, action))!.districtId;
  const n = await repo.findNode(db, id);
  if (!n) throw new NotFoundError();
  const district = await repo.findNode(db, n.district_id);
  if (!district || !actor.grants.some((g) => g.districtId === district.id && roleCan(g.role, action)))
    throw new NotFoundError();
  return district;
}

/** A district's libraries: its own entries, or the defaults while it has none. */
export async function libraryOf(
  db: Executor,
  districtId: string,
): Promise<{ defaults: boolean; entries: LibraryEntry[] }> {
  const own = await repo.findLibrary(db, districtId);
  if (!own.length) return { defaults: true, entries: [...DEFAULT_LIBRARY] };
  return {
    defaults: false,
    entries: own.map((e) => ({
      kind: e.kind as LibraryEntry['kind'],
      code: e.code,
      name: e.name,
      guidance: e.guidance,
    })),
  };
}

/** A case as lists show it (name and ID number masked). */
export function caseOut(c: repo.CaseRow): z.infer<typeof caseRow> {
  return {
    id: c.id,
    nodeId: c.node_id,
    nodeName: c.node_name,
    name: c.name_mask,
    idNumber: c.id_mask,
    birthDate: `${c.birth_date.slice(0, 4)}-**-**`,
    gender: c.gender as 'M' | 'F',
    source: c.source as Source,
    referredOn: c.referred_on,
    problems: c.problems,
    workerName: c.worker_name,
    state: c.state as State,
    outcome: (c.outcome as Outcome | null) ?? null,
    diverted: c.diverted,
    closedOn: c.closed_on,
    sessions: c.sessions,
    reportNo: c.report_year && c.report_no ? reportNumber(c.report_year, c.report_no) : null,
  };
}
