/**
 * Projects of the fund: a village applies (to the nearest pool above it), the 4+X panel visits on
 * site, the online analysis writes the feasibility report (printable), the managers decide, set the
 * one plan, and take a failing project out (exit, money recovered to the pool).
 */
import { can, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { VillagefundCore, VillagefundDeps } from './villagefund.core.ts';
import * as repo from './villagefund.repository.ts';
import * as batchesRepo from './villagefund.batches.repository.ts';
import * as plansRepo from './villagefund.plans.repository.ts';
import * as poolsRepo from './villagefund.pools.repository.ts';
import {
  approvalBlockers,
  exitAdvised,
  feasibility,
  panelMissing,
  planBalanced,
  STEPS,
  stepsOpen,
  wanYuan,
  type Feasibility,
  type Grade,
  type Risks,
  type Source,
  type Stage,
  type Step,
} from './villagefund.rules.ts';

type ApplyInput = {
  nodeId: string;
  title: string;
  description: string;
  category: string;
  investmentFen: number;
  annualRevenueFen: number;
  annualCostFen: number;
  horizonYears: number;
  households: number;
  risks: Risks;
};

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Builds the project verbs. */
export function createProjectsService(deps: VillagefundDeps & { core: VillagefundCore }) {
  const { db, auditor, core } = deps;

  async function detail(ctx: RequestContext, id: string) {
    const p = await core.visibleProject(ctx, id, 'villagefund.read');
    const [visits, plan, batches, money, reviews] = await Promise.all([
      plansRepo.findVisits(db, p.district_id, p.id),
      plansRepo.findPlan(db, p.district_id, p.id),
      batchesRepo.findBatches(db, p.district_id, p.id),
      batchesRepo.projectMoney(db, p.district_id, p.id),
      batchesRepo.findReviews(db, p.district_id, p.id),
    ]);
    const manage = can(ctx.actor, 'villagefund.manage', p.path);
    const apply = can(ctx.actor, 'villagefund.apply', p.path);
    const disburse = can(ctx.actor, 'villagefund.disburse', p.path);
    const stage = p.stage as Stage;
    const reviewViews = reviews.map((r) => ({
      year: r.year,
      revenueFen: Number(r.revenue_fen),
      costFen: Number(r.cost_fen),
      collectiveReturnFen: Number(r.collective_return_fen),
      householdReturnFen: Number(r.household_return_fen),
      households: r.households,
      indicatorsMet: r.indicators_met,
      indicatorsTotal: r.indicators_total,
      score: r.score,
      grade: r.grade as Grade,
      note: r.note,
    }));
    return {
      ...core.summary({ ...p, paid_fen: money.paid }),
      description: p.description,
      annualRevenueFen: Number(p.annual_revenue_fen),
      annualCostFen: Number(p.annual_cost_fen),
      horizonYears: p.horizon_years,
      households: p.households,
      risks: p.risks as Risks,
      feasibility: (p.feasibility as Feasibility | null) ?? null,
      decisionNote: p.decision_note,
      exitReason: p.exit_reason,
      exitRecoveredFen: p.exit_recovered_fen === null ? null : Number(p.exit_recovered_fen),
      visits: visits.map((v) => ({
        id: v.id,
        unit: v.unit as 'org_dept',
        memberName: v.member_name,
        visitedOn: String(v.visited_on),
        opinion: v.opinion as 'support',
        note: v.note,
      })),
      panelMissing: panelMissing(visits.map((v) => v.unit)),
      plan: plan
        ? {
            totalFen: Number(plan.total_fen),
            sources: plan.sources as Record<Source, number>,
            milestones: plan.milestones,
            indicators: plan.indicators as { name: string; target: string }[],
            exitTerms: plan.exit_terms,
            collectiveShare: plan.collective_share,
            setAt: plan.set_at.toISOString(),
            version: plan.version,
          }
        : null,
      batches: batches.map((b) => ({
        id: b.id,
        seq: b.seq,
        amountFen: Number(b.amount_fen),
        progress: b.progress,
        progressNote: b.progress_note,
        status: b.status as 'requested',
        requestedAt: b.requested_at.toISOString(),
        approvedAt: b.approved_at?.toISOString() ?? null,
        paidAt: b.paid_at?.toISOString() ?? null,
        decisionNote: b.decision_note,
        can: {
          approve: manage && b.status === 'requested',
          // four eyes: the approver does not pay
          pay: disburse && b.status === 'approved' && b.approved_by !== ctx.actor?.userId,
        },
      })),
      committedFen: money.committed,
      reviews: reviewViews,
      exitAdvised: exitAdvised(reviewViews),
      version: p.version,
      steps: stepsOpen(stage, { manage, apply }),
      can: {
        review: manage && ['applied', 'reviewing'].includes(stage),
        plan: manage && stage === 'approved' && !batches.some((b) => b.status !== 'rejected'),
        requestBatch:
          apply &&
          ['approved', 'funding'].includes(stage) &&
          !!plan &&
          !batches.some((b) => b.status === 'requested'),
        evaluate: manage && ['funding', 'operating'].includes(stage),
      },
    };
  }

  return {
    /** A village applies for a project (to the nearest pool on its street or district); a phone may send it twice. */
    async apply(ctx: RequestContext, b: ApplyInput, key?: string) {
      const node = await core.visibleNode(ctx, b.nodeId, 'villagefund.apply');
      const actor = ctx.actor!;
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key: key ? `villagefund.apply:${key}` : undefined, payload: b },
          async () => {
            const pool = await poolsRepo.findPoolAbove(trx, node.district_id, node.path);
            if (!pool) throw new InvalidError([{ field: 'nodeId', key: 'villagefund.no_pool' }]);
            const id = uuidv7();
            await repo.insertProject(trx, {
              district_id: node.district_id,
              id,
              pool_id: pool.id,
              node_id: node.id,
              title: b.title,
              description: b.description,
              category: b.category,
              investment_fen: b.investmentFen,
              annual_revenue_fen: b.annualRevenueFen,
              annual_cost_fen: b.annualCostFen,
              horizon_years: b.horizonYears,
              households: b.households,
              risks: JSON.stringify(b.risks),
              stage: 'applied',
              applied_by: actor.userId,
            });
            await auditor.append(trx, ctx, {
              action: 'villagefund.apply',
              objectType: 'villagefund_project',
              objectId: id,
              districtId: node.district_id,
              detail: { title: b.title, investmentFen: b.investmentFen, poolId: pool.id },
            });
            await core.tellNode(trx, {
              districtId: node.district_id,
              nodeId: pool.node_id,
              kind: 'villagefund.applied',
              title: `${node.name}申报强村富民项目《${b.title}》`,
              titleKey: 'villagefund.notice.applied',
              params: { village: node.name, title: b.title },
              projectId: id,
            });
            return { id };
          },
        );
        return result;
      });
    },

    /** Projects in scope (or under a node), newest first. */
    async list(ctx: RequestContext, q: { nodeId?: string; stage?: Stage; poolId?: string }) {
      const paths = await core.roots(ctx, 'villagefund.read', q.nodeId);
      const rows = await repo.findProjects(db, nodeInPaths('p.node_id', paths), {
        stages: q.stage ? [q.stage] : undefined,
        poolId: q.poolId,
      });
      return rows.map((r) => core.summary(r));
    },

    /** A project with its visits, report, plan, batches and reviews, and what the actor may do. */
    get: detail,

    /** Takes a step: start the review, approve (report and the four on-site visits first), reject, withdraw, exit. */
    async step(
      ctx: RequestContext,
      id: string,
      b: { step: Step; note?: string; recoveredFen?: number; version: number },
    ) {
      const st = STEPS[b.step];
      const action = st.by === 'manage' ? 'villagefund.manage' : 'villagefund.apply';
      return db.transaction().execute(async (trx) => {
        const p = await core.visibleProject(ctx, id, action, trx, true);
        if (p.version !== b.version) throw new ConflictError('villagefund.stale');
        if (!(st.from as readonly string[]).includes(p.stage))
          throw new ConflictError('villagefund.wrong_stage');
        if (b.step === 'approve') {
          const visits = await plansRepo.findVisits(trx, p.district_id, p.id);
          const blockers = approvalBlockers({
            hasFeasibility: !!p.feasibility,
            visitedUnits: visits.map((v) => v.unit),
          });
          if (blockers.length) throw new ConflictError(blockers[0]);
        }
        if ((b.step === 'reject' || b.step === 'exit') && !b.note)
          throw new InvalidError([{ field: 'note', key: 'villagefund.needs_reason' }]);
        const now = new Date();
        if (b.step === 'exit') {
          const money = await batchesRepo.projectMoney(trx, p.district_id, p.id);
          const recovered = b.recoveredFen ?? 0;
          if (recovered > money.paid)
            throw new InvalidError([{ field: 'recoveredFen', key: 'villagefund.recovered_over_paid' }]);
          // approved batches not yet paid lapse with the exit
          for (const x of await batchesRepo.findBatches(trx, p.district_id, p.id))
            if (x.status === 'approved' || x.status === 'requested')
              await batchesRepo.updateBatch(trx, p.district_id, x.id, {
                status: 'rejected',
                decision_note: b.note,
              });
          if (recovered > 0)
            await poolsRepo.insertLedger(trx, [
              {
                district_id: p.district_id,
                id: uuidv7(),
                pool_id: p.pool_id,
                kind: 'recovery',
                source: null,
                amount_fen: recovered,
                rate_bp: null,
                project_id: p.id,
                batch_id: null,
                counterparty: p.node_name,
                note: b.note!,
                occurred_on: shanghaiDay(now),
                created_by: ctx.actor!.userId,
              },
            ]);
          await repo.updateProject(trx, p.district_id, p.id, {
            stage: st.to,
            exit_reason: b.note!,
            exit_recovered_fen: recovered,
            exited_at: now,
          });
        } else
          await repo.updateProject(trx, p.district_id, p.id, {
            stage: st.to,
            ...(b.step === 'start_review' ? {} : { decision_note: b.note ?? null, decided_at: now }),
          });
        await auditor.append(trx, ctx, {
          action: `villagefund.${b.step}`,
          objectType: 'villagefund_project',
          objectId: p.id,
          districtId: p.district_id,
          detail: { from: p.stage, to: st.to, note: b.note, recoveredFen: b.recoveredFen },
        });
        await core.tellNode(trx, {
          districtId: p.district_id,
          nodeId: st.by === 'manage' ? p.node_id : (await poolsRepo.findPool(trx, p.pool_id))!.node_id,
          kind: 'villagefund.stage',
          title: `强村富民项目《${p.title}》：${t('zh-CN', `villagefund.stage.${st.to}`)}`,
          titleKey: 'villagefund.notice.stage',
          params: { title: p.title, stage: t('zh-CN', `villagefund.stage.${st.to}`) },
          projectId: p.id,
        });
        return { stage: st.to as Stage };
      });
    },

    /** Records a 4+X panel member's on-site visit 实地走访. */
    async addVisit(
      ctx: RequestContext,
      id: string,
      b: { unit: string; memberName: string; visitedOn: string; opinion: string; note: string },
    ) {
      return db.transaction().execute(async (trx) => {
        const p = await core.visibleProject(ctx, id, 'villagefund.manage', trx, true);
        if (!['applied', 'reviewing'].includes(p.stage)) throw new ConflictError('villagefund.wrong_stage');
        const visitId = uuidv7();
        await plansRepo.insertVisit(trx, {
          district_id: p.district_id,
          id: visitId,
          project_id: p.id,
          unit: b.unit,
          member_name: b.memberName,
          visited_on: b.visitedOn,
          opinion: b.opinion,
          note: b.note,
          created_by: ctx.actor!.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'villagefund.visit',
          objectType: 'villagefund_project',
          objectId: p.id,
          districtId: p.district_id,
          detail: { unit: b.unit, opinion: b.opinion },
        });
        return { id: visitId };
      });
    },

    /** Runs the online analysis 线上数据评估 on the application's figures and keeps it as the report. */
    async analyse(ctx: RequestContext, id: string) {
      return db.transaction().execute(async (trx) => {
        const p = await core.visibleProject(ctx, id, 'villagefund.manage', trx, true);
        if (!['applied', 'reviewing'].includes(p.stage)) throw new ConflictError('villagefund.wrong_stage');
        const f = feasibility({
          investmentFen: Number(p.investment_fen),
          annualRevenueFen: Number(p.annual_revenue_fen),
          annualCostFen: Number(p.annual_cost_fen),
          horizonYears: p.horizon_years,
          risks: p.risks as Risks,
        });
        await repo.updateProject(trx, p.district_id, p.id, {
          feasibility: JSON.stringify(f),
          feasibility_at: new Date(),
        });
        await auditor.append(trx, ctx, {
          action: 'villagefund.analyse',
          objectType: 'villagefund_project',
          objectId: p.id,
          districtId: p.district_id,
          detail: { riskGrade: f.riskGrade, roiPct: f.roiPct },
        });
        return f;
      });
    },

    /** Sets the project's one plan 一个项目一套方案 (until a batch is approved); its sources add up to its total. */
    async setPlan(
      ctx: RequestContext,
      id: string,
      b: {
        totalFen: number;
        sources: Record<Source, number>;
        milestones: string;
        indicators: { name: string; target: string }[];
        exitTerms: string;
        collectiveShare: number;
      },
    ) {
      if (!planBalanced(b.totalFen, b.sources))
        throw new InvalidError([{ field: 'sources', key: 'villagefund.sources_total' }]);
      return db.transaction().execute(async (trx) => {
        const p = await core.visibleProject(ctx, id, 'villagefund.manage', trx, true);
        if (p.stage !== 'approved') throw new ConflictError('villagefund.wrong_stage');
        const money = await batchesRepo.projectMoney(trx, p.district_id, p.id);
        if (money.committed > 0) throw new ConflictError('villagefund.plan_fixed');
        await plansRepo.upsertPlan(trx, {
          district_id: p.district_id,
          project_id: p.id,
          total_fen: b.totalFen,
          sources: JSON.stringify(b.sources),
          milestones: b.milestones,
          indicators: JSON.stringify(b.indicators),
          exit_terms: b.exitTerms,
          collective_share: b.collectiveShare,
          set_by: ctx.actor!.userId,
        });
        await repo.updateProject(trx, p.district_id, p.id, {});
        await auditor.append(trx, ctx, {
          action: 'villagefund.plan',
          objectType: 'villagefund_project',
          objectId: p.id,
          districtId: p.district_id,
          detail: { totalFen: b.totalFen, sources: b.sources, collectiveShare: b.collectiveShare },
        });
        return { ok: true as const };
      });
    },

    /** The feasibility report 可行性研究报告 as a printable page. */
    async report(ctx: RequestContext, id: string) {
      const d = await detail(ctx, id);
      if (!d.feasibility) throw new NotFoundError();
      const f = d.feasibility;
      const lang = ctx.lang;
      const y = (fen: number) => `${wanYuan(fen).toFixed(2)} 万元`;
      const visits = d.visits
        .map(
          (v) =>
            `<tr><td>${esc(t(lang, `villagefund.unit.${v.unit}`))}</td><td>${esc(v.memberName)}</td><td>${v.visitedOn}</td><td>${esc(t(lang, `villagefund.opinion.${v.opinion}`))}</td><td>${esc(v.note)}</td></tr>`,
        )
        .join('');
      const risks = Object.entries(d.risks)
        .map(([k, v]) => `<td>${esc(t(lang, `villagefund.risk.${k}`))}：${v}</td>`)
        .join('');
      return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(d.title)} 可行性研究报告</title>
