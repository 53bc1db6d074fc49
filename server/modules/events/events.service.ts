/**
 * Grid events 事件: report, move through the lifecycle (state machine in events.rules.ts), route
 * to departments, service-level timers, photos, and the receipt/disposal rates read from rollups
 * kept exact in the same transaction as every event change.
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths, nodeInScope } from '../../platform/access/scope.ts';
import {
  laneHead,
  laneLease,
  type AuditEntry,
  type Chained,
  type LaneAuditor,
  type LaneHead,
} from '../../platform/audit/audit.ts';
import { grouped, type Outcome } from '../../platform/batch.ts';
import { cacheInvalidatedByNotify, noChanges, type Changes } from '../../platform/db/changes.ts';
import {
  SERIALIZATION_FAILURES,
  retryOnSerializationFailure,
  type Db,
  type Executor,
} from '../../platform/db/db.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { idempotencyClaim, withIdempotency, type IdempotencyClaim } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { maskName } from '../../platform/pii/pii.ts';
import * as repo from './events.repository.ts';
import type { EventRow } from './events.repository.ts';
import {
  actionsFrom,
  bucketOf,
  CATEGORY_NAMES,
  defaultServiceLevel,
  EVENT_CATEGORIES,
  EVENT_LEVELS,
  milestonesAfter,
  rates,
  rateVector,
  shardOf,
  timer,
  transitionProblem,
  TRANSITIONS,
  ZERO_VECTOR,
  type EventAction,
  type EventCategory,
  type EventLevel,
  type EventState,
  type Granularity,
  type RateVector,
  type ServiceLevel,
  type Transition,
} from './events.rules.ts';
import type {
  categoryView,
  CreateEventInput,
  dashboardView,
  eventDetail,
  eventPage,
  EventView,
  listEventsQuery,
  rangeQuery,
  rankingView,
  ratesView,
  routingRuleView,
  slaBody,
  TransitionInput,
} from './events.schemas.ts';

/** A stale or conflicting update: carries the server's current copy for the client to show. */
export class StaleEventError extends ConflictError {
  constructor(
    key: string,
    readonly current: EventView,
    params: Record<string, unknown> = {},
  ) {
    super(key, params);
  }
}

type RangeInput = z.output<typeof rangeQuery>;

/** The events use cases. */
export interface EventsService {
  /** The category code list with effective default service levels. */
  categories(ctx: RequestContext): Promise<z.infer<typeof categoryView>[]>;
  /** Reports an event (client id; idempotent with a key). */
  report(ctx: RequestContext, input: CreateEventInput, key?: string): Promise<EventView>;
  /** Events in the actor's scope. */
  list(ctx: RequestContext, q: z.output<typeof listEventsQuery>): Promise<z.infer<typeof eventPage>>;
  /** One event with history. */
  get(ctx: RequestContext, id: string): Promise<z.infer<typeof eventDetail>>;
  /** Moves an event through its lifecycle. */
  transition(ctx: RequestContext, id: string, input: TransitionInput, key?: string): Promise<EventView>;
  /** Adds a photo. */
  addPhoto(
    ctx: RequestContext,
    id: string,
    file: { mime: string; data: Buffer },
    key?: string,
  ): Promise<{ id: string }>;
  /** A photo's bytes. */
  photo(ctx: RequestContext, id: string, photoId: string): Promise<{ mime: string; data: Buffer }>;
  /** Routing rules in scope. */
  routingRules(ctx: RequestContext, nodeId?: string): Promise<z.infer<typeof routingRuleView>[]>;
  /** Sets a routing rule. */
  setRoutingRule(
    ctx: RequestContext,
    input: { category: string; nodeId: string; departmentId: string },
  ): Promise<{ id: string }>;
  /** Deletes a routing rule. */
  deleteRoutingRule(ctx: RequestContext, id: string): Promise<{ ok: boolean }>;
  /** Effective service levels of a district. */
  serviceLevels(
    ctx: RequestContext,
    districtId: string,
  ): Promise<
    { category: string; level: number; receiveHours: number; handleDays: number; custom: boolean }[]
  >;
  /** Overrides a service level. */
  setServiceLevel(ctx: RequestContext, input: z.infer<typeof slaBody>): Promise<{ ok: boolean }>;
  /** Rates of a node or department with trend. */
  rates(ctx: RequestContext, q: RangeInput): Promise<z.infer<typeof ratesView>>;
  /** Children (or departments) ranked by rates. */
  ranking(ctx: RequestContext, q: RangeInput): Promise<z.infer<typeof rankingView>>;
  /** A node's dashboard. */
  dashboard(ctx: RequestContext, q: RangeInput): Promise<z.infer<typeof dashboardView>>;
}

/** A report waiting for its group: by the actor, or (Open311) by a named outsider at a node. */
type ReportItem = {
  ctx: RequestContext;
  input: CreateEventInput;
  key?: string;
  external?: { nodeId: string; name: string };
};
/**
 * What a group's write fails with when something it relied on moved before it wrote: the audit
 * lane's head (serialization_failure, from its guard), a key or an event id taken by another
 * writer (unique_violation), or a deadlock with one. The group is then read and written again.
 */
const REPORT_MOVED = [...SERIALIZATION_FAILURES, '23505'];
const moved = (e: unknown) => REPORT_MOVED.includes((e as { code?: string } | null)?.code ?? '');

/** How many times a group of reports is tried with an unlocked audit lane head before it locks one. */
const OPTIMISTIC_ATTEMPTS = 3;

/** How long audit seqs drawn ahead for a kept lane may be used (see laneLease). */
const KEPT_SEQS_MS = 1000;

/**
 * How a group of reports learns what the database knows before it writes: 'kept' reads nothing
 * (the audit lane's head is the one it wrote last; keys and ids are taken to be new, and the write
 * fails if one is not); 'read' reads the keys' claims, the ids and a lane's head first, without a
 * lock; 'locked' does that inside a transaction, locking the lane's head until COMMIT.
 */
type IntakeMode = 'kept' | 'read' | 'locked';

/**
 * A report's answer: the event id, and when this report wrote it, what its view is built from (the
 * view is built by the report's own caller, after its group has handed over to the next one).
 */
type ReportDone = { id: string; written?: { ready: Ready; recurring: boolean } };

/**
 * A report checked and made ready before its group runs (see prepare): either refused, with the
 * error to answer unless its Idempotency-Key turns out to have been used before, or with the row
 * to write, its audit entry and what its view needs.
 */
interface Ready {
  ctx: RequestContext;
  input: CreateEventInput;
  claim: IdempotencyClaim<unknown> | null;
  /** Why it is refused; `beforeExisting`: refused even if the event id is taken (not in scope). */
  refusal?: { error: unknown; beforeExisting: boolean };
  write?: {
    row: repo.ReportedRow;
    /** The row as JSON, made once. */
    json: string;
    node: repo.TreeNode;
    handlingPath: string;
    sla: ServiceLevel;
    audit: AuditEntry;
  };
}

