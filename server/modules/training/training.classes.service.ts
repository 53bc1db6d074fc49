/**
 * Classes online and offline 线上+线下: scheduled from the curriculum with a teacher from the
 * pools, secretaries enrol, the teacher opens a QR check-in (its secret token in the code) or marks
 * attendance by hand, online classes are checked in through the same link, and the class is closed
 * as held (hours then count in each attendee's record).
 */
import crypto from 'node:crypto';
import QRCode from 'qrcode';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { serves, type TrainingCore, type TrainingDeps } from './training.core.ts';
import * as academyRepo from './training.academy.repository.ts';
import * as classesRepo from './training.classes.repository.ts';
import { nodeServes } from './training.repository.ts';
import { checkinOpen, type Power } from './training.rules.ts';

type Mine = 'none' | 'enrolled' | 'qr' | 'manual' | 'online';

/** Builds the class and attendance verbs. */
export function createClassesService(deps: TrainingDeps & { core: TrainingCore }) {
  const { db, auditor, core } = deps;

  function summary(
    ctx: RequestContext,
    k: classesRepo.ClassRow & { enrolled?: number | null; attended?: number | null; mine?: string | null },
  ) {
    return {
      id: k.id,
      nodeId: k.node_id,
      nodeName: k.node_name,
      courseId: k.course_id,
      courseTitle: k.course_title,
      power: k.power as Power,
      title: k.title,
      mode: k.mode as 'online',
      place: k.place,
      teacherName: k.teacher_name,
      startsAt: k.starts_at.toISOString(),
      endsAt: k.ends_at.toISOString(),
      hours: Number(k.hours),
      status: k.status as 'planned' | 'held' | 'cancelled',
      enrolled: k.enrolled ?? 0,
      attended: k.attended ?? 0,
      mine: (k.mine ?? 'none') as Mine,
      can: {
        enrol: k.status === 'planned' && serves(ctx.actor, 'training.learn', k.path) && !k.mine,
        teach: can(ctx.actor, 'training.teach', k.path) && k.status !== 'cancelled',
      },
    };
  }

  async function attend(ctx: RequestContext, k: classesRepo.ClassRow, method: 'qr' | 'online') {
    const actor = ctx.actor!;
    await db.transaction().execute(async (trx) => {
      await classesRepo.enrol(
        trx,
        {
          district_id: k.district_id,
          class_id: k.id,
          user_id: actor.userId,
          person_id: actor.personId,
          name: actor.displayName,
        },
        { at: new Date(), method },
      );
      await auditor.append(trx, ctx, {
        action: 'training.checkin',
        objectType: 'training_class',
        objectId: k.id,
        districtId: k.district_id,
        detail: { method },
      });
    });
  }

  return {
    /** Schedules a class of a course (with a teacher from the pools); the teacher is told. */
    async addClass(
      ctx: RequestContext,
      b: {
        nodeId: string;
        courseId: string;
        teacherId?: string;
        title: string;
        mode: string;
        place: string;
        startsAt: string;
        endsAt: string;
        hours: number;
      },
    ) {
      const n = await core.managedNode(ctx, b.nodeId, 'training.manage');
      const course = await academyRepo.findCourse(db, b.courseId);
      if (
        !course ||
        course.district_id !== n.district_id ||
        !(n.path.startsWith(course.path) || course.path.startsWith(n.path))
      )
        throw new InvalidError([{ field: 'courseId', key: 'training.course_unknown' }]);
      const teacher = b.teacherId ? await academyRepo.findTeacher(db, b.teacherId) : null;
      if (b.teacherId && (!teacher || teacher.district_id !== n.district_id))
        throw new InvalidError([{ field: 'teacherId', key: 'training.teacher_unknown' }]);
      const startsAt = new Date(b.startsAt);
      const endsAt = new Date(b.endsAt);
      if (endsAt <= startsAt)
        throw new InvalidError([{ field: 'endsAt', key: 'training.ends_before_start' }]);
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await classesRepo.insertClass(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          course_id: course.id,
          teacher_id: teacher?.id ?? null,
          title: b.title,
          mode: b.mode,
          place: b.place,
          starts_at: startsAt,
          ends_at: endsAt,
          hours: b.hours,
          created_by: ctx.actor!.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'training.class.add',
          objectType: 'training_class',
          objectId: id,
          districtId: n.district_id,
          detail: { title: b.title, mode: b.mode },
        });
        if (teacher?.user_id)
          await core.tell(trx, [
            {
              districtId: n.district_id,
              userId: teacher.user_id,
              kind: 'training.class',
              title: `请您为《${b.title}》授课`,
              titleKey: 'training.notice.teach',
              titleParams: { title: b.title },
              link: `/training/classes/${id}`,
              objectType: 'training_class',
              objectId: id,
            },
          ]);
      });
      return { id };
    },

    /** Classes serving the actor (their academy above them, or those they run), newest first. */
    async classes(ctx: RequestContext, q: { nodeId?: string; from?: string; to?: string }) {
      const paths = await core.roots(ctx, 'training.read', q.nodeId);
      const rows = await classesRepo.findClasses(db, nodeServes('k.node_id', paths), ctx.actor!.userId, {
        from: q.from ? new Date(`${q.from}T00:00:00+08:00`) : undefined,
        to: q.to ? new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86400_000) : undefined,
      });
      return rows.map((k) => summary(ctx, k));
    },

    /** A class; its roster and open check-in for those who teach it. */
    async getClass(ctx: RequestContext, id: string) {
      const k = await core.visibleClass(ctx, id, 'training.read');
      const roster = await classesRepo.findRoster(db, k.district_id, k.id);
      const mine = roster.find((r) => r.user_id === ctx.actor!.userId);
      const teach = can(ctx.actor, 'training.teach', k.path);
      const s = summary(ctx, {
        ...k,
        enrolled: roster.length,
        attended: roster.filter((r) => r.attended_at).length,
        mine: mine ? (mine.method ?? 'enrolled') : null,
      });
      return {
        ...s,
        roster: teach
          ? roster.map((r) => ({
              userId: r.user_id,
              name: r.name,
              attendedAt: r.attended_at?.toISOString() ?? null,
              method: r.method as 'qr' | null,
            }))
          : [],
        checkin:
          teach && k.checkin_token && k.checkin_until
            ? { token: k.checkin_token, until: k.checkin_until.toISOString() }
            : null,
      };
    },

    /** A secretary enrols in a class of their academy. */
    async enrol(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'training.learn');
      const k = await core.visibleClass(ctx, id, 'training.learn');
      if (k.status !== 'planned') throw new ConflictError('training.class_closed');
      await db.transaction().execute(async (trx) => {
        await classesRepo.enrol(trx, {
          district_id: k.district_id,
          class_id: k.id,
          user_id: actor.userId,
          person_id: actor.personId,
          name: actor.displayName,
        });
        await auditor.append(trx, ctx, {
          action: 'training.enrol',
          objectType: 'training_class',
          objectId: k.id,
          districtId: k.district_id,
        });
      });
      return { ok: true as const };
    },

    /** The teacher opens QR check-in for some minutes: a fresh secret token and its QR code (SVG). */
    async openCheckin(ctx: RequestContext, id: string, b: { minutes: number }, origin: string) {
      return db.transaction().execute(async (trx) => {
        const k = await core.visibleClass(ctx, id, 'training.teach', trx, true);
        if (!can(ctx.actor, 'training.teach', k.path)) throw new NotFoundError();
        if (k.status === 'cancelled') throw new ConflictError('training.class_closed');
        const token = crypto.randomBytes(18).toString('base64url');
        const until = new Date(Math.max(Date.now(), k.starts_at.getTime()) + b.minutes * 60_000);
        await classesRepo.updateClass(trx, k.district_id, k.id, {
          checkin_token: token,
          checkin_until: until,
        });
        await auditor.append(trx, ctx, {
          action: 'training.checkin.open',
          objectType: 'training_class',
          objectId: k.id,
          districtId: k.district_id,
          detail: { until },
        });
        const url = `${origin}/training/checkin?t=${token}`;
        return {
          token,
          until: until.toISOString(),
          url,
          qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1 }),
        };
      });
    },

    /** A secretary scans the class's QR code (or opens the online class's link) and is checked in. */
    async checkin(ctx: RequestContext, token: string) {
      const k = await core.served(ctx, 'training.learn', () => classesRepo.findClassByToken(db, token));
      if (
        k.status === 'cancelled' ||
        !checkinOpen(new Date(), {
          startsAt: k.starts_at,
          checkinUntil: k.checkin_until,
          token: k.checkin_token,
        })
      )
        throw new ConflictError('training.checkin_closed');
      await attend(ctx, k, k.mode === 'online' ? 'online' : 'qr');
      return { classId: k.id, title: k.title };
    },

    /** The teacher marks enrolled trainees present by hand. */
    async markAttendance(ctx: RequestContext, id: string, b: { userIds: string[] }) {
      return db.transaction().execute(async (trx) => {
        const k = await core.visibleClass(ctx, id, 'training.teach', trx, true);
        if (!can(ctx.actor, 'training.teach', k.path)) throw new NotFoundError();
        const roster = new Map(
          (await classesRepo.findRoster(trx, k.district_id, k.id)).map((r) => [r.user_id, r]),
        );
        const unknown = b.userIds.filter((u) => !roster.has(u));
        if (unknown.length) throw new InvalidError([{ field: 'userIds', key: 'training.not_enrolled' }]);
        const now = new Date();
        for (const u of b.userIds) {
          const r = roster.get(u)!;
          await classesRepo.enrol(
            trx,
            { district_id: k.district_id, class_id: k.id, user_id: u, person_id: r.person_id, name: r.name },
            { at: now, method: 'manual' },
          );
        }
        await auditor.append(trx, ctx, {
          action: 'training.attendance',
          objectType: 'training_class',
          objectId: k.id,
          districtId: k.district_id,
          detail: { marked: b.userIds.length },
        });
        return { ok: true as const };
      });
    },

    /** Closes a class as held (check-in ends) or cancels it; its trainees are told of a cancellation. */
    async setStatus(ctx: RequestContext, id: string, b: { status: 'held' | 'cancelled' }) {
      return db.transaction().execute(async (trx) => {
        const k = await core.visibleClass(ctx, id, 'training.teach', trx, true);
        if (!can(ctx.actor, 'training.teach', k.path)) throw new NotFoundError();
        if (k.status !== 'planned') throw new ConflictError('training.class_closed');
        await classesRepo.updateClass(trx, k.district_id, k.id, {
          status: b.status,
          checkin_token: null,
          checkin_until: null,
        });
        await auditor.append(trx, ctx, {
          action: `training.class.${b.status}`,
          objectType: 'training_class',
          objectId: k.id,
          districtId: k.district_id,
        });
        if (b.status === 'cancelled')
          await core.tell(
            trx,
            (await classesRepo.findRoster(trx, k.district_id, k.id)).map((r) => ({
              districtId: k.district_id,
              userId: r.user_id,
              kind: 'training.class',
              title: `课程《${k.title}》已取消`,
              titleKey: 'training.notice.cancelled',
              titleParams: { title: k.title },
              link: `/training/classes/${k.id}`,
              objectType: 'training_class',
              objectId: k.id,
            })),
          );
        return { ok: true as const };
      });
    },
  };
}
