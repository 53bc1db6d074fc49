/** What the culture verbs share: deps, the reach of reading (the district), managing (the subtree), leading a team, and the views. */
import { can, districtsWith, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { StatNode } from '../../platform/workbench.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './culture.repository.ts';
import { DEFAULT_STAR_HOURS, starsFor } from '../volunteers/index.ts';
import { hhmm, type Kind, type TeamKind, type Theme } from './culture.rules.ts';

/** Stars (0–5) of a culture volunteer's confirmed hours in a year: the volunteers module's rule. */
export const starsOf = (hours: number, thresholds: readonly number[]) => starsFor(hours, thresholds);

/** The resident population under a node as the people register counts it (null when it cannot say). */
export interface CulturePopulation {
  residents(ctx: RequestContext, node: StatNode): Promise<number | null>;
}

/** What the culture verbs are built from (passed in by the composition root). */
export interface CultureDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  pii: Pick<PiiCipher, 'encrypt' | 'blindIndex' | 'decrypt'>;
  population: CulturePopulation;
  /** The id of an active account by its username (a team's lead), or null. */
  accountId: (username: string) => Promise<string | null>;
  now?: () => Date;
}

/** Today in Asia/Shanghai by the deps' clock. */
export const todayOf = (deps: Pick<CultureDeps, 'now'>) => shanghaiDay(deps.now?.() ?? new Date());

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint }) {
  if (r.numUpdatedRows === 0n) throw new ConflictError('culture.stale');
}

/** The districts where the actor's grants allow action: facilities and teams are open to their district. */
export function districtsFor(ctx: RequestContext, action: string): string[] {
  return districtsWith(requirePermission(ctx, action), action);
}

/** Whether the actor acts for a team: its lead's account, or an officer managing its node. */
export function leads(ctx: RequestContext, t: { leader_user_id: string | null; path: string }): boolean {
  if (!ctx.actor) return false;
  if (t.leader_user_id === ctx.actor.userId && can(ctx.actor, 'culture.lead')) return true;
  return can(ctx.actor, 'culture.manage', t.path);
}

/** A facility as the API shows it. */
export function facilityOut(ctx: RequestContext, f: repo.FacilityRow) {
  return {
    id: f.id,
    nodeId: f.node_id,
    nodeName: f.node_name,
    kind: f.kind as Kind,
    theme: (f.theme as Theme | null) ?? null,
    name: f.name,
    address: f.address,
    lat: f.lat,
    lng: f.lng,
    areaM2: Number(f.area_m2),
    opensAt: hhmm(f.opens_at),
    closesAt: hhmm(f.closes_at),
    version: f.version,
    canManage: can(ctx.actor, 'culture.manage', f.path),
  };
}

/** A team as the lists show it. */
export function teamOut(t: repo.TeamRow) {
  return {
    id: t.id,
    nodeId: t.node_id,
    nodeName: t.node_name,
    kind: t.kind as TeamKind,
    name: t.name,
    facilityName: t.facility_name,
    leaderName: t.leader_name,
    members: t.members,
    programmes: t.programmes,
  };
}

/** A district's star thresholds (the volunteers' defaults until it sets its own) and their version. */
export async function starHoursOf(db: Executor, districtId: string) {
  const s = await repo.findSettings(db, districtId);
  return s
    ? { starHours: s.star_hours, version: s.version }
    : { starHours: [...DEFAULT_STAR_HOURS], version: 0 };
}

/** A team the actor may read (its district); 404 otherwise. */
export async function readableTeam(db: Executor, ctx: RequestContext, id: string, lock = false) {
  const districts = districtsFor(ctx, 'culture.read');
  const t = await repo.findTeam(db, id, lock);
  if (!t || !districts.includes(t.district_id)) throw new NotFoundError();
  return t;
}

/** A team the actor manages (in the subtree of a culture.manage grant); 404 otherwise. */
export async function managedTeam(db: Executor, ctx: RequestContext, id: string, lock = false) {
  requirePermission(ctx, 'culture.manage');
  const t = await repo.findTeam(db, id, lock);
  if (!t || !can(ctx.actor, 'culture.manage', t.path)) throw new NotFoundError();
  return t;
}

/** Whether the actor holds a culture.settings grant on a district node of districtId. */
export function decidesFor(ctx: RequestContext, districtId: string) {
  return !!ctx.actor?.grants.some(
    (g) =>
      g.districtId === districtId && g.nodeId === districtId && can(ctx.actor, 'culture.settings', g.path),
  );
}
