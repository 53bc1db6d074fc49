/**
 * What every events use case shares: the tree nodes an event sits on (from org's kept reads), a
 * district's service levels and settings (kept while their changes are heard), who the actor is to
 * an event (reader, manager, department, verifier, resolver), and an event's view.
 */
import { can, type RequestContext } from '../../platform/access/access.ts';
import { cacheInvalidatedByNotify, noChanges, type Changes } from '../../platform/db/changes.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { maskName } from '../../platform/pii/pii.ts';
import type { OrgTree, OrgTreeNode } from '../org/index.ts';
import * as repo from './events.repository.ts';
import {
  actionsFrom,
  DEFAULT_RECURRENCE,
  defaultServiceLevel,
  eventNumber,
  timer,
  TRANSITIONS,
  type EventCategory,
  type EventLevel,
  type EventState,
  type RecurrenceRule,
  type ServiceLevel,
  type Transition,
} from './events.rules.ts';
import type { EventView } from './events.schemas.ts';

/** The org tree reads events uses (org's public face). */
export type EventsTree = Pick<OrgTree, 'nodeChains' | 'findNode' | 'findNodes' | 'children' | 'departments'>;

/** What an event's view is built from: its row as read, or as the intake wrote it. */
export type ViewRow = Pick<
  repo.EventRow,
  | 'district_id'
  | 'id'
  | 'node_id'
  | 'handling_node_id'
  | 'department_id'
  | 'category'
  | 'level'
  | 'title'
  | 'description'
  | 'address'
  | 'lat'
  | 'lng'
  | 'reporter_kind'
  | 'reporter_user_id'
  | 'reporter_name'
  | 'state'
  | 'duplicate_of'
  | 'recurring'
  | 'report_day'
  | 'received_at'
  | 'dispatched_at'
  | 'handled_at'
  | 'verified_at'
  | 'resolved_at'
  | 'closed_at'
  | 'photo_ids'
  | 'version'
  | 'number'
  | 'public'
> & { reported_at: Date | string };

/** The nodes an event sits on. */
export interface Placed {
  node: OrgTreeNode | undefined;
  handling: OrgTreeNode | undefined;
  department: OrgTreeNode | undefined;
  districtName: string;
}

/** Who the actor is to an event. */
export interface RoleOn {
  reader: boolean;
  manager: boolean;
  department: boolean;
  verifier: boolean;
  resolver: boolean;
  reporter: boolean;
}

/** Reporters whose names are residents' personal data (masked); officers' names are shown. */
const RESIDENT_KINDS = ['resident', 'open311'];

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

