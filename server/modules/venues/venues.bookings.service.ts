/**
 * Booking a room for a time slot: the level's rules (who may book, the longest booking, how far
 * ahead, opening hours) checked first; no double booking (the exclusion constraint on the room's
 * slots answers 409 with a message); approval where the venue wants it; cancellation, no-shows,
 * check-in by the QR at the door (Idempotency-Key), and the activity held with its attendance.
 */
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import {
  bookableAs,
  bookingView,
  byOf,
  checkUpdated,
  districtsFor,
  ruleOfRow,
  type VenuesCore,
  type VenuesDeps,
} from './venues.core.ts';
import * as repo from './venues.repository.ts';
import {
  NAMES_ORG,
  slotProblems,
  timeProblem,
  TRANSITIONS,
  type Action,
  type Booker,
  type State,
} from './venues.rules.ts';

/** The PostgreSQL error of an exclusion constraint (two live bookings of one room overlapping). */
const EXCLUSION_VIOLATION = '23P01';

/** True when err is the room's no-overlap constraint refusing an insert. */
function isOverlap(err: unknown): boolean {
  return (
    typeof err === 'object' &&
    err !== null &&
    (err as { code?: string }).code === EXCLUSION_VIOLATION &&
    (err as { constraint?: string }).constraint === 'venues_bookings_no_overlap'
  );
}

