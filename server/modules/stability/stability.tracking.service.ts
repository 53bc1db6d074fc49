/**
 * Tracking 跟踪 (seed 003): mitigation measures 化解措施 each with an owner and a due date, their
 * progress (often reported from a phone: Idempotency-Key), and incidents reported after the
 * decision (a grid event's number as free text), which tell the district 政法委.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { t } from '../../platform/i18n.ts';
import { checkUpdated, decisionFor, today, type StabilityDeps } from './stability.core.ts';
import * as repo from './stability.repository.ts';
import type { incidentBody, measureBody, progressBody } from './stability.schemas.ts';

/** Builds the tracking verbs. */
export function createTrackingService(deps: StabilityDeps) {
  const { db, auditor, notify } = deps;
  return {
    /** Adds a mitigation measure to the decision's current round (not once dropped). */
    async addMeasure(ctx: RequestContext, decisionId: string, b: z.infer<typeof measureBody>, key?: string) {
      const actor = requirePermission(ctx, 'stability.register');
      return db.transaction().execute(async (trx) => {
        const d = await decisionFor(trx, ctx, decisionId, 'stability.register', true);
        if (d.state === 'dropped') throw new ConflictError('stability.wrong_state');
        const { result } = await withIdempotency(trx, { userId: actor.userId, key, payload: b }, async () => {
          const id = uuidv7();
          await repo.insertMeasure(trx, {
            district_id: d.district_id,
            id,
            decision_id: d.id,
            round: d.round,
            content: b.content,
            owner: b.owner,
            due_on: b.dueOn,
          });
          await auditor.append(trx, ctx, {
            action: 'stability.measure.add',
            objectType: 'stability_measure',
            objectId: id,
            districtId: d.district_id,
            detail: { decision: d.id, owner: b.owner, dueOn: b.dueOn },
          });
          return { id };
        });
        return result;
      });
    },

    /** Records a measure's progress, done when doneOn is given (not in the future). */
    async progress(ctx: RequestContext, id: string, b: z.infer<typeof progressBody>, key?: string) {
      const actor = requirePermission(ctx, 'stability.register');
      if (b.doneOn && b.doneOn > today())
        throw new InvalidError([{ field: 'doneOn', key: 'stability.done_in_future' }]);
      return db.transaction().execute(async (trx) => {
        const m = await repo.findMeasure(trx, id, true);
        if (!m || !can(ctx.actor, 'stability.register', m.path)) throw new NotFoundError();
        const { result } = await withIdempotency(trx, { userId: actor.userId, key, payload: b }, async () => {
          if (m.version !== b.version) throw new ConflictError('stability.stale');
          if (m.done_on) throw new ConflictError('stability.measure_done');
          checkUpdated(
            await repo.updateMeasure(trx, m.district_id, m.id, m.version, {
              progress: b.progress,
              done_on: b.doneOn ?? null,
            }),
          );
          await auditor.append(trx, ctx, {
            action: 'stability.measure.progress',
            objectType: 'stability_measure',
            objectId: m.id,
            districtId: m.district_id,
            detail: { done: b.doneOn ?? null },
          });
          return { ok: true as const };
        });
        return result;
      });
    },

    /** Reports an incident after the decision (only once decided, not before the decision day). */
    async addIncident(
      ctx: RequestContext,
      decisionId: string,
      b: z.infer<typeof incidentBody>,
      key?: string,
    ) {
      const actor = requirePermission(ctx, 'stability.register');
      return db.transaction().execute(async (trx) => {
        const d = await decisionFor(trx, ctx, decisionId, 'stability.register', true);
        if (d.state !== 'decided') throw new ConflictError('stability.not_decided');
        if (d.decided_on && b.occurredOn < d.decided_on)
          throw new InvalidError([{ field: 'occurredOn', key: 'stability.incident_before_decision' }]);
        if (b.occurredOn > today())
          throw new InvalidError([{ field: 'occurredOn', key: 'stability.done_in_future' }]);
        const { result } = await withIdempotency(trx, { userId: actor.userId, key, payload: b }, async () => {
          const id = uuidv7();
          await repo.insertIncident(trx, {
            district_id: d.district_id,
            id,
            decision_id: d.id,
            occurred_on: b.occurredOn,
            summary: b.summary,
            event_no: b.eventNo,
            people: b.people,
            created_by: actor.userId,
          });
          await auditor.append(trx, ctx, {
            action: 'stability.incident.add',
            objectType: 'stability_incident',
            objectId: id,
            districtId: d.district_id,
            detail: { decision: d.id, occurredOn: b.occurredOn, eventNo: b.eventNo },
          });
          const params = { title: d.title, unit: d.node_name };
          await notify.send(trx, [
            {
              districtId: d.district_id,
              nodeId: d.district_id,
              kind: 'stability.incident',
              title: t('zh-CN', 'stability.notice.incident', params),
              titleKey: 'stability.notice.incident',
              titleParams: params,
              link: `/stability/decisions/${d.id}`,
              objectType: 'stability_decision',
              objectId: d.id,
            },
          ]);
          return { id };
        });
        return result;
      });
    },
  };
}
