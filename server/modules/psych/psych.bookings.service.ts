/**
 * Service points with their counsellors, and counselling bookings: a resident sees the points of
 * their district, the free slots of a counsellor and books one from the phone (once per
 * Idempotency-Key; the exclusion constraint refuses a double booking); the counsellor sees the
 * bookings and records the session (minutes; the notes encrypted, shown to that counsellor only).
 */
import type { z } from 'zod';
import { can, districtsWith, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { checkUpdated, type PsychDeps } from './psych.core.ts';
import { bookingNotice } from './psych.notices.service.ts';
import * as repo from './psych.repository.ts';
import { FIRST_SLOT_HOUR, LAST_SLOT_HOUR, SLOT_MINUTES, slotProblem, type PointKind } from './psych.rules.ts';
import type { bookingBody, bookingView, pointBody, pointList, sessionBody } from './psych.schemas.ts';

/** The PostgreSQL error of an exclusion constraint (two live bookings of one counsellor overlapping). */
const EXCLUSION_VIOLATION = '23P01';

/** True when err is the counsellor's no-overlap constraint refusing an insert. */
function isOverlap(err: unknown): boolean {
  return (
    typeof err === 'object' &&
    err !== null &&
    (err as { code?: string }).code === EXCLUSION_VIOLATION &&
    (err as { constraint?: string }).constraint === 'psych_bookings_no_overlap'
  );
}

/** A booking as the resident and the counsellor see it (never the notes). */
export function bookingOut(b: repo.BookingRow): z.infer<typeof bookingView> {
  return {
    id: b.id,
    pointName: b.point_name,
    counsellorName: b.counsellor_name,
    startsAt: new Date(b.starts_at).toISOString(),
    endsAt: new Date(b.ends_at).toISOString(),
    topic: b.topic as z.infer<typeof bookingView>['topic'],
    state: b.state as z.infer<typeof bookingView>['state'],
    minutes: b.minutes,
    version: b.version,
  };
}

/** Builds the point and booking verbs. */
export function createBookingsService(deps: PsychDeps) {
  const { db, auditor, pii, notify } = deps;
  const now = deps.now ?? (() => new Date());

  /** Points the actor may see: in the read scope, or in the districts they book in. */
  async function visiblePoints(ctx: RequestContext, nodeId?: string) {
    const paths = can(ctx.actor, 'psych.read') ? await readRoots(db, ctx, 'psych.read', nodeId) : [];
    const ds = nodeId ? [] : districtsWith(ctx.actor, 'psych.book');
    if (!paths.length && !ds.length) throw new ForbiddenError();
    return repo.findPoints(db, repo.pointsWhere(paths, ds));
  }

  /** A counsellor the actor may book or see, 404 otherwise. */
  async function visibleCounsellor(ctx: RequestContext, id: string) {
    const c = await repo.findCounsellor(db, id);
    if (!c || !c.active || !c.point_active) throw new NotFoundError();
    if (
      !districtsWith(ctx.actor, 'psych.book').includes(c.district_id) &&
      !can(ctx.actor, 'psych.read', c.path)
    )
      throw new NotFoundError();
    return c;
  }

  return {
    /** The service points with their counsellors. */
    async listPoints(ctx: RequestContext, q: { nodeId?: string }): Promise<z.infer<typeof pointList>> {
      const points = await visiblePoints(ctx, q.nodeId);
      const cs = await repo.findCounsellors(
        db,
        points.map((p) => p.id),
      );
      return {
        items: points.map((p) => ({
          id: p.id,
          nodeId: p.node_id,
          nodeName: p.node_name,
          kind: p.kind as PointKind,
          name: p.name,
          address: p.address,
          version: p.version,
          counsellors: cs
            .filter((c) => c.point_id === p.id && c.district_id === p.district_id)
            .map((c) => ({
              id: c.id,
              name: c.name,
              weeklyHours: Number(c.weekly_hours),
              mine: c.user_id === ctx.actor?.userId,
            })),
        })),
        can: {
          manage: can(ctx.actor, 'psych.points'),
          export: can(ctx.actor, 'psych.export'),
          book: can(ctx.actor, 'psych.book'),
        },
      };
    },

    /** Opens a service point with its counsellors. */
    async createPoint(ctx: RequestContext, b: z.infer<typeof pointBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, 'psych.points');
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        if (await repo.pointNamed(trx, n.district_id, n.id, b.name))
          throw new ConflictError('psych.point_exists', {}, [{ field: 'name', key: 'psych.point_exists' }]);
        await repo.insertPoint(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          kind: b.kind,
          name: b.name,
          address: b.address,
        });
        await repo.insertCounsellors(
          trx,
          b.counsellors.map((c) => ({
            district_id: n.district_id,
            id: uuidv7(),
            point_id: id,
            user_id: c.userId,
            name: c.name,
            weekly_hours: String(c.weeklyHours),
          })),
        );
        await auditor.append(trx, ctx, {
          action: 'psych.point.create',
          objectType: 'psych_point',
          objectId: id,
          districtId: n.district_id,
          detail: { node: n.id, kind: b.kind, name: b.name, counsellors: b.counsellors.length },
        });
      });
      return { id };
    },

    /** A counsellor's slots on a day (Beijing time) and whether each is free. */
    async slots(ctx: RequestContext, q: { counsellorId: string; date: string }) {
      const c = await visibleCounsellor(ctx, q.counsellorId);
      const at = (h: number) => new Date(`${q.date}T${String(h).padStart(2, '0')}:00:00+08:00`);
      const taken = await repo.findTaken(db, c.district_id, c.id, at(0), at(23));
      const busy = new Set(taken.map((t) => new Date(t.starts_at).getTime()));
      const out = [];
      for (let h = FIRST_SLOT_HOUR; h <= LAST_SLOT_HOUR; h++) {
        if (h === 12) continue; // lunch
        const s = at(h);
        out.push({ startsAt: s.toISOString(), free: !busy.has(s.getTime()) && !slotProblem(s, now()) });
      }
      return out;
    },

    /** A resident books a slot (once per Idempotency-Key; a taken slot is a 409). */
    async book(ctx: RequestContext, b: z.infer<typeof bookingBody>, key?: string) {
      const actor = requirePermission(ctx, 'psych.book');
      const c = await visibleCounsellor(ctx, b.counsellorId);
      const start = new Date(b.startsAt);
      const problem = slotProblem(start, now());
      if (problem) throw new InvalidError([{ field: 'startsAt', key: `psych.slot.${problem}` }]);
      const end = new Date(start.getTime() + SLOT_MINUTES * 60_000);
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(trx, { userId: actor.userId, key, payload: b }, async () => {
          const id = uuidv7();
          try {
            await repo.insertBooking(trx, {
              district_id: c.district_id,
              id,
              point_id: c.point_id,
              counsellor_id: c.id,
              user_id: actor.userId,
              topic: b.topic,
              state: 'booked',
              start,
              end,
            });
          } catch (err) {
            if (isOverlap(err))
              throw new ConflictError('psych.taken', {}, [{ field: 'startsAt', key: 'psych.taken' }]);
            throw err;
          }
          await auditor.append(trx, ctx, {
            action: 'psych.booking.create',
            objectType: 'psych_booking',
            objectId: id,
            districtId: c.district_id,
            detail: { counsellor: c.id, startsAt: start.toISOString() },
          });
          await notify.send(trx, [
            bookingNotice('booked', {
              district_id: c.district_id,
              id,
              user_id: actor.userId,
              point_name: c.point_name,
              counsellor_name: c.name,
              starts_at: start,
            }),
          ]);
          return { id };
        });
        return result;
      });
    },

    /** The resident's own bookings. */
    async myBookings(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'psych.book');
      return (await repo.findBookingsOf(db, actor.userId)).map(bookingOut);
    },

    /** The resident cancels a booking not yet held. */
    async cancel(ctx: RequestContext, id: string, version: number) {
      const actor = requirePermission(ctx, 'psych.book');
      await db.transaction().execute(async (trx) => {
        const b = await repo.findBooking(trx, id, true);
        if (!b || b.user_id !== actor.userId) throw new NotFoundError();
        if (b.state !== 'booked') throw new ConflictError('psych.not_booked');
        checkUpdated(await repo.updateBooking(trx, b.district_id, id, version, { state: 'cancelled' }));
        await auditor.append(trx, ctx, {
          action: 'psych.booking.cancel',
          objectType: 'psych_booking',
          objectId: id,
          districtId: b.district_id,
          detail: {},
        });
        await notify.send(trx, [bookingNotice('cancelled', b)]);
      });
      return { ok: true as const };
    },

    /** The counsellor's bookings from today for a week. */
    async counsellorBookings(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'psych.counsel');
      const from = new Date(
        `${new Date(now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10)}T00:00:00+08:00`,
      );
      const to = new Date(from.getTime() + 7 * 86_400_000);
      return (await repo.findBookingsFor(db, actor.userId, from, to)).map(bookingOut);
    },

    /** The counsellor records a session held (minutes, encrypted notes) or a no-show. */
    async recordSession(ctx: RequestContext, id: string, b: z.infer<typeof sessionBody>) {
      const actor = requirePermission(ctx, 'psych.counsel');
      if (b.outcome === 'done' && !b.minutes)
        throw new InvalidError([{ field: 'minutes', key: 'psych.minutes_required' }]);
      await db.transaction().execute(async (trx) => {
        const bk = await repo.findBooking(trx, id, true);
        if (!bk || bk.counsellor_user_id !== actor.userId) throw new NotFoundError();
        if (bk.state !== 'booked') throw new ConflictError('psych.not_booked');
        // recorded from the day of the session on (Beijing time)
        if (shanghaiDay(new Date(bk.starts_at)) > shanghaiDay(now()))
          throw new ConflictError('psych.not_yet', {}, [{ field: 'outcome', key: 'psych.not_yet' }]);
        const done = b.outcome === 'done';
        checkUpdated(
          await repo.updateBooking(trx, bk.district_id, id, b.version, {
            state: b.outcome,
            minutes: done ? b.minutes : null,
            notes_enc: done && b.notes ? pii.encrypt(b.notes) : null,
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'psych.session.record',
          objectType: 'psych_booking',
          objectId: id,
          districtId: bk.district_id,
          detail: { outcome: b.outcome, minutes: done ? b.minutes : null },
        });
      });
      return { ok: true as const };
    },

    /** The session notes, to the booking's counsellor only (audited). */
    async notes(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'psych.counsel');
      const bk = await repo.findBooking(db, id);
      if (!bk || bk.counsellor_user_id !== actor.userId) throw new NotFoundError();
      await auditor.record(ctx, {
        action: 'psych.session.notes',
        objectType: 'psych_booking',
        objectId: id,
        districtId: bk.district_id,
        detail: {},
      });
      return { notes: bk.notes_enc ? pii.decrypt(bk.notes_enc) : '' };
    },
  };
}
