/**
 * Applications to a round: a social organisation (its staff account, the organisation from the
 * socialorgs register) or a party committee (an officer of the street or community) fills in a
 * draft with its budget lines and expected beneficiaries and submits it before the call closes.
 * Listing and reading follow who oversees, reviews or made it.
 */
import type { z } from 'zod';
import { requirePermission, roleCan, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { checkUpdated, type SocialfundCore, type SocialfundDeps } from './socialfund.core.ts';
import type { createFundsService } from './socialfund.funds.service.ts';
import * as repo from './socialfund.repository.ts';
import { callProblem } from './socialfund.rules.ts';
import type { applicationBody, applicationPatch, listQuery } from './socialfund.schemas.ts';

/** Throws 409 with the call's dates when it does not take submissions today. */
export function assertCallOpen(r: { state: string; opens_on: string; closes_on: string }) {
  const p = callProblem({ state: r.state, opensOn: r.opens_on, closesOn: r.closes_on }, shanghaiDay());
  if (p === 'closed') throw new ConflictError('socialfund.call_closed', { closesOn: r.closes_on });
  if (p === 'not_open') throw new ConflictError('socialfund.call_not_open', { opensOn: r.opens_on });
}

/** Builds the application verbs. */
export function createApplicationsService(
  deps: SocialfundDeps & { core: SocialfundCore; funds: ReturnType<typeof createFundsService> },
) {
  const { db, auditor, core } = deps;

  const checkCategory = (r: repo.RoundRow, category: string) => {
    if (!r.categories.includes(category))
      throw new InvalidError([
        {
          field: 'category',
          key: 'socialfund.unknown_category',
          params: { values: r.categories.join('、') },
        },
      ]);
  };
  const total = (lines: { amountFen: number }[]) => lines.reduce((s, l) => s + l.amountFen, 0);

  /** Who applies: the actor's organisation for the social fund, the committee's node for the party fund. */
  async function applicantOf(
    ctx: RequestContext,
    r: repo.RoundRow,
    nodeId: string | undefined,
    exec: Executor,
  ) {
    const actor = ctx.actor!;
    if (r.fund_kind === 'social') {
      const org = await core.orgOf(ctx);
      if (!org) {
        if (nodeId) throw new InvalidError([{ field: 'nodeId', key: 'socialfund.wrong_applicant_org' }]);
        throw new InvalidError([{ field: 'nodeId', key: 'socialfund.no_org' }]);
      }
      if (org.districtId !== r.district_id) throw new NotFoundError();
      const [n] = await repo.findNodesByIds(exec, [org.nodeId]);
      return { nodeId: org.nodeId, orgId: org.id, name: org.name, nodeName: n?.name ?? '' };
    }
    if (!nodeId) throw new InvalidError([{ field: 'nodeId', key: 'socialfund.node_required' }]);
    const held = actor.grants.some(
      (g) => g.nodeId === nodeId && g.role !== 'social_org' && roleCan(g.role, 'socialfund.apply'),
    );
    const [n] = await repo.findNodesByIds(exec, [nodeId]);
    if (!held || !n || n.district_id !== r.district_id || !['street', 'community'].includes(n.level))
      throw new InvalidError([{ field: 'nodeId', key: 'socialfund.wrong_applicant_party' }]);
    return { nodeId: n.id, orgId: null, name: `${n.name}党（工）委`, nodeName: n.name };
  }

  return {
    /** Applications the actor may see (of one round, or all), oldest first. */
    async listApplications(ctx: RequestContext, q: z.infer<typeof listQuery>) {
      requirePermission(ctx, 'socialfund.read');
      const v = await core.visibility(ctx);
      let where = repo.applicationVisible(v);
      if (q.roundId) {
        const r = await deps.funds.visibleRound(ctx, q.roundId);
        where = repo.both(repo.ofRound(r.district_id, r.id), where);
      }
      return core.rowsOut(ctx, await repo.findApplications(db, where, 1000), v.orgId);
    },

    /** One application with its lines, scores, tranches and reports as the actor may see them. */
    async getApplication(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'socialfund.read');
      const { a, orgId } = await core.visibleApplication(ctx, id);
      return core.applicationOut(ctx, a, orgId);
    },

    /** Starts a draft in a round whose call is open (idempotent for phones). */
    async apply(ctx: RequestContext, roundId: string, b: z.infer<typeof applicationBody>, key?: string) {
      const actor = requirePermission(ctx, 'socialfund.apply');
      return db.transaction().execute(async (trx) => {
        const r = await deps.funds.visibleRound(ctx, roundId, false, trx);
        assertCallOpen(r);
        checkCategory(r, b.category);
        const who = await applicantOf(ctx, r, b.nodeId, trx);
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key, payload: { roundId, b } },
          async () => {
            const id = uuidv7();
            await repo.insertApplication(
              trx,
              {
                district_id: r.district_id,
                id,
                round_id: r.id,
                node_id: who.nodeId,
                org_id: who.orgId,
                applicant_name: who.name,
                user_id: actor.userId,
                title: b.title,
                category: b.category,
                summary: b.summary,
                beneficiaries: b.beneficiaries,
                requested_fen: total(b.lines),
              },
              b.lines,
            );
            await auditor.append(trx, ctx, {
              action: 'socialfund.application.create',
              objectType: 'socialfund_application',
              objectId: id,
              districtId: r.district_id,
              detail: { round: r.id, title: b.title, requestedFen: total(b.lines), lines: b.lines.length },
            });
            return { id };
          },
        );
        return result;
      });
    },

    /** Rewrites a draft (its lines replaced) while the call is open. */
    async updateDraft(ctx: RequestContext, id: string, b: z.infer<typeof applicationPatch>) {
      requirePermission(ctx, 'socialfund.apply');
      return db.transaction().execute(async (trx) => {
        const { a, orgId } = await core.visibleApplication(ctx, id, trx, true);
        if (!core.rolesOn(ctx, a, orgId).includes('applicant')) throw new ForbiddenError();
        if (a.version !== b.version) throw new ConflictError('socialfund.stale');
        if (a.state !== 'draft') throw new ConflictError('socialfund.not_draft');
        const r = (await repo.findRound(trx, a.round_id))!;
        assertCallOpen(r);
        checkCategory(r, b.category);
        checkUpdated(
          await repo.updateApplication(trx, a.district_id, a.id, a.version, {
            title: b.title,
            category: b.category,
            summary: b.summary,
            beneficiaries: b.beneficiaries,
            requested_fen: total(b.lines),
          }),
        );
        await repo.deleteLines(trx, a.district_id, a.id);
        await repo.insertLines(trx, a.district_id, a.id, b.lines, 1);
        await auditor.append(trx, ctx, {
          action: 'socialfund.application.update',
          objectType: 'socialfund_application',
          objectId: a.id,
          districtId: a.district_id,
          detail: { title: b.title, requestedFen: total(b.lines), lines: b.lines.length },
        });
        return core.applicationOut(ctx, (await repo.findApplication(trx, a.id))!, orgId, trx);
      });
    },
  };
}