/** Builds the shared part of the events use cases. */
export function createEventsCore(deps: { db: Db; tree: EventsTree; changes?: Changes }) {
  const { db, tree } = deps;
  const changes = deps.changes ?? noChanges;
  const slaKept = cacheInvalidatedByNotify<repo.SlaOverrides>(changes, 'gz_events_sla', 1_000);
  const settingsKept = cacheInvalidatedByNotify<RecurrenceRule & { version: number }>(
    changes,
    'gz_events_sla',
    1_000,
  );

  /** The effective service level of (district, category, level) for the districts given. */
  async function slaOf(districtIds: string[]) {
    const own = await slaKept.getMany(districtIds, (ids) => repo.slaOverrides(db, ids));
    return (districtId: string, category: EventCategory, level: EventLevel): ServiceLevel => {
      const r = own.get(districtId)?.get(`${category}:${level}`);
      return r
        ? { receiveHours: r.receive_hours, handleDays: r.handle_days }
        : defaultServiceLevel(category, level);
    };
  }

  /** The districts' settings (their recurrence rule, and the version of their row: 0 for none). */
  async function settingsOf(districtIds: string[]) {
    const own = await settingsKept.getMany(districtIds, async (ids) => {
      const rows = await repo.settingsRows(db, ids);
      const m = new Map(ids.map((id) => [id, { ...DEFAULT_RECURRENCE, version: 0 }]));
      for (const r of rows)
        m.set(r.district_id, {
          count: r.recur_count,
          metres: r.recur_metres,
          days: r.recur_days,
          version: r.version,
        });
      return m;
    });
    return (districtId: string) => own.get(districtId) ?? { ...DEFAULT_RECURRENCE, version: 0 };
  }

  /** Who the actor is to an event at these paths. */
  function roleOn(
    ctx: RequestContext,
    e: { nodePath: string; departmentPath: string | null; reporterUserId: string | null },
    handlingPath: string,
  ): RoleOn {
    const a = ctx.actor;
    const reporter = !!a && e.reporterUserId === a.userId;
    const manager = can(a, 'events.manage', handlingPath) || can(a, 'events.manage', e.nodePath);
    const department = !!e.departmentPath && can(a, 'events.handle', e.departmentPath);
    const verifier = reporter || can(a, 'events.verify', e.nodePath);
    const resolver = can(a, 'events.resolve', e.nodePath);
    const reader = reporter || department || can(a, 'events.read', e.nodePath);
    return { reader, manager, department, verifier, resolver, reporter };
  }

  /** The nodes of the rows given (one kept read). */
  async function place(
    rows: Pick<ViewRow, 'id' | 'node_id' | 'handling_node_id' | 'department_id' | 'district_id'>[],
  ) {
    const ids = new Set<string>();
    for (const r of rows) {
      ids.add(r.node_id);
      ids.add(r.handling_node_id);
      ids.add(r.district_id);
      if (r.department_id) ids.add(r.department_id);
    }
    const nodes = await tree.findNodes([...ids]);
    return new Map(
      rows.map((r): [string, Placed] => [
        r.id,
        {
          node: nodes.get(r.node_id),
          handling: nodes.get(r.handling_node_id),
          department: r.department_id ? nodes.get(r.department_id) : undefined,
          districtName: nodes.get(r.district_id)?.name ?? '',
        },
      ]),
    );
  }

  const roleOf = (ctx: RequestContext, r: Pick<ViewRow, 'reporter_user_id'>, p: Placed) =>
    roleOn(
      ctx,
      {
        nodePath: p.node?.path ?? '',
        departmentPath: p.department?.path ?? null,
        reporterUserId: r.reporter_user_id,
      },
      p.handling?.path ?? '',
    );

  /** The actions of a state the actor may take. */
  function allowedActions(state: EventState, who: RoleOn) {
    return actionsFrom(state).filter((a) => allowed(TRANSITIONS[a], who));
  }

  /** An event as the actor sees it. */
  function view(ctx: RequestContext, r: ViewRow, p: Placed, sla: ServiceLevel, now = new Date()): EventView {
    const who = roleOf(ctx, r, p);
    const state = r.state as EventState;
    const t = timer(
      {
        state,
        reportedAt: new Date(r.reported_at),
        dispatchedAt: r.dispatched_at ? new Date(r.dispatched_at) : null,
      },
      sla,
      now,
    );
    return {
      id: r.id,
      number: eventNumber(p.districtName, r.report_day, r.number),
      nodeId: r.node_id,
      nodeName: p.node?.name ?? '',
      handlingNodeId: r.handling_node_id,
      departmentId: r.department_id,
      departmentName: p.department?.name ?? null,
      category: r.category as EventCategory,
      level: r.level,
      title: r.title,
      description: r.description,
      address: r.address,
      position: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
      reporterKind: r.reporter_kind,
      reporterName: RESIDENT_KINDS.includes(r.reporter_kind) ? maskName(r.reporter_name) : r.reporter_name,
      public: r.public,
      state,
      duplicateOf: r.duplicate_of,
      recurring: r.recurring,
      reportedAt: iso(r.reported_at)!,
      receivedAt: iso(r.received_at),
      dispatchedAt: iso(r.dispatched_at),
      handledAt: iso(r.handled_at),
      verifiedAt: iso(r.verified_at),
      resolvedAt: iso(r.resolved_at),
      closedAt: iso(r.closed_at),
      timer: { phase: t.phase, deadline: iso(t.deadline), colour: t.colour },
      photoIds: r.photo_ids ?? [],
      version: r.version,
      actions: allowedActions(state, who),
    };
  }

  /** Views of rows read from the database. */
  async function views(ctx: RequestContext, rows: repo.EventRow[]): Promise<EventView[]> {
    const placed = await place(rows);
    const sla = await slaOf([...new Set(rows.map((r) => r.district_id))]);
    const now = new Date();
    return rows.map((r) =>
      view(
        ctx,
        r,
        placed.get(r.id)!,
        sla(r.district_id, r.category as EventCategory, r.level as EventLevel),
        now,
      ),
    );
  }

  /** One event's view, read afresh. */
  async function viewOne(ctx: RequestContext, exec: Executor, id: string): Promise<EventView> {
    const r = await repo.findEvent(exec, id);
    if (!r) throw new NotFoundError();
    return (await views(ctx, [r]))[0];
  }

  /** An event the actor may see (as reader or manager), optionally locked; else 404. */
  async function visibleEvent(ctx: RequestContext, exec: Executor, id: string, lock = false) {
    if (lock && !(await repo.lockEvent(exec, id))) throw new NotFoundError();
    const r = await repo.findEvent(exec, id);
    if (!r) throw new NotFoundError();
    const p = (await place([r])).get(r.id)!;
    const who = roleOf(ctx, r, p);
    if (!who.reader && !who.manager) throw new NotFoundError();
    const sla = (await slaOf([r.district_id]))(
      r.district_id,
      r.category as EventCategory,
      r.level as EventLevel,
    );
    return { r, p, who, sla };
  }

  return {
    db,
    tree,
    slaOf,
    settingsOf,
    roleOn,
    roleOf,
    place,
    view,
    views,
    viewOne,
    visibleEvent,
    allowedActions,
    /** After this process changed a district's service levels or settings: forget them at once. */
    forgetDistrict(districtId: string) {
      slaKept.forget(districtId);
      settingsKept.forget(districtId);
    },
  };
}

/** The shared part of the events use cases. */
export type EventsCore = ReturnType<typeof createEventsCore>;

/** Whether the actor, as who they are to an event, may take a transition. */
export function allowed(tr: Transition, who: RoleOn): boolean {
  switch (tr.by) {
    case 'manager':
      return who.manager;
    case 'department':
      return who.department;
    case 'resolver':
      return who.resolver;
    default:
      return who.verifier;
  }
}
