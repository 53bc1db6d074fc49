/**
 * 服药补贴 (seed 003: any resident patient may apply, 户籍 or not): an application entered for a
 * patient, checked by the community, approved by the street (a rejection needs a reason), then one
 * payment row per month.
 */
import type { z } from 'zod';
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  checkUpdated,
  patientFor,
  patientScope,
  subsidyOut,
  subsidyRoles,
  today,
  type PsychDeps,
} from './psych.core.ts';
import { subsidyApprovedNotices } from './psych.notices.service.ts';
import * as repo from './psych.repository.ts';
import { subsidyMove } from './psych.rules.ts';
import type { paymentBody, subsidyBody, subsidyMoveBody } from './psych.schemas.ts';

/** Builds the subsidy verbs. */
export function createSubsidiesService(deps: PsychDeps) {
  const { db, auditor, notify } = deps;

  /** An application the actor may act on (checks or approves at its patient's node), 404 otherwise. */
  async function subsidyFor(ctx: RequestContext, trx: typeof db, id: string, lock: boolean) {
    const s = await repo.findSubsidy(trx, id, lock);
    if (!s || !subsidyRoles(ctx.actor, s.path).length) throw new NotFoundError();
    return s;
  }

  return {
    /** Applications the actor sees: patients they see, and those at nodes where they check or approve. */
    async listSubsidies(ctx: RequestContext, q: { state?: string }) {
      const roots = [
        ...scopePaths(ctx.actor, 'psych.subsidy.check'),
        ...scopePaths(ctx.actor, 'psych.subsidy.approve'),
      ];
      const rows = await repo.findSubsidies(
        db,
        repo.eitherWhere(patientScope(ctx.actor, 'psych.patients'), repo.patientsWhere(roots, null)),
        q.state,
      );
      return { items: rows.map((s) => subsidyOut(ctx.actor, s)) };
    },

    /** Enters an application for a patient (户籍 not required; one live application per patient). */
    async apply(ctx: RequestContext, patientId: string, b: z.infer<typeof subsidyBody>) {
      return db.transaction().execute(async (trx) => {
        const p = await patientFor(trx, ctx, patientId, 'psych.subsidy.apply', true);
        const live = await repo.findSubsidies(trx, repo.subsidyOfPatient(p.district_id, p.id));
        if (live.some((s) => s.state !== 'rejected')) throw new ConflictError('psych.subsidy_live');
        const id = uuidv7();
        await repo.insertSubsidy(trx, {
          district_id: p.district_id,
          id,
          patient_id: p.id,
          applied_on: today(),
          monthly_fen: b.monthlyFen,
          state: 'applied',
        });
        await auditor.append(trx, ctx, {
          action: 'psych.subsidy.apply',
          objectType: 'psych_subsidy',
          objectId: id,
          districtId: p.district_id,
          detail: { patient: p.id, monthlyFen: b.monthlyFen, huji: p.huji },
        });
        return { id };
      });
    },

    /** Check, approve or reject (with a reason). */
    async move(ctx: RequestContext, id: string, b: z.infer<typeof subsidyMoveBody>) {
      if (b.action === 'reject' && !b.reason)
        throw new InvalidError([{ field: 'reason', key: 'psych.reason_required' }]);
      return db.transaction().execute(async (trx) => {
        const s = await subsidyFor(ctx, trx, id, true);
        const to = subsidyMove(s.state, b.action, subsidyRoles(ctx.actor, s.path));
        if (!to) throw new ConflictError('psych.wrong_state');
        const actor = ctx.actor!.userId;
        checkUpdated(
          await repo.updateSubsidy(trx, s.district_id, s.id, b.version, {
            state: to,
            reason: b.action === 'reject' ? b.reason : '',
            ...(b.action === 'check' ? { checked_by: actor } : {}),
            ...(to === 'approved' || to === 'rejected' ? { approved_by: actor, decided_on: today() } : {}),
          }),
        );
        await auditor.append(trx, ctx, {
          action: `psych.subsidy.${b.action}`,
          objectType: 'psych_subsidy',
          objectId: s.id,
          districtId: s.district_id,
          detail: { from: s.state, to, reason: b.reason },
        });
        if (to === 'approved') await notify.send(trx, subsidyApprovedNotices(s));
        return { state: to };
      });
    },

    /** Records a month's payment of an approved subsidy (once per month). */
    async pay(ctx: RequestContext, id: string, b: z.infer<typeof paymentBody>) {
      await db.transaction().execute(async (trx) => {
        const s = await subsidyFor(ctx, trx, id, true);
        if (!subsidyRoles(ctx.actor, s.path).includes('street')) throw new NotFoundError();
        if (s.state !== 'approved') throw new ConflictError('psych.not_approved');
        if (b.month < s.applied_on.slice(0, 7) || b.month > today().slice(0, 7))
          throw new InvalidError([{ field: 'month', key: 'psych.month_outside' }]);
        const added = await repo.insertPayment(trx, {
          district_id: s.district_id,
          subsidy_id: s.id,
          month: b.month,
          amount_fen: s.monthly_fen,
          paid_on: today(),
        });
        if (!added)
          throw new ConflictError('psych.month_paid', {}, [{ field: 'month', key: 'psych.month_paid' }]);
        await auditor.append(trx, ctx, {
          action: 'psych.subsidy.pay',
          objectType: 'psych_subsidy',
          objectId: s.id,
          districtId: s.district_id,
          detail: { month: b.month, amountFen: s.monthly_fen },
        });
      });
      return { ok: true as const };
    },
  };
}
