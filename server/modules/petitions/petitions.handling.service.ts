/**
 * 诉访分离 and handling: the studio triages a visit (guided to a legal channel with a numbered 不予受理
 * 告知书, to a 心访 counsellor, or accepted as a petition with a numbered 受理告知书 and the handling
 * deadline), settles what it guided (resolved, agreement reached and carried out); the handling officer
 * assigns an accepted petition to a department, which replies; the petitioner rates the reply or asks
 * for a review within the district's review days; the officer closes. Each move checks the version,
 * locks the row, is audited and tells who is next.
 */
import type { z } from 'zod';
import { can, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, ForbiddenError, InvalidError } from '../../platform/errors.ts';
import type { Executor } from '../../platform/db/db.ts';
import { shanghaiDay, shanghaiYearOf } from '../../platform/time.ts';
import type { NotificationInput } from '../notify/index.ts';
import type { PetitionsCore, PetitionsDeps } from './petitions.core.ts';
import * as repo from './petitions.repository.ts';
import {
  addDays,
  move,
  noticeNumber,
  noticePrefix,
  type Action,
  type State,
  type Who,
} from './petitions.rules.ts';
import type { assignBody, rateBody, replyBody, settleBody, triageBody } from './petitions.schemas.ts';

const BY: Record<Action, Who> = {
  triage: 'studio',
  settle: 'studio',
  assign: 'handler',
  reply: 'dept',
  rate: 'petitioner',
  review: 'petitioner',
  close: 'handler',
};

