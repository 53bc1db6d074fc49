/**
 * The register of pledged collective assets 集体资产担保 (seed 001 青田): a village's idle office,
 * hall, factory or school pledged for a loan into the pool, tied to the loan's inflow (its rate shows
 * whether the reduced rate 3.85% applies); a pledge due for release within 30 days, or past its day,
 * is flagged; the register goes out to and comes in from Excel.
 */
import { can, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  checkRows,
  readRows,
  readTable,
  writeWorkbook,
  type ColumnSpec,
} from '../../platform/sheets/index.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { VillagefundCore, VillagefundDeps } from './villagefund.core.ts';
import * as pledgesRepo from './villagefund.pledges.repository.ts';
import type { PoolRow } from './villagefund.pools.repository.ts';
import { ASSET_KINDS, pledgeState, REDUCED_RATE_BP, type AssetKind } from './villagefund.rules.ts';

/** A pledge as entered (money in fen). */
export interface PledgeInput {
  nodeId: string;
  asset: string;
  assetKind: AssetKind;
  valueFen: number;
  lender: string;
  loanFen: number;
  inflowId?: string | null;
  termMonths: number;
  pledgedOn: string;
  releaseOn: string;
}

const PLEDGE_COLUMNS: ColumnSpec[] = [
  { key: 'village', label: '村（社区）', synonyms: ['村', '社区', '村社', 'village'], required: true },
  { key: 'asset', label: '担保资产', synonyms: ['资产', '资产名称', 'asset'], required: true },
  { key: 'kind', label: '资产类型', synonyms: ['类型', 'kind'], required: true },
  { key: 'value', label: '评估价值（元）', synonyms: ['价值', '评估价值', 'value'], required: true },
  { key: 'lender', label: '贷款银行', synonyms: ['银行', '贷款机构', 'lender'], required: true },
  { key: 'loan', label: '贷款金额（元）', synonyms: ['贷款金额', '贷款', 'loan'], required: true },
  { key: 'term', label: '期限（月）', synonyms: ['期限', 'term'], required: true },
  { key: 'pledgedOn', label: '担保日期', synonyms: ['抵押日期', 'pledged'], required: true },
  { key: 'releaseOn', label: '解押日期', synonyms: ['解除日期', 'release'], required: true },
];

const yuan = (fen: number) => Math.round(fen) / 100;
const isoDay = (s: string) => {
  const m = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/.exec(s.trim());
  const iso = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : '';
  return m && !Number.isNaN(Date.parse(iso)) ? iso : null;
};

