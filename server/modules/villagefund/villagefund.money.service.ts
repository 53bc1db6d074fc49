/**
 * The fund's money: pools raised by the 1+1+1+N model with a ledger, batches requested by the
 * village by progress, approved by a manager within the plan and the pool (the pool's row is locked,
 * so two approvals at once cannot both spend the same money), checked and paid by another person,
 * and the yearly performance review with the year's returns to the collective and households.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { VillagefundCore, VillagefundDeps } from './villagefund.core.ts';
import * as repo from './villagefund.repository.ts';
import * as batchesRepo from './villagefund.batches.repository.ts';
import * as plansRepo from './villagefund.plans.repository.ts';
import * as poolsRepo from './villagefund.pools.repository.ts';
import * as pledgesRepo from './villagefund.pledges.repository.ts';
import {
  batchRefusal,
  performance,
  returnsRefusal,
  stageAfterPayment,
  type Source,
  type Stage,
} from './villagefund.rules.ts';

const wan = (fen: number) => (fen / 1_000_000).toFixed(2);

/** Builds the pool, batch and review verbs. */
export function createMoneyService(deps: VillagefundDeps & { core: VillagefundCore }) {
  const { db, auditor, core } = deps;

  async function poolView(ctx: RequestContext, p: poolsRepo.PoolRow) {
    const [m, pledgedFen] = await Promise.all([
      poolsRepo.poolMoney(db, p.district_id, p.id),
      pledgesRepo.pledgedFen(db, p.district_id, p.id),
    ]);
    return {
      id: p.id,
      nodeId: p.node_id,
      nodeName: p.node_name,
      name: p.name,
      bySource: m.bySource,
      raisedFen: m.raised,
      recoveredFen: m.recovered,
      committedFen: m.committed,
      paidFen: m.paid,
      freeFen: m.free,
      pledgedFen,
      can: { manage: can(ctx.actor, 'villagefund.manage', p.path) },
    };
  }

  return {
    /** Sets up the fund pool of a district or street (one per node). */
    async createPool(ctx: RequestContext, b: { nodeId: string; name: string }) {
      const node = await core.visibleNode(ctx, b.nodeId, 'villagefund.manage');
      if (!['district', 'street'].includes(node.level))
        throw new InvalidError([{ field: 'nodeId', key: 'villagefund.pool_level' }]);
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        if (
          await poolsRepo.findPoolAbove(trx, node.district_id, node.path).then((x) => x?.node_id === node.id)
        )
          throw new ConflictError('villagefund.pool_exists');
        await poolsRepo.insertPool(trx, {
          district_id: node.district_id,
          id,
          node_id: node.id,
          name: b.name,
        });
        await auditor.append(trx, ctx, {
          action: 'villagefund.pool.create',
          objectType: 'villagefund_pool',
          objectId: id,
          districtId: node.district_id,
          detail: { nodeId: node.id, name: b.name },
        });
      });
      return { id };
    },

    /** Pools in scope with their money. */
    async pools(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await core.roots(ctx, 'villagefund.read', q.nodeId);
      const rows = await poolsRepo.findPools(db, nodeInPaths('pl.node_id', paths));
      return Promise.all(rows.map((p) => poolView(ctx, p)));
    },

    /** One pool with its money. */
    async pool(ctx: RequestContext, id: string) {
      return poolView(ctx, await core.visiblePool(ctx, id, 'villagefund.read'));
    },

    /** Records money raised into a pool from one of the four sources. */
    async addInflow(
      ctx: RequestContext,
      poolId: string,
      b: {
        source: Source;
        amountFen: number;
        rateBp?: number;
        counterparty: string;
        note: string;
        occurredOn: string;
      },
    ) {
      if (b.rateBp !== undefined && b.source !== 'loan')
        throw new InvalidError([{ field: 'rateBp', key: 'villagefund.rate_loans_only' }]);
      return db.transaction().execute(async (trx) => {
        const p = await core.visiblePool(ctx, poolId, 'villagefund.manage', trx, true);
        const id = uuidv7();
        await poolsRepo.insertLedger(trx, [
          {
            district_id: p.district_id,
            id,
            pool_id: p.id,
            kind: 'inflow',
            source: b.source,
            amount_fen: b.amountFen,
            rate_bp: b.rateBp ?? null,
            project_id: null,
            batch_id: null,
            counterparty: b.counterparty,
            note: b.note,
            occurred_on: b.occurredOn,
            created_by: ctx.actor!.userId,
          },
        ]);
        await auditor.append(trx, ctx, {
          action: 'villagefund.inflow',
          objectType: 'villagefund_pool',
          objectId: p.id,
          districtId: p.district_id,
          detail: { source: b.source, amountFen: b.amountFen },
        });
        return { id };
      });
    },

    /** A pool's ledger (a year's, or all). */
    async ledger(ctx: RequestContext, poolId: string, year?: number) {
      const p = await core.visiblePool(ctx, poolId, 'villagefund.read');
      const rows = await poolsRepo.findLedger(db, p.district_id, p.id, year);
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind as 'inflow',
        source: (r.source as Source | null) ?? null,
        amountFen: Number(r.amount_fen),
        rateBp: r.rate_bp,
        projectId: r.project_id,
        projectTitle: r.project_title,
        counterparty: r.counterparty,
        note: r.note,
        occurredOn: String(r.occurred_on),
      }));
    },

    /** The village asks for the next batch with its progress (one request open at a time); a phone may send it twice. */
    async requestBatch(
      ctx: RequestContext,
      projectId: string,
      b: { amountFen: number; progress: number; progressNote: string },
      key?: string,
    ) {
      const actor = requirePermission(ctx, 'villagefund.apply');
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          {
            userId: actor.userId,
            key: key ? `villagefund.batch:${key}` : undefined,
            payload: { projectId, ...b },
          },
          async () => {
            const p = await core.visibleProject(ctx, projectId, 'villagefund.apply', trx, true);
            if (!['approved', 'funding'].includes(p.stage))
              throw new ConflictError('villagefund.wrong_stage');
            const plan = await plansRepo.findPlan(trx, p.district_id, p.id);
            if (!plan) throw new ConflictError('villagefund.needs_plan');
            const batches = await batchesRepo.findBatches(trx, p.district_id, p.id);
            if (batches.some((x) => x.status === 'requested'))
              throw new ConflictError('villagefund.batch_open');
            const money = await batchesRepo.projectMoney(trx, p.district_id, p.id);
            if (money.committed + b.amountFen > Number(plan.total_fen))
              throw new InvalidError([{ field: 'amountFen', key: 'villagefund.batch_over_plan' }]);
            const id = uuidv7();
            await batchesRepo.insertBatch(trx, {
              district_id: p.district_id,
              id,
              project_id: p.id,
              amount_fen: b.amountFen,
              progress: b.progress,
              progress_note: b.progressNote,
              requested_by: actor.userId,
            });
            await auditor.append(trx, ctx, {
              action: 'villagefund.batch.request',
              objectType: 'villagefund_project',
              objectId: p.id,
              districtId: p.district_id,
              detail: { batchId: id, amountFen: b.amountFen, progress: b.progress },
            });
            const pool = await poolsRepo.findPool(trx, p.pool_id);
            await core.tellNode(trx, {
              districtId: p.district_id,
              nodeId: pool!.node_id,
              kind: 'villagefund.batch',
              title: `《${p.title}》申请拨付 ${wan(b.amountFen)} 万元`,
              titleKey: 'villagefund.notice.batch_requested',
              params: { title: p.title, wan: wan(b.amountFen) },
              projectId: p.id,
            });
            return { id };
          },
        );
        return result;
      });
    },

    /**
     * Decides a batch: a manager approves (within the plan and the pool's free money; the pool row
     * is locked first, so concurrent approvals are serialised) or rejects it; then another person
     * with the disburse permission checks and pays it, which enters the ledger.
     */
    async decideBatch(
      ctx: RequestContext,
      batchId: string,
      b: { decision: 'approve' | 'reject' | 'pay'; note?: string },
    ) {
      const action = b.decision === 'pay' ? 'villagefund.disburse' : 'villagefund.manage';
      const actor = requirePermission(ctx, action);
      return db.transaction().execute(async (trx) => {
        const peek = await batchesRepo.findBatch(trx, batchId);
        const head = peek && (await repo.findProject(trx, peek.project_id));
        if (!peek || !head || !can(actor, action, head.path)) throw new NotFoundError();
        // lock order everywhere: pool, then project, then batch (two approvals wait on the pool's row)
        await poolsRepo.findPool(trx, head.pool_id, true);
        const p = await core.visibleProject(ctx, peek.project_id, action, trx, true);
        const batch = (await batchesRepo.findBatch(trx, batchId, true))!;
        const now = new Date();
        if (b.decision === 'reject') {
          if (batch.status !== 'requested') throw new ConflictError('villagefund.wrong_batch_status');
          if (!b.note) throw new InvalidError([{ field: 'note', key: 'villagefund.needs_reason' }]);
          await batchesRepo.updateBatch(trx, p.district_id, batch.id, {
            status: 'rejected',
            decision_note: b.note,
          });
        } else if (b.decision === 'approve') {
          if (batch.status !== 'requested') throw new ConflictError('villagefund.wrong_batch_status');
          const [plan, money, poolMoney] = await Promise.all([
            plansRepo.findPlan(trx, p.district_id, p.id),
            batchesRepo.projectMoney(trx, p.district_id, p.id),
            poolsRepo.poolMoney(trx, p.district_id, p.pool_id),
          ]);
          const refusal = batchRefusal({
            stage: p.stage as Stage,
            planTotalFen: plan ? Number(plan.total_fen) : null,
            committedFen: money.committed,
            amountFen: Number(batch.amount_fen),
            poolFreeFen: poolMoney.free,
          });
          if (refusal) throw new ConflictError(refusal);
          await batchesRepo.updateBatch(trx, p.district_id, batch.id, {
            status: 'approved',
            approved_by: actor.userId,
            approved_at: now,
            decision_note: b.note ?? null,
          });
          if (p.stage === 'approved')
            await repo.updateProject(trx, p.district_id, p.id, { stage: 'funding' });
        } else {
          if (batch.status !== 'approved') throw new ConflictError('villagefund.wrong_batch_status');
          if (batch.approved_by === actor.userId) throw new ForbiddenError('villagefund.four_eyes');
          await batchesRepo.updateBatch(trx, p.district_id, batch.id, {
            status: 'paid',
            paid_by: actor.userId,
            paid_at: now,
          });
          await poolsRepo.insertLedger(trx, [
            {
              district_id: p.district_id,
              id: uuidv7(),
              pool_id: p.pool_id,
              kind: 'payout',
              source: null,
              amount_fen: Number(batch.amount_fen),
              rate_bp: null,
              project_id: p.id,
              batch_id: batch.id,
              counterparty: p.node_name,
              note: `第${batch.seq}批 ${batch.progress_note}`.slice(0, 500),
              occurred_on: shanghaiDay(now),
              created_by: actor.userId,
            },
          ]);
          const [plan, money] = await Promise.all([
            plansRepo.findPlan(trx, p.district_id, p.id),
            batchesRepo.projectMoney(trx, p.district_id, p.id),
          ]);
          const next = stageAfterPayment(money.paid, Number(plan!.total_fen));
          if (next !== p.stage) await repo.updateProject(trx, p.district_id, p.id, { stage: next });
        }
        await auditor.append(trx, ctx, {
          action: `villagefund.batch.${b.decision}`,
          objectType: 'villagefund_project',
          objectId: p.id,
          districtId: p.district_id,
          detail: { batchId: batch.id, seq: batch.seq, amountFen: Number(batch.amount_fen), note: b.note },
        });
        await core.tellNode(trx, {
          districtId: p.district_id,
          nodeId: p.node_id,
          kind: 'villagefund.batch',
          title: `《${p.title}》第${batch.seq}批资金：${{ approve: '已批准', reject: '未批准', pay: '已拨付' }[b.decision]}`,
          titleKey: `villagefund.notice.batch_${b.decision}`,
          params: { title: p.title, seq: batch.seq },
          projectId: p.id,
        });
        return { status: ({ approve: 'approved', reject: 'rejected', pay: 'paid' } as const)[b.decision] };
      });
    },

    /** The yearly performance review 绩效评估 with the year's returns to the collective and households. */
    async review(
      ctx: RequestContext,
      projectId: string,
      b: {
        year: number;
        revenueFen: number;
        costFen: number;
        collectiveReturnFen: number;
        householdReturnFen: number;
        households: number;
        indicatorsMet: number;
        note: string;
      },
    ) {
      const refusal = returnsRefusal({
        revenueFen: b.revenueFen,
        costFen: b.costFen,
        collectiveFen: b.collectiveReturnFen,
        householdFen: b.householdReturnFen,
      });
      if (refusal) throw new InvalidError([{ field: 'collectiveReturnFen', key: refusal }]);
      return db.transaction().execute(async (trx) => {
        const p = await core.visibleProject(ctx, projectId, 'villagefund.manage', trx, true);
        if (!['funding', 'operating'].includes(p.stage)) throw new ConflictError('villagefund.wrong_stage');
        const plan = await plansRepo.findPlan(trx, p.district_id, p.id);
        const total = ((plan?.indicators as unknown[]) ?? []).length;
        if (b.indicatorsMet > total)
          throw new InvalidError([{ field: 'indicatorsMet', key: 'villagefund.indicators_over' }]);
        const perf = performance({
          revenueFen: b.revenueFen,
          costFen: b.costFen,
          expectedNetFen: Number(p.annual_revenue_fen) - Number(p.annual_cost_fen),
          indicatorsMet: b.indicatorsMet,
          indicatorsTotal: total,
        });
        const made = await batchesRepo.insertReview(trx, {
          district_id: p.district_id,
          project_id: p.id,
          year: b.year,
          revenue_fen: b.revenueFen,
          cost_fen: b.costFen,
          collective_return_fen: b.collectiveReturnFen,
          household_return_fen: b.householdReturnFen,
          households: b.households,
          indicators_met: b.indicatorsMet,
          indicators_total: total,
          score: perf.score,
          grade: perf.grade,
          note: b.note,
          reviewed_by: ctx.actor!.userId,
        });
        if (!made) throw new ConflictError('villagefund.review_exists');
        await auditor.append(trx, ctx, {
          action: 'villagefund.review',
          objectType: 'villagefund_project',
          objectId: p.id,
          districtId: p.district_id,
          detail: { year: b.year, ...perf },
        });
        await core.tellNode(trx, {
          districtId: p.district_id,
          nodeId: p.node_id,
          kind: 'villagefund.review',
          title: `《${p.title}》${b.year}年度绩效评估：${perf.score}分`,
          titleKey: 'villagefund.notice.review',
          params: { title: p.title, year: b.year, score: perf.score },
          projectId: p.id,
        });
        return perf;
      });
    },
  };
}