<style>@page{size:A4;margin:18mm}body{font-family:"WenQuanYi Micro Hei",sans-serif;font-size:11pt}table{width:100%;border-collapse:collapse;margin:8px 0}td,th{border:1px solid #333;padding:4px}h1{text-align:center;font-size:18pt}</style></head>
<body><h1>“强村富民”项目可行性研究报告</h1>
<p>项目：${esc(d.title)}&emsp;申报村（社区）：${esc(d.nodeName)}&emsp;资金池：${esc(d.poolName)}</p>
<p>${esc(d.description)}</p>
<table><tr><th>总投资</th><th>年收入</th><th>年成本</th><th>年净收益</th><th>投资回报率</th><th>回收期</th><th>测算期末净收益</th></tr>
<tr><td>${y(d.investmentFen)}</td><td>${y(d.annualRevenueFen)}</td><td>${y(d.annualCostFen)}</td><td>${y(f.netAnnualFen)}</td><td>${f.roiPct}%</td><td>${f.paybackYears === null ? '无法收回' : `${f.paybackYears} 年`}</td><td>${y(f.horizonNetFen)}（${d.horizonYears} 年）</td></tr></table>
<table><tr>${risks}</tr></table>
<p>风险评分 ${f.riskScore}，风险等级：<b>${esc(t(lang, `villagefund.grade.${f.riskGrade}`))}</b>；评估结论：<b>${esc(t(lang, `villagefund.recommendation.${f.recommendation}`))}</b></p>
<h2>“4+X”评审小组实地走访</h2>
<table><tr><th>单位</th><th>成员</th><th>日期</th><th>意见</th><th>情况</th></tr>${visits}</table>
</body></html>`;
    },

    /** Projects of the pools or villages in scope for an export. */
    async forExport(ctx: RequestContext, nodeId?: string) {
      const paths = await core.roots(ctx, 'villagefund.export', nodeId);
      return repo.findProjects(db, nodeInPaths('p.node_id', paths), {});
    },

    /** Whether the actor manages anything (for the menu and the to-dos). */
    managesAnywhere: (ctx: RequestContext) => scopePaths(ctx.actor, 'villagefund.manage').length > 0,
  };
}
