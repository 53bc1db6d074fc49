/**
 * Funds and their rounds 期 (seed 003: 每年2000万元的社会建设专项资金 … 共资助8期688个项目; 每年为16个基层
 * 党(工)委安排1600万元基层党建创新项目启动资金): the district's fund office sets up a fund with its yearly
 * budget and tranche plan, opens a round with a call (dates, cap per project, categories), moves it to
 * review and publishes its funded list, which anyone may read.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  callOpen,
  checkUpdated,
  districtsFor,
  type SocialfundCore,
  type SocialfundDeps,
} from './socialfund.core.ts';
import * as repo from './socialfund.repository.ts';
import {
  FUNDED_STATES,
  ranked,
  roundMove,
  ROUND_ACTIONS,
  tranchePlanProblem,
  type FundKind,
  type RoundState,
} from './socialfund.rules.ts';
import type { fundBody, roundBody, roundMoveBody, roundSummary } from './socialfund.schemas.ts';

/** A round as lists show it. */
export const roundOut = (r: repo.RoundRow): z.infer<typeof roundSummary> => ({
  id: r.id,
  fundId: r.fund_id,
  roundNo: r.round_no,
  year: r.year,
  title: r.title,
  opensOn: r.opens_on,
  closesOn: r.closes_on,
  capFen: r.cap_fen,
  budgetFen: r.budget_fen,
  allocatedFen: r.allocated_fen,
  categories: r.categories,
  state: r.state as RoundState,
  callOpen: callOpen(r),
  applications: r.applications,
  funded: r.funded,
  version: r.version,
});

