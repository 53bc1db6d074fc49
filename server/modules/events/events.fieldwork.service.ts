/**
 * What the field needs around the intake: a resident's report, placed by a point or an address
 * (the grid is derived from the point, not picked from a tree); the counts and lists the grid
 * module shows (reports per cadre, events per patrol); and the sweep that tells the department
 * and the reporter when an event's service-level timer turns yellow or red.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { InvalidError, NotFoundError } from '../../platform/errors.ts';
import type { NotifyService } from '../notify/index.ts';
import type { EventsCore } from './events.core.ts';
import { timerNoticeFor } from './events.notices.ts';
import type { EventsGridPort } from './events.ports.ts';
import * as repo from './events.repository.ts';
import * as fieldworkRepo from './events.fieldwork.repository.ts';
import * as listsRepo from './events.lists.repository.ts';
import { timer, type EventCategory, type EventLevel, type EventState } from './events.rules.ts';
import type { EventView, residentReportBody } from './events.schemas.ts';
import type { Intake } from './intake/intake.ts';

/** Builds the field use cases. */
export function createFieldwork(deps: {
  core: EventsCore;
  intake: Pick<Intake, 'report'>;
  grid: EventsGridPort;
  notify?: Pick<NotifyService, 'send'>;
}) {
  const { core, intake, grid } = deps;
  const { db } = core;

  return {
    /**
     * A resident reports a problem at a place: the point (map pin or the phone's GPS) decides the
     * grid within the resident's area; with only an address it lands at the resident's own node.
     */
    async reportAsResident(
      ctx: RequestContext,
      input: z.output<typeof residentReportBody>,
      key?: string,
    ): Promise<EventView> {
      const actor = requirePermission(ctx, 'events.report');
      const home = actor.grants.find((g) => can(actor, 'events.report', g.path) && g.path);
      if (!home) throw new NotFoundError();
      if (!input.position && !input.address)
        throw new InvalidError([{ field: 'position', key: 'events.place_required' }]);
      const at =
        input.position && grid.gridAt
          ? await grid.gridAt(home.path, input.position.lat, input.position.lng)
          : null;
      return intake.report(
        ctx,
        {
          id: input.id,
          nodeId: at ?? home.nodeId,
          category: input.category,
          level: 1,
          title: input.title,
          description: input.description,
          address: input.address,
          position: input.position ?? null,
          reporterKind: 'resident',
          public: input.public,
        },
        key,
      );
    },

    /** Events reported by each user at a subtree within a period (我当网格员 hazard counts). */
    async reportedCounts(items: { userId: string; path: string; from: string; to: string | null }[]) {
      const out: number[] = [];
      for (const it of items)
        out.push(
          await fieldworkRepo.reportedCount(
            db,
            it.userId,
            nodeInPaths('e.node_id', [it.path]),
            it.from,
            it.to,
          ),
        );
      return out;
    },

    /** Event ids raised on each patrol. */
    async idsByPatrol(patrolIds: string[]) {
      const m = new Map<string, string[]>();
      for (const r of await fieldworkRepo.eventIdsOfPatrols(db, patrolIds))
        m.set(r.patrol_id!, [...(m.get(r.patrol_id!) ?? []), r.id]);
      return m;
    },

    /**
     * Tells the department (or the handling node, before dispatch) and the reporter about every
     * event whose timer has turned yellow or red; each once (notify's dedupe key). Returns how many
     * notices were new. Run every few minutes (server/main.ts).
     */
    async notifyTimers(now = new Date()): Promise<number> {
      if (!deps.notify) return 0;
      // an event turns yellow after 2/3 of its allowance: every event due within its last third
      // is at least yellow; those due in the coming 30 days cover every service level in use
      const rows = await listsRepo.eventsDueBy(
        db,
        repo.ANY_EVENT,
        new Date(now.getTime() + 30 * 86400_000),
        5000,
      );
      const placed = await core.place(rows);
      const sla = await core.slaOf([...new Set(rows.map((r) => r.district_id))]);
      const notices = rows.flatMap((r) => {
        const level = sla(r.district_id, r.category as EventCategory, r.level as EventLevel);
        const t = timer(
          {
            state: r.state as EventState,
            reportedAt: new Date(r.reported_at),
            dispatchedAt: r.dispatched_at ? new Date(r.dispatched_at) : null,
          },
          level,
          now,
        );
        if (!t.phase || !t.deadline) return [];
        const p = placed.get(r.id)!;
        const v = core.view({ actor: null, ip: '', userAgent: '', lang: 'zh-CN' }, r, p, level, now);
        return timerNoticeFor(
          {
            districtId: r.district_id,
            eventId: r.id,
            title: r.title,
            number: v.number ?? r.title,
            reporterUserId: r.reporter_user_id,
            departmentId: r.department_id,
            handlingNodeId: r.handling_node_id,
          },
          { phase: t.phase, colour: t.colour, deadline: t.deadline },
        );
      });
      if (!notices.length) return 0;
      return db.transaction().execute((trx) => deps.notify!.send(trx, notices));
    },
  };
}
