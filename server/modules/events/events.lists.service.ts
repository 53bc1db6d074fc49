/**
 * Reading events: the list in the actor's scope (filters, text search, by number), one event with
 * its history, and a reporter's own reports with their progress (我的上报).
 */
import type { z } from 'zod';
import type { RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths, nodeInScope } from '../../platform/access/scope.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { maskName } from '../../platform/pii/pii.ts';
import type { EventsCore } from './events.core.ts';
import * as repo from './events.repository.ts';
import * as listsRepo from './events.lists.repository.ts';
import { parseEventNumber } from './events.rules.ts';
import type { eventDetail, eventPage, listEventsQuery } from './events.schemas.ts';

const NONE = '00000000-0000-0000-0000-000000000000';
const iso = (d: Date | string) => new Date(d).toISOString();

/** Builds the list and detail use cases. */
export function createLists(deps: { core: EventsCore }) {
  const { core } = deps;
  const { db } = core;

  /** Events the actor may see: located in read scope, handled by them, dispatched to their department, or their own report. */
  function visibleWhere(ctx: RequestContext): repo.EventWhere {
    const a = ctx.actor;
    return (eb) =>
      eb.or([
        nodeInScope('e.node_id', a, 'events.read'),
        nodeInScope('e.handling_node_id', a, 'events.manage'),
        eb.and([eb('e.department_id', 'is not', null), nodeInScope('e.department_id', a, 'events.handle')]),
        eb('e.reporter_user_id', '=', a?.userId ?? NONE),
      ]);
  }

  /** The list's filters as one condition. */
  async function filterOf(
    ctx: RequestContext,
    q: z.output<typeof listEventsQuery>,
  ): Promise<repo.EventWhere> {
    const parts: repo.EventWhere[] = [visibleWhere(ctx)];
    if (q.nodeId) {
      const n = await core.tree.findNode(q.nodeId);
      if (!n) throw new NotFoundError();
      parts.push(() => nodeInPaths('e.node_id', [n.path]));
    }
    if (q.departmentId) parts.push((eb) => eb('e.department_id', '=', q.departmentId!));
    if (q.state) parts.push((eb) => eb('e.state', '=', q.state!));
    if (q.category) parts.push((eb) => eb('e.category', '=', q.category!));
    if (q.from) parts.push((eb) => eb('e.report_day', '>=', q.from!));
    if (q.to) parts.push((eb) => eb('e.report_day', '<=', q.to!));
    if (q.mine === '1') parts.push((eb) => eb('e.reporter_user_id', '=', ctx.actor!.userId));
    if (q.q) {
      const n = parseEventNumber(q.q);
      if (n) parts.push((eb) => eb.and([eb('e.report_day', '=', n.reportDay), eb('e.number', '=', n.seq)]));
      else parts.push(listsRepo.textMatches(q.q));
    }
    return (eb) => eb.and(parts.map((p) => p(eb)));
  }

  return {
    visibleWhere,

    /** Events in the actor's scope, filtered, newest first. */
    async list(ctx: RequestContext, q: z.output<typeof listEventsQuery>): Promise<z.infer<typeof eventPage>> {
      if (!ctx.actor) throw new NotFoundError();
      const where = await filterOf(ctx, q);
      const total = await listsRepo.countEvents(db, where);
      const rows = await listsRepo.listEvents(db, where, { limit: q.limit, offset: q.offset });
      return { total, items: await core.views(ctx, rows) };
    },

    /** The state of each event given that the actor may see, in one read (unknown or unseen ids left out). */
    async statesOf(ctx: RequestContext, ids: string[]): Promise<Map<string, string>> {
      if (!ctx.actor || !ids.length) return new Map();
      const rows = await listsRepo.eventStates(db, visibleWhere(ctx), [...new Set(ids)]);
      return new Map(rows.map((r) => [r.id, r.state]));
    },

    /** One event with its history; officers' names in their official acts are shown, residents' masked. */
    async get(ctx: RequestContext, id: string): Promise<z.infer<typeof eventDetail>> {
      const { r, p, sla } = await core.visibleEvent(ctx, db, id);
      const steps = await repo.stepsOf(db, r.district_id, id);
      const depts = await core.tree.findNodes(
        steps.flatMap((s) => (s.department_id ? [s.department_id] : [])),
      );
      const resident = ['resident', 'open311'].includes(r.reporter_kind);
      const evaluation = await repo.evaluationOf(db, r.district_id, id);
      return {
        ...core.view(ctx, r, p, sla),
        history: steps.map((s) => ({
          at: iso(s.at),
          action: s.action,
          from: s.from_state,
          to: s.to_state,
          actorName:
            resident && (s.actor_user_id === null || s.actor_user_id === r.reporter_user_id)
              ? maskName(s.actor_name)
              : s.actor_name,
          note: s.note,
          public: s.public,
          departmentName: s.department_id ? (depts.get(s.department_id)?.name ?? null) : null,
        })),
        evaluation: evaluation
          ? {
              fixed: evaluation.fixed,
              residentsAgree: evaluation.residents_agree,
              note: evaluation.note,
              byName: evaluation.by_name,
              at: iso(evaluation.at),
            }
          : null,
      };
    },
  };
}