/** Builds the booking verbs. */
export function createBookingsService(deps: VenuesDeps & { core: VenuesCore; now?: () => Date }) {
  const { db, core } = deps;
  const now = deps.now ?? (() => new Date());

  /** Moves a locked booking to the action's state; audited; the booker told of a manager's decision. */
  async function apply(
    trx: Executor,
    ctx: RequestContext,
    b: repo.BookingRow,
    action: Action,
    x: { version: number; note?: string; attendance?: number; summary?: string },
  ) {
    const tr = TRANSITIONS[action];
    const by = byOf(ctx, b);
    if (!tr.by.some((w) => by.includes(w))) throw new ForbiddenError('venues.not_yours');
    if (!tr.from.includes(b.state as State)) throw new ConflictError('venues.wrong_state');
    const late = timeProblem(action, { start: b.starts_at, end: b.ends_at }, now());
    if (late) throw new ConflictError(late);
    if (action === 'record' && x.attendance === undefined)
      throw new InvalidError([{ field: 'attendance', key: 'venues.attendance_required' }]);
    if (action === 'reject' && !x.note)
      throw new InvalidError([{ field: 'note', key: 'venues.reason_required' }]);
    checkUpdated(
      await repo.updateBooking(
        trx,
        { districtId: b.district_id, id: b.id, version: x.version },
        {
          state: tr.to,
          ...(x.note !== undefined ? { note: x.note } : {}),
          ...(action === 'check_in' ? { checked_in_at: now() } : {}),
          ...(action === 'record' ? { attendance: x.attendance, summary: x.summary ?? b.summary } : {}),
        },
      ),
    );
    await deps.auditor.append(trx, ctx, {
      action: `venues.booking.${action}`,
      objectType: 'venues_booking',
      objectId: b.id,
      districtId: b.district_id,
      detail: { from: b.state, to: tr.to, attendance: x.attendance, note: x.note },
    });
    const byManager = !by.includes('booker');
    if (byManager && (action === 'approve' || action === 'reject' || action === 'cancel'))
      await deps.notify.send(trx, [
        {
          districtId: b.district_id,
          userId: b.user_id,
          kind: 'venues.decided',
          title: `场地预约“${b.title}”${action === 'approve' ? '已通过' : action === 'reject' ? '未通过' : '已被取消'}`,
          titleKey: `venues.notice.${action}`,
          titleParams: { title: b.title, venue: b.venue_name },
          link: '/venues/mine',
          objectType: 'venues_booking',
          objectId: b.id,
        },
      ]);
    const after = await repo.findBooking(trx, b.id);
    return bookingView(ctx, after!);
  }

  return {
    /**
     * Books a room: the actor books as one of the kinds the venue's level allows; the slot must keep
     * the rules; a booking needing approval waits (its venue's managers are told), else it is
     * confirmed. A slot that overlaps a live booking of the room is a 409. Idempotent with a key.
     */
    async book(
      ctx: RequestContext,
      input: {
        roomId: string;
        start: string;
        end: string;
        title: string;
        expected: number;
        as?: Booker;
        orgName: string;
      },
      idempotencyKey?: string,
    ) {
      const actor = requirePermission(ctx, 'venues.book');
      const districts = districtsFor(ctx, 'venues.book');
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key: idempotencyKey, payload: input },
          async () => {
            const room = await repo.findRoomById(trx, input.roomId);
            if (!room || !districts.includes(room.district_id)) throw new NotFoundError();
            const v = (await repo.findVenue(trx, room.venue_id))!;
            const kinds = bookableAs(ctx, v);
            if (kinds.length === 0) throw new ForbiddenError('venues.level_not_for_you');
            const as = input.as ?? kinds[0];
            if (!kinds.includes(as)) throw new InvalidError([{ field: 'as', key: 'venues.not_as' }]);
            if (NAMES_ORG.includes(as) && !input.orgName)
              throw new InvalidError([{ field: 'orgName', key: `venues.org_required.${as}` }]);
            if (!room.active) throw new InvalidError([{ field: 'roomId', key: 'venues.room_closed' }]);
            const slot = { start: new Date(input.start), end: new Date(input.end) };
            const rule = ruleOfRow(v);
            const problems = slotProblems(
              rule,
              { opensAt: v.opens_at, closesAt: v.closes_at, openDays: v.open_days },
              slot,
              now(),
            );
            if (input.expected > room.capacity)
              problems.push({
                field: 'expected',
                key: 'venues.over_capacity',
                params: { capacity: room.capacity },
              });
            if (problems.length) throw new InvalidError(problems);
            const id = uuidv7();
            const state: State = rule.approval && as !== 'officer' ? 'pending' : 'confirmed';
            // the constraint's refusal aborts the transaction; it is answered as a 409 with its message
            try {
              await repo.insertBooking(trx, {
                district_id: v.district_id,
                id,
                venue_id: v.id,
                room_id: input.roomId,
                user_id: actor.userId,
                booker: as,
                org_name: input.orgName,
                title: input.title,
                expected: input.expected,
                start: slot.start,
                end: slot.end,
                state,
              });
            } catch (err) {
              if (isOverlap(err))
                throw new ConflictError('venues.taken', {}, [{ field: 'start', key: 'venues.taken' }]);
              throw err;
            }
            await deps.auditor.append(trx, ctx, {
              action: 'venues.booking.create',
              objectType: 'venues_booking',
              objectId: id,
              districtId: v.district_id,
              detail: { venue: v.id, room: input.roomId, start: input.start, end: input.end, as, state },
            });
            if (state === 'pending')
              await deps.notify.send(trx, [
                {
                  districtId: v.district_id,
                  nodeId: v.node_id,
                  kind: 'venues.requested',
                  title: `新的场地预约待审批：${v.name}“${input.title}”`,
                  titleKey: 'venues.notice.requested',
                  titleParams: { venue: v.name, title: input.title },
                  link: `/venues/${v.id}`,
                  objectType: 'venues_booking',
                  objectId: id,
                },
              ]);
            return { id, state };
          },
        );
        return result;
      });
    },

    /** Approves, refuses, cancels, marks a no-show or records the activity held (version checked). */
    async move(
      ctx: RequestContext,
      id: string,
      x: { action: Action; version: number; note?: string; attendance?: number; summary?: string },
    ) {
      requirePermission(ctx, 'venues.read');
      return db.transaction().execute(async (trx) => {
        const b = await repo.findBooking(trx, id, true);
        if (!b || byOf(ctx, b).length === 0) throw new NotFoundError();
        if (x.action === 'check_in')
          throw new InvalidError([{ field: 'action', key: 'venues.checkin_by_qr' }]);
        return apply(trx, ctx, b, x.action, x);
      });
    },

    /**
     * Check-in by the QR at the door: the venue's code, and the actor's booking there that starts
     * within half an hour or is under way. A phone may send it again (Idempotency-Key).
     */
    async checkIn(ctx: RequestContext, input: { venueId: string; code: string }, idempotencyKey?: string) {
      const actor = requirePermission(ctx, 'venues.book');
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key: idempotencyKey, payload: input },
          async () => {
            const v = await core.readable(ctx, input.venueId, trx);
            if (v.door_code !== input.code)
              throw new InvalidError([{ field: 'code', key: 'venues.bad_code' }]);
            const t = now();
            const mine = (await repo.findUserBookings(trx, actor.userId, t)).filter(
              (b) =>
                b.venue_id === v.id &&
                b.state === 'confirmed' &&
                timeProblem('check_in', { start: b.starts_at, end: b.ends_at }, t) === null,
            );
            if (mine.length === 0) throw new ConflictError('venues.nothing_to_check_in');
            const b = (await repo.findBooking(trx, mine[0].id, true))!;
            return apply(trx, ctx, b, 'check_in', { version: b.version });
          },
        );
        return result;
      });
    },

    /** A venue's week from a day: every live booking of its rooms (the calendar). */
    async week(ctx: RequestContext, venueId: string, from: string) {
      const v = await core.readable(ctx, venueId);
      const start = new Date(`${from}T00:00:00+08:00`);
      const end = new Date(start.getTime() + 7 * 86_400_000);
      const rows = await repo.findVenueBookings(db, v.district_id, v.id, start, end);
      return rows.map((b) => bookingView(ctx, b));
    },

    /** The actor's bookings: the coming ones and those of the last 90 days. */
    async mine(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'venues.book');
      const rows = await repo.findUserBookings(db, actor.userId, new Date(now().getTime() - 90 * 86_400_000));
      return rows.map((b) => bookingView(ctx, b));
    },
  };
}
