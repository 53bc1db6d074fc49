/**
 * Activities: an organiser (officer or social organisation) publishes one on a node; volunteers
 * below it sign up (capacity kept under a row lock) and check in and out by scanning its QR code
 * (a scan sent twice from a phone answers as the first); the organiser confirms each volunteer's
 * hours, which count toward their stars, and the volunteer is told.
 */
import crypto from 'node:crypto';
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { pathsAbove, yearOf, type VolunteersCore, type VolunteersDeps } from './volunteers.core.ts';
import * as repo from './volunteers.repository.ts';
import * as activitiesRepo from './volunteers.activities.repository.ts';
import * as hoursRepo from './volunteers.hours.repository.ts';
import { earnedHours, scanWindow, starsFor, type SignupState } from './volunteers.rules.ts';
import type {
  activityBody,
  activityDetail,
  activityQuery,
  activityView,
  confirmBody,
  scanResult,
} from './volunteers.schemas.ts';

/** Builds the activity verbs. */
export function createActivitiesService(deps: VolunteersDeps & { core: VolunteersCore }) {
  const { db, auditor, core } = deps;

  /** Whether an activity reaches the actor (on a node above their home or inside their scope). */
  function reaches(ctx: RequestContext, a: { path: string }, action: string) {
    const actor = ctx.actor;
    return can(actor, action, a.path) || scopePaths(actor, action).some((p) => p.startsWith(a.path));
  }

  async function visibleActivity(ctx: RequestContext, id: string, exec: Executor = db, lock = false) {
    const a = await activitiesRepo.findActivity(exec, id, lock);
    if (!a || !reaches(ctx, a, 'volunteers.read')) throw new NotFoundError();
    return a;
  }

  function view(
    ctx: RequestContext,
    a: activitiesRepo.ActivityRow,
    mine:
      { state: string; checkin_at: Date | null; checkout_at: Date | null; hours: number | null } | undefined,
  ): z.infer<typeof activityView> {
    const open = !a.cancelled_at && a.ends_at > new Date();
    return {
      id: a.id,
      nodeId: a.node_id,
      nodeName: a.node_name,
      teamName: a.team_name,
      title: a.title,
      description: a.description,
      place: a.place,
      startsAt: a.starts_at.toISOString(),
      endsAt: a.ends_at.toISOString(),
      capacity: a.capacity,
      signedUp: a.signed_up,
      cancelled: !!a.cancelled_at,
      mine: mine
        ? {
            state: mine.state as SignupState,
            checkinAt: mine.checkin_at?.toISOString() ?? null,
            checkoutAt: mine.checkout_at?.toISOString() ?? null,
            hours: mine.hours === null ? null : Number(mine.hours),
          }
        : null,
      can: {
        signUp:
          open &&
          reaches(ctx, a, 'volunteers.join') &&
          (!mine || mine.state === 'cancelled') &&
          a.signed_up < a.capacity,
        organise: can(ctx.actor, 'volunteers.organise', a.path),
      },
    };
  }

  /** Tells a volunteer's account of a step. */
  async function tell(
    trx: Executor,
    districtId: string,
    userId: string | null,
    a: activitiesRepo.ActivityRow,
    key: string,
    title: string,
    params = {},
  ) {
    if (!userId) return;
    await deps.notify.send(trx, [
      {
        districtId,
        userId,
        kind: `volunteers.${key}`,
        title,
        titleKey: `volunteers.notice.${key}`,
        titleParams: { title: a.title, ...params },
        link: `/volunteers/activities/${a.id}`,
        objectType: 'volunteers_activity',
        objectId: a.id,
      },
    ]);
  }

  /** Checks in or out by the QR code's secret; the same scan again answers as the first. */
  async function scan(
    ctx: RequestContext,
    id: string,
    token: string,
    kind: 'in' | 'out',
  ): Promise<z.infer<typeof scanResult>> {
    const actor = requirePermission(ctx, 'volunteers.join');
    return db.transaction().execute(async (trx) => {
      const a = await visibleActivity(ctx, id, trx, true);
      if (!reaches(ctx, a, 'volunteers.join')) throw new NotFoundError();
      const given = Buffer.from(token);
      const want = Buffer.from(a.checkin_token);
      if (given.length !== want.length || !crypto.timingSafeEqual(given, want))
        throw new InvalidError([{ field: 'token', key: 'volunteers.bad_token' }]);
      if (a.cancelled_at) throw new ConflictError('volunteers.cancelled');
      const v = await core.volunteerOf(trx, actor, a.district_id);
      let s = await activitiesRepo.findSignup(trx, a.district_id, a.id, v.id, true);
      const stamp = kind === 'in' ? s?.checkin_at : s?.checkout_at;
      if (s && stamp) return { state: s.state as SignupState, at: stamp.toISOString(), replayed: true };
      const now = new Date();
      const w = scanWindow(now, a.starts_at, a.ends_at, kind);
      if (w !== 'open')
        throw new ConflictError(w === 'early' ? 'volunteers.scan_early' : 'volunteers.scan_closed');
      if (kind === 'in') {
        // a walk-in signs up at the door while there is room
        if (!s || s.state === 'cancelled') {
          if (a.signed_up >= a.capacity) throw new ConflictError('volunteers.full');
          await activitiesRepo.upsertSignup(trx, a.district_id, a.id, v.id);
        }
        await activitiesRepo.updateSignup(
          trx,
          { district_id: a.district_id, activity_id: a.id, volunteer_id: v.id },
          { state: 'checked_in', checkin_at: now },
        );
      } else {
        if (!s?.checkin_at) throw new ConflictError('volunteers.not_checked_in');
        await activitiesRepo.updateSignup(trx, s, {
          state: s.state === 'confirmed' ? 'confirmed' : 'checked_out',
          checkout_at: now,
        });
      }
      await auditor.append(trx, ctx, {
        action: `volunteers.check_${kind}`,
        objectType: 'volunteers_activity',
        objectId: a.id,
        districtId: a.district_id,
        detail: { volunteerId: v.id },
      });
      s = await activitiesRepo.findSignup(trx, a.district_id, a.id, v.id);
      return { state: s!.state as SignupState, at: now.toISOString(), replayed: false };
    });
  }

  return {
    /** Publishes an activity on a node in the organiser's scope. */
    async createActivity(ctx: RequestContext, input: z.infer<typeof activityBody>) {
      const actor = requirePermission(ctx, 'volunteers.organise');
      const n = await nodeFor(db, ctx, input.nodeId, 'volunteers.organise');
      if (input.teamId) {
        const t = await repo.findTeam(db, input.teamId);
        if (!t || t.district_id !== n.district_id || !can(actor, 'volunteers.read', t.path))
          throw new NotFoundError();
      }
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await activitiesRepo.insertActivity(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          team_id: input.teamId ?? null,
          title: input.title,
          description: input.description ?? '',
          place: input.place ?? '',
          starts_at: new Date(input.startsAt),
          ends_at: new Date(input.endsAt),
          capacity: input.capacity,
          organiser_user_id: actor.userId,
          checkin_token: crypto.randomBytes(18).toString('base64url'),
        });
        await auditor.append(trx, ctx, {
          action: 'volunteers.activity',
          objectType: 'volunteers_activity',
          objectId: id,
          districtId: n.district_id,
          detail: { title: input.title, startsAt: input.startsAt },
        });
      });
      return { id };
    },

    /** Activities reaching the actor: above their home or inside their scope. */
    async listActivities(ctx: RequestContext, q: z.infer<typeof activityQuery>) {
      const actor = requirePermission(ctx, 'volunteers.read');
      let path: string | undefined;
      if (q.nodeId) {
        const n = await nodeFor(db, ctx, q.nodeId, 'volunteers.read');
        path = n.path;
      }
      const rows = await activitiesRepo.findActivities(
        db,
        nodeInPaths('a.node_id', scopePaths(actor, 'volunteers.read')),
        path ? [] : pathsAbove(actor, 'volunteers.read'),
        { when: q.when, path },
      );
      const mine = new Map(
        (
          await activitiesRepo.signupsOfUser(
            db,
            actor.userId,
            rows.map((r) => r.id),
          )
        ).map((s) => [s.activity_id, s]),
      );
      return rows.map((r) => view(ctx, r, mine.get(r.id)));
    },

    /** One activity; organisers also get its QR secret and the sign-ups with suggested hours. */
    async getActivity(ctx: RequestContext, id: string): Promise<z.infer<typeof activityDetail>> {
      const actor = requirePermission(ctx, 'volunteers.read');
      const a = await visibleActivity(ctx, id);
      const [mine] = await activitiesRepo.signupsOfUser(db, actor.userId, [a.id]);
      const organise = can(actor, 'volunteers.organise', a.path);
      const signups = organise ? await activitiesRepo.signupsOf(db, a.district_id, a.id) : [];
      return {
        ...view(ctx, a, mine),
        checkinToken: organise ? a.checkin_token : null,
        signups: signups.map((s) => ({
          volunteerId: s.volunteer_id,
          label: s.label,
          state: s.state as SignupState,
          signedAt: s.signed_at.toISOString(),
          checkinAt: s.checkin_at?.toISOString() ?? null,
          checkoutAt: s.checkout_at?.toISOString() ?? null,
          hours: s.hours === null ? null : Number(s.hours),
          suggested:
            s.checkin_at && s.checkout_at
              ? earnedHours(s.checkin_at, s.checkout_at, a.starts_at, a.ends_at)
              : null,
        })),
      };
    },

    /** Signs the actor up (made a volunteer on first sign-up); signing up again is a no-op. */
    async signUp(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'volunteers.join');
      return db.transaction().execute(async (trx) => {
        const a = await visibleActivity(ctx, id, trx, true);
        if (!reaches(ctx, a, 'volunteers.join')) throw new NotFoundError();
        if (a.cancelled_at) throw new ConflictError('volunteers.cancelled');
        if (a.ends_at < new Date()) throw new ConflictError('volunteers.ended');
        const v = await core.volunteerOf(trx, actor, a.district_id);
        const s = await activitiesRepo.findSignup(trx, a.district_id, a.id, v.id, true);
        if (s && s.state !== 'cancelled') return { state: s.state as SignupState, replayed: true };
        if (a.signed_up >= a.capacity) throw new ConflictError('volunteers.full');
        await activitiesRepo.upsertSignup(trx, a.district_id, a.id, v.id);
        await auditor.append(trx, ctx, {
          action: 'volunteers.sign_up',
          objectType: 'volunteers_activity',
          objectId: a.id,
          districtId: a.district_id,
          detail: { volunteerId: v.id },
        });
        await tell(trx, a.district_id, actor.userId, a, 'signed', `您已报名志愿活动“${a.title}”`);
        return { state: 'signed' as const, replayed: false };
      });
    },

    /** Withdraws the actor's sign-up before they check in. */
    async withdraw(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'volunteers.join');
      return db.transaction().execute(async (trx) => {
        const a = await visibleActivity(ctx, id, trx, true);
        const v = await repo.findVolunteerOfUser(trx, actor.userId);
        const s = v ? await activitiesRepo.findSignup(trx, a.district_id, a.id, v.id, true) : undefined;
        if (!s) throw new NotFoundError();
        if (s.state !== 'signed' && s.state !== 'cancelled') throw new ConflictError('error.conflict');
        await activitiesRepo.updateSignup(trx, s, { state: 'cancelled' });
        await auditor.append(trx, ctx, {
          action: 'volunteers.withdraw',
          objectType: 'volunteers_activity',
          objectId: a.id,
          districtId: a.district_id,
          detail: { volunteerId: s.volunteer_id },
        });
        return { ok: true as const };
      });
    },

    /** Check-in by the activity's QR code. */
    checkIn: (ctx: RequestContext, id: string, token: string) => scan(ctx, id, token, 'in'),
    /** Check-out by the activity's QR code. */
    checkOut: (ctx: RequestContext, id: string, token: string) => scan(ctx, id, token, 'out'),

    /**
     * The organiser confirms hours for volunteers who checked in (or corrects confirmed ones);
     * each volunteer's year total and stars are told to them.
     */
    async confirmHours(ctx: RequestContext, id: string, input: z.infer<typeof confirmBody>) {
      const actor = requirePermission(ctx, 'volunteers.organise');
      return db.transaction().execute(async (trx) => {
        const a = await activitiesRepo.findActivity(trx, id, true);
        if (!a || !can(actor, 'volunteers.organise', a.path)) throw new NotFoundError();
        const thresholds = await core.thresholds(a.district_id, trx);
        const year = yearOf(a.starts_at);
        const now = new Date();
        for (const [i, item] of input.items.entries()) {
          const s = await activitiesRepo.findSignup(trx, a.district_id, a.id, item.volunteerId, true);
          if (!s || !s.checkin_at)
            throw new InvalidError([{ field: `items.${i}.volunteerId`, key: 'volunteers.not_signed' }]);
          await activitiesRepo.updateSignup(trx, s, {
            state: 'confirmed',
            hours: item.hours,
            confirmed_by: actor.userId,
            confirmed_at: now,
          });
          const v = (await repo.findVolunteer(trx, item.volunteerId))!;
          await hoursRepo.upsertActivityHours(trx, {
            district_id: a.district_id,
            id: uuidv7(),
            volunteer_id: v.id,
            node_id: a.node_id,
            year,
            hours: item.hours,
            activity_id: a.id,
            recorded_by: actor.userId,
          });
          const total = await hoursRepo.hoursOf(trx, a.district_id, v.id, year);
          const stars = starsFor(total, thresholds);
          await tell(
            trx,
            a.district_id,
            v.user_id,
            a,
            'confirmed',
            `您参加“${a.title}”的志愿服务时长 ${item.hours} 小时已确认`,
            {
              hours: item.hours,
              total,
              stars,
            },
          );
        }
        await auditor.append(trx, ctx, {
          action: 'volunteers.confirm_hours',
          objectType: 'volunteers_activity',
          objectId: a.id,
          districtId: a.district_id,
          detail: { items: input.items },
        });
        return { ok: true as const };
      });
    },
  };
}