/** Builds the moves of a visit. */
export function createHandlingService(deps: PetitionsDeps & { core: PetitionsCore }) {
  const { db, auditor, core } = deps;

  /**
   * Runs one move on a locked visit: 404 when not reached, 403 when the actor is not the one to
   * make it, 409 when stale or not open from the state; audited; answers the visit as now.
   */
  async function step(
    ctx: RequestContext,
    id: string,
    action: Action,
    version: number,
    work: (
      trx: Executor,
      v: repo.VisitRow,
    ) => Promise<{
      set: Parameters<typeof repo.updateVisit>[4];
      notices?: NotificationInput[];
      detail?: object;
    }>,
    route?: Parameters<typeof move>[2],
  ) {
    return db.transaction().execute(async (trx) => {
      const { v, who, actor } = await core.visitFor(ctx, id, trx, true);
      if (!who[BY[action]]) throw new ForbiddenError();
      if (v.version !== version) throw new ConflictError('petitions.stale');
      const to = move(v.state as State, action, route);
      if (!to) throw new ConflictError('petitions.wrong_state');
      const w = await work(trx, v);
      const r = await repo.updateVisit(trx, v.district_id, v.id, v.version, { ...w.set, state: to });
      if (r.numUpdatedRows === 0n) throw new ConflictError('petitions.stale');
      await auditor.append(trx, ctx, {
        action: `petitions.visit.${action}`,
        objectType: 'petitions_visit',
        objectId: v.id,
        districtId: v.district_id,
        detail: { from: v.state, to, ...w.detail },
      });
      if (w.notices?.length) await deps.notify.send(trx, w.notices);
      return core.out(actor, await core.studiosOf(actor, trx), (await repo.findVisit(trx, v.id))!);
    });
  }

  /** A notice to the resident who filed online (none for a walk-in). */
  const toPetitioner = (v: repo.VisitRow, key: string, title: string): NotificationInput[] =>
    v.resident_user_id
      ? [
          {
            districtId: v.district_id,
            userId: v.resident_user_id,
            kind: 'petitions.progress',
            title,
            titleKey: key,
            titleParams: { matter: v.matter.slice(0, 30) },
            link: '/petitions',
            objectType: 'petitions_visit',
            objectId: v.id,
          },
        ]
      : [];

  return {
    /**
     * 诉访分离: the studio routes a registered visit; a petition is accepted with its deadlines. A
     * matter handed to people's mediation is referred inside the triage: when the mediation module
     * refuses or fails, the whole triage rolls back (no notice number spent, the visit still
     * registered, 409 petitions.mediation_failed), so triaging again is the retry.
     */
    async triage(ctx: RequestContext, id: string, b: z.infer<typeof triageBody>) {
      if (b.toMediation && b.route !== 'mediation')
        throw new InvalidError([{ field: 'toMediation', key: 'petitions.mediation_only' }]);
      const handOff = b.toMediation && deps.mediation && can(ctx.actor, 'mediation.intake');
      return step(
        ctx,
        id,
        'triage',
        b.version,
        async (trx, v) => {
          if (b.studioId) {
            const s = await repo.findStudio(trx, b.studioId);
            if (!s || s.district_id !== v.district_id || !v.path.startsWith(s.path))
              throw new InvalidError([{ field: 'studioId', key: 'petitions.studio_unknown' }]);
          }
          const today = shanghaiDay();
          const d = await core.deadlines(v.district_id, trx);
          const kind = b.route === 'petition' ? 'accept' : b.route === 'psych' ? null : 'reject';
          const notice = kind
            ? noticeNumber(
                noticePrefix(await repo.nodeName(trx, v.district_id, v.district_id)),
                kind,
                shanghaiYearOf(),
                await repo.nextNoticeSeq(trx, v.district_id, shanghaiYearOf(), kind),
              )
            : null;
          let referral: { number: string } | null = null;
          if (handOff) {
            try {
              referral = await deps.mediation!.refer(ctx, {
                nodeId: v.node_id,
                title: v.matter.slice(0, 100),
                summary: v.matter,
                referredBy: notice ?? '',
              });
            } catch {
              throw new ConflictError('petitions.mediation_failed');
            }
          }
          return {
            set: {
              route: b.route,
              route_note: b.note,
              studio_id: b.studioId ?? v.studio_id,
              triaged_on: today,
              triaged_by: ctx.actor!.userId,
              notice_no: notice,
              handle_due: b.route === 'petition' ? addDays(today, d.handleDays) : null,
              ...(referral ? { mediation_case_no: referral.number } : {}),
            },
            detail: { route: b.route, notice, ...(referral ? { mediationCase: referral.number } : {}) },
            notices: toPetitioner(
              v,
              b.route === 'petition' ? 'petitions.notice.accepted' : 'petitions.notice.guided',
              b.route === 'petition' ? `您的信访事项已受理` : `您的来访事项已引导至法定途径`,
            ),
          };
        },
        b.route,
      );
    },

    /** The studio records how a guided matter ended (化解 or not; agreement reached and carried out). */
    settle: (ctx: RequestContext, id: string, b: z.infer<typeof settleBody>) =>
      step(ctx, id, 'settle', b.version, async (_trx, v) => {
        if (b.executed && !b.agreement)
          throw new InvalidError([{ field: 'executed', key: 'petitions.executed_without_agreement' }]);
        return {
          set: {
            outcome: b.outcome,
            agreement: b.agreement,
            executed: b.agreement ? b.executed : null,
            route_note: b.note || v.route_note,
            closed_on: shanghaiDay(),
          },
          detail: { outcome: b.outcome, agreement: b.agreement, executed: b.executed },
        };
      }),

    /** The handling officer assigns an accepted petition to a department of the district. */
    assign: (ctx: RequestContext, id: string, b: z.infer<typeof assignBody>) =>
      step(ctx, id, 'assign', b.version, async (trx, v) => {
        const dept = await repo.findNode(trx, b.deptNodeId);
        if (!dept || dept.district_id !== v.district_id || dept.level !== 'department')
          throw new InvalidError([{ field: 'deptNodeId', key: 'petitions.not_department' }]);
        return {
          set: { dept_node_id: dept.id, assigned_on: shanghaiDay() },
          detail: { dept: dept.id },
          notices: [
            {
              districtId: v.district_id,
              nodeId: dept.id,
              kind: 'petitions.assigned',
              title: `信访事项交办：${v.matter.slice(0, 30)}（${v.handle_due}前答复）`,
              titleKey: 'petitions.notice.assigned',
              titleParams: { matter: v.matter.slice(0, 30), due: v.handle_due },
              link: '/petitions',
              objectType: 'petitions_visit',
              objectId: v.id,
            },
          ],
        };
      }),

    /** The department replies (or replies again after a review request). */
    reply: (ctx: RequestContext, id: string, b: z.infer<typeof replyBody>) =>
      step(ctx, id, 'reply', b.version, async (_trx, v) => ({
        set: { reply: b.reply, replied_on: shanghaiDay() },
        detail: { onTime: !!v.handle_due && shanghaiDay() <= v.handle_due },
        notices: [
          ...toPetitioner(v, 'petitions.notice.replied', '您的信访事项已答复'),
          {
            districtId: v.district_id,
            nodeId: v.node_id,
            kind: 'petitions.replied',
            title: `信访事项已答复：${v.matter.slice(0, 30)}`,
            titleKey: 'petitions.notice.replied_officer',
            titleParams: { matter: v.matter.slice(0, 30) },
            link: '/petitions',
            objectType: 'petitions_visit',
            objectId: v.id,
          },
        ],
      })),

    /** The petitioner rates the reply, asks for a review (within the review days), or the officer closes. */
    async rate(ctx: RequestContext, id: string, b: z.infer<typeof rateBody>) {
      if (b.action === 'rate' && !b.satisfaction)
        throw new InvalidError([{ field: 'satisfaction', key: 'petitions.satisfaction_required' }]);
      if (b.action === 'review' && !b.reason)
        throw new InvalidError([{ field: 'reason', key: 'petitions.reason_required' }]);
      return step(ctx, id, b.action, b.version, async (trx, v) => {
        if (b.action === 'review') {
          const d = await core.deadlines(v.district_id, trx);
          if (v.replied_on && addDays(v.replied_on, d.reviewDays) < shanghaiDay())
            throw new InvalidError([{ field: 'reason', key: 'petitions.review_late' }]);
          return {
            set: { review_reason: b.reason },
            detail: { review: true },
            notices: v.dept_node_id
              ? [
                  {
                    districtId: v.district_id,
                    nodeId: v.dept_node_id,
                    kind: 'petitions.review',
                    title: `信访人申请复查：${v.matter.slice(0, 30)}`,
                    titleKey: 'petitions.notice.review',
                    titleParams: { matter: v.matter.slice(0, 30) },
                    link: '/petitions',
                    objectType: 'petitions_visit',
                    objectId: v.id,
                  },
                ]
              : [],
          };
        }
        return {
          set: { satisfaction: b.satisfaction ?? null, closed_on: shanghaiDay() },
          detail: { satisfaction: b.satisfaction ?? null },
        };
      });
    },
  };
}
