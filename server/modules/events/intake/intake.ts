/**
 * The event intake: reports written in groups, each group one statement with no read before it
 * while the intake keeps its audit lane. See README.md beside this file for what it does and why.
 */
import { can, requirePermission, type RequestContext } from '../../../platform/access/access.ts';
import {
  laneHead,
  laneLease,
  type AuditEntry,
  type Chained,
  type LaneAuditor,
  type LaneHead,
} from '../../../platform/audit/audit.ts';
import { grouped, type Outcome } from '../../../platform/batch.ts';
import {
  SERIALIZATION_FAILURES,
  retryOnSerializationFailure,
  type Db,
  type Executor,
} from '../../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../../platform/errors.ts';
import { idempotencyClaim, type IdempotencyClaim } from '../../../platform/idempotency.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { shanghaiDay } from '../../../platform/time.ts';
import type { OrgTreeNode } from '../../org/index.ts';
import type { EventsCore } from '../events.core.ts';
import { rollupNodesOf } from '../events.repository.ts';
import { idempotencyKeyOf } from '../events.keys.ts';
import { timer, type EventLevel, type ServiceLevel } from '../events.rules.ts';
import type { CreateEventInput, EventView } from '../events.schemas.ts';
import type { EventsGridPort } from '../events.ports.ts';
import { intakeState, writeReported, type IntakeState, type ReportedRow } from './intake.repository.ts';

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
type ReportDone = { id: string; written?: { ready: Ready; recurring: boolean; number: number } };

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
    row: ReportedRow;
    /** The row as JSON, made once. */
    json: string;
    node: OrgTreeNode;
    districtName: string;
    handlingPath: string;
    sla: ServiceLevel;
    audit: AuditEntry;
  };
}

/** What the intake draws on. */
export interface IntakeDeps {
  core: EventsCore;
  /**
   * Where grouped reports are read and written (their statements, generic plans): the platform's
   * group pool (createGroupDb); core.db when there is none.
   */
  groupDb?: Db;
  auditor: LaneAuditor;
  /** The grid module's reads: assignments (a cadre 我当网格员 reports where they serve) and patrols. */
  grid: EventsGridPort;
}

const MANAGER_LEVELS = ['community', 'street', 'district'];
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** Builds the intake. */
export function createIntake(deps: IntakeDeps) {
  const { core, auditor } = deps;
  const groupDb = deps.groupDb ?? core.db;
  // the audit lane the grouped intake wrote last (one group at a time writes: see reportGrouped)
  const keeper = laneLease(KEPT_SEQS_MS);

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
    const chains = await core.tree.nodeChains(items.map((it) => it.external?.nodeId ?? it.input.nodeId));
    const districts = [...new Set([...chains.values()].map((c) => c.node.districtId))];
    const sla = await core.slaOf(districts);
    const rule = await core.settingsOf(districts);
    // reports raised on a patrol: the patrol must exist in the event's district and be the reporter's
    const patrolIds = [...new Set(items.flatMap((it) => (it.input.patrolId ? [it.input.patrolId] : [])))];
    const patrols = patrolIds.length ? await deps.grid.patrolsById(patrolIds) : new Map();
    const ready: Ready[] = [];
    for (const it of items) {
      const input = it.input;
      const userId = it.ctx.actor?.userId;
      // the answer a retry gets is the client's id whatever happens below (or the write rolls back)
      const claim =
        it.key && userId
          ? idempotencyClaim({
              userId,
              key: idempotencyKeyOf('report', it.key),
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
          const assigned = await deps.grid.assignedPaths(actor.userId);
          if (!assigned.some((x) => node.path.startsWith(x))) throw new NotFoundError();
        }
        beforeExisting = false;
        if (input.patrolId) {
          const patrol = patrols.get(input.patrolId);
          if (!patrol || patrol.districtId !== node.districtId || patrol.userId !== actor?.userId)
            throw new InvalidError([{ field: 'patrolId', key: 'events.bad_patrol' }]);
        }
        const handling = [...c.chain]
          .sort((x, y) => y.path.length - x.path.length)
          .find((x) => MANAGER_LEVELS.includes(x.level));
        if (!handling) throw new InvalidError([{ field: 'nodeId', key: 'events.bad_node' }]);
        const reportedAt = reportedAtOf(input);
        const pos = input.position ?? null;
        const serviceLevel = sla(node.districtId, input.category, input.level as EventLevel);
        const recurrence = rule(node.districtId);
        const reporter = actor
          ? { userId: actor.userId, name: actor.displayName }
          : { userId: null, name: it.external!.name };
        const row: ReportedRow = {
          district_id: node.districtId,
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
          // Open311 requests are public; a resident may make a report public
          public: !!it.external || (input.reporterKind === 'resident' && !!input.public),
          reported_at: reportedAt.toISOString(),
          report_day: shanghaiDay(reportedAt),
          deadline_at: iso(
            timer({ state: 'reported', reportedAt, dispatchedAt: null }, serviceLevel, new Date()).deadline,
          ),
          step_id: uuidv7(),
          // a new event counts as reported (nothing else) at its node and every ancestor
          rollup_nodes: rollupNodesOf(node.path, node.districtId),
          claim_key: claim ? claim.row.key : null,
          claim_hash: claim ? claim.row.hash : null,
          recur_count: recurrence.count,
          recur_metres: recurrence.metres,
          recur_days: recurrence.days,
        };
        r.write = {
          row,
          json: JSON.stringify(row),
          node,
          districtName: c.chain.find((x) => x.id === node.districtId)?.name ?? '',
          handlingPath: handling.path,
          sla: serviceLevel,
          audit: {
            action: 'events.report',
            objectType: 'event',
            objectId: input.id,
            districtId: node.districtId,
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
    let states: IntakeState[] = [];
    if (!head) {
      if (mode === 'kept') throw new Error('no kept audit lane');
      const count = ready.length + (keep ? keeper.spare() : 0);
      const r = await intakeState(exec, {
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
    const written = await writeReported(exec, {
      reports: writes.map((w) => w.ready.write!),
      audit: chained,
      shard: head.lane,
    });
    writes.forEach((w, k) => {
      out[w.at] = {
        ok: true,
        value: { id: w.ready.input.id, written: { ready: w.ready, ...written[k] } },
      };
    });
    return { out, wrote: keep ? { head, chained } : undefined };
  }

  /** A new event's view, from what was written (nothing is read back). */
  function writtenView(done: { ready: Ready; recurring: boolean; number: number }): EventView {
    const { ready, recurring } = done;
    const w = ready.write!;
    const r = w.row;
    return core.view(
      ready.ctx,
      {
        district_id: r.district_id,
        id: r.id,
        node_id: r.node_id,
        handling_node_id: r.handling_node_id,
        department_id: null,
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
        state: 'reported',
        duplicate_of: null,
        recurring,
        reported_at: r.reported_at,
        report_day: r.report_day,
        received_at: null,
        dispatched_at: null,
        handled_at: null,
        verified_at: null,
        resolved_at: null,
        closed_at: null,
        photo_ids: [],
        version: 1,
        number: done.number,
        public: r.public,
      },
      {
        node: w.node,
        handling: { ...w.node, id: r.handling_node_id, path: w.handlingPath },
        department: undefined,
        districtName: w.districtName,
      },
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
    return done.written ? writtenView(done.written) : core.viewOne(ctx, core.db, done.id);
  }

  return {
    report,

    /** Creates an event with no logged-in actor (Open311) in the caller's transaction: the caller checked its API key. */
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
  };
}

/** The intake: report, and report for Open311. */
export type Intake = ReturnType<typeof createIntake>;
