/**
 * The fund on the home page, the node dashboards and in Excel: what waits for a manager
 * (applications to review, batches to approve or pay, reviews due) and for a village (batches to
 * request); the figures per node (Qingtian: 1.55亿元 raised, 16 projects, 60万元 returned, profit up
 * 195%); the registers of projects and ledger out, and inflows in.
 */
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  checkRows,
  readRows,
  readTable,
  writeWorkbook,
  type ColumnSpec,
} from '../../platform/sheets/index.ts';
import { shanghaiDay, shanghaiThisYear } from '../../platform/time.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import type { VillagefundCore, VillagefundDeps } from './villagefund.core.ts';
import * as repo from './villagefund.repository.ts';
import * as poolsRepo from './villagefund.pools.repository.ts';
import * as pledgesRepo from './villagefund.pledges.repository.ts';
import * as workbenchRepo from './villagefund.workbench.repository.ts';
import { growthPct, RELEASE_ALERT_DAYS, SOURCES, wanYuan, type Source } from './villagefund.rules.ts';

const yuan = (fen: number) => Math.round(fen) / 100;

/** Columns of the inflow register an import reads. */
const INFLOW_COLUMNS: ColumnSpec[] = [
  { key: 'source', label: '资金来源', synonyms: ['来源', 'source'], required: true },
  { key: 'amount', label: '金额（元）', synonyms: ['金额', '金额元', 'amount'], required: true },
  { key: 'occurredOn', label: '日期', synonyms: ['到账日期', '入池日期', 'date'], required: true },
  { key: 'counterparty', label: '出资方', synonyms: ['单位', '银行', '捐资人', 'counterparty'] },
  { key: 'rate', label: '年利率（%）', synonyms: ['利率', 'rate'] },
  { key: 'note', label: '说明', synonyms: ['摘要', 'note'] },
];
const SOURCE_NAMES: Record<string, Source> = {
  财政补助: 'fiscal',
  财政: 'fiscal',
  fiscal: 'fiscal',
  金融贷款: 'loan',
  银行贷款: 'loan',
  贷款: 'loan',
  loan: 'loan',
  集体自筹: 'collective',
  集体经济组织自筹: 'collective',
  自筹: 'collective',
  collective: 'collective',
  社会捐资: 'donation',
  社会资本捐资: 'donation',
  捐资: 'donation',
  donation: 'donation',
};

/** The first few waiting batches as to-do entries, each opening its project. */
const batchEntries = (bs: { id: string; title: string; seq: number; project_id: string }[]) =>
  bs.slice(0, 5).map((b) => ({
    id: b.id,
    title: `${b.title} · 第${b.seq}批`,
    href: `/villagefund/projects/${b.project_id}`,
  }));

