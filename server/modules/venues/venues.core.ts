/** What the venues verbs share: the reach of reading and booking (the district), managing (the subtree), and the views. */
import {
  can,
  requirePermission,
  roleCan,
  rolesOf,
  type RequestContext,
  districtsWith,
} from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import type { StatNode } from '../../platform/workbench.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './venues.repository.ts';
import {
  actionsFor,
  bookerKinds,
  hhmm,
  ruleFor,
  type By,
  type Level,
  type State,
  type Booker,
} from './venues.rules.ts';

/** The resident population under a node as the people register counts it (null when it cannot say). */
export interface VenuesPopulation {
  residents(ctx: RequestContext, node: StatNode): Promise<number | null>;
}

/** What the venues verbs are built from (passed in by the composition root). */
export interface VenuesDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  population: VenuesPopulation;
}

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint }) {
  if (r.numUpdatedRows === 0n) throw new ConflictError('venues.stale');
}

/** The districts where the actor's grants allow action: venues are open to their whole district. */
export function districtsFor(ctx: RequestContext, action: string): string[] {
  return districtsWith(requirePermission(ctx, action), action);
}

/** A venue as the list shows it. */
export function venueSummary(v: repo.VenueRow, rooms: number) {
  return {
    id: v.id,
    nodeId: v.node_id,
    nodeName: v.node_name,
    level: v.level as Level,
    name: v.name,
    address: v.address,
    lat: v.lat,
    lng: v.lng,
    areaM2: Number(v.area_m2),
    opensAt: hhmm(v.opens_at),
    closesAt: hhmm(v.closes_at),
    openDays: v.open_days,
    ownerUnit: v.owner_unit,
    joinedOn: v.joined_on,
    leftOn: v.left_on,
    rooms,
  };
}

/** The rule a venue row books under. */
export function ruleOfRow(v: repo.VenueRow) {
  return ruleFor({
    level: v.level as Level,
    maxHours: v.max_hours,
    advanceDays: v.advance_days,
    needsApproval: v.needs_approval,
  });
}

/** The booker kinds the actor may book a venue as (its level's rule ∩ the actor's roles), in its district. */
export function bookableAs(ctx: RequestContext, v: repo.VenueRow): Booker[] {
  if (!ctx.actor || v.left_on) return [];
  const roles = rolesOf({
    ...ctx.actor,
    grants: ctx.actor.grants.filter((g) => g.districtId === v.district_id && roleCan(g.role, 'venues.book')),
  });
  const rule = ruleOfRow(v);
  return bookerKinds(roles).filter((b) => rule.bookers.includes(b));
}

/** Who the actor is to a booking: its venue's manager, the one who booked, both or neither. */
export function byOf(ctx: RequestContext, b: repo.BookingRow): By[] {
  const by: By[] = [];
  if (can(ctx.actor, 'venues.manage', b.path)) by.push('manager');
  if (ctx.actor && b.user_id === ctx.actor.userId) by.push('booker');
  return by;
}

/** A booking as its pages see it. */
export function bookingView(ctx: RequestContext, b: repo.BookingRow) {
  return {
    id: b.id,
    venueId: b.venue_id,
    venueName: b.venue_name,
    roomId: b.room_id,
    roomName: b.room_name,
    start: b.starts_at.toISOString(),
    end: b.ends_at.toISOString(),
    title: b.title,
    booker: b.booker as Booker,
    orgName: b.org_name,
    expected: b.expected,
    state: b.state as State,
    note: b.note,
    attendance: b.attendance,
    summary: b.summary,
    mine: !!ctx.actor && b.user_id === ctx.actor.userId,
    version: b.version,
    actions: actionsFor(b.state as State, byOf(ctx, b)),
  };
}

export type VenuesCore = ReturnType<typeof createVenuesCore>;

/** Builds the shared part. */
export function createVenuesCore(deps: VenuesDeps) {
  const { db } = deps;
  return {
    /** A venue the actor may read (its district); 404 otherwise. */
    async readable(ctx: RequestContext, id: string, exec: Executor = db, lock = false) {
      const districts = districtsFor(ctx, 'venues.read');
      const v = await repo.findVenue(exec, id, lock);
      if (!v || !districts.includes(v.district_id)) throw new NotFoundError();
      return v;
    },
    /** A venue the actor manages (in the subtree of a venues.manage grant); 404 otherwise. */
    async managed(ctx: RequestContext, id: string, exec: Executor = db, lock = false) {
      requirePermission(ctx, 'venues.manage');
      const v = await repo.findVenue(exec, id, lock);
      if (!v || !can(ctx.actor, 'venues.manage', v.path)) throw new NotFoundError();
      return v;
    },
    /** The subtree roots to read for action: the node asked for (in scope) or the whole scope. */
    roots: (ctx: RequestContext, action: string, nodeId?: string) => readRoots(db, ctx, action, nodeId),
  };
}
