/**
 * Reading events: the list in the actor's scope (filters, text search, by number), the same list
 * as an Excel register (事件台账), one event with its history, and a reporter's own reports with
 * their progress (我的上报).
 */
import type { z } from 'zod';
import { can, roleCan, type Actor, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths, nodeInScope } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import { DomainError, ForbiddenError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { maskName } from '../../platform/pii/pii.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiMinute } from '../../platform/time.ts';
import type { OrgTreeNode } from '../org/index.ts';
import type { EventsCore } from './events.core.ts';
import * as repo from './events.repository.ts';
import * as listsRepo from './events.lists.repository.ts';
import {
  CATEGORY_NAMES,
  eventNumber,
  EXPORT_MAX_ROWS,
  maskNumbersIn,
  parseEventNumber,
  timer,
  type EventCategory,
  type EventLevel,
  type EventState,
} from './events.rules.ts';
import type { eventDetail, eventPage, exportEventsQuery, listEventsQuery } from './events.schemas.ts';

const NONE = '00000000-0000-0000-0000-000000000000';
const iso = (d: Date | string) => new Date(d).toISOString();

/** Reporters whose names are residents' personal data (masked as the list masks them). */
const RESIDENT_KINDS = ['resident', 'open311'];
/** The actions through which an account reaches events in a district. */
const EVENT_READS = ['events.read', 'events.manage', 'events.handle'];

/** Whether the actor reaches events in the node's district at all (the department filter's scope). */
const inDistrict = (a: Actor, n: OrgTreeNode) =>
  a.grants.some((g) => g.districtId === n.districtId && EVENT_READS.some((x) => roleCan(g.role, x)));

/** Builds the list, export and detail use cases. */
export function createLists(deps: { core: EventsCore; auditor: Auditor; exportMaxRows?: number }) {
  const { core, auditor } = deps;
  const { db } = core;
  const exportMax = deps.exportMaxRows ?? EXPORT_MAX_ROWS;

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
    q: z.output<typeof exportEventsQuery>,
  ): Promise<repo.EventWhere> {
    const parts: repo.EventWhere[] = [visibleWhere(ctx)];
    const actor = ctx.actor;
    // a filter naming a node or department outside the actor's reach answers 404, as a read would
    // (the list and its export alike); a reporter's own events need no node filter (mine=1)
    if (q.nodeId) {
      const n = await core.tree.findNode(q.nodeId);
      const ok =
        !!n &&
        !!actor &&
        (EVENT_READS.some((x) => can(actor, x, n.path)) ||
          (n.level === 'department' && inDistrict(actor, n)));
      if (!ok) throw new NotFoundError();
      parts.push(() => nodeInPaths('e.node_id', [n.path]));
    }
    if (q.departmentId) {
      const n = await core.tree.findNode(q.departmentId);
      if (!n || !actor || n.level !== 'department' || !inDistrict(actor, n)) throw new NotFoundError();
      parts.push((eb) => eb('e.department_id', '=', q.departmentId!));
    }
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

    /**
     * The list's events for the same filters as an .xlsx register (事件台账), for officers and
     * departments who report upward: every matching event (up to the cap, else 422), node path and
     * state by name, Beijing time, residents' names and numbers typed into titles and addresses masked.
     */
    async exportList(ctx: RequestContext, q: z.output<typeof exportEventsQuery>): Promise<Buffer> {
      const actor = ctx.actor;
      if (!actor || !(can(actor, 'events.read') || can(actor, 'events.handle'))) throw new ForbiddenError();
      const where = await filterOf(ctx, q);
      const total = await listsRepo.countEvents(db, where);
      if (total > exportMax)
        throw new DomainError(422, 'events.export_too_many', { count: total, max: exportMax });
      const rows = await listsRepo.exportedEvents(db, where, exportMax);
      const ids = new Set<string>();
      for (const r of rows) {
        ids.add(r.node_id);
        ids.add(r.district_id);
        if (r.department_id) ids.add(r.department_id);
      }
      const chains = await core.tree.nodeChains([...ids]);
      const sla = await core.slaOf([...new Set(rows.map((r) => r.district_id))]);
      const lang = ctx.lang;
      const en = lang === 'en-US';
      const now = new Date();
      const at = (d: Date | string | null) => (d ? shanghaiMinute(new Date(d)) : '');
      const pathOf = (nodeId: string, districtId: string) => {
        const chain = chains.get(nodeId)?.chain ?? [];
        const from = chain.findIndex((c) => c.id === districtId);
        return chain
          .slice(Math.max(0, from))
          .map((c) => c.name)
          .join(' / ');
      };
      const out = rows.map((r) => {
        const state = r.state as EventState;
        const tm = timer(
          {
            state,
            reportedAt: new Date(r.reported_at),
            dispatchedAt: r.dispatched_at ? new Date(r.dispatched_at) : null,
          },
          sla(r.district_id, r.category as EventCategory, r.level as EventLevel),
          now,
        );
        const names = CATEGORY_NAMES[r.category as EventCategory];
        return {
          number: eventNumber(chains.get(r.district_id)?.node.name ?? '', r.report_day, r.number) ?? '',
          title: maskNumbersIn(r.title),
          category: names ? (en ? names.en : names.zh) : r.category,
          level: r.level,
          node: pathOf(r.node_id, r.district_id),
          address: maskNumbersIn(r.address),
          reporterKind: t(lang, `events.reporter.${r.reporter_kind}`),
          reporter: RESIDENT_KINDS.includes(r.reporter_kind) ? maskName(r.reporter_name) : r.reporter_name,
          reportedAt: at(r.reported_at),
          state: t(lang, `events.state.${state}`),
          department: r.department_id ? (chains.get(r.department_id)?.node.name ?? '') : '',
          deadline: at(tm.deadline),
          timer: t(lang, `events.timer.${tm.colour}`),
          resolvedAt: at(r.resolved_at ?? r.closed_at),
          evaluation:
            r.fixed === null || r.residents_agree === null
              ? ''
              : t(
                  lang,
                  `events.evaluation.${r.fixed ? 'fixed' : 'not_fixed'}_${r.residents_agree ? 'agreed' : 'not_agreed'}`,
                ),
        };
      });
      const nodeId = q.nodeId ?? q.departmentId ?? null;
      await auditor.record(ctx, {
        action: 'events.export',
        objectType: 'event',
        objectId: nodeId,
        districtId:
          (nodeId && (await core.tree.findNode(nodeId))?.districtId) || actor.grants[0]?.districtId || null,
        detail: {
          rows: out.length,
          filters: {
            nodeId: q.nodeId ?? null,
            departmentId: q.departmentId ?? null,
            state: q.state ?? null,
            category: q.category ?? null,
            from: q.from ?? null,
            to: q.to ?? null,
            mine: q.mine === '1',
            q: Boolean(q.q),
          },
        },
      });
      const col = (key: string, width: number, type?: 'number') => ({
        key,
        header: t(lang, `events.col.${key.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())}`),
        width,
        ...(type ? { type } : {}),
      });
      // text typed by users (titles, addresses) that looks like a formula is written inert
      return writeWorkbook([
        {
          name: t(lang, 'events.sheet.events'),
          columns: [
            col('number', 20),
            col('title', 30),
            col('category', 12),
            col('level', 8, 'number'),
            col('node', 36),
            col('address', 24),
            col('reporterKind', 12),
            col('reporter', 10),
            col('reportedAt', 17),
            col('state', 10),
            col('department', 16),
            col('deadline', 17),
            col('timer', 8),
            col('resolvedAt', 17),
            col('evaluation', 18),
          ],
          rows: out,
          notes: [
            t(lang, 'events.export_note', { at: shanghaiMinute(now), count: out.length, max: exportMax }),
            t(lang, 'events.export_note_masked'),
          ],
        },
      ]);
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
