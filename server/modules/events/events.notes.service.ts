/**
 * Notes on events: internal notes 内部备注 (staff only) and public replies 公开答复 (what the reporter
 * and, for public reports, Open311 may see); and the public reads the Open311 module publishes:
 * public reports only (those that came in through Open311 or a resident marked public), with their
 * latest public reply as the status note, never an internal note.
 */
import type { RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ForbiddenError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { NotifyService } from '../notify/index.ts';
import type { EventsCore } from './events.core.ts';
import { idempotencyKeyOf } from './events.keys.ts';
import { eventHref } from './events.notices.ts';
import * as repo from './events.repository.ts';
import * as notesRepo from './events.notes.repository.ts';
import { FINAL_STATES, type EventState } from './events.rules.ts';
import type { EventView } from './events.schemas.ts';

/** A public report as Open311 publishes it. */
export interface PublicReport {
  id: string;
  state: EventState;
  closed: boolean;
  category: string;
  title: string;
  description: string;
  departmentName: string | null;
  address: string;
  lat: number | null;
  lng: number | null;
  reportedAt: Date;
  updatedAt: Date;
  deadlineAt: Date | null;
  /** The latest public reply (never an internal note). */
  statusNote: string | null;
}

/** A public update of a public report (a change of state, or a public reply). */
export interface PublicUpdate {
  id: string;
  eventId: string;
  at: Date;
  action: string;
  state: EventState;
  closed: boolean;
  /** The public reply written with it, if any. */
  note: string | null;
}

/** States Open311 shows as closed. */
const CLOSED_STATES: readonly EventState[] = [...FINAL_STATES, 'verified'];

/** Builds the notes use cases and the public reads. */
export function createNotes(deps: {
  core: EventsCore;
  auditor: Auditor;
  notify?: Pick<NotifyService, 'send'>;
}) {
  const { core, auditor } = deps;
  const { db } = core;

  /** Writes a note step on an event in the caller's transaction. */
  async function writeNote(
    trx: Executor,
    e: { district_id: string; id: string; state: string },
    by: { userId: string | null; name: string },
    text: string,
    isPublic: boolean,
  ): Promise<string> {
    const id = uuidv7();
    await repo.insertStep(trx, {
      district_id: e.district_id,
      id,
      event_id: e.id,
      at: new Date(),
      action: isPublic ? 'reply' : 'note',
      from_state: e.state,
      to_state: e.state,
      actor_user_id: by.userId,
      actor_name: by.name,
      note: text,
      public: isPublic,
      department_id: null,
    });
    return id;
  }

  return {
    /**
     * Adds an internal note (anyone who may see the event as staff) or a public reply (its manager
     * or department); the reporter is told of a public reply. Idempotent with a key.
     */
    async addNote(
      ctx: RequestContext,
      id: string,
      input: { text: string; public: boolean },
      key?: string,
    ): Promise<EventView> {
      const actor = ctx.actor;
      if (!actor) throw new NotFoundError();
      await db.transaction().execute(async (trx) => {
        await withIdempotency(
          trx,
          {
            userId: actor.userId,
            key: key ? idempotencyKeyOf('note', key) : undefined,
            payload: { id, ...input },
          },
          async () => {
            const { r, who, p, sla } = await core.visibleEvent(ctx, trx, id, true);
            const staff = who.manager || who.department || (who.reader && !who.reporter);
            if (!staff || (input.public && !who.manager && !who.department))
              throw new ForbiddenError('events.not_your_step');
            await writeNote(
              trx,
              r,
              { userId: actor.userId, name: actor.displayName },
              input.text,
              input.public,
            );
            await auditor.append(trx, ctx, {
              action: input.public ? 'events.reply' : 'events.note',
              objectType: 'event',
              objectId: id,
              districtId: r.district_id,
              detail: { public: input.public, length: input.text.length },
            });
            if (input.public && deps.notify && r.reporter_user_id && r.reporter_user_id !== actor.userId) {
              const number = core.view(ctx, r, p, sla).number ?? r.title;
              await deps.notify.send(trx, [
                {
                  districtId: r.district_id,
                  userId: r.reporter_user_id,
                  kind: 'events.reply',
                  title: `事件 ${number}：有新的答复`,
                  titleKey: 'events.notice.reply',
                  titleParams: { number },
                  body: input.text.slice(0, 200),
                  link: eventHref(id),
                  objectType: 'event',
                  objectId: id,
                },
              ]);
            }
            return { id };
          },
        );
      });
      return core.viewOne(ctx, db, id);
    },

    /** Public reports under the subtrees given, by ids or reported in a window (Open311 lists). */
    async publicReports(q: {
      paths: string[];
      ids?: string[];
      categories?: string[];
      from: Date;
      to: Date;
      limit: number;
    }): Promise<PublicReport[]> {
      const rows = await notesRepo.publicEvents(db, { ...q, inSubtree: nodeInPaths('e.node_id', q.paths) });
      const notes = new Map(
        (
          await notesRepo.latestPublicNotes(
            db,
            rows.map((r) => r.id),
          )
        ).map((n) => [n.event_id, n.note]),
      );
      const depts = await core.tree.findNodes(
        rows.flatMap((r) => (r.department_id ? [r.department_id] : [])),
      );
      return rows.map((r) => ({
        id: r.id,
        state: r.state as EventState,
        closed: CLOSED_STATES.includes(r.state as EventState),
        category: r.category,
        title: r.title,
        description: r.description,
        departmentName: r.department_id ? (depts.get(r.department_id)?.name ?? null) : null,
        address: r.address,
        lat: r.lat,
        lng: r.lng,
        reportedAt: new Date(r.reported_at),
        updatedAt: new Date(r.updated_at),
        deadlineAt: r.deadline_at ? new Date(r.deadline_at) : null,
        statusNote: notes.get(r.id) ?? null,
      }));
    },

    /** Public updates of public reports under the subtrees given in a window (Open311 updates). */
    async publicUpdates(q: {
      paths: string[];
      from: Date;
      to: Date;
      limit: number;
    }): Promise<PublicUpdate[]> {
      const rows = await notesRepo.publicSteps(db, { ...q, inSubtree: nodeInPaths('e.node_id', q.paths) });
      return rows.map((s) => ({
        id: s.id,
        eventId: s.event_id,
        at: new Date(s.at),
        action: s.action,
        state: s.to_state as EventState,
        closed: CLOSED_STATES.includes(s.to_state as EventState),
        note: s.note,
      }));
    },

    /**
     * A comment from outside (an Open311 client's update of a public report it may see) as a public
     * note by a named outsider, in the caller's transaction; the caller checked its API key. Returns
     * the note's id and the event's state, or null when there is no such public event under the subtree.
     */
    async addPublicComment(
      ctx: RequestContext,
      trx: Executor,
      q: { paths: string[]; eventId: string; text: string; author: string },
    ): Promise<{ updateId: string; state: EventState; closed: boolean } | null> {
      const [r] = await notesRepo.publicEvents(trx, {
        inSubtree: nodeInPaths('e.node_id', q.paths),
        ids: [q.eventId],
        from: new Date(0),
        to: new Date(),
        limit: 1,
      });
      if (!r) return null;
      const updateId = await writeNote(trx, r, { userId: null, name: q.author }, q.text, true);
      await auditor.append(trx, ctx, {
        action: 'events.reply',
        objectType: 'event',
        objectId: r.id,
        districtId: r.district_id,
        actorName: q.author,
        detail: { public: true, external: true, length: q.text.length },
      });
      return {
        updateId,
        state: r.state as EventState,
        closed: CLOSED_STATES.includes(r.state as EventState),
      };
    },
  };
}
