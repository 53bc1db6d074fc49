/** What the creation verbs share: deps, who acts on a declaration as unit, street or district, the views. */
import type { z } from 'zod';
import { can, roleCan, type Actor, type RequestContext } from '../../platform/access/access.ts';
import { rowFor } from '../../platform/access/nodes.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError } from '../../platform/errors.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';
import type { PartyOrgBrief } from '../org/index.ts';
import * as repo from './creation.repository.ts';
import { publicityNumber, titleStatus, type Level, type MoveActor, type State } from './creation.rules.ts';
import type { declarationRow } from './creation.schemas.ts';

/** The org module's answer this module needs: the party organisations of a subtree. */
export interface CreationOrgPort {
  partyOrgsUnder(path: string): Promise<PartyOrgBrief[]>;
  partyOrgBriefs(
    ids: string[],
  ): Promise<{ id: string; districtId: string; nodeId: string; path: string; name: string }[]>;
}

/** What the creation verbs are built from (passed in by the composition root). */
export interface CreationDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  org: CreationOrgPort;
}

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint }) {
  if (r.numUpdatedRows === 0n) throw new ConflictError('creation.stale');
}

/** Today in Asia/Shanghai. */
export const today = () => shanghaiDay();

/** Whether the actor acts for the district at path: the review permission from a grant on a district node. */
export function districtActs(actor: Actor | null, path: string, action = 'creation.review'): boolean {
  return !!actor?.grants.some(
    (g) => g.nodeId === g.districtId && roleCan(g.role, action) && path.startsWith(g.path),
  );
}

/**
 * The roles the actor acts in on a declaration at path. A department has no street above it: the
 * district pre-reviews its declarations (模范机关) too.
 */
export function actorRoles(actor: Actor | null, path: string, nodeLevel = 'community'): MoveActor[] {
  const out: MoveActor[] = [];
  if (can(actor, 'creation.declare', path)) out.push('unit');
  const district = districtActs(actor, path);
  if (can(actor, 'creation.prereview', path) || (district && nodeLevel === 'department')) out.push('street');
  if (district) out.push('district');
  return out;
}

/**
 * Whether the actor is on the declaring side: holds a grant on the declaring node itself or made
 * the declaration. Such a one never pre-reviews, scores or names it.
 */
export function ownSide(actor: Actor | null, d: { node_id: string; created_by: string | null }): boolean {
  return !!actor && (actor.userId === d.created_by || actor.grants.some((g) => g.nodeId === d.node_id));
}

/** A declaration the actor may perform action on, 404 otherwise (locked when asked). */
export function declarationFor(db: Executor, ctx: RequestContext, id: string, action: string, lock = false) {
  return rowFor(ctx, action, () => repo.findDeclaration(db, id, lock));
}

/** A declaration as the lists show it. */
export function declarationOut(d: repo.DeclarationRow, now: string): z.infer<typeof declarationRow> {
  return {
    id: d.id,
    programmeId: d.programme_id,
    programmeName: d.programme_name,
    nodeId: d.node_id,
    nodeName: d.node_name,
    level: d.level as Level,
    year: d.year,
    state: d.state as State,
    points: d.points,
    selfTotal: d.self_total,
    reviewTotal: d.review_total,
    publicityNo:
      d.publicity_year && d.publicity_no ? publicityNumber(d.publicity_year, d.publicity_no) : null,
    publicityUntil: d.publicity_until,
    namedOn: d.named_on,
    expiresOn: d.expires_on,
    titleStatus: d.state === 'named' && d.expires_on ? titleStatus(d.expires_on, now) : null,
  };
}