/** What the events service draws on. */
export interface EventsDeps {
  db: Db;
  /**
   * Where grouped reports are read and written (their statements, generic plans): the platform's
   * group pool (createGroupDb); db when there is none.
   */
  groupDb?: Db;
  auditor: LaneAuditor;
  /**
   * Changes heard through LISTEN/NOTIFY: while they are, the intake keeps nodes with their
   * ancestors and districts' service levels in memory. Without it every group reads them.
   */
  changes?: Changes;
  /** Paths of the grids a user serves today by assignment (a cadre 我当网格员 reports there). */
  assignedPaths?: (userId: string) => Promise<string[]>;
  /** Patrols by id (the grid module's 文明巡查), for reports raised on a patrol. */
  patrols?: (ids: string[]) => Promise<Map<string, { districtId: string; userId: string }>>;
}

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const PHOTO_MAX = 5 * 1024 * 1024;
const MANAGER_LEVELS = ['community', 'street', 'district'];
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** What an event's view is built from: its row as read (EventRow), or as the intake wrote it. */
type ViewRow = Omit<
  EventRow,
  'created_at' | 'updated_at' | 'deadline_at' | 'ever_dispatched' | 'reported_at' | 'report_day'
> & { reported_at: Date | string };

/** Builds the events service. */
export function createEventsService(deps: EventsDeps) {
  const { db, auditor } = deps;
  const groupDb = deps.groupDb ?? db;
  const changes = deps.changes ?? noChanges;
  // what every report needs and seldom changes, kept while every change to it is heard
  const nodeChains = cacheInvalidatedByNotify<repo.NodeChain>(changes, 'gz_org', 20_000);
  const slaOverrides = cacheInvalidatedByNotify<repo.SlaOverrides>(changes, 'gz_events_sla', 1_000);
  // the audit lane the grouped intake wrote last (one group at a time writes: see reportGrouped)
  const keeper = laneLease(KEPT_SEQS_MS);

  /**
   * The effective service level of (district, category, level) for the districts given: the
   * district's own where it set one, else the default. Kept while their changes are heard.
   */
  async function slaOf(districtIds: string[]) {
    const own = await slaOverrides.getMany(districtIds, (ids) => repo.slaOverrides(db, ids));
    return (districtId: string, category: EventCategory, level: EventLevel): ServiceLevel => {
      const r = own.get(districtId)?.get(`${category}:${level}`);
      return r
        ? { receiveHours: r.receive_hours, handleDays: r.handle_days }
        : defaultServiceLevel(category, level);
    };
  }

  /** The actor's relation to an event: may they see it, and as whom may they act. */
  function roleOn(
    ctx: RequestContext,
    e: {
      node_path: string;
      department_path: string | null;
      reporter_user_id: string | null;
    },
    handlingPath: string,
  ) {
    const a = ctx.actor;
    const reporter = !!a && e.reporter_user_id === a.userId;
    const manager = can(a, 'events.manage', handlingPath) || can(a, 'events.manage', e.node_path);
    const department = !!e.department_path && can(a, 'events.handle', e.department_path);
    const verifier = reporter || can(a, 'events.verify', e.node_path);
    const reader = reporter || department || can(a, 'events.read', e.node_path);
    return { reader, manager, department, verifier };
  }

  async function handlingPath(exec: Executor, id: string) {
    return (await repo.findNode(exec, id))?.path ?? '';
  }

  function view(ctx: RequestContext, r: ViewRow, hp: string, sla: ServiceLevel, now = new Date()): EventView {
    const who = roleOn(ctx, r, hp);
    const state = r.state as EventState;
    const actions = actionsFrom(state).filter((a) => {
      const by = (TRANSITIONS[a] as Transition).by;
      return by === 'manager' ? who.manager : by === 'department' ? who.department : who.verifier;
    });
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
      nodeId: r.node_id,
      nodeName: r.node_name,
      handlingNodeId: r.handling_node_id,
      departmentId: r.department_id,
      departmentName: r.department_name,
      category: r.category as EventCategory,
      level: r.level,
      title: r.title,
      description: r.description,
      address: r.address,
      position: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
      reporterKind: r.reporter_kind,
      reporterName: maskName(r.reporter_name),
      state,
      duplicateOf: r.duplicate_of,
      recurring: r.recurring,
      reportedAt: iso(r.reported_at)!,
      receivedAt: iso(r.received_at),
      dispatchedAt: iso(r.dispatched_at),
      handledAt: iso(r.handled_at),
      verifiedAt: iso(r.verified_at),
      closedAt: iso(r.closed_at),
      timer: { phase: t.phase, deadline: iso(t.deadline), colour: t.colour },
      photoIds: r.photo_ids ?? [],
      version: r.version,
      actions,
    };
  }

  async function viewOne(ctx: RequestContext, exec: Executor, id: string): Promise<EventView> {
    const r = await repo.eventQuery(exec).where('e.id', '=', id).executeTakeFirstOrThrow();
    return view(
      ctx,
      r,
      await handlingPath(exec, r.handling_node_id),
      (await slaOf([r.district_id]))(r.district_id, r.category as EventCategory, r.level as EventLevel),
    );
  }

  /** The running deadline after a change (none once handled or finished). */
  function deadlineOf(state: EventState, reportedAt: Date, dispatchedAt: Date | null, sla: ServiceLevel) {
    return timer({ state, reportedAt, dispatchedAt }, sla, new Date()).deadline;
  }

  async function visibleEvent(ctx: RequestContext, exec: Executor, id: string, lock = false) {
    if (lock) {
      const locked = await exec
        .selectFrom('events_events')
        .select('id')
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      if (!locked) throw new NotFoundError();
    }
    const r = await repo.eventQuery(exec).where('e.id', '=', id).executeTakeFirst();
    if (!r) throw new NotFoundError();
    const hp = await handlingPath(exec, r.handling_node_id);
    const who = roleOn(ctx, r, hp);
    if (!who.reader && !who.manager) throw new NotFoundError();
    return { r, hp, who };
  }

  function vectorOf(r: {
    state: string;
    received_at: unknown;
    ever_dispatched: boolean;
    handled_at: unknown;
    verified_at: unknown;
  }): RateVector {
    return rateVector({
      state: r.state as EventState,
      receivedAt: r.received_at ? new Date(r.received_at as string) : null,
      everDispatched: r.ever_dispatched,
      handledAt: r.handled_at ? new Date(r.handled_at as string) : null,
      verifiedAt: r.verified_at ? new Date(r.verified_at as string) : null,
    });
  }

  /** The counter deltas moving an event from its old (vector, department) to its new one. */
  function rollupDeltas(
    e: { district_id: string; id: string; node_path: string; report_day: string; category: string },
    before: { v: RateVector; dept: string | null } | null,
    after: { v: RateVector; dept: string | null },
  ): repo.RollupDelta[] {
    const nodes = repo.rollupNodesOf(e.node_path, e.district_id);
    const shard = shardOf(e.id);
    const delta = new Map<string, RateVector>();
    const add = (node: string, v: RateVector, sign: number) => {
      const d = delta.get(node) ?? { ...ZERO_VECTOR };
      for (const k of Object.keys(ZERO_VECTOR) as (keyof RateVector)[]) d[k] += sign * v[k];
      delta.set(node, d);
    };
    if (before) for (const n of [...nodes, ...(before.dept ? [before.dept] : [])]) add(n, before.v, -1);
    for (const n of [...nodes, ...(after.dept ? [after.dept] : [])]) add(n, after.v, 1);
    return [...delta].map(([nodeId, v]) => ({
      districtId: e.district_id,
      nodeId,
      day: e.report_day,
      category: e.category,
      shard,
      v,
    }));
  }

  /** Moves the event's counters from its old (vector, department) to its new one. */
  async function moveRollup(
    trx: Executor,
    e: { district_id: string; id: string; node_path: string; report_day: string; category: string },
    before: { v: RateVector; dept: string | null } | null,
    after: { v: RateVector; dept: string | null },
  ) {
    await repo.addToRollup(trx, rollupDeltas(e, before, after));
  }

  /** When a report is taken: the client's time, or now. */
  const reportedAtOf = (input: CreateEventInput) =>
    input.reportedAt ? new Date(input.reportedAt) : new Date();

  /**
   * Checks reports and makes their rows, before their group runs: nodes with their ancestors and
   * districts' service levels come from memory (kept while their changes are heard), so this
   * usually reads nothing. What only the database knows (a key used before, an id taken, the
   * audit lane's head) is left to the group (writeReady).
   */
  async function prepare(items: ReportItem[]): Promise<Ready[]> {
    const chains = await nodeChains.getMany(
      items.map((it) => it.external?.nodeId ?? it.input.nodeId),
      (ids) => repo.nodeChains(db, ids),
    );
    const sla = await slaOf([...new Set([...chains.values()].map((c) => c.node.district_id))]);
    // reports raised on a patrol: the patrol must exist in the event's district and be the reporter's
    const patrolIds = [...new Set(items.flatMap((it) => (it.input.patrolId ? [it.input.patrolId] : [])))];
    const patrols = patrolIds.length && deps.patrols ? await deps.patrols(patrolIds) : new Map();
    const ready: Ready[] = [];
    for (const it of items) {
      const input = it.input;
      const userId = it.ctx.actor?.userId;
      // the answer a retry gets is the client's id whatever happens below (or the write rolls back)
      const claim =
        it.key && userId
          ? idempotencyClaim({
              userId,
              key: `events.report:${it.key}`,
              payload: input,
              answer: { id: input.id },
            })
          : null;
      const r: Ready = { ctx: it.ctx, input, claim };
      ready.push(r);
      let beforeExisting = true;
      try {
        const actor = it.external ? null : requirePermission(it.ctx, 'events.report');
        const c = chains.get(it.external?.nodeId ?? input.nodeId);
        const node = c?.node;
        if (!c || !node || (!it.external && node.level === 'department')) throw new NotFoundError();
        if (actor && !can(actor, 'events.report', node.path)) {
          const assigned = deps.assignedPaths ? await deps.assignedPaths(actor.userId) : [];
          if (!assigned.some((x) => node.path.startsWith(x))) throw new NotFoundError();
        }
        beforeExisting = false;
        if (input.patrolId) {
          const patrol = patrols.get(input.patrolId);
          if (!patrol || patrol.districtId !== node.district_id || patrol.userId !== actor?.userId)
            throw new InvalidError([{ field: 'patrolId', key: 'events.bad_patrol' }]);
        }
        const handling = [...c.chain]
          .sort((x, y) => y.path.length - x.path.length)
          .find((x) => MANAGER_LEVELS.includes(x.level));
        if (!handling) throw new InvalidError([{ field: 'nodeId', key: 'events.bad_node' }]);
        const reportedAt = reportedAtOf(input);
        const pos = input.position ?? null;
        const serviceLevel = sla(node.district_id, input.category, input.level as EventLevel);
        const reporter = actor
          ? { userId: actor.userId, name: actor.displayName }
          : { userId: null, name: it.external!.name };
        const row: repo.ReportedRow = {
          district_id: node.district_id,
          id: input.id,
          node_id: node.id,
          handling_node_id: handling.id,
          category: input.category,
          level: input.level,
          title: input.title,
          description: input.description,
          address: input.address ?? '',
          lat: pos?.lat ?? null,
          lng: pos?.lng ?? null,
          reporter_kind: input.reporterKind,
          reporter_user_id: reporter.userId,
          reporter_name: reporter.name,
          patrol_id: input.patrolId ?? null,
          reported_at: reportedAt.toISOString(),
          report_day: shanghaiDay(reportedAt),
          deadline_at: iso(deadlineOf('reported', reportedAt, null, serviceLevel)),
          step_id: uuidv7(),
          // a new event counts as reported (nothing else) at its node and every ancestor
          rollup_nodes: repo.rollupNodesOf(node.path, node.district_id),
          claim_key: claim ? claim.row.key : null,
          claim_hash: claim ? claim.row.hash : null,
        };
        r.write = {
          row,
          json: JSON.stringify(row),
          node,
          handlingPath: handling.path,
          sla: serviceLevel,
          audit: {
            action: 'events.report',
            objectType: 'event',
            objectId: input.id,
            districtId: node.district_id,
            actorName: actor ? undefined : reporter.name,
            detail: {
              nodeId: node.id,
              category: input.category,
              level: input.level,
              kind: input.reporterKind,
            },
          },
        };
      } catch (error) {
        r.refusal = { error, beforeExisting };
      }
    }
    return ready;
  }

  /**
   * Writes a group of ready reports in one statement (repo.writeReported), after reading first
   * only when `mode` asks for it (see IntakeMode; 'kept' needs every report ready to write). No
   * transaction is needed around it ('locked' runs inside one); inside a caller's transaction it
   * simply joins it. Each report gets its own outcome: one report's refusal (404, 409, 422) leaves
   * the others written and claims nothing. `keep`: the lane head is the keeper's to keep after the
   * commit (`wrote`), so seqs are drawn ahead for it.
   */
  async function writeReady(
    exec: Executor,
    ready: Ready[],
    mode: IntakeMode,
    keep: boolean,
  ): Promise<{ out: Outcome<ReportDone>[]; wrote?: { head: LaneHead; chained: Chained } }> {
    let head = mode === 'kept' ? keeper.take(ready.length) : null;
    let states: repo.IntakeState[] = [];
    if (!head) {
      if (mode === 'kept') throw new Error('no kept audit lane');
      const count = ready.length + (keep ? keeper.spare() : 0);
      const r = await repo.intakeState(exec, {
        reports: ready.map((p) => ({
          eventId: p.input.id,
          claim: p.claim ? { userId: p.claim.row.userId, key: p.claim.row.key } : null,
        })),
        head: mode === 'locked' ? auditor.laneLock(count) : auditor.laneRead(count),
      });
      states = r.states;
      head = laneHead(r.auditHead);
    }
    const out: Outcome<ReportDone>[] = [];
    const writes: { at: number; ready: Ready }[] = [];
    for (const [i, r] of ready.entries()) {
      const state = states[i];
      try {
        if (r.claim && state?.prior) {
          out.push({ ok: true, value: r.claim.answerOf(state.prior) as ReportDone });
          continue;
        }
        if (r.refusal?.beforeExisting) throw r.refusal.error;
        if (state?.existing) {
          const actor = r.ctx.actor;
          if (!actor || state.existing.reporter_user_id !== actor.userId)
            throw new ConflictError('events.id_taken');
          out.push({ ok: true, value: { id: r.input.id } });
          continue;
        }
        if (r.refusal) throw r.refusal.error;
        writes.push({ at: i, ready: r });
        out.push({ ok: true, value: { id: r.input.id } });
      } catch (error) {
        out.push({ ok: false, error });
      }
    }
    if (!writes.length) return { out };
    const chained = auditor.chain(
      head,
      writes.map((w) => ({ ctx: w.ready.ctx, entry: w.ready.write!.audit })),
    );
    // the counters go to the shard of the audit lane: one writer at a time per lane, so the
    // intakes of several processes (each on its own lane) seldom wait on each other's rows
    const recurring = await repo.writeReported(exec, {
      reports: writes.map((w) => w.ready.write!),
      audit: chained,
      shard: head.lane,
    });
    writes.forEach((w, k) => {
      out[w.at] = {
        ok: true,
        value: { id: w.ready.input.id, written: { ready: w.ready, recurring: recurring[k] } },
      };
    });
    return { out, wrote: keep ? { head, chained } : undefined };
  }

  /** A new event's view, from what was written (nothing is read back). */
  function writtenView(done: { ready: Ready; recurring: boolean }): EventView {
    const { ready, recurring } = done;
    const w = ready.write!;
    const r = w.row;
    return view(
      ready.ctx,
      {
        district_id: r.district_id,
        id: r.id,
        node_id: r.node_id,
        node_name: w.node.name,
        node_path: w.node.path,
        handling_node_id: r.handling_node_id,
        department_id: null,
        department_name: null,
        department_path: null,
        category: r.category,
        level: r.level,
        title: r.title,
        description: r.description,
        address: r.address,
        lat: r.lat,
        lng: r.lng,
        reporter_kind: r.reporter_kind,
        reporter_user_id: r.reporter_user_id,
        reporter_name: r.reporter_name,
        patrol_id: r.patrol_id,
        state: 'reported',
        duplicate_of: null,
        recurring,
        reported_at: r.reported_at,
        received_at: null,
        dispatched_at: null,
        handled_at: null,
        verified_at: null,
        closed_at: null,
        photo_ids: [],
        version: 1,
      },
      w.handlingPath,
      w.sla,
    );
  }

  /**
   * A group of ready reports written by the grouped intake. With a kept audit lane (the head this
   * intake wrote last, and seqs drawn ahead) and every report ready to write, it is one statement
   * and nothing is read: the usual case under load. If that write finds something moved (a key or
   * an id taken, someone else on the lane), or no lane is kept, or a report was refused (its key
   * may have been used before), the group is read and written (writeReady 'read'), again while
   * what it read moved before it wrote, a few times; after OPTIMISTIC_ATTEMPTS it runs in a
   * transaction that locks its lane's head from the read to the commit: on a busy lane every
   * optimistic attempt can find the head moved, a locked one cannot. The lane written last is kept
   * for the next group.
   */
  async function writeReports(ready: Ready[]): Promise<Outcome<ReportDone>[]> {
    const done = (r: Awaited<ReturnType<typeof writeReady>>) => {
      if (r.wrote) keeper.wrote(r.wrote.head, r.wrote.chained);
      return r.out;
    };
    const attempt = async (run: () => ReturnType<typeof writeReady>) => {
      try {
        return done(await run());
      } catch (error) {
        keeper.drop();
        throw error;
      }
    };
    if (keeper.take(ready.length) && ready.every((r) => r.write))
      try {
        return await attempt(() => writeReady(groupDb, ready, 'kept', true));
      } catch (error) {
        if (!moved(error)) throw error;
      }
    return retryOnSerializationFailure(
      (n) =>
        attempt(() =>
          n <= OPTIMISTIC_ATTEMPTS
            ? writeReady(groupDb, ready, 'read', true)
            : groupDb.transaction().execute((trx) => writeReady(trx, ready, 'locked', true)),
        ),
      { codes: REPORT_MOVED, attempts: OPTIMISTIC_ATTEMPTS + 2 },
    );
  }

  /** A group of reports written together; if it fails as a whole, each goes alone. */
  async function reportGroup(ready: Ready[]): Promise<Outcome<ReportDone>[]> {
    const alone = (r: Ready) =>
      writeReports([r]).then(
        ([o]) => o,
        (error: unknown) => ({ ok: false as const, error }),
      );
    // the same key or the same event id twice in a group: the later one waits for the group
    const seen = new Set<string>();
    const now: number[] = [];
    const later: number[] = [];
    ready.forEach((r, i) => {
      const ks = [`id:${r.input.id}`, ...(r.claim ? [`key:${r.claim.row.userId}:${r.claim.row.key}`] : [])];
      if (ks.some((k) => seen.has(k))) later.push(i);
      else {
        ks.forEach((k) => seen.add(k));
        now.push(i);
      }
    });
    const out: Outcome<ReportDone>[] = new Array(ready.length);
    let first: Outcome<ReportDone>[];
    try {
      first = await writeReports(now.map((i) => ready[i]));
    } catch (error) {
      if (now.length === 1) first = [{ ok: false, error }];
      else {
        first = [];
        for (const i of now) first.push(await alone(ready[i]));
      }
    }
    now.forEach((i, k) => (out[i] = first[k]));
    for (const i of later) out[i] = await alone(ready[i]);
    return out;
  }

  // Reports that arrive while a group is being written go together in the next group: one
  // statement and one commit for all of them (see platform/batch.ts). One group at a time, so
  // each group may chain on the audit lane the group before it wrote (the keeper).
  const reportGrouped = grouped(reportGroup, { concurrency: 1, maxItems: 50 });

  /** Reports an event as the actor, exactly once per client id (and per Idempotency-Key). */
  async function report(ctx: RequestContext, input: CreateEventInput, key?: string): Promise<EventView> {
    requirePermission(ctx, 'events.report');
    const [ready] = await prepare([{ ctx, input, key }]);
    const done = await reportGrouped(ready);
    // a new event's view is built from the row it wrote; a replay or an existing id reads it
    return done.written ? writtenView(done.written) : viewOne(ctx, db, done.id);
  }

  /** Moves an event through the state machine; version-checked; idempotent with a key. */
  async function transition(
    ctx: RequestContext,
    id: string,
    input: TransitionInput,
    key?: string,
    outer?: Executor,
  ): Promise<EventView> {
    const actor = ctx.actor;
    if (!actor) throw new NotFoundError();
    const run = async (trx: Executor) => {
      const { result } = await withIdempotency(
        trx,
        {
          userId: actor.userId,
          key: key ? `events.transition:${key}` : undefined,
          payload: { id, ...input },
        },
        async () => {
          const { r, hp, who } = await visibleEvent(ctx, trx, id, true);
          const action = input.action as EventAction;
          const sla = (await slaOf([r.district_id]))(
            r.district_id,
            r.category as EventCategory,
            r.level as EventLevel,
          );
          const current = () => view(ctx, r, hp, sla);
          if (r.version !== input.version) throw new StaleEventError('error.stale', current());
          const problem = transitionProblem(r.state as EventState, action);
          if (problem)
            throw new StaleEventError(problem, current(), { state: r.state, action: input.action });
          const tr: Transition = TRANSITIONS[action];
          const allowed =
            tr.by === 'manager' ? who.manager : tr.by === 'department' ? who.department : who.verifier;
          if (!allowed) throw new ForbiddenError('events.not_your_step');
          const fields: { field: string; key: string }[] = [];
          if (tr.needs?.includes('note') && !input.note)
            fields.push({ field: 'note', key: 'events.note_required' });
          if (tr.needs?.includes('duplicateOf') && !input.duplicateOf)
            fields.push({ field: 'duplicateOf', key: 'events.duplicate_required' });
          if (fields.length) throw new InvalidError(fields);

          const now = new Date();
          let departmentId = r.department_id;
          let handlingNodeId = r.handling_node_id;
          if (action === 'dispatch') {
            departmentId = input.departmentId ?? null;
            if (!departmentId) {
              const rules = await trx
                .selectFrom('events_routing as x')
                .innerJoin('org_nodes as n', 'n.id', 'x.node_id')
                .select(['x.department_id', 'n.path'])
                .where('x.district_id', '=', r.district_id)
                .where('x.category', '=', r.category)
                .execute();
              const best = rules
                .filter((x) => r.node_path.startsWith(x.path))
                .sort((a, b) => b.path.length - a.path.length)[0];
              departmentId = best?.department_id ?? null;
            }
            if (!departmentId)
              throw new InvalidError([{ field: 'departmentId', key: 'events.department_required' }]);
            const dept = await repo.findNode(trx, departmentId);
            if (!dept || dept.level !== 'department' || dept.district_id !== r.district_id)
              throw new InvalidError([{ field: 'departmentId', key: 'events.not_department' }]);
          }
          if (action === 'escalate') {
            const h = await repo.findNode(trx, r.handling_node_id);
            if (!h || h.level === 'district' || !h.parent_id)
              throw new StaleEventError('events.cannot_escalate', current());
            handlingNodeId = h.parent_id;
          }
          if (action === 'merge') {
            const orig =
              input.duplicateOf === id
                ? undefined
                : await repo.eventQuery(trx).where('e.id', '=', input.duplicateOf!).executeTakeFirst();
            if (
              !orig ||
              orig.state === 'merged' ||
              orig.district_id !== r.district_id ||
              (!roleOn(ctx, orig, await handlingPath(trx, orig.handling_node_id)).reader &&
                !can(actor, 'events.manage', orig.node_path))
            )
              throw new InvalidError([{ field: 'duplicateOf', key: 'events.bad_duplicate' }]);
          }
          const before = {
            state: r.state as EventState,
            receivedAt: r.received_at ? new Date(r.received_at) : null,
            everDispatched: r.ever_dispatched,
            handledAt: r.handled_at ? new Date(r.handled_at) : null,
            verifiedAt: r.verified_at ? new Date(r.verified_at) : null,
          };
          const after = milestonesAfter(before, tr.to, now);
          const dispatchedAt =
            action === 'dispatch' ? now : r.dispatched_at ? new Date(r.dispatched_at) : null;
          await trx
            .updateTable('events_events')
            .set({
              state: tr.to,
              department_id: departmentId,
              handling_node_id: handlingNodeId,
              duplicate_of: action === 'merge' ? input.duplicateOf! : r.duplicate_of,
              received_at: after.receivedAt,
              dispatched_at: dispatchedAt,
              ever_dispatched: after.everDispatched,
              handled_at: after.handledAt,
              verified_at: after.verifiedAt,
              closed_at: tr.to === 'closed' ? now : r.closed_at,
              deadline_at: deadlineOf(tr.to, new Date(r.reported_at), dispatchedAt, sla),
              version: r.version + 1,
              updated_at: now,
            })
            .where('district_id', '=', r.district_id)
            .where('id', '=', id)
            .execute();
          await trx
            .insertInto('events_steps')
            .values({
              district_id: r.district_id,
              id: uuidv7(),
              event_id: id,
              at: now,
              action,
              from_state: r.state,
              to_state: tr.to,
              actor_user_id: actor.userId,
              actor_name: actor.displayName,
              note: input.note ?? null,
              department_id: action === 'dispatch' ? departmentId : null,
            })
            .execute();
          const deptPath = (d: string | null) => d;
          await moveRollup(
            trx,
            r,
            { v: vectorOf(r), dept: r.ever_dispatched ? deptPath(r.department_id) : null },
            { v: rateVector(after), dept: after.everDispatched ? departmentId : null },
          );
          await auditor.append(trx, ctx, {
            action: `events.${action}`,
            objectType: 'event',
            objectId: id,
            districtId: r.district_id,
            detail: {
              from: r.state,
              to: tr.to,
              departmentId,
              note: input.note ?? null,
              duplicateOf: input.duplicateOf ?? null,
            },
          });
          return { id };
        },
      );
      return result.id;
    };
    // the view is read after commit: the audit chain's lock is held only to the end of the write
    const done = outer ? await run(outer) : await db.transaction().execute(run);
    return viewOne(ctx, outer ?? db, done);
  }

  /** Checks scope for a rates/dashboard query; returns the node the figures are read at. */
  async function rateNode(ctx: RequestContext, q: RangeInput): Promise<repo.TreeNode> {
    const id = (q.nodeId ?? q.departmentId)!;
    const n = await repo.findNode(db, id);
    if (!n) throw new NotFoundError();
    if (q.departmentId && n.level !== 'department') throw new NotFoundError();
    const ok =
      can(ctx.actor, 'events.read', n.path) ||
      (n.level === 'department' && can(ctx.actor, 'events.handle', n.path));
    if (!ok) throw new NotFoundError();
    return n;
  }

  function counters(v: RateVector) {
    return { ...v, ...rates(v) };
  }
  const sum = (rows: RateVector[]) =>
    rows.reduce<RateVector>(
      (a, r) => ({
        reported: a.reported + r.reported,
        received: a.received + r.received,
        dispatched: a.dispatched + r.dispatched,
        handled: a.handled + r.handled,
        verified: a.verified + r.verified,
      }),
      { ...ZERO_VECTOR },
    );

  async function ratesOf(ctx: RequestContext, q: RangeInput) {
    const n = await rateNode(ctx, q);
    const days = await repo.rollupByDay(db, n.district_id, n.id, q.from, q.to);
    const buckets = new Map<string, RateVector[]>();
    for (const d of days) {
      const b = bucketOf(d.day, q.granularity as Granularity);
      buckets.set(b, [...(buckets.get(b) ?? []), d]);
    }
    return {
      node: n,
      rates: {
        definition: {
          receiptRate: t(ctx.lang, 'events.rate.receipt'),
          disposalRate: t(ctx.lang, 'events.rate.disposal'),
        },
        totals: counters(sum(days)),
        trend: [...buckets]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([bucket, rows]) => ({ bucket, ...counters(sum(rows)) })),
      },
    };
  }

  /** Scope filter for event lists: located in read scope, dispatched to one's department, or one's own report. */
  function visibleWhere(ctx: RequestContext) {
    const a = ctx.actor;
    return (eb: any) =>
      eb.or([
        nodeInScope('e.node_id', a, 'events.read'),
        nodeInScope('e.handling_node_id', a, 'events.manage'),
        eb.and([eb('e.department_id', 'is not', null), nodeInScope('e.department_id', a, 'events.handle')]),
        eb('e.reporter_user_id', '=', a?.userId ?? '00000000-0000-0000-0000-000000000000'),
      ]);
  }

  async function views(ctx: RequestContext, rows: EventRow[]): Promise<EventView[]> {
    const hpaths = new Map(
      (await repo.findNodes(db, [...new Set(rows.map((r) => r.handling_node_id))])).map((n) => [
        n.id,
        n.path,
      ]),
    );
    const sla = await slaOf([...new Set(rows.map((r) => r.district_id))]);
    const now = new Date();
    return rows.map((r) =>
      view(
        ctx,
        r,
        hpaths.get(r.handling_node_id) ?? '',
        sla(r.district_id, r.category as EventCategory, r.level as EventLevel),
        now,
      ),
    );
  }

  return {
    report,
    transition,

    /** After this process changed the tree: forget the nodes kept for the intake at once. */
    forgetNodes() {
      nodeChains.forget();
    },

    async categories(ctx: RequestContext) {
      if (!ctx.actor) throw new NotFoundError();
      return EVENT_CATEGORIES.map((code) => ({
        code,
        name: ctx.lang === 'zh-CN' ? CATEGORY_NAMES[code].zh : CATEGORY_NAMES[code].en,
        sla: EVENT_LEVELS.map((level) => ({ level, ...defaultServiceLevel(code, level) })),
      }));
    },

    async list(ctx: RequestContext, q: z.output<typeof listEventsQuery>) {
      if (!ctx.actor) throw new NotFoundError();
      let query = repo.eventQuery(db).where(visibleWhere(ctx));
      if (q.nodeId) {
        const n = await repo.findNode(db, q.nodeId);
        if (!n) throw new NotFoundError();
        query = query.where(nodeInPaths('e.node_id', [n.path]));
      }
      if (q.departmentId) query = query.where('e.department_id', '=', q.departmentId);
      if (q.state) query = query.where('e.state', '=', q.state);
      if (q.category) query = query.where('e.category', '=', q.category);
      if (q.from) query = query.where('e.report_day', '>=', q.from);
      if (q.to) query = query.where('e.report_day', '<=', q.to);
      if (q.mine === '1') query = query.where('e.reporter_user_id', '=', ctx.actor.userId);
      const total = await query
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('c'))
        .executeTakeFirstOrThrow();
      const rows = await query
        .orderBy('e.reported_at', 'desc')
        .orderBy('e.id', 'desc')
        .limit(q.limit)
        .offset(q.offset)
        .execute();
      return { total: Number(total.c), items: await views(ctx, rows) };
    },

    async get(ctx: RequestContext, id: string) {
      const { r, hp } = await visibleEvent(ctx, db, id);
      const steps = await db
        .selectFrom('events_steps as s')
        .leftJoin('org_nodes as d', 'd.id', 's.department_id')
        .select([
          's.at',
          's.action',
          's.from_state',
          's.to_state',
          's.actor_name',
          's.note',
          'd.name as dept',
        ])
        .where('s.district_id', '=', r.district_id)
        .where('s.event_id', '=', id)
        .orderBy('s.at')
        .orderBy('s.id')
        .execute();
      const sla = (await slaOf([r.district_id]))(
        r.district_id,
        r.category as EventCategory,
        r.level as EventLevel,
      );
      return {
        ...view(ctx, r, hp, sla),
        history: steps.map((s) => ({
          at: iso(s.at)!,
          action: s.action,
          from: s.from_state,
          to: s.to_state,
          actorName: maskName(s.actor_name),
          note: s.note,
          departmentName: s.dept,
        })),
      };
    },

    async addPhoto(ctx: RequestContext, id: string, file: { mime: string; data: Buffer }, key?: string) {
      const actor = ctx.actor;
      if (!actor) throw new NotFoundError();
      if (!PHOTO_TYPES.includes(file.mime))
        throw new InvalidError([{ field: 'file', key: 'events.photo_type' }]);
      if (file.data.length > PHOTO_MAX || file.data.length === 0)
        throw new InvalidError([{ field: 'file', key: 'events.photo_size' }]);
      const sha = crypto.createHash('sha256').update(file.data).digest('hex');
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key: key ? `events.photo:${key}` : undefined, payload: { id, sha } },
          async () => {
            const { r, who } = await visibleEvent(ctx, trx, id, true);
            if (!who.reader) throw new NotFoundError();
            const same = await trx
              .selectFrom('events_photos')
              .select('id')
              .where('district_id', '=', r.district_id)
              .where('event_id', '=', id)
              .where('sha256', '=', sha)
              .executeTakeFirst();
            if (same) return { id: same.id };
            const pid = uuidv7();
            await trx
              .insertInto('events_photos')
              .values({
                district_id: r.district_id,
                id: pid,
                event_id: id,
                mime: file.mime,
                size: file.data.length,
                sha256: sha,
                bytes: file.data,
                created_by: actor.userId,
              })
              .execute();
            await auditor.append(trx, ctx, {
              action: 'events.photo',
              objectType: 'event',
              objectId: id,
              districtId: r.district_id,
              detail: { photoId: pid, size: file.data.length, sha256: sha },
            });
            return { id: pid };
          },
        );
        return result;
      });
    },

    async photo(ctx: RequestContext, id: string, photoId: string) {
      const { r } = await visibleEvent(ctx, db, id);
      const p = await db
        .selectFrom('events_photos')
        .select(['mime', 'bytes'])
        .where('district_id', '=', r.district_id)
        .where('event_id', '=', id)
        .where('id', '=', photoId)
        .executeTakeFirst();
      if (!p) throw new NotFoundError();
      return { mime: p.mime, data: p.bytes };
    },

    async routingRules(ctx: RequestContext, nodeId?: string) {
      const actor = requirePermission(ctx, 'events.configure');
      let q = db
        .selectFrom('events_routing as x')
        .innerJoin('org_nodes as n', 'n.id', 'x.node_id')
        .innerJoin('org_nodes as d', 'd.id', 'x.department_id')
        .select([
          'x.id',
          'x.category',
          'x.node_id',
          'x.department_id',
          'n.name as node_name',
          'd.name as dept_name',
        ])
        .where(nodeInScope('x.node_id', actor, 'events.configure'));
      if (nodeId) q = q.where('x.node_id', '=', nodeId);
      const rows = await q.orderBy('n.path').orderBy('x.category').limit(1000).execute();
      return rows.map((r) => ({
        id: r.id,
        category: r.category as EventCategory,
        nodeId: r.node_id,
        departmentId: r.department_id,
        nodeName: r.node_name,
        departmentName: r.dept_name,
      }));
    },

    async setRoutingRule(
      ctx: RequestContext,
      input: { category: string; nodeId: string; departmentId: string },
    ) {
      const actor = requirePermission(ctx, 'events.configure');
      return db.transaction().execute(async (trx) => {
        const n = await repo.findNode(trx, input.nodeId);
        if (!n || !can(actor, 'events.configure', n.path)) throw new NotFoundError();
        const d = await repo.findNode(trx, input.departmentId);
        if (!d || d.level !== 'department' || d.district_id !== n.district_id)
          throw new InvalidError([{ field: 'departmentId', key: 'events.not_department' }]);
        const id = uuidv7();
        const row = await trx
          .insertInto('events_routing')
          .values({
            district_id: n.district_id,
            id,
            category: input.category,
            node_id: n.id,
            department_id: d.id,
          })
          .onConflict((oc) =>
            oc.columns(['district_id', 'category', 'node_id']).doUpdateSet({ department_id: d.id }),
          )
          .returning('id')
          .executeTakeFirstOrThrow();
        await auditor.append(trx, ctx, {
          action: 'events.routing.set',
          objectType: 'event_routing',
          objectId: row.id,
          districtId: n.district_id,
          detail: input,
        });
        return { id: row.id };
      });
    },

    async deleteRoutingRule(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'events.configure');
      return db.transaction().execute(async (trx) => {
        const r = await trx
          .selectFrom('events_routing as x')
          .innerJoin('org_nodes as n', 'n.id', 'x.node_id')
          .select(['x.district_id', 'n.path', 'x.category'])
          .where('x.id', '=', id)
          .executeTakeFirst();
        if (!r || !can(actor, 'events.configure', r.path)) throw new NotFoundError();
        await trx
          .deleteFrom('events_routing')
          .where('district_id', '=', r.district_id)
          .where('id', '=', id)
          .execute();
        await auditor.append(trx, ctx, {
          action: 'events.routing.delete',
          objectType: 'event_routing',
          objectId: id,
          districtId: r.district_id,
          detail: { category: r.category },
        });
        return { ok: true };
      });
    },

    async serviceLevels(ctx: RequestContext, districtId: string) {
      if (!ctx.actor) throw new NotFoundError();
      const rows = await db
        .selectFrom('events_sla')
        .selectAll()
        .where('district_id', '=', districtId)
        .execute();
      const m = new Map(rows.map((r) => [`${r.category}:${r.level}`, r]));
      return EVENT_CATEGORIES.flatMap((category) =>
        EVENT_LEVELS.map((level) => {
          const r = m.get(`${category}:${level}`);
          return r
            ? { category, level, receiveHours: r.receive_hours, handleDays: r.handle_days, custom: true }
            : { category, level, ...defaultServiceLevel(category, level), custom: false };
        }),
      );
    },

    async setServiceLevel(ctx: RequestContext, input: z.infer<typeof slaBody>) {
      const actor = requirePermission(ctx, 'events.configure');
      const done = await db.transaction().execute(async (trx) => {
        const d = await repo.findNode(trx, input.districtId);
        if (!d || d.level !== 'district' || !can(actor, 'events.configure', d.path))
          throw new NotFoundError();
        await trx
          .insertInto('events_sla')
          .values({
            district_id: d.id,
            category: input.category,
            level: input.level,
            receive_hours: input.receiveHours,
            handle_days: input.handleDays,
          })
          .onConflict((oc) =>
            oc
              .columns(['district_id', 'category', 'level'])
              .doUpdateSet({ receive_hours: input.receiveHours, handle_days: input.handleDays }),
          )
          .execute();
        await auditor.append(trx, ctx, {
          action: 'events.sla.set',
          objectType: 'event_sla',
          objectId: `${input.category}:${input.level}`,
          districtId: d.id,
          detail: input,
        });
        return { ok: true };
      });
      // committed: this process reports under the new level at once (others when they hear it)
      slaOverrides.forget(input.districtId);
      return done;
    },

    async rates(ctx: RequestContext, q: RangeInput) {
      return (await ratesOf(ctx, q)).rates;
    },

    async ranking(ctx: RequestContext, q: RangeInput) {
      const n = await rateNode(ctx, q);
      const children = await db
        .selectFrom('org_nodes')
        .select(['id', 'name', 'level', 'path'])
        .where('parent_id', '=', n.id)
        .execute();
      const visible = children.filter(
        (c) =>
          can(ctx.actor, 'events.read', c.path) ||
          can(ctx.actor, 'events.handle', c.path) ||
          (c.level === 'department' && can(ctx.actor, 'events.read', n.path)),
      );
      const sums = new Map(
        (
          await repo.rollupByNode(
            db,
            n.district_id,
            visible.map((c) => c.id),
            q.from,
            q.to,
          )
        ).map((r) => [r.node_id, r]),
      );
      const rows = visible.map((c) => ({
        nodeId: c.id,
        name: c.name,
        level: c.level,
        ...counters(sums.get(c.id) ?? { ...ZERO_VECTOR }),
      }));
      rows.sort(
        (a, b) =>
          (b.disposalRate ?? -1) - (a.disposalRate ?? -1) ||
          (b.receiptRate ?? -1) - (a.receiptRate ?? -1) ||
          b.reported - a.reported,
      );
      return rows.map((r, i) => ({ ...r, rank: i + 1 }));
    },

    async dashboard(ctx: RequestContext, q: RangeInput) {
      const { node: n, rates: r } = await ratesOf(ctx, q);
      const inNode = (eb: any) =>
        n.level === 'department'
          ? eb('e.department_id', '=', n.id)
          : eb.and([eb('e.district_id', '=', n.district_id), nodeInPaths('e.node_id', [n.path])]);
      const byState = await db
        .selectFrom('events_events as e')
        .select(['e.state', (eb) => eb.fn.countAll<number>().as('c')])
        .where(inNode)
        .where('e.report_day', '>=', q.from)
        .where('e.report_day', '<=', q.to)
        .groupBy('e.state')
        .execute();
      const byCat =
        n.level === 'department'
          ? await db
              .selectFrom('events_events as e')
              .select(['e.category', (eb) => eb.fn.countAll<number>().as('reported')])
              .where(inNode)
              .where('e.report_day', '>=', q.from)
              .where('e.report_day', '<=', q.to)
              .groupBy('e.category')
              .execute()
          : await repo.rollupByCategory(db, n.district_id, n.id, q.from, q.to);
      const overdueRows = await repo
        .eventQuery(db)
        .where(inNode)
        .where('e.deadline_at', '<', new Date())
        .orderBy('e.deadline_at')
        .limit(50)
        .execute();
      const recurring = await db
        .selectFrom('events_events as e')
        .select([
          'e.category',
          'e.address',
          (eb) => eb.fn.countAll<number>().as('c'),
          sql<string>`(max(e.id::text))`.as('last_id'),
        ])
        .where(inNode)
        .where('e.recurring', '=', true)
        .where('e.report_day', '>=', q.from)
        .where('e.report_day', '<=', q.to)
        .groupBy(['e.category', 'e.address'])
        .orderBy('c', 'desc')
        .limit(20)
        .execute();
      const points = await db
        .selectFrom('events_events as e')
        .select(['e.id', 'e.lat', 'e.lng', 'e.category', 'e.state', 'e.title', 'e.recurring'])
        .where(inNode)
        .where('e.lat', 'is not', null)
        .where('e.report_day', '>=', q.from)
        .where('e.report_day', '<=', q.to)
        .orderBy('e.reported_at', 'desc')
        .limit(2000)
        .execute();
      const name = (c: EventCategory) => (ctx.lang === 'zh-CN' ? CATEGORY_NAMES[c].zh : CATEGORY_NAMES[c].en);
      return {
        node: { id: n.id, name: n.name, level: n.level },
        byState: byState.map((s) => ({ state: s.state as EventState, count: Number(s.c) })),
        byCategory: byCat
          .filter((c) => Number(c.reported) > 0)
          .map((c) => ({
            category: c.category as EventCategory,
            name: name(c.category as EventCategory),
            count: Number(c.reported),
          })),
        rates: r,
        overdue: await views(ctx, overdueRows),
        recurring: recurring.map((x) => ({
          category: x.category as EventCategory,
          address: x.address,
          count: Number(x.c),
          lastId: String(x.last_id),
        })),
        points: points.map((p) => ({
          id: p.id,
          lat: p.lat!,
          lng: p.lng!,
          category: p.category as EventCategory,
          state: p.state as EventState,
          title: p.title,
          recurring: p.recurring,
        })),
      };
    },

    /** Events reported by each user at a subtree within a period (for 我当网格员 hazard counts). */
    async reportedCounts(items: { userId: string; path: string; from: string; to: string | null }[]) {
      const out: number[] = [];
      for (const it of items) {
        const r = await db
          .selectFrom('events_events as e')
          .select((eb) => eb.fn.countAll<number>().as('c'))
          .where('e.reporter_user_id', '=', it.userId)
          .where(nodeInPaths('e.node_id', [it.path]))
          .where('e.report_day', '>=', it.from)
          .$if(!!it.to, (qb) => qb.where('e.report_day', '<=', it.to!))
          .executeTakeFirstOrThrow();
        out.push(Number(r.c));
      }
      return out;
    },

    /** Event ids raised on each patrol. */
    async idsByPatrol(patrolIds: string[]) {
      const m = new Map<string, string[]>();
      if (!patrolIds.length) return m;
      const rows = await db
        .selectFrom('events_events')
        .select(['id', 'patrol_id'])
        .where('patrol_id', 'in', patrolIds)
        .orderBy('reported_at')
        .execute();
      for (const r of rows) m.set(r.patrol_id!, [...(m.get(r.patrol_id!) ?? []), r.id]);
      return m;
    },

    /** Creates an event with no logged-in actor (Open311): the caller has checked its API key. */
    async reportExternal(
      ctx: RequestContext,
      trx: Executor,
      nodeId: string,
      input: CreateEventInput,
      reporterName: string,
    ) {
      const ready = await prepare([{ ctx, input, external: { nodeId, name: reporterName } }]);
      const {
        out: [o],
      } = await writeReady(trx, ready, 'locked', false);
      if (!o.ok) throw o.error;
    },

    /** Raw rows for Open311 listings: events under a path, with filters (no actor; public data only). */
    async publicRows(q: {
      path: string;
      ids?: string[];
      categories?: string[];
      from: Date;
      to: Date;
      limit: number;
    }) {
      let query = repo
        .eventQuery(db)
        .where(nodeInPaths('e.node_id', [q.path]))
        .where('e.state', '!=', 'merged');
      if (q.ids)
        query = query.where('e.id', 'in', q.ids.length ? q.ids : ['00000000-0000-0000-0000-000000000000']);
      else query = query.where('e.reported_at', '>=', q.from).where('e.reported_at', '<=', q.to);
      if (q.categories) query = query.where('e.category', 'in', q.categories.length ? q.categories : ['']);
      return query.orderBy('e.reported_at', 'desc').limit(q.limit).execute();
    },

    /** Lifecycle steps in a time window for events under a path (Open311 servicerequestupdates). */
    async publicSteps(q: { path: string; from: Date; to: Date; limit: number }) {
      return db
        .selectFrom('events_steps as s')
        .innerJoin('events_events as e', (j) =>
          j.onRef('e.district_id', '=', 's.district_id').onRef('e.id', '=', 's.event_id'),
        )
        .select(['s.id', 's.event_id', 's.at', 's.action', 's.to_state', 's.note'])
        .where(nodeInPaths('e.node_id', [q.path]))
        .where('s.at', '>=', q.from)
        .where('s.at', '<=', q.to)
        .orderBy('s.at')
        .limit(q.limit)
        .execute();
    },
  } satisfies EventsService & Record<string, unknown>;
}

/** The full events service, including what other modules (grid, open311) call. */
export type EventsServiceImpl = ReturnType<typeof createEventsService>;
