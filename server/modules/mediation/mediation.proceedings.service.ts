/**
 * A case's proceedings (seed 003, Futian): heard (with minutes, step by step of 党群调解331); assigned,
 * ended by an agreement or not, referred to 司法确认 or 诉调对接 with the outcome recorded (the state
 * machine is MACHINE in mediation.rules.ts); 心访 referrals. A mediator sees only their own cases.
 */
import type { z } from 'zod';
import type { RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { MediationCore, MediationDeps } from './mediation.core.ts';
import * as repo from './mediation.repository.ts';
import type { CaseRow } from './mediation.repository.ts';
import { MACHINE, nextState, REFERRAL_ANSWERS, resultOf, type State } from './mediation.rules.ts';
import type { hearingBody, psychBody, transitionBody } from './mediation.schemas.ts';

/** Builds the verbs of a case's proceedings. */
export function createProceedingsService(deps: MediationDeps & { core: MediationCore }) {
  const { db, auditor, core } = deps;

  /** Tells someone of a step on a case, inside the change's transaction. */
  async function tell(
    trx: Executor,
    c: CaseRow,
    userId: string | null,
    title: string,
    key: string,
    except?: string,
  ) {
    if (!userId || userId === except) return;
    await deps.notify.send(trx, [
      {
        districtId: c.district_id,
        userId,
        kind: 'mediation.case',
        title,
        titleKey: key,
        titleParams: { number: c.number, title: c.title },
        link: `/mediation/cases/${c.id}`,
        objectType: 'mediation_case',
        objectId: c.id,
      },
    ]);
  }

  return {
    /** Records a hearing with its minutes (the case is then being mediated, at that step). */
    async hear(ctx: RequestContext, id: string, input: z.infer<typeof hearingBody>) {
      return db.transaction().execute(async (trx) => {
        const c = await core.visibleCase(ctx, id, 'mediation.mediate', trx, true);
        if (!core.mayMediate(ctx.actor, c)) throw new NotFoundError();
        const to = nextState(c.state as State, 'hear');
        if (!to) throw new ConflictError('mediation.wrong_state');
        const steps = await core.steps(trx, c.district_id);
        if (input.stepCode && !steps.some((s) => s.code === input.stepCode))
          throw new InvalidError([{ field: 'stepCode', key: 'mediation.no_step' }]);
        const hid = uuidv7();
        await repo.insertHearing(trx, {
          district_id: c.district_id,
          id: hid,
          case_id: c.id,
          held_at: new Date(input.heldAt),
          place: input.place,
          step_code: input.stepCode ?? null,
          attendees: input.attendees,
          minutes: input.minutes,
          created_by: ctx.actor!.userId,
        });
        await repo.moveCase(
          trx,
          c,
          { state: to, step_code: input.stepCode ?? c.step_code },
          { action: 'hear', note: input.place, byUser: ctx.actor!.userId },
        );
        await auditor.append(trx, ctx, {
          action: 'mediation.case.hear',
          objectType: 'mediation_case',
          objectId: c.id,
          districtId: c.district_id,
          detail: { hearingId: hid, stepCode: input.stepCode ?? null },
        });
        return { id: hid };
      });
    },

    /** Takes a step of the state machine (assign, agree, fail, refer, record an outcome, close). */
    async transition(ctx: RequestContext, id: string, input: z.infer<typeof transitionBody>) {
      const m = MACHINE[input.action];
      const action = m.by === 'manage' ? 'mediation.manage' : 'mediation.mediate';
      return db.transaction().execute(async (trx) => {
        const c = await core.visibleCase(ctx, id, action, trx, true);
        if (m.by === 'manage' ? !core.mayManage(ctx.actor, c) : !core.mayMediate(ctx.actor, c))
          throw new NotFoundError();
        if (c.version !== input.version) throw new ConflictError('mediation.stale');
        const to = nextState(c.state as State, input.action);
        if (!to) throw new ConflictError('mediation.wrong_state');
        const patch: Parameters<typeof repo.moveCase>[2] = { state: to };
        const result = resultOf(c.state as State, input.action);
        if (result) patch.result = result;
        const actorId = ctx.actor!.userId;
        switch (input.action) {
          case 'assign': {
            if (!input.roomId || !input.mediatorUserId)
              throw new InvalidError([
                { field: input.roomId ? 'mediatorUserId' : 'roomId', key: 'mediation.assign_needs' },
              ]);
            const room = await core.roomFor(input.roomId, c);
            if (!(await repo.sitsIn(trx, room.id, input.mediatorUserId)))
              throw new InvalidError([{ field: 'mediatorUserId', key: 'mediation.not_in_room' }]);
            patch.room_id = room.id;
            patch.mediator_user_id = input.mediatorUserId;
            break;
          }
          case 'agree':
            if (!input.agreement)
              throw new InvalidError([{ field: 'agreement', key: 'mediation.agreement_needed' }]);
            await repo.saveAgreement(trx, {
              district_id: c.district_id,
              case_id: c.id,
              text: input.agreement.text,
              performance: input.agreement.performance,
              signed_on: input.agreement.signedOn,
              created_by: actorId,
            });
            break;
          case 'fail':
            if (!input.note) throw new InvalidError([{ field: 'note', key: 'mediation.note_needed' }]);
            break;
          case 'refer_confirmation':
          case 'refer_court':
            if (!input.toName) throw new InvalidError([{ field: 'toName', key: 'mediation.to_needed' }]);
            await repo.insertReferral(trx, {
              district_id: c.district_id,
              id: uuidv7(),
              case_id: c.id,
              kind: input.action === 'refer_confirmation' ? 'judicial_confirmation' : 'court_mediation',
              to_name: input.toName,
              note: input.note,
              created_by: actorId,
            });
            break;
          default: {
            const answer = REFERRAL_ANSWERS[input.action];
            if (answer)
              await repo.referralOutcome(trx, c.district_id, c.id, answer.kind, answer.outcome, input.note);
          }
        }
        await repo.moveCase(trx, c, patch, { action: input.action, note: input.note, byUser: actorId });
        await auditor.append(trx, ctx, {
          action: `mediation.case.${input.action}`,
          objectType: 'mediation_case',
          objectId: c.id,
          districtId: c.district_id,
          detail: {
            from: c.state,
            to,
            result: result ?? null,
            roomId: patch.room_id,
            mediatorUserId: patch.mediator_user_id,
          },
        });
        if (input.action === 'assign')
          await tell(
            trx,
            c,
            input.mediatorUserId!,
            `纠纷案件 ${c.number}《${c.title}》已分派给您调解`,
            'mediation.notice.assigned',
            actorId,
          );
        else if (result)
          await tell(
            trx,
            c,
            c.created_by,
            `纠纷案件 ${c.number}《${c.title}》已办结`,
            'mediation.notice.closed',
            actorId,
          );
        return { state: to, result: result ?? null };
      });
    },

    /** Refers a party to 心访 psychological services (the case goes on). */
    async referPsych(ctx: RequestContext, id: string, input: z.infer<typeof psychBody>) {
      const c = await core.visibleCase(ctx, id, 'mediation.mediate');
      if (!core.mayMediate(ctx.actor, c)) throw new NotFoundError();
      const rid = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertReferral(trx, {
          district_id: c.district_id,
          id: rid,
          case_id: c.id,
          kind: 'psychological',
          to_name: input.toName,
          note: input.note,
          created_by: ctx.actor!.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'mediation.case.psych',
          objectType: 'mediation_case',
          objectId: c.id,
          districtId: c.district_id,
          detail: { referralId: rid, toName: input.toName },
        });
      });
      return { id: rid };
    },

    /** Records the outcome of a 心访 referral. */
    async psychOutcome(
      ctx: RequestContext,
      id: string,
      input: { outcome: 'done' | 'declined'; note: string },
    ) {
      const c = await core.visibleCase(ctx, id, 'mediation.mediate');
      if (!core.mayMediate(ctx.actor, c)) throw new NotFoundError();
      await db.transaction().execute(async (trx) => {
        if (
          !(await repo.referralOutcome(trx, c.district_id, c.id, 'psychological', input.outcome, input.note))
        )
          throw new ConflictError('mediation.no_open_referral');
        await auditor.append(trx, ctx, {
          action: 'mediation.case.psych_outcome',
          objectType: 'mediation_case',
          objectId: c.id,
          districtId: c.district_id,
          detail: { ...input },
        });
      });
      return { ok: true as const };
    },
  };
}