/** Builds the fund and round verbs. */
export function createFundsService(deps: SocialfundDeps & { core: SocialfundCore }) {
  const { db, auditor, core } = deps;

  /** A round the actor may see: one of a fund of their district (404 otherwise); locked when asked. */
  async function visibleRound(ctx: RequestContext, id: string, lock = false, exec = db) {
    requirePermission(ctx, 'socialfund.read');
    const r = await repo.findRound(exec, id, lock);
    if (!r || !districtsFor(ctx, 'socialfund.read').includes(r.district_id)) throw new NotFoundError();
    return r;
  }

  const abilities = (ctx: RequestContext) => ({
    manage: can(ctx.actor, 'socialfund.manage'),
    apply: can(ctx.actor, 'socialfund.apply'),
    review: can(ctx.actor, 'socialfund.review'),
    export: can(ctx.actor, 'socialfund.export'),
  });

  return {
    visibleRound,

    /** The funds of the actor's districts with their rounds, newest first. */
    async listFunds(ctx: RequestContext) {
      requirePermission(ctx, 'socialfund.read');
      const funds = await repo.findFunds(db, districtsFor(ctx, 'socialfund.read'));
      const rounds = await repo.findRounds(
        db,
        funds.map((f) => f.id),
      );
      return {
        funds: funds.map((f) => ({
          id: f.id,
          kind: f.kind as FundKind,
          name: f.name,
          nodeName: f.node_name,
          yearlyBudgetFen: f.yearly_budget_fen,
          tranchePlan: f.tranche_plan,
          rounds: rounds.filter((r) => r.fund_id === f.id).map(roundOut),
        })),
        can: abilities(ctx),
      };
    },

    /** Sets up a fund at a district. */
    async createFund(ctx: RequestContext, b: z.infer<typeof fundBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, 'socialfund.manage');
      if (n.level !== 'district')
        throw new InvalidError([{ field: 'nodeId', key: 'socialfund.not_district' }]);
      if (tranchePlanProblem(b.tranchePlan))
        throw new InvalidError([{ field: 'tranchePlan', key: 'socialfund.plan_sum' }]);
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        await repo.insertFund(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          kind: b.kind,
          name: b.name,
          yearly_budget_fen: b.yearlyBudgetFen,
          tranche_plan: b.tranchePlan,
        });
        await auditor.append(trx, ctx, {
          action: 'socialfund.fund.create',
          objectType: 'socialfund_fund',
          objectId: id,
          districtId: n.district_id,
          detail: { kind: b.kind, name: b.name, yearlyBudgetFen: b.yearlyBudgetFen, plan: b.tranchePlan },
        });
        return { id };
      });
    },

    /** Opens a round of a fund: its call's dates, cap per project, budget and categories. */
    async createRound(ctx: RequestContext, fundId: string, b: z.infer<typeof roundBody>) {
      requirePermission(ctx, 'socialfund.manage');
      const f = await repo.findFund(db, fundId);
      if (!f || !can(ctx.actor, 'socialfund.manage', f.path)) throw new NotFoundError();
      if (b.closesOn < b.opensOn)
        throw new InvalidError([{ field: 'closesOn', key: 'socialfund.close_before_open' }]);
      if (b.capFen > b.budgetFen)
        throw new InvalidError([{ field: 'capFen', key: 'socialfund.cap_over_budget' }]);
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        const stored = await repo.insertRound(trx, {
          district_id: f.district_id,
          id,
          fund_id: f.id,
          round_no: b.roundNo,
          year: b.year,
          title: b.title,
          opens_on: b.opensOn,
          closes_on: b.closesOn,
          cap_fen: b.capFen,
          budget_fen: b.budgetFen,
          categories: [...new Set(b.categories)],
        });
        if (!stored)
          throw new ConflictError('socialfund.round_exists', { no: b.roundNo }, [
            { field: 'roundNo', key: 'socialfund.round_exists', params: { no: b.roundNo } },
          ]);
        await auditor.append(trx, ctx, {
          action: 'socialfund.round.create',
          objectType: 'socialfund_round',
          objectId: id,
          districtId: f.district_id,
          detail: { fund: f.id, roundNo: b.roundNo, budgetFen: b.budgetFen, capFen: b.capFen },
        });
        return { id };
      });
    },

    /** A round with the applications the actor may see, ranked by the reviewers' mean score. */
    async getRound(ctx: RequestContext, id: string) {
      const r = await visibleRound(ctx, id);
      const v = await core.visibility(ctx);
      const apps = await repo.findApplications(
        db,
        repo.both(repo.ofRound(r.district_id, r.id), repo.applicationVisible(v)),
      );
      const rows = await core.rowsOut(ctx, apps, v.orgId);
      const manage = can(ctx.actor, 'socialfund.manage', r.path);
      const ordered = [
        ...rows.filter((x) => x.rank !== null).sort((a, b) => a.rank! - b.rank!),
        ...rows.filter((x) => x.rank === null),
      ];
      return {
        ...roundOut(r),
        fundName: r.fund_name,
        fundKind: r.fund_kind as FundKind,
        tranchePlan: r.tranche_plan,
        applicationsList: ordered,
        actions: manage ? ROUND_ACTIONS.filter((a) => roundMove(r.state as RoundState, a)) : [],
        can: {
          manage,
          apply: can(ctx.actor, 'socialfund.apply') && callOpen(r),
          export: can(ctx.actor, 'socialfund.export'),
        },
      };
    },

    /** Moves a round: 申报 → 评审 (the call closes) → 公示 (the funded list published). */
    async moveRound(ctx: RequestContext, id: string, b: z.infer<typeof roundMoveBody>) {
      requirePermission(ctx, 'socialfund.manage');
      return db.transaction().execute(async (trx) => {
        const r = await visibleRound(ctx, id, true, trx);
        if (!can(ctx.actor, 'socialfund.manage', r.path)) throw new NotFoundError();
        if (r.version !== b.version) throw new ConflictError('socialfund.stale');
        const to = roundMove(r.state as RoundState, b.action);
        if (!to) throw new ConflictError('socialfund.round_state');
        checkUpdated(await repo.updateRound(trx, r.district_id, r.id, r.version, { state: to }));
        await auditor.append(trx, ctx, {
          action: `socialfund.round.${b.action}`,
          objectType: 'socialfund_round',
          objectId: r.id,
          districtId: r.district_id,
          detail: { from: r.state, to },
        });
        return { ok: true as const };
      });
    },

    /** The public list of a published round: its funded projects, the largest grant first. */
    async published(id: string) {
      const r = await repo.findRound(db, id);
      if (!r) throw new NotFoundError();
      if (r.state !== 'published') throw new ConflictError('socialfund.not_published');
      const apps = (await repo.findApplications(db, repo.ofRound(r.district_id, r.id))).filter((a) =>
        FUNDED_STATES.includes(a.state as never),
      );
      const projects = ranked(
        apps.map((a) => ({ a, mean: a.granted_fen, submittedAt: a.submitted_at?.toISOString() ?? null })),
      ).map(({ a }) => ({
        applicantName: a.applicant_name,
        title: a.title,
        category: a.category,
        grantedFen: a.granted_fen ?? 0,
      }));
      return {
        fundName: r.fund_name,
        roundTitle: r.title,
        year: r.year,
        totalFen: projects.reduce((s, p) => s + p.grantedFen, 0),
        projects,
      };
    },
  };
}
