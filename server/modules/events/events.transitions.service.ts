/**
 * Moving an event through its lifecycle (the TRANSITIONS table in events.rules.ts): receive,
 * dispatch to a department, accept, return, handle, verify, close, reject, merge, escalate, and
 * resolve on the spot 自行处置. Each move is version-checked, idempotent with a key, keeps the rates'
 * counters exact in its own transaction, and notifies the reporter and the department it concerns.
 */
import type { RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { isUuid, uuidv7 } from '../../platform/ids.ts';
import type { NotifyService } from '../notify/index.ts';
import { allowed, type EventsCore, type Placed } from './events.core.ts';
import { StaleEventError } from './events.errors.ts';
import { idempotencyKeyOf } from './events.keys.ts';
import { eventNoticeFor } from './events.notices.ts';
import * as repo from './events.repository.ts';
import * as photosRepo from './events.photos.repository.ts';
import * as ratesRepo from './events.rates.repository.ts';
import {
  districtShortName,
  milestonesAfter,
  parseEventNumber,
  rateVector,
  shardOf,
  timer,
  transitionProblem,
  TRANSITIONS,
  ZERO_VECTOR,
  type EventAction,
  type EventState,
  type RateVector,
  type ServiceLevel,
  type Transition,
} from './events.rules.ts';
import type { EventView, TransitionInput } from './events.schemas.ts';

/** What the transitions draw on. */
export interface TransitionsDeps {
  core: EventsCore;
  auditor: Auditor;
  notify?: Pick<NotifyService, 'send'>;
}

/** The counters an event row contributes now. */
export function vectorOf(r: {
  state: string;
  received_at: Date | string | null;
  ever_dispatched: boolean;
  handled_at: Date | string | null;
  verified_at: Date | string | null;
  resolved_at: Date | string | null;
}): RateVector {
  const d = (x: Date | string | null) => (x ? new Date(x) : null);
  return rateVector({
    state: r.state as EventState,
    receivedAt: d(r.received_at),
    everDispatched: r.ever_dispatched,
    handledAt: d(r.handled_at),
    verifiedAt: d(r.verified_at),
    resolvedAt: d(r.resolved_at),
  });
}

/** The counter deltas moving an event from its old (vector, department) to its new one. */
export function rollupDeltas(
  e: { district_id: string; id: string; node_path: string; report_day: string; category: string },
  before: { v: RateVector; dept: string | null } | null,
  after: { v: RateVector; dept: string | null },
): ratesRepo.RollupDelta[] {
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

/** Builds the transitions use case. */
export function createTransitions(deps: TransitionsDeps) {
  const { core, auditor } = deps;
  const { db, tree } = core;

  /** The department a dispatch goes to: the one chosen, else the routing rule nearest the event. */
  async function departmentFor(trx: Executor, r: repo.EventRow, p: Placed, chosen?: string) {
    let departmentId = chosen ?? null;
    if (!departmentId) {
      const rules = await repo.routingRulesFor(trx, r.district_id, r.category);
      const at = await tree.findNodes(rules.map((x) => x.node_id));
      const nodePath = p.node?.path ?? '';
      const best = rules
        .map((x) => ({ ...x, path: at.get(x.node_id)?.path ?? '\u0000' }))
        .filter((x) => nodePath.startsWith(x.path))
        .sort((a, b) => b.path.length - a.path.length)[0];
      departmentId = best?.department_id ?? null;
    }
    if (!departmentId) throw new InvalidError([{ field: 'departmentId', key: 'events.department_required' }]);
    const dept = await tree.findNode(departmentId);
    if (!dept || dept.level !== 'department' || dept.districtId !== r.district_id)
      throw new InvalidError([{ field: 'departmentId', key: 'events.not_department' }]);
    return dept.id;
  }

  /** The original a merge names, by id or by number (福田-20261206-0007), or null if none fits. */
  async function originalOf(trx: Executor, r: repo.EventRow, districtName: string, ref: string) {
    if (isUuid(ref)) return ref === r.id ? undefined : repo.findEvent(trx, ref);
    const n = parseEventNumber(ref);
    if (!n || n.shortName !== districtShortName(districtName)) return undefined;
    const [orig] = await repo.eventsByNumber(trx, [r.district_id], n.reportDay, n.seq);
    return orig && orig.id !== r.id ? orig : undefined;
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
          key: key ? idempotencyKeyOf('transition', key) : undefined,
          payload: { id, ...input },
        },
        async () => {
          const { r, p, who, sla } = await core.visibleEvent(ctx, trx, id, true);
          const action = input.action as EventAction;
          const current = () => core.view(ctx, r, p, sla);
          if (r.version !== input.version) throw new StaleEventError('error.stale', current());
          const problem = transitionProblem(r.state as EventState, action);
          if (problem)
            throw new StaleEventError(problem, current(), { state: r.state, action: input.action });
          const tr: Transition = TRANSITIONS[action];
          if (!allowed(tr, who)) throw new ForbiddenError('events.not_your_step');
          const fields: { field: string; key: string }[] = [];
          if (tr.needs?.includes('note') && !input.note)
            fields.push({ field: 'note', key: 'events.note_required' });
          if (tr.needs?.includes('duplicateOf') && !input.duplicateOf)
            fields.push({ field: 'duplicateOf', key: 'events.duplicate_required' });
          if (tr.needs?.includes('photoId') && !input.photoId)
            fields.push({ field: 'photoId', key: 'events.after_photo_required' });
          if (fields.length) throw new InvalidError(fields);

          const now = new Date();
          let departmentId = r.department_id;
          let handlingNodeId = r.handling_node_id;
          let duplicateOf = r.duplicate_of;
          if (action === 'dispatch') departmentId = await departmentFor(trx, r, p, input.departmentId);
          if (action === 'escalate') {
            const h = p.handling;
            if (!h || h.level === 'district' || !h.parentId)
              throw new StaleEventError('events.cannot_escalate', current());
            handlingNodeId = h.parentId;
          }
          if (action === 'merge') {
            const orig = await originalOf(trx, r, p.districtName, input.duplicateOf!);
            const op = orig ? (await core.place([orig])).get(orig.id)! : undefined;
            if (
              !orig ||
              !op ||
              orig.state === 'merged' ||
              orig.district_id !== r.district_id ||
              (!core.roleOf(ctx, orig, op).reader && !core.roleOf(ctx, orig, op).manager)
            )
              throw new InvalidError([{ field: 'duplicateOf', key: 'events.bad_duplicate' }]);
            duplicateOf = orig.id;
          }
          if (action === 'resolve') {
            const photo = await photosRepo.photoOf(trx, r.district_id, id, input.photoId!);
            if (!photo || photo.created_by !== actor.userId)
              throw new InvalidError([{ field: 'photoId', key: 'events.after_photo_required' }]);
          }
          const before = {
            state: r.state as EventState,
            receivedAt: r.received_at ? new Date(r.received_at) : null,
            everDispatched: r.ever_dispatched,
            handledAt: r.handled_at ? new Date(r.handled_at) : null,
            verifiedAt: r.verified_at ? new Date(r.verified_at) : null,
            resolvedAt: r.resolved_at ? new Date(r.resolved_at) : null,
          };
          const after = milestonesAfter(before, tr.to, now);
          const dispatchedAt =
            action === 'dispatch' ? now : r.dispatched_at ? new Date(r.dispatched_at) : null;
          await repo.updateEvent(trx, r.district_id, id, {
            state: tr.to,
            department_id: departmentId,
            handling_node_id: handlingNodeId,
            duplicate_of: duplicateOf,
            received_at: after.receivedAt,
            dispatched_at: dispatchedAt,
            ever_dispatched: after.everDispatched,
            handled_at: after.handledAt,
            verified_at: after.verifiedAt,
            resolved_at: after.resolvedAt ?? null,
            closed_at: tr.to === 'closed' ? now : r.closed_at,
            deadline_at: deadlineOf(tr.to, new Date(r.reported_at), dispatchedAt, sla),
            version: r.version + 1,
            updated_at: now,
          });
          await repo.insertStep(trx, {
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
            public: !!input.publicReply && !!input.note,
            department_id: action === 'dispatch' ? departmentId : null,
          });
          await ratesRepo.addToRollup(
            trx,
            rollupDeltas(
              { ...r, node_path: p.node?.path ?? '' },
              { v: vectorOf(r), dept: r.ever_dispatched ? r.department_id : null },
              { v: rateVector(after), dept: after.everDispatched ? departmentId : null },
            ),
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
              duplicateOf: duplicateOf ?? null,
              photoId: input.photoId ?? null,
            },
          });
          if (deps.notify) {
            const notices = eventNoticeFor(action, {
              districtId: r.district_id,
              eventId: id,
              title: r.title,
              number: core.view(ctx, r, p, sla).number ?? r.title,
              reporterUserId: r.reporter_user_id,
              departmentId,
              handlingNodeId,
              actorUserId: actor.userId,
            });
            if (notices.length) await deps.notify.send(trx, notices);
          }
          return { id };
        },
      );
      return result.id;
    };
    // the view is read after commit: the audit chain's lock is held only to the end of the write
    const done = outer ? await run(outer) : await db.transaction().execute(run);
    return core.viewOne(ctx, outer ?? db, done);
  }

  return { transition };
}

/** The running deadline after a change (none once handled or finished). */
export function deadlineOf(
  state: EventState,
  reportedAt: Date,
  dispatchedAt: Date | null,
  sla: ServiceLevel,
) {
  return timer({ state, reportedAt, dispatchedAt }, sla, new Date()).deadline;
}
