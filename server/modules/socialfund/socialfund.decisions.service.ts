/**
 * An application's moves (the state machine in the rules): the applicant submits before the call
 * closes; the fund office checks eligibility, funds (≤ the cap and the round's remaining budget,
 * checked under the round's row lock so two decisions at once never overspend) or declines, signs
 * the agreement (its tranches from the fund's plan), and makes the final evaluation 结项评估:
 * 优秀/合格 completes it, 不合格 records the clawback and cancels what is unpaid. Applicants are told
 * of decisions and evaluations.
 */
import type { z } from 'zod';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { keyedTitle } from '../notify/index.ts';
import { checkUpdated, yuan, type SocialfundCore, type SocialfundDeps } from './socialfund.core.ts';
import { assertCallOpen } from './socialfund.applications.service.ts';
import * as repo from './socialfund.repository.ts';
import { shanghaiThisYear } from '../../platform/time.ts';
import {
  agreementNumber,
  appMove,
  clawbackOf,
  evaluationProblem,
  FUNDED_STATES,
  grantProblem,
  trancheAmounts,
  type AppState,
  type RoundState,
} from './socialfund.rules.ts';
import type { moveBody } from './socialfund.schemas.ts';

/** Builds the move verb. */
export function createDecisionsService(deps: SocialfundDeps & { core: SocialfundCore }) {
  const { db, auditor, core } = deps;

  /** Tells the applicant's account, in the change's transaction. */
  const tell = (
    trx: Executor,
    a: repo.ApplicationRow,
    kind: string,
    key: string,
    params: Record<string, unknown>,
  ) =>
    deps.notify.send(trx, [
      {
        districtId: a.district_id,
        userId: a.user_id,
        kind,
        ...keyedTitle(key, { fund: a.fund_name, title: a.title, ...params }),
        link: `/socialfund/applications/${a.id}`,
        objectType: 'socialfund_application',
        objectId: a.id,
      },
    ]);

  return {
    /**
     * The printable 资助协议 of a granted application (404 before it is granted): its number, the
     * parties, the grant and the tranches by the round's plan (paid as progress is reported).
     */
    async agreement(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'socialfund.read');
      const { a } = await core.visibleApplication(ctx, id);
      if (
        !FUNDED_STATES.includes(a.state as AppState) ||
        !a.agreement_year ||
        !a.agreement_seq ||
        !a.granted_fen
      )
        throw new NotFoundError();
      const r = (await repo.findRound(db, a.round_id))!;
      const amounts = trancheAmounts(a.granted_fen, r.tranche_plan);
      return {
        number: agreementNumber(a.agreement_year, a.agreement_seq),
        districtName: (await repo.findNode(db, a.district_id))?.name ?? '',
        fundName: a.fund_name,
        roundTitle: a.round_title,
        applicantName: a.applicant_name,
        title: a.title,
        category: a.category,
        summary: a.summary,
        beneficiaries: a.beneficiaries,
        grantedFen: a.granted_fen,
        tranches: r.tranche_plan.map((percent, i) => ({ seq: i + 1, percent, amountFen: amounts[i] })),
        signedOn: a.agreement_on,
      };
    },

    /** Moves an application (submit, eligibility, decision, agreement, 结项评估). */
    async moveApplication(ctx: RequestContext, id: string, b: z.infer<typeof moveBody>) {
      requirePermission(ctx, 'socialfund.read');
      return db.transaction().execute(async (trx) => {
        const { a, orgId } = await core.visibleApplication(ctx, id, trx, true);
        const roles = core.rolesOn(ctx, a, orgId);
        if (roles.length === 0) throw new ForbiddenError();
        if (a.version !== b.version) throw new ConflictError('socialfund.stale');
        // decisions hold the round's row lock: the remaining budget is read and spent under it
        const r = (await repo.findRound(trx, a.round_id, b.action === 'fund'))!;
        if (b.action === 'submit' && roles.includes('applicant') && a.state === 'draft') assertCallOpen(r);
        const m = appMove(a.state as AppState, b.action, roles, r.state as RoundState);
        if ('problem' in m) {
          if (m.problem === 'not_yours') throw new ForbiddenError();
          throw new ConflictError(
            m.problem === 'round_state' ? 'socialfund.round_state' : 'socialfund.wrong_state',
          );
        }
        const set: Parameters<typeof repo.updateApplication>[4] = { state: m.to };
        if (b.note !== undefined) set.office_note = b.note;
        const detail: Record<string, unknown> = { from: a.state, to: m.to };
        if (b.action === 'submit') set.submitted_at = new Date().toISOString();
        if (b.action === 'withdraw') {
          if (!b.reason) throw new InvalidError([{ field: 'reason', key: 'socialfund.reason_required' }]);
          set.withdraw_reason = b.reason;
          detail.reason = b.reason;
        }
        if (b.action === 'fund') {
          if (b.grantedFen === undefined)
            throw new InvalidError([{ field: 'grantedFen', key: 'socialfund.grant_required' }]);
          const p = grantProblem(b.grantedFen, {
            capFen: r.cap_fen,
            budgetFen: r.budget_fen,
            allocatedFen: r.allocated_fen,
          });
          if (p)
            throw new InvalidError([
              {
                field: 'grantedFen',
                key: `socialfund.${p}`,
                params: { cap: yuan(r.cap_fen), left: yuan(r.budget_fen - r.allocated_fen) },
              },
            ]);
          set.granted_fen = b.grantedFen;
          // the 资助协议 is drawn up once granted: its number, gapless per district and year
          set.agreement_year = shanghaiThisYear();
          set.agreement_seq = await repo.nextAgreementNo(trx, a.district_id, set.agreement_year);
          detail.grantedFen = b.grantedFen;
          detail.agreementNo = agreementNumber(set.agreement_year, set.agreement_seq);
          await repo.addAllocated(trx, r.district_id, r.id, b.grantedFen);
        }
        if (b.action === 'sign') {
          if (!b.signedOn) throw new InvalidError([{ field: 'signedOn', key: 'socialfund.signed_required' }]);
          set.agreement_on = b.signedOn;
          const amounts = trancheAmounts(a.granted_fen!, r.tranche_plan);
          await repo.insertTranches(
            trx,
            r.tranche_plan.map((p, i) => ({
              district_id: a.district_id,
              application_id: a.id,
              seq: i + 1,
              percent: p,
              amount_fen: amounts[i],
            })),
          );
          detail.signedOn = b.signedOn;
        }
        if (b.action === 'pass' || b.action === 'fail') {
          const tranches = await repo.findTranches(trx, [a.id]);
          const paid = tranches.filter((t) => t.state === 'paid');
          const p = evaluationProblem(tranches.length, paid.length, a.report_count);
          if (p) throw new ConflictError(`socialfund.${p}`);
          set.grade = b.action === 'fail' ? 'fail' : b.excellent ? 'excellent' : 'pass';
          if (b.action === 'fail') {
            const paidFen = paid.reduce((s, t) => s + t.amount_fen, 0);
            const c = clawbackOf(paidFen, b.clawbackFen);
            if (c === 'over_paid')
              throw new InvalidError([
                { field: 'clawbackFen', key: 'socialfund.over_paid', params: { paid: yuan(paidFen) } },
              ]);
            set.clawback_fen = c;
            detail.clawbackFen = c;
            await repo.cancelDueTranches(trx, a.district_id, a.id);
          }
          detail.grade = set.grade;
        }
        checkUpdated(await repo.updateApplication(trx, a.district_id, a.id, a.version, set));
        await auditor.append(trx, ctx, {
          action: `socialfund.application.${b.action}`,
          objectType: 'socialfund_application',
          objectId: a.id,
          districtId: a.district_id,
          detail,
        });
        if (b.action === 'fund')
          await tell(trx, a, 'socialfund.decided', 'socialfund.notice.funded', {
            amount: yuan(b.grantedFen!),
          });
        if (b.action === 'decline')
          await tell(trx, a, 'socialfund.decided', 'socialfund.notice.declined', {});
        if (b.action === 'pass' || b.action === 'fail')
          await tell(trx, a, 'socialfund.evaluated', 'socialfund.notice.evaluated', {
            grade: { $t: `socialfund.grade.${set.grade}` },
          });
        return core.applicationOut(ctx, (await repo.findApplication(trx, a.id))!, orgId, trx);
      });
    },
  };
}