/** Builds the pledge verbs. */
export function createPledgesService(
  deps: VillagefundDeps & { core: VillagefundCore; today?: () => string },
) {
  const { db, auditor, core } = deps;
  const today = () => (deps.today ? deps.today() : shanghaiDay());

  /** The village a pledge names: a node the actor manages, under the pool's node. */
  async function villageOf(ctx: RequestContext, pool: PoolRow, nodeId: string) {
    const n = await core.visibleNode(ctx, nodeId, 'villagefund.manage');
    if (n.district_id !== pool.district_id || !n.path.startsWith(pool.path))
      throw new InvalidError([{ field: 'nodeId', key: 'villagefund.pledge_outside' }]);
    return n;
  }

  async function checkInflow(exec: Executor, pool: PoolRow, inflowId: string | null | undefined) {
    if (!inflowId) return;
    if (!(await pledgesRepo.findLoanInflow(exec, pool.district_id, pool.id, inflowId)))
      throw new InvalidError([{ field: 'inflowId', key: 'villagefund.pledge_not_loan' }]);
  }

  return {
    /** A pool's pledges with their state on today, the value still pledged and how many need releasing soon. */
    async pledges(ctx: RequestContext, poolId: string) {
      const pool = await core.visiblePool(ctx, poolId, 'villagefund.read');
      const rows = await pledgesRepo.findPledges(db, pool.district_id, pool.id);
      const day = today();
      const items = rows.map((r) => {
        const state = pledgeState(
          { releaseOn: String(r.release_on), releasedOn: r.released_on && String(r.released_on) },
          day,
        );
        return {
          id: r.id,
          nodeId: r.node_id,
          nodeName: r.node_name,
          asset: r.asset,
          assetKind: r.asset_kind as AssetKind,
          valueFen: Number(r.value_fen),
          lender: r.lender,
          loanFen: Number(r.loan_fen),
          inflowId: r.inflow_id,
          rateBp: r.rate_bp,
          reducedRate: r.rate_bp !== null && r.rate_bp <= REDUCED_RATE_BP,
          termMonths: r.term_months,
          pledgedOn: String(r.pledged_on),
          releaseOn: String(r.release_on),
          releasedOn: r.released_on ? String(r.released_on) : null,
          state,
          version: r.version,
        };
      });
      return {
        pledgedFen: items.filter((i) => !i.releasedOn).reduce((s, i) => s + i.valueFen, 0),
        due: items.filter((i) => i.state === 'due' || i.state === 'overdue').length,
        items,
        can: { manage: can(ctx.actor, 'villagefund.manage', pool.path) },
      };
    },

    /** Registers a pledged asset for a pool (audited). */
    async addPledge(ctx: RequestContext, poolId: string, b: PledgeInput) {
      if (b.releaseOn < b.pledgedOn)
        throw new InvalidError([{ field: 'releaseOn', key: 'villagefund.pledge_release_before' }]);
      const pool = await core.visiblePool(ctx, poolId, 'villagefund.manage');
      const village = await villageOf(ctx, pool, b.nodeId);
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await checkInflow(trx, pool, b.inflowId);
        await pledgesRepo.insertPledges(trx, [
          {
            district_id: pool.district_id,
            id,
            pool_id: pool.id,
            node_id: village.id,
            asset: b.asset,
            asset_kind: b.assetKind,
            value_fen: b.valueFen,
            lender: b.lender,
            loan_fen: b.loanFen,
            inflow_id: b.inflowId ?? null,
            term_months: b.termMonths,
            pledged_on: b.pledgedOn,
            release_on: b.releaseOn,
            created_by: ctx.actor!.userId,
          },
        ]);
        await auditor.append(trx, ctx, {
          action: 'villagefund.pledge.add',
          objectType: 'villagefund_pool',
          objectId: pool.id,
          districtId: pool.district_id,
          detail: { pledgeId: id, asset: b.asset, valueFen: b.valueFen, inflowId: b.inflowId ?? null },
        });
      });
      return { id };
    },

    /** Records a pledge released 解押 (once; never over a newer version). */
    async releasePledge(ctx: RequestContext, id: string, b: { version: number }) {
      const p = await pledgesRepo.findPledge(db, id);
      if (!p) throw new NotFoundError();
      const pool = await core.visiblePool(ctx, p.pool_id, 'villagefund.manage');
      const on = today();
      await db.transaction().execute(async (trx) => {
        if (!(await pledgesRepo.releasePledge(trx, p.district_id, id, b.version, on)))
          throw new ConflictError('error.stale');
        await auditor.append(trx, ctx, {
          action: 'villagefund.pledge.release',
          objectType: 'villagefund_pool',
          objectId: pool.id,
          districtId: pool.district_id,
          detail: { pledgeId: id, on },
        });
      });
      return { releasedOn: on };
    },

    /** The register as Excel (amounts in 元). */
    async exportPledges(ctx: RequestContext, poolId: string) {
      const pool = await core.visiblePool(ctx, poolId, 'villagefund.export');
      const rows = await pledgesRepo.findPledges(db, pool.district_id, pool.id);
      return writeWorkbook([
        {
          name: '集体资产担保',
          columns: [
            ...PLEDGE_COLUMNS.map((c) => ({ key: c.key, header: c.label, width: 14 })),
            { key: 'rate', header: '年利率（%）', width: 10, type: 'number' as const },
            { key: 'released', header: '已解押日期', width: 12 },
          ],
          rows: rows.map((r) => ({
            village: r.node_name,
            asset: r.asset,
            kind: t(ctx.lang, `villagefund.asset.${r.asset_kind}`),
            value: yuan(Number(r.value_fen)),
            lender: r.lender,
            loan: yuan(Number(r.loan_fen)),
            term: r.term_months,
            pledgedOn: String(r.pledged_on),
            releaseOn: String(r.release_on),
            rate: r.rate_bp === null ? null : r.rate_bp / 100,
            released: r.released_on ? String(r.released_on) : '',
          })),
        },
      ]);
    },

    /** Reads pledges from a sheet in the register's columns; a file with a bad row changes nothing. */
    async importPledges(ctx: RequestContext, poolId: string, file: Buffer) {
      const pool = await core.visiblePool(ctx, poolId, 'villagefund.manage');
      const villages = await core.villagesUnder(ctx, pool);
      const table = readTable(await readRows(file, { maxRows: 2000 }), PLEDGE_COLUMNS);
      const rows: Parameters<typeof pledgesRepo.insertPledges>[1] = [];
      const errors = checkRows(table, ctx.lang, (cell, bad) => {
        const names = villages.filter((v) => v.name === cell('village'));
        if (names.length !== 1) bad('village', 'villagefund.import.village');
        const kind = ASSET_KINDS.find(
          (k) => cell('kind') === k || cell('kind') === t('zh-CN', `villagefund.asset.${k}`),
        );
        if (!kind) bad('kind', 'villagefund.import.asset_kind');
        const money = (k: string) => {
          const v = Number(cell(k).replace(/[,，元]/g, ''));
          if (!Number.isFinite(v) || v <= 0 || v > 10_000_000_000) bad(k, 'villagefund.import.amount');
          return Math.round(v * 100);
        };
        const value = money('value');
        const loan = money('loan');
        const term = Number(cell('term'));
        if (!Number.isInteger(term) || term < 1 || term > 360) bad('term', 'villagefund.import.term');
        const pledgedOn = isoDay(cell('pledgedOn'));
        if (!pledgedOn) bad('pledgedOn', 'villagefund.import.date');
        const releaseOn = isoDay(cell('releaseOn'));
        if (!releaseOn || (pledgedOn && releaseOn < pledgedOn)) bad('releaseOn', 'villagefund.import.date');
        rows.push({
          district_id: pool.district_id,
          id: uuidv7(),
          pool_id: pool.id,
          node_id: names[0]?.id ?? pool.node_id,
          asset: cell('asset').slice(0, 100),
          asset_kind: kind ?? 'other',
          value_fen: value,
          lender: cell('lender').slice(0, 100),
          loan_fen: loan,
          inflow_id: null,
          term_months: term,
          pledged_on: pledgedOn ?? '2000-01-01',
          release_on: releaseOn ?? '2000-01-01',
          created_by: ctx.actor!.userId,
        });
      });
      if (errors.length) return { imported: 0, errors };
      await db.transaction().execute(async (trx) => {
        await pledgesRepo.insertPledges(trx, rows);
        await auditor.append(trx, ctx, {
          action: 'villagefund.pledge.import',
          objectType: 'villagefund_pool',
          objectId: pool.id,
          districtId: pool.district_id,
          detail: { rows: rows.length },
        });
      });
      return { imported: rows.length, errors };
    },
  };
}
