/**
 * Review scores and the money out: district reviewers score eligible applications (never one of
 * their own node or organisation; a score, once submitted, is locked); the fund office pays the
 * agreement's tranches by progress (the first on signing, the middle ones after progress reports,
 * the last after a passing 结项评估); applicants report progress (idempotent for phones).
 */
import type { z } from 'zod';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, ForbiddenError, InvalidError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { keyedTitle } from '../notify/index.ts';
import { yuan, type SocialfundCore, type SocialfundDeps } from './socialfund.core.ts';
import * as repo from './socialfund.repository.ts';
import { SCORING_STATES, trancheProblem, type AppState, type Grade } from './socialfund.rules.ts';
import type { payBody, reportBody, scoreBody } from './socialfund.schemas.ts';

/** Builds the scoring, payment and report verbs. */
export function createDeliveryService(deps: SocialfundDeps & { core: SocialfundCore }) {
  const { db, auditor, core } = deps;

  return {
    /** A reviewer's score of an eligible application; locked once submitted. */
    async score(ctx: RequestContext, id: string, b: z.infer<typeof scoreBody>) {
      const actor = requirePermission(ctx, 'socialfund.review');
      return db.transaction().execute(async (trx) => {
        const { a, orgId } = await core.visibleApplication(ctx, id, trx, true);
        if (!core.mayScore(ctx, a, orgId)) throw new ForbiddenError('socialfund.conflicted');
        if (!SCORING_STATES.includes(a.state as AppState)) throw new ConflictError('socialfund.not_scoring');
        const stored = await repo.insertScore(trx, {
          district_id: a.district_id,
          application_id: a.id,
          reviewer_id: actor.userId,
          reviewer_name: actor.displayName,
          score: b.score,
          comment: b.comment,
        });
        if (!stored) throw new ConflictError('socialfund.scored');
        await auditor.append(trx, ctx, {
          action: 'socialfund.application.score',
          objectType: 'socialfund_application',
          objectId: a.id,
          districtId: a.district_id,
          detail: { score: b.score },
        });
        return core.applicationOut(ctx, a, orgId, trx);
      });
    },

    /** Pays a tranche of an agreement when its condition is met; the applicant is told. */
    async pay(ctx: RequestContext, id: string, b: z.infer<typeof payBody>) {
      requirePermission(ctx, 'socialfund.manage');
      return db.transaction().execute(async (trx) => {
        const { a, orgId } = await core.visibleApplication(ctx, id, trx, true);
        if (!core.rolesOn(ctx, a, orgId).includes('office')) throw new ForbiddenError();
        if (!['agreed', 'completed', 'failed'].includes(a.state))
          throw new ConflictError('socialfund.not_agreed');
        const tranches = await repo.findTranches(trx, [a.id]);
        const t = tranches.find((x) => x.seq === b.seq);
        if (!t) throw new InvalidError([{ field: 'seq', key: 'socialfund.no_tranche' }]);
        if (t.state === 'paid') throw new ConflictError('socialfund.tranche_paid');
        if (t.state === 'cancelled') throw new ConflictError('socialfund.failed');
        const earlierDue = tranches.some((x) => x.seq < t.seq && x.state !== 'paid');
        const p = earlierDue
          ? 'needs_payment'
          : trancheProblem(t.seq, tranches.length, a.report_count, a.grade as Grade | null);
        if (p) throw new ConflictError(`socialfund.${p}`);
        await repo.payTranche(trx, a.district_id, a.id, t.seq, b.paidOn);
        await auditor.append(trx, ctx, {
          action: 'socialfund.tranche.pay',
          objectType: 'socialfund_application',
          objectId: a.id,
          districtId: a.district_id,
          detail: { seq: t.seq, amountFen: t.amount_fen, paidOn: b.paidOn },
        });
        await deps.notify.send(trx, [
          {
            districtId: a.district_id,
            userId: a.user_id,
            kind: 'socialfund.paid',
            ...keyedTitle('socialfund.notice.paid', {
              fund: a.fund_name,
              title: a.title,
              seq: t.seq,
              amount: yuan(t.amount_fen),
            }),
            link: `/socialfund/applications/${a.id}`,
            objectType: 'socialfund_application',
            objectId: a.id,
          },
        ]);
        return core.applicationOut(ctx, (await repo.findApplication(trx, a.id))!, orgId, trx);
      });
    },

    /** The applicant's progress report on a project under way (idempotent for phones). */
    async report(ctx: RequestContext, id: string, b: z.infer<typeof reportBody>, key?: string) {
      const actor = requirePermission(ctx, 'socialfund.apply');
      return db.transaction().execute(async (trx) => {
        const { a, orgId } = await core.visibleApplication(ctx, id, trx, true);
        if (!core.rolesOn(ctx, a, orgId).includes('applicant'))
          throw new ForbiddenError('socialfund.not_applicant');
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key, payload: { id, b } },
          async () => {
            if (a.state !== 'agreed') throw new ConflictError('socialfund.not_agreed');
            const rid = uuidv7();
            await repo.insertReport(trx, {
              district_id: a.district_id,
              id: rid,
              application_id: a.id,
              progress: b.progress,
              served: b.served,
              text: b.text,
              user_id: actor.userId,
              reported_on: shanghaiDay(),
            });
            await auditor.append(trx, ctx, {
              action: 'socialfund.report.create',
              objectType: 'socialfund_application',
              objectId: a.id,
              districtId: a.district_id,
              detail: { report: rid, progress: b.progress, served: b.served },
            });
            return { id: rid };
          },
        );
        return result;
      });
    },
  };
}
