/**
 * The register of the 党群服务阵地联盟: venues by level (区级中心, 街道, 社区, alliance members N) with their
 * rooms, opening hours and area; members joining and leaving with dates; the list with pinyin search;
 * the "10-minute circle" (venues within 1 km of a point or of a community's centre).
 */
import crypto from 'node:crypto';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { pinyinFull, pinyinInitials } from '../../platform/pinyin.ts';
import {
  bookableAs,
  checkUpdated,
  districtsFor,
  ruleOfRow,
  venueSummary,
  type VenuesCore,
  type VenuesDeps,
} from './venues.core.ts';
import * as repo from './venues.repository.ts';
import { CIRCLE_KM, minutesOf, walkMinutes, type Level } from './venues.rules.ts';
import type { VenueInput } from './venues.schemas.ts';

/** The node levels a venue of each level may serve. */
const NODE_LEVEL: Record<Level, readonly string[]> = {
  district: ['district'],
  street: ['street'],
  community: ['community'],
  member: ['district', 'street', 'community', 'grid'],
};

/** Builds the register verbs. */
export function createRegisterService(deps: VenuesDeps & { core: VenuesCore }) {
  const { db, core } = deps;

  const hoursProblems = (b: { opensAt: string; closesAt: string }) =>
    minutesOf(b.closesAt) <= minutesOf(b.opensAt)
      ? [{ field: 'closesAt', key: 'venues.closes_before_opens' }]
      : [];

  /** Adds a venue with its rooms in a transaction (the import's path too). */
  async function addVenue(
    trx: import('../../platform/db/db.ts').Executor,
    ctx: RequestContext,
    b: VenueInput,
  ) {
    const node = await repo.findNode(trx, b.nodeId);
    if (!node || !can(ctx.actor, 'venues.manage', node.path)) throw new NotFoundError();
    const problems = hoursProblems(b);
    if (!NODE_LEVEL[b.level].includes(node.level))
      problems.push({ field: 'nodeId', key: `venues.node_level.${b.level}` });
    if ((b.lat === null) !== (b.lng === null)) problems.push({ field: 'lng', key: 'venues.lat_lng_pair' });
    if (problems.length) throw new InvalidError(problems);
    const id = uuidv7();
    await repo.insertVenue(trx, {
      district_id: node.district_id,
      id,
      node_id: node.id,
      level: b.level,
      name: b.name,
      name_initials: pinyinInitials(b.name),
      name_pinyin: pinyinFull(b.name),
      address: b.address,
      lat: b.lat,
      lng: b.lng,
      area_m2: b.areaM2,
      opens_at: minutesOf(b.opensAt),
      closes_at: minutesOf(b.closesAt),
      open_days: [...new Set(b.openDays)].sort(),
      owner_unit: b.ownerUnit,
      needs_approval: b.needsApproval,
      max_hours: b.maxHours,
      advance_days: b.advanceDays,
      door_code: crypto.randomBytes(12).toString('hex'),
      joined_on: b.joinedOn,
    });
    await repo.insertRooms(
      trx,
      b.rooms.map((r) => ({
        district_id: node.district_id,
        id: uuidv7(),
        venue_id: id,
        name: r.name,
        capacity: r.capacity,
        equipment: r.equipment,
      })),
    );
    await deps.auditor.append(trx, ctx, {
      action: 'venues.venue.create',
      objectType: 'venues_venue',
      objectId: id,
      districtId: node.district_id,
      detail: { name: b.name, level: b.level, node: node.id, areaM2: b.areaM2, rooms: b.rooms.length },
    });
    return { id };
  }

  return {
    addVenue,

    /** The venues of the actor's district (or under a node), searched by name or pinyin initials. */
    async list(ctx: RequestContext, q: { nodeId?: string; level?: Level; q?: string; withLeft?: '0' | '1' }) {
      const districtIds = districtsFor(ctx, 'venues.read');
      let under: string[] | undefined;
      if (q.nodeId) {
        const n = await repo.findNode(db, q.nodeId);
        if (!n || !districtIds.includes(n.district_id)) throw new NotFoundError();
        under = [n.path];
      }
      const rows = await repo.findVenues(db, {
        districtIds,
        under,
        level: q.level,
        search: q.q || undefined,
        withLeft: q.withLeft === '1',
      });
      const counts = await repo.roomCounts(db, districtIds);
      return {
        venues: rows.map((v) => venueSummary(v, counts.get(v.id) ?? 0)),
        can: {
          manage: can(ctx.actor, 'venues.manage'),
          export: can(ctx.actor, 'venues.export'),
          stats: can(ctx.actor, 'venues.stats'),
        },
      };
    },

    /** One venue with its rooms, the rule it books under, and (for its managers) the door's code. */
    async get(ctx: RequestContext, id: string) {
      const v = await core.readable(ctx, id);
      const rooms = await repo.findRooms(db, v.district_id, [v.id]);
      const manage = can(ctx.actor, 'venues.manage', v.path);
      return {
        ...venueSummary(v, rooms.length),
        needsApproval: v.needs_approval,
        maxHours: v.max_hours,
        advanceDays: v.advance_days,
        version: v.version,
        rooms: rooms.map((r) => ({
          id: r.id,
          name: r.name,
          capacity: r.capacity,
          equipment: r.equipment,
          active: r.active,
        })),
        rule: { ...ruleOfRow(v), bookers: [...ruleOfRow(v).bookers] },
        doorCode: manage ? v.door_code : null,
        can: { manage, book: bookableAs(ctx, v) },
      };
    },

    /** Registers a venue in the actor's subtree (its level must match its node's); audited. */
    async create(ctx: RequestContext, b: VenueInput) {
      requirePermission(ctx, 'venues.manage');
      return db.transaction().execute((trx) => addVenue(trx, ctx, b));
    },

    /** Changes a venue's details, hours and booking limits (version checked); audited. */
    async update(
      ctx: RequestContext,
      id: string,
      b: Omit<VenueInput, 'nodeId' | 'level' | 'rooms' | 'joinedOn'> & { version: number },
    ) {
      const problems = hoursProblems(b);
      if ((b.lat === null) !== (b.lng === null)) problems.push({ field: 'lng', key: 'venues.lat_lng_pair' });
      if (problems.length) throw new InvalidError(problems);
      return db.transaction().execute(async (trx) => {
        const v = await core.managed(ctx, id, trx, true);
        checkUpdated(
          await repo.updateVenue(
            trx,
            { districtId: v.district_id, id, version: b.version },
            {
              name: b.name,
              name_initials: pinyinInitials(b.name),
              name_pinyin: pinyinFull(b.name),
              address: b.address,
              lat: b.lat,
              lng: b.lng,
              area_m2: b.areaM2,
              opens_at: minutesOf(b.opensAt),
              closes_at: minutesOf(b.closesAt),
              open_days: [...new Set(b.openDays)].sort(),
              owner_unit: b.ownerUnit,
              needs_approval: b.needsApproval,
              max_hours: b.maxHours,
              advance_days: b.advanceDays,
            },
          ),
        );
        await deps.auditor.append(trx, ctx, {
          action: 'venues.venue.update',
          objectType: 'venues_venue',
          objectId: id,
          districtId: v.district_id,
          detail: { name: b.name, areaM2: b.areaM2, opensAt: b.opensAt, closesAt: b.closesAt },
        });
        return { ok: true as const };
      });
    },

    /** An alliance member leaves on a day (the venue closes to bookings), or joins again; audited. */
    async membership(
      ctx: RequestContext,
      id: string,
      b: { action: 'leave' | 'join'; on: string; version: number },
    ) {
      return db.transaction().execute(async (trx) => {
        const v = await core.managed(ctx, id, trx, true);
        if (b.action === 'leave' && (v.left_on || b.on < v.joined_on))
          throw new InvalidError([
            { field: 'on', key: v.left_on ? 'venues.already_left' : 'venues.leave_before_join' },
          ]);
        if (b.action === 'join' && !v.left_on)
          throw new InvalidError([{ field: 'action', key: 'venues.already_member' }]);
        if (b.action === 'join' && v.left_on && b.on < v.left_on)
          throw new InvalidError([{ field: 'on', key: 'venues.join_before_leave' }]);
        const set = b.action === 'leave' ? { left_on: b.on } : { joined_on: b.on, left_on: null };
        checkUpdated(await repo.updateVenue(trx, { districtId: v.district_id, id, version: b.version }, set));
        await deps.auditor.append(trx, ctx, {
          action: `venues.venue.${b.action}`,
          objectType: 'venues_venue',
          objectId: id,
          districtId: v.district_id,
          detail: { on: b.on, level: v.level },
        });
        return { ok: true as const };
      });
    },

    /** Adds a room to a venue; audited. */
    async addRoom(
      ctx: RequestContext,
      venueId: string,
      r: { name: string; capacity: number; equipment: string[] },
    ) {
      return db.transaction().execute(async (trx) => {
        const v = await core.managed(ctx, venueId, trx, true);
        const id = uuidv7();
        await repo.insertRooms(trx, [{ district_id: v.district_id, id, venue_id: v.id, ...r }]);
        await deps.auditor.append(trx, ctx, {
          action: 'venues.room.create',
          objectType: 'venues_room',
          objectId: id,
          districtId: v.district_id,
          detail: { venue: v.id, name: r.name, capacity: r.capacity },
        });
        return { id };
      });
    },

    /** Changes a room, or takes it out of use; audited. */
    async updateRoom(
      ctx: RequestContext,
      venueId: string,
      roomId: string,
      r: { name: string; capacity: number; equipment: string[]; active: boolean },
    ) {
      return db.transaction().execute(async (trx) => {
        const v = await core.managed(ctx, venueId, trx, true);
        const room = await repo.findRoom(trx, v.district_id, roomId);
        if (!room || room.venue_id !== v.id) throw new NotFoundError();
        await repo.updateRoom(trx, v.district_id, roomId, r);
        await deps.auditor.append(trx, ctx, {
          action: 'venues.room.update',
          objectType: 'venues_room',
          objectId: roomId,
          districtId: v.district_id,
          detail: { venue: v.id, ...r },
        });
        return { ok: true as const };
      });
    },

    /**
     * The 10-minute circle: the venues within km (1 by default) of a point, or of a community's own
     * centre, nearest first, with the walk in minutes.
     */
    async near(ctx: RequestContext, q: { lat?: number; lng?: number; nodeId?: string; km: number }) {
      const districtIds = districtsFor(ctx, 'venues.read');
      let at: { lat: number; lng: number } | null = null;
      if (q.nodeId) {
        const n = await repo.findNode(db, q.nodeId);
        if (!n || !districtIds.includes(n.district_id)) throw new NotFoundError();
        const centre = (await repo.findVenues(db, { districtIds, under: [n.path] })).find(
          (v) => v.node_id === n.id && v.lat !== null && v.level !== 'member',
        );
        if (!centre) throw new InvalidError([{ field: 'nodeId', key: 'venues.no_centre_point' }]);
        at = { lat: centre.lat!, lng: centre.lng! };
      } else if (q.lat !== undefined && q.lng !== undefined) at = { lat: q.lat, lng: q.lng };
      if (!at) throw new InvalidError([{ field: 'lat', key: 'venues.point_required' }]);
      const rows = await repo.findNear(db, districtIds, at, q.km ?? CIRCLE_KM);
      const counts = await repo.roomCounts(db, districtIds);
      return {
        at,
        km: q.km,
        venues: rows.map((v) => ({
          ...venueSummary(v as repo.VenueRow, counts.get(v.id) ?? 0),
          km: Math.round(v.km * 1000) / 1000,
          walkMinutes: walkMinutes(v.km),
        })),
      };
    },
  };
}
