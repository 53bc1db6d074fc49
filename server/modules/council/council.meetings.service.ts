/**
 * Council meetings: agenda and the topics on it, the minutes and attendance once held, photos
 * (type read from the bytes, re-encoded so no metadata such as GPS position survives), and
 * cancellation. The number held is one of the council's figures.
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { reencodePhoto } from '../../platform/photos.ts';
import type { NotifyService } from '../notify/index.ts';
import type { CouncilCore } from './council.core.ts';
import * as repo from './council.repository.ts';
import * as bodiesRepo from './council.bodies.repository.ts';
import * as meetingsRepo from './council.meetings.repository.ts';
import type { BodyKind } from './council.rules.ts';

/** Largest photo accepted, and the longest side kept. */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
const PHOTO_SIDE = 1600;

/** Builds the meeting verbs. */
export function createMeetingsService(deps: {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  core: CouncilCore;
}) {
  const { db, auditor, core } = deps;

  async function visible(ctx: RequestContext, id: string, action: string) {
    const m = await meetingsRepo.findMeeting(db, id);
    if (!m || !can(ctx.actor, action, m.path)) throw new NotFoundError();
    return m;
  }

  /** Topics of the meeting's council, by id (others are refused). */
  async function topicsOf(districtId: string, nodeId: string, ids: readonly string[]) {
    const found = await meetingsRepo.findTopicTitles(db, districtId, ids);
    if (found.length !== new Set(ids).size || found.some((t) => t.node_id !== nodeId))
      throw new InvalidError([{ field: 'topicIds', key: 'council.meeting_topics' }]);
    return found;
  }

  async function view(ctx: RequestContext, m: meetingsRepo.MeetingRow) {
    const manage = can(ctx.actor, 'council.manage', m.path);
    const [topics, attendance, photos] = await Promise.all([
      meetingsRepo.findTopicTitles(db, m.district_id, m.topic_ids),
      manage ? meetingsRepo.findAttendance(db, m.district_id, m.id) : Promise.resolve([]),
      meetingsRepo.findPhotos(db, m.district_id, m.id),
    ]);
    return {
      ...summary(m),
      topics: topics.map((t) => ({ id: t.id, title: t.title })),
      attendance,
      photos,
      can: { edit: manage && m.status !== 'cancelled' },
    };
  }

  function summary(m: meetingsRepo.MeetingRow) {
    return {
      id: m.id,
      bodyId: m.body_id,
      bodyName: m.body_name,
      bodyKind: m.body_kind as BodyKind,
      nodeId: m.node_id,
      nodeName: m.node_name,
      title: m.title,
      startsAt: m.starts_at.toISOString(),
      place: m.place,
      agenda: m.agenda,
      topics: [] as { id: string; title: string }[],
      status: m.status as 'planned' | 'held' | 'cancelled',
      minutes: m.minutes,
      attendees: m.attendees,
      photos: [] as { id: string; width: number; height: number }[],
      cancelReason: m.cancel_reason,
      version: m.version,
      can: { edit: false },
    };
  }

  return {
    /** Calls a meeting of a council with its agenda and topics; the topics' followers are told. */
    async createMeeting(
      ctx: RequestContext,
      input: {
        nodeId: string;
        kind: BodyKind;
        title: string;
        startsAt: string;
        place: string;
        agenda: string;
        topicIds: string[];
      },
    ) {
      const actor = requirePermission(ctx, 'council.manage');
      return db.transaction().execute(async (trx) => {
        const body = await core.bodyFor(trx, ctx, input.nodeId, input.kind, 'council.manage');
        await topicsOf(body.district_id, body.node_id, input.topicIds);
        const id = uuidv7();
        await meetingsRepo.insertMeeting(trx, {
          districtId: body.district_id,
          id,
          bodyId: body.id,
          nodeId: body.node_id,
          title: input.title,
          startsAt: new Date(input.startsAt),
          place: input.place,
          agenda: input.agenda,
          topicIds: input.topicIds,
          createdBy: actor.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'council.meeting.create',
          objectType: 'council_meeting',
          objectId: id,
          districtId: body.district_id,
          detail: { title: input.title, startsAt: input.startsAt },
        });
        for (const topicId of input.topicIds) {
          const t = (await repo.findTopic(trx, topicId))!;
          await core.tellFollowers(
            trx,
            t,
            {
              kind: 'council.meeting',
              titleKey: 'council.notice.meeting',
              title: `议题《${t.title}》将在议事会议上讨论：${input.title}`,
              params: { meeting: input.title },
            },
            actor.userId,
          );
        }
        return { id };
      });
    },

    /** Meetings in the actor's scope, latest first. */
    async listMeetings(
      ctx: RequestContext,
      q: {
        nodeId?: string;
        bodyId?: string;
        status?: 'planned' | 'held' | 'cancelled';
        limit: number;
        offset: number;
      },
    ) {
      const actor = requirePermission(ctx, 'council.read');
      const { total, rows } = await meetingsRepo.findMeetings(db, {
        inScope: nodeInPaths('m.node_id', scopePaths(actor, 'council.read')),
        ...q,
      });
      const items = [];
      for (const m of rows) {
        const { attendance, ...rest } = await view(ctx, m);
        void attendance;
        items.push(rest);
      }
      return { total, items };
    },

    /** A meeting with its topics, minutes and photos (the attendance list for those who run it). */
    async getMeeting(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'council.read');
      return view(ctx, await visible(ctx, id, 'council.read'));
    },

    /** Changes a planned meeting (optimistic version). */
    async updateMeeting(
      ctx: RequestContext,
      id: string,
      input: {
        title?: string;
        startsAt?: string;
        place?: string;
        agenda?: string;
        topicIds?: string[];
        version: number;
      },
    ) {
      requirePermission(ctx, 'council.manage');
      const m = await visible(ctx, id, 'council.manage');
      if (m.status !== 'planned') throw new ConflictError('council.meeting_not_planned');
      if (input.topicIds) await topicsOf(m.district_id, m.node_id, input.topicIds);
      await db.transaction().execute(async (trx) => {
        const ok = await meetingsRepo.updateMeeting(trx, m.district_id, m.id, input.version, {
          title: input.title,
          starts_at: input.startsAt ? new Date(input.startsAt) : undefined,
          place: input.place,
          agenda: input.agenda,
          topic_ids: input.topicIds,
        });
        if (!ok) throw new ConflictError('error.stale');
        await auditor.append(trx, ctx, {
          action: 'council.meeting.update',
          objectType: 'council_meeting',
          objectId: m.id,
          districtId: m.district_id,
        });
      });
      return view(ctx, (await meetingsRepo.findMeeting(db, id))!);
    },

    /** Records the minutes and attendance: the meeting is held. Children are listed by alias only. */
    async recordMinutes(
      ctx: RequestContext,
      id: string,
      input: {
        minutes: string;
        attendance: {
          personId?: string;
          label: string;
          role: 'member' | 'child' | 'resident' | 'officer' | 'guest';
        }[];
        version: number;
      },
    ) {
      requirePermission(ctx, 'council.manage');
      const m = await visible(ctx, id, 'council.manage');
      if (m.status === 'cancelled') throw new ConflictError('council.meeting_cancelled');
      const members = await bodiesRepo.findMembers(db, m.district_id, m.body_id);
      const byPerson = new Map(members.map((x) => [x.person_id, x]));
      const attendance = input.attendance.map((a) => {
        const member = a.personId ? byPerson.get(a.personId) : undefined;
        // a child member is named by alias, whatever was typed
        return {
          personId: a.personId ?? null,
          label: member?.role === 'child' ? member.alias : a.label,
          role: member ? (member.role === 'child' ? 'child' : 'member') : a.role,
        };
      });
      await db.transaction().execute(async (trx) => {
        const ok = await meetingsRepo.updateMeeting(trx, m.district_id, m.id, input.version, {
          status: 'held',
          minutes: input.minutes,
          attendees: attendance.length,
          held_at: m.status === 'held' ? undefined : new Date(),
        });
        if (!ok) throw new ConflictError('error.stale');
        await meetingsRepo.replaceAttendance(trx, m.district_id, m.id, attendance);
        await auditor.append(trx, ctx, {
          action: 'council.meeting.minutes',
          objectType: 'council_meeting',
          objectId: m.id,
          districtId: m.district_id,
          detail: { attendees: attendance.length },
        });
      });
      return view(ctx, (await meetingsRepo.findMeeting(db, id))!);
    },

    /** Cancels a planned meeting with the reason. */
    async cancelMeeting(ctx: RequestContext, id: string, input: { reason: string; version: number }) {
      requirePermission(ctx, 'council.manage');
      const m = await visible(ctx, id, 'council.manage');
      if (m.status !== 'planned') throw new ConflictError('council.meeting_not_planned');
      await db.transaction().execute(async (trx) => {
        const ok = await meetingsRepo.updateMeeting(trx, m.district_id, m.id, input.version, {
          status: 'cancelled',
          cancel_reason: input.reason,
        });
        if (!ok) throw new ConflictError('error.stale');
        await auditor.append(trx, ctx, {
          action: 'council.meeting.cancel',
          objectType: 'council_meeting',
          objectId: m.id,
          districtId: m.district_id,
          detail: { reason: input.reason },
        });
      });
    },

    /**
     * Adds a photo to a meeting: its type is read from its bytes (JPEG, PNG or WebP), and it is
     * re-encoded as JPEG at most PHOTO_SIDE px a side with every piece of metadata dropped.
     */
    async addPhoto(ctx: RequestContext, id: string, data: Buffer) {
      const actor = requirePermission(ctx, 'council.manage');
      const m = await visible(ctx, id, 'council.manage');
      const out = await reencodePhoto(data, {
        maxBytes: PHOTO_MAX_BYTES,
        side: PHOTO_SIDE,
        // the council has always called an empty file no picture (photo_type), not too large
        keys: { size: data.length ? 'council.photo_size' : 'council.photo_type', type: 'council.photo_type' },
      });
      const photoId = uuidv7();
      await db.transaction().execute(async (trx) => {
        await meetingsRepo.insertPhoto(trx, {
          districtId: m.district_id,
          id: photoId,
          meetingId: m.id,
          mime: 'image/jpeg',
          width: out.info.width,
          height: out.info.height,
          bytes: out.data,
          by: actor.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'council.meeting.photo',
          objectType: 'council_meeting',
          objectId: m.id,
          districtId: m.district_id,
          detail: { photoId, bytes: out.data.length },
        });
      });
      return { id: photoId };
    },

    /** A meeting photo's bytes. */
    async photo(ctx: RequestContext, photoId: string) {
      requirePermission(ctx, 'council.read');
      const p = await meetingsRepo.findPhoto(db, photoId);
      if (!p) throw new NotFoundError();
      await visible(ctx, p.meeting_id, 'council.read');
      return { mime: p.mime, data: p.bytes };
    },
  };
}