/** Builds the home-page, dashboard and Excel verbs. */
export function createWorkbenchService(deps: VillagefundDeps & { core: VillagefundCore }) {
  const { db, auditor, core } = deps;

  async function figures(paths: string[], year: number) {
    const f = await workbenchRepo.figures(db, (col) => nodeInPaths(col, paths), year);
    const raisedBySource = { fiscal: 0, loan: 0, collective: 0, donation: 0 };
    for (const r of f.raised) if (r.source) raisedBySource[r.source as Source] = Number(r.fen);
    const projectsByStage: Record<string, number> = {};
    for (const s of f.stages) projectsByStage[s.stage] = s.n;
    const now = f.returns.find((r) => r.year === year);
    const before = f.returns.find((r) => r.year === year - 1);
    return {
      raisedBySource,
      raisedFen: SOURCES.reduce((s, k) => s + raisedBySource[k], 0),
      projectsByStage,
      projects: f.stages.reduce((s, x) => s + x.n, 0),
      paidFen: Number(f.paid.all_fen),
      paidYearFen: Number(f.paid.year_fen),
      netYearFen: Number(now?.net ?? 0),
      netGrowthPct: growthPct(Number(now?.net ?? 0), Number(before?.net ?? 0)),
      collectiveReturnFen: Number(now?.collective ?? 0),
      householdReturnFen: Number(now?.household ?? 0),
      households: Number(now?.households ?? 0),
    };
  }

  return {
    /** What waits for the actor in the fund. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      if (!ctx.actor) return [];
      const out: TodoItem[] = [];
      const manage = scopePaths(ctx.actor, 'villagefund.manage');
      const item = (
        key: string,
        count: number,
        href: string,
        level: TodoItem['level'],
        entries: TodoItem['entries'],
      ) =>
        out.push({
          key: `villagefund.${key}`,
          module: 'villagefund',
          label: t(ctx.lang, `villagefund.todo.${key}`),
          count,
          href,
          level,
          entries,
        });
      if (manage.length) {
        const scope = nodeInPaths('p.node_id', manage);
        const [toReview, toApprove, due] = await Promise.all([
          repo.findProjects(db, scope, { stages: ['applied', 'reviewing'] }),
          workbenchRepo.findWaitingBatches(db, scope, 'requested', 50),
          workbenchRepo.findReviewsDue(db, scope, shanghaiThisYear() - 1, 50),
        ]);
        if (toReview.length)
          item(
            'to_review',
            toReview.length,
            '/villagefund?stage=applied',
            'yellow',
            toReview
              .slice(0, 5)
              .map((p) => ({ id: p.id, title: p.title, href: `/villagefund/projects/${p.id}` })),
          );
        if (toApprove.length)
          item('to_approve', toApprove.length, '/villagefund', 'yellow', batchEntries(toApprove));
        if (due.length)
          item(
            'reviews_due',
            due.length,
            '/villagefund',
            'normal',
            due.slice(0, 5).map((p) => ({ id: p.id, title: p.title, href: `/villagefund/projects/${p.id}` })),
          );
      }
      if (manage.length) {
        // 集体资产担保: pledges within 30 days of their release day (or past it), to release
        const until = shanghaiDay(new Date(Date.now() + RELEASE_ALERT_DAYS * 86_400_000));
        const release = await pledgesRepo.findPledgesToRelease(
          db,
          nodeInPaths('pl.node_id', manage),
          until,
          50,
        );
        if (release.length)
          item(
            'pledges_due',
            release.length,
            `/villagefund/pools/${release[0].pool_id}`,
            'normal',
            release.slice(0, 5).map((r) => ({
              id: r.id,
              title: `${r.asset} · ${String(r.release_on)}`,
              href: `/villagefund/pools/${r.pool_id}`,
            })),
          );
      }
      const disburse = scopePaths(ctx.actor, 'villagefund.disburse');
      if (disburse.length) {
        const toPay = (
          await workbenchRepo.findWaitingBatches(db, nodeInPaths('p.node_id', disburse), 'approved', 50)
        ).filter((b) => b.approved_by !== ctx.actor!.userId);
        if (toPay.length) item('to_pay', toPay.length, '/villagefund', 'red', batchEntries(toPay));
      }
      return out;
    },

    /** The fund's figures under a node: raised by source, projects by stage, money paid, the year's returns. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const f = await figures([node.path], year);
      if (f.raisedFen === 0 && f.projects === 0) return [];
      const stat = statMaker(ctx.lang, 'villagefund');
      return [
        stat('raised', wanYuan(f.raisedFen), 'wan_yuan'),
        ...SOURCES.map((s) => stat(`raised_${s}`, wanYuan(f.raisedBySource[s]), 'wan_yuan')),
        stat('projects', f.projects, 'count'),
        stat('funded', (f.projectsByStage.funding ?? 0) + (f.projectsByStage.operating ?? 0), 'count'),
        stat('paid', wanYuan(f.paidFen), 'wan_yuan'),
        stat('net_year', wanYuan(f.netYearFen), 'wan_yuan'),
        stat('net_growth', f.netGrowthPct, 'percent'),
        stat('collective_return', wanYuan(f.collectiveReturnFen), 'wan_yuan'),
        stat('household_return', wanYuan(f.householdReturnFen), 'wan_yuan'),
      ];
    },

    /** The figures of a node for the fund's own dashboard. */
    async figures(ctx: RequestContext, q: { nodeId: string; year?: number }) {
      const paths = await core.roots(ctx, 'villagefund.read', q.nodeId);
      return figures(paths, q.year ?? shanghaiThisYear());
    },

    /** The project register 项目台账 as Excel. */
    async exportProjects(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await core.roots(ctx, 'villagefund.export', q.nodeId);
      const rows = await repo.findProjects(db, nodeInPaths('p.node_id', paths), {});
      return writeWorkbook([
        {
          name: '强村富民项目',
          columns: [
            { key: 'village', header: '村（社区）', width: 16 },
            { key: 'title', header: '项目名称', width: 30 },
            { key: 'category', header: '类别', width: 10 },
            { key: 'stage', header: '阶段', width: 10 },
            { key: 'investment', header: '总投资（万元）', width: 14, type: 'number' },
            { key: 'revenue', header: '预计年收入（万元）', width: 16, type: 'number' },
            { key: 'cost', header: '预计年成本（万元）', width: 16, type: 'number' },
            { key: 'paid', header: '已拨付（万元）', width: 14, type: 'number' },
            { key: 'risk', header: '风险等级', width: 10 },
            { key: 'pool', header: '资金池', width: 20 },
            { key: 'applied', header: '申报日期', width: 12 },
          ],
          rows: rows.map((p) => ({
            village: p.node_name,
            title: p.title,
            category: t(ctx.lang, `villagefund.category.${p.category}`),
            stage: t(ctx.lang, `villagefund.stage.${p.stage}`),
            investment: wanYuan(Number(p.investment_fen)),
            revenue: wanYuan(Number(p.annual_revenue_fen)),
            cost: wanYuan(Number(p.annual_cost_fen)),
            paid: wanYuan(Number(p.paid_fen ?? 0)),
            risk: p.feasibility
              ? t(ctx.lang, `villagefund.grade.${(p.feasibility as { riskGrade: string }).riskGrade}`)
              : '',
            pool: p.pool_name,
            applied: p.applied_at.toISOString().slice(0, 10),
          })),
        },
      ]);
    },

    /** A pool's ledger 资金台账 as Excel (amounts in 元). */
    async exportLedger(ctx: RequestContext, poolId: string) {
      const p = await core.visiblePool(ctx, poolId, 'villagefund.export');
      const rows = await poolsRepo.findLedger(db, p.district_id, p.id);
      return writeWorkbook([
        {
          name: '资金台账',
          columns: [
            { key: 'date', header: '日期', width: 12 },
            { key: 'kind', header: '类型', width: 8 },
            { key: 'source', header: '资金来源', width: 12 },
            { key: 'amount', header: '金额（元）', width: 16, type: 'number' },
            { key: 'rate', header: '年利率（%）', width: 10, type: 'number' },
            { key: 'counterparty', header: '出资方/收款方', width: 20 },
            { key: 'project', header: '项目', width: 24 },
            { key: 'note', header: '说明', width: 30 },
          ],
          rows: rows.map((r) => ({
            date: String(r.occurred_on),
            kind: t(ctx.lang, `villagefund.kind.${r.kind}`),
            source: r.source ? t(ctx.lang, `villagefund.source.${r.source}`) : '',
            amount: yuan(Number(r.amount_fen)),
            rate: r.rate_bp === null ? null : r.rate_bp / 100,
            counterparty: r.counterparty,
            project: r.project_title ?? '',
            note: r.note,
          })),
        },
      ]);
    },

    /** Reads money raised into a pool from a sheet (source, amount in 元, date…); a file with a bad row changes nothing. */
    async importInflows(ctx: RequestContext, poolId: string, file: Buffer) {
      const p = await core.visiblePool(ctx, poolId, 'villagefund.manage');
      const table = readTable(await readRows(file, { maxRows: 5000 }), INFLOW_COLUMNS);
      const rows: poolsRepo.NewLedger[] = [];
      const errors = checkRows(table, ctx.lang, (cell, bad) => {
        const source = SOURCE_NAMES[cell('source').replace(/\s/g, '')];
        if (!source) bad('source', 'villagefund.import.source');
        const amount = Number(cell('amount').replace(/[,，元]/g, ''));
        if (!Number.isFinite(amount) || amount <= 0 || amount > 10_000_000_000)
          bad('amount', 'villagefund.import.amount');
        const day = cell('occurredOn')
          .replace(/[./年月]/g, '-')
          .replace(/日$/, '');
        const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(day);
        const iso = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : '';
        if (!m || Number.isNaN(Date.parse(iso))) bad('occurredOn', 'villagefund.import.date');
        const rateText = cell('rate').replace('%', '');
        const rate = rateText ? Number(rateText) : null;
        if (rate !== null && (!Number.isFinite(rate) || rate < 0 || rate > 50))
          bad('rate', 'villagefund.import.rate');
        rows.push({
          district_id: p.district_id,
          id: uuidv7(),
          pool_id: p.id,
          kind: 'inflow',
          source: source ?? 'fiscal',
          amount_fen: Math.round(amount * 100),
          rate_bp: source === 'loan' && rate !== null ? Math.round(rate * 100) : null,
          project_id: null,
          batch_id: null,
          counterparty: cell('counterparty').slice(0, 100),
          note: cell('note').slice(0, 500),
          occurred_on: iso,
          created_by: ctx.actor!.userId,
        });
      });
      if (errors.length) return { imported: 0, errors };
      await db.transaction().execute(async (trx) => {
        await poolsRepo.insertLedger(trx, rows);
        await auditor.append(trx, ctx, {
          action: 'villagefund.inflow.import',
          objectType: 'villagefund_pool',
          objectId: p.id,
          districtId: p.district_id,
          detail: { rows: rows.length, fen: rows.reduce((s, r) => s + r.amount_fen, 0) },
        });
      });
      return { imported: rows.length, errors };
    },
  };
}
