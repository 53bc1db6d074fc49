/**
 * Excel in and out: every register exported (companies, compounds, fee ledger, problem list,
 * ratings, quality index), and the registers typed in by hand imported (companies, compounds, the
 * fee ledger), each file checked row by row and written all or nothing.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  cellText,
  readRows,
  readTable,
  writeWorkbook,
  type ColumnSpec,
} from '../../platform/sheets/index.ts';
import { compoundScope, type PropertyCore, type PropertyDeps } from './property.core.ts';
import * as repo from './property.repository.ts';
import { collectionRate, type CriteriaKind } from './property.rules.ts';

const MAX_ROWS = 5000;
const thisYear = () => new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

/** Columns of the company register. */
export const COMPANY_COLUMNS: ColumnSpec[] = [
  {
    key: 'name',
    label: '企业名称',
    synonyms: ['物业公司', '物业企业', '公司名称', 'company'],
    required: true,
  },
  {
    key: 'creditCode',
    label: '统一社会信用代码',
    synonyms: ['信用代码', '社会信用代码', 'credit code'],
    required: true,
  },
  { key: 'contactName', label: '联系人', synonyms: ['负责人', 'contact'] },
  { key: 'hasPartyOrg', label: '是否建立党组织', synonyms: ['党组织', '建立党组织'] },
];
/** Columns of the compound register. */
export const COMPOUND_COLUMNS: ColumnSpec[] = [
  { key: 'community', label: '所属社区', synonyms: ['社区', 'community'], required: true },
  { key: 'name', label: '小区名称', synonyms: ['小区', '住宅小区', 'compound'], required: true },
  { key: 'address', label: '地址', synonyms: ['小区地址', 'address'] },
  { key: 'households', label: '户数', synonyms: ['总户数', 'households'] },
  { key: 'company', label: '物业公司', synonyms: ['服务企业', '物业企业', 'company'] },
  { key: 'branchKind', label: '党组织形式', synonyms: ['支部类型'] },
];
/** Columns of the fee ledger. */
export const FEE_COLUMNS: ColumnSpec[] = [
  { key: 'community', label: '所属社区', synonyms: ['社区', 'community'] },
  { key: 'compound', label: '小区名称', synonyms: ['小区', 'compound'], required: true },
  { key: 'period', label: '月份', synonyms: ['期间', '年月', '收费月份', 'period'], required: true },
  { key: 'billed', label: '应收金额', synonyms: ['应收', '应收物业费', 'billed'], required: true },
  { key: 'paid', label: '实收金额', synonyms: ['实收', '已收', '实收物业费', 'paid'], required: true },
  { key: 'householdsBilled', label: '应缴户数', synonyms: ['应缴户'] },
  { key: 'householdsPaid', label: '已缴户数', synonyms: ['已缴户', '实缴户数'] },
];

const BRANCH: Record<string, string> = {
  党支部: 'party_branch',
  小区党支部: 'party_branch',
  小区工作支部: 'work_branch',
  工作支部: 'work_branch',
  无: 'none',
};
const BRANCH_NAME: Record<string, string> = {
  party_branch: '党支部',
  work_branch: '小区工作支部',
  none: '无',
};
const STATE_NAME: Record<string, string> = {
  listed: '待联席会议研究',
  publicise: '通报晾晒一批',
  negotiate: '协商解决一批',
  hardship: '暖心帮扶一批',
  litigate: '调解诉讼一批',
  working: '整改中',
  resolved: '已解决',
};
const KIND_NAME: Record<string, string> = {
  arrears: '物业费欠缴',
  service: '物业服务',
  facility: '设施设备',
  other: '其他',
};

type RowError = { row: number; field: string; message: string };

/** A month from a cell: '2026-03', '2026年3月', '202603' or an Excel date. */
function periodOf(v: string): string | null {
  const m = /^(\d{4})\D{0,2}(\d{1,2})/.exec(v.replace(/\s/g, ''));
  if (!m) return null;
  const mm = Number(m[2]);
  if (mm < 1 || mm > 12) return null;
  return `${m[1]}-${String(mm).padStart(2, '0')}`;
}
const num = (v: string) => (v === '' ? NaN : Number(v.replace(/[,，¥￥元\s]/g, '')));

/** Builds the Excel verbs. */
export function createExcelService(deps: PropertyDeps & { core: PropertyCore }) {
  const { db, auditor, core } = deps;

  async function read(file: Buffer, columns: ColumnSpec[]) {
    return readTable(await readRows(file, { maxRows: MAX_ROWS + 20 }), columns);
  }

  return {
    /** Imports companies onto a node (a credit code already registered is skipped, not changed). */
    async importCompanies(ctx: RequestContext, nodeId: string, file: Buffer) {
      const n = await core.nodeFor(ctx, nodeId, 'property.manage');
      const table = await read(file, COMPANY_COLUMNS);
      const errors: RowError[] = [];
      const rows: repo.NewCompany[] = [];
      const seen = new Set<string>();
      for (const r of table.rows) {
        const cell = (k: string) => cellText(r.cells[k] ?? null);
        const name = cell('name');
        const code = cell('creditCode').toUpperCase();
        if (!name || name.length > 100)
          errors.push({ row: r.row, field: 'name', message: t(ctx.lang, 'property.import.name') });
        if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code))
          errors.push({
            row: r.row,
            field: 'creditCode',
            message: t(ctx.lang, 'property.import.credit_code'),
          });
        else if (seen.has(code))
          errors.push({ row: r.row, field: 'creditCode', message: t(ctx.lang, 'property.import.repeated') });
        seen.add(code);
        rows.push({
          district_id: n.district_id,
          id: uuidv7(),
          node_id: n.id,
          name,
          credit_code: code,
          contact_name: cell('contactName').slice(0, 50),
          has_party_org: ['是', '已建立', 'Y', 'YES', 'TRUE', '1'].includes(
            cell('hasPartyOrg').toUpperCase(),
          ),
          party_org_id: null,
        });
      }
      if (errors.length) return { imported: 0, skipped: 0, errors };
      const made = await db.transaction().execute(async (trx) => {
        const ids = await repo.insertCompanies(trx, rows);
        await auditor.append(trx, ctx, {
          action: 'property.company.import',
          objectType: 'org_node',
          objectId: n.id,
          districtId: n.district_id,
          detail: { rows: rows.length, imported: ids.length },
        });
        return ids.length;
      });
      return { imported: made, skipped: rows.length - made, errors };
    },

    /** Imports compounds under a node (community by name, company by name; a name already on its community is skipped). */
    async importCompounds(ctx: RequestContext, nodeId: string, file: Buffer) {
      const n = await core.nodeFor(ctx, nodeId, 'property.manage');
      const table = await read(file, COMPOUND_COLUMNS);
      const communities = (await repo.communitiesUnder(db, n.path)).filter((c) =>
        can(ctx.actor, 'property.manage', c.path),
      );
      const byName = new Map(communities.map((c) => [c.name, c]));
      const companyNames = [
        ...new Set(table.rows.map((r) => cellText(r.cells.company ?? null)).filter(Boolean)),
      ];
      const companies = new Map(
        (await repo.companiesByName(db, n.district_id, companyNames)).map((c) => [c.name, c.id]),
      );
      const errors: RowError[] = [];
      const rows: repo.NewCompound[] = [];
      for (const r of table.rows) {
        const cell = (k: string) => cellText(r.cells[k] ?? null);
        const community = byName.get(cell('community'));
        if (!community)
          errors.push({
            row: r.row,
            field: 'community',
            message: t(ctx.lang, 'property.import.community', { name: cell('community') }),
          });
        const name = cell('name');
        if (!name || name.length > 100)
          errors.push({ row: r.row, field: 'name', message: t(ctx.lang, 'property.import.name') });
        const households = cell('households') ? num(cell('households')) : 0;
        if (!Number.isInteger(households) || households < 0 || households > 100000)
          errors.push({ row: r.row, field: 'households', message: t(ctx.lang, 'property.import.number') });
        const companyId = cell('company') ? companies.get(cell('company')) : null;
        if (companyId === undefined)
          errors.push({
            row: r.row,
            field: 'company',
            message: t(ctx.lang, 'property.import.company', { name: cell('company') }),
          });
        const branch = cell('branchKind') ? BRANCH[cell('branchKind')] : 'party_branch';
        if (!branch)
          errors.push({ row: r.row, field: 'branchKind', message: t(ctx.lang, 'property.import.branch') });
        if (community)
          rows.push({
            district_id: n.district_id,
            id: uuidv7(),
            node_id: community.id,
            name,
            address: cell('address').slice(0, 200),
            households,
            company_id: companyId ?? null,
            party_org_id: null,
            branch_kind: branch ?? 'party_branch',
          });
      }
      if (errors.length) return { imported: 0, skipped: 0, errors };
      const made = await db.transaction().execute(async (trx) => {
        const ids = await repo.insertCompounds(trx, rows);
        await auditor.append(trx, ctx, {
          action: 'property.compound.import',
          objectType: 'org_node',
          objectId: n.id,
          districtId: n.district_id,
          detail: { rows: rows.length, imported: ids.length },
        });
        return ids.length;
      });
      return { imported: made, skipped: rows.length - made, errors };
    },

    /** Imports the fee ledger of the compounds under a node the actor keeps (a month already there is replaced). */
    async importFees(ctx: RequestContext, nodeId: string, file: Buffer) {
      const actor = requirePermission(ctx, 'property.fees');
      const n = await core.nodeFor(ctx, nodeId, 'property.fees');
      const table = await read(file, FEE_COLUMNS);
      const compounds = await repo.listCompounds(db, compoundScope(actor, 'property.fees'), {
        under: n.path,
        limit: 100000,
      });
      const key = (community: string, name: string) => `${community}|${name}`;
      const byKey = new Map(compounds.map((c) => [key(c.node_name, c.name), c]));
      const byName = new Map<string, (typeof compounds)[number] | null>();
      for (const c of compounds) byName.set(c.name, byName.has(c.name) ? null : c);
      const errors: RowError[] = [];
      const rows: Parameters<typeof repo.upsertFees>[1] = [];
      const seen = new Set<string>();
      for (const r of table.rows) {
        const cell = (k: string) => cellText(r.cells[k] ?? null);
        const c = cell('community')
          ? byKey.get(key(cell('community'), cell('compound')))
          : byName.get(cell('compound'));
        if (!c)
          errors.push({
            row: r.row,
            field: 'compound',
            message: t(ctx.lang, 'property.import.compound', { name: cell('compound') }),
          });
        const period = periodOf(cell('period'));
        if (!period)
          errors.push({ row: r.row, field: 'period', message: t(ctx.lang, 'property.import.period') });
        const billed = num(cell('billed'));
        const paid = num(cell('paid'));
        const hb = cell('householdsBilled') ? num(cell('householdsBilled')) : 0;
        const hp = cell('householdsPaid') ? num(cell('householdsPaid')) : 0;
        for (const [f, v] of [
          ['billed', billed],
          ['paid', paid],
        ] as const)
          if (!Number.isFinite(v) || v < 0 || v > 1e11)
            errors.push({ row: r.row, field: f, message: t(ctx.lang, 'property.import.number') });
        for (const [f, v] of [
          ['householdsBilled', hb],
          ['householdsPaid', hp],
        ] as const)
          if (!Number.isInteger(v) || v < 0 || v > 100000)
            errors.push({ row: r.row, field: f, message: t(ctx.lang, 'property.import.number') });
        if (c && period) {
          if (seen.has(`${c.id}|${period}`))
            errors.push({ row: r.row, field: 'period', message: t(ctx.lang, 'property.import.repeated') });
          seen.add(`${c.id}|${period}`);
          rows.push({
            district_id: c.district_id,
            compound_id: c.id,
            period,
            billed,
            paid,
            households_billed: hb,
            households_paid: hp,
            updated_by: actor.userId,
          });
        }
      }
      if (errors.length) return { imported: 0, skipped: 0, errors };
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < rows.length; i += 500) await repo.upsertFees(trx, rows.slice(i, i + 500));
        await auditor.append(trx, ctx, {
          action: 'property.fees.import',
          objectType: 'org_node',
          objectId: n.id,
          districtId: n.district_id,
          detail: { rows: rows.length },
        });
      });
      return { imported: rows.length, skipped: 0, errors };
    },

    /** One register as .xlsx, in the layout its import reads where there is one. */
    async exportRegister(
      ctx: RequestContext,
      q: {
        nodeId?: string;
        year?: number;
        what: 'companies' | 'compounds' | 'fees' | 'issues' | 'ratings' | 'quality' | 'criteria';
        kind?: CriteriaKind;
      },
    ) {
      const actor = requirePermission(ctx, 'property.export');
      const s = compoundScope(actor, 'property.export');
      const node = q.nodeId ? await core.nodeFor(ctx, q.nodeId, 'property.export') : null;
      const under = node?.path;
      const year = q.year ?? thisYear();
      const compounds = await repo.listCompounds(db, s, { under, limit: 100000 });
      let sheet: {
        name: string;
        columns: { key: string; header: string; width: number; type?: 'number' }[];
        rows: Record<string, string | number | null>[];
      };
      const cols = (c: ColumnSpec[], widths: Record<string, number> = {}) =>
        c.map((x) => ({ key: x.key, header: x.label, width: widths[x.key] ?? 16 }));
      switch (q.what) {
        case 'companies': {
          const list = await repo.listCompanies(db, s, { under, limit: 100000 });
          const ratings = new Map(
            (
              await repo.ratingsOf(
                db,
                list.map((c) => c.id),
                year,
              )
            ).map((r) => [r.company_id, r]),
          );
          sheet = {
            name: '物业企业',
            columns: [
              ...cols(COMPANY_COLUMNS, { name: 30, creditCode: 22 }),
              { key: 'compounds', header: '服务小区数', width: 12, type: 'number' },
              { key: 'stars', header: `${year}年星级`, width: 10, type: 'number' },
              { key: 'total', header: `${year}年得分`, width: 10, type: 'number' },
              { key: 'state', header: '评定状态', width: 10 },
            ],
            rows: list.map((c) => {
              const r = ratings.get(c.id);
              return {
                name: c.name,
                creditCode: c.credit_code,
                contactName: c.contact_name,
                hasPartyOrg: c.has_party_org ? '是' : '否',
                compounds: c.compounds ?? 0,
                stars: r?.stars ?? null,
                total: r ? Number(r.total) : null,
                state: r ? (r.state === 'published' ? '已公布' : '已评分') : '未评定',
              };
            }),
          };
          break;
        }
        case 'compounds':
          sheet = {
            name: '小区',
            columns: [...cols(COMPOUND_COLUMNS, { name: 24, address: 30, company: 30 })],
            rows: compounds.map((c) => ({
              community: c.node_name,
              name: c.name,
              address: c.address,
              households: c.households,
              company: c.company_name ?? '',
              branchKind: BRANCH_NAME[c.branch_kind] ?? '',
            })),
          };
          break;
        case 'fees': {
          const fees = await repo.feesOf(db, s, { under, year });
          sheet = {
            name: `${year}物业费收缴`,
            columns: [
              ...cols(FEE_COLUMNS, { compound: 24 }),
              { key: 'rate', header: '收缴率(%)', width: 10, type: 'number' },
            ],
            rows: fees.map((f) => {
              const rate = collectionRate(Number(f.billed), Number(f.paid));
              return {
                community: f.node_name,
                compound: f.compound_name,
                period: f.period,
                billed: Number(f.billed),
                paid: Number(f.paid),
                householdsBilled: f.households_billed,
                householdsPaid: f.households_paid,
                rate: rate === null ? null : Math.round(rate * 10000) / 100,
              };
            }),
          };
          break;
        }
        case 'issues': {
          const rows: Record<string, string | number | null>[] = [];
          for (const c of compounds)
            for (const i of await repo.issuesOf(db, c.district_id, c.id))
              rows.push({
                community: c.node_name,
                compound: c.name,
                kind: KIND_NAME[i.kind],
                title: i.title,
                room: i.room,
                amount: i.amount == null ? null : Number(i.amount),
                state: STATE_NAME[i.state],
                measure: i.measure,
                dueOn: i.due_on,
              });
          sheet = {
            name: '一小区一清单',
            columns: [
              { key: 'community', header: '所属社区', width: 14 },
              { key: 'compound', header: '小区名称', width: 20 },
              { key: 'kind', header: '类别', width: 12 },
              { key: 'title', header: '问题', width: 30 },
              { key: 'room', header: '房号', width: 10 },
              { key: 'amount', header: '欠费金额', width: 12, type: 'number' },
              { key: 'state', header: '处置方式/状态', width: 16 },
              { key: 'measure', header: '联席会议研究措施', width: 30 },
              { key: 'dueOn', header: '完成时限', width: 12 },
            ],
            rows,
          };
          break;
        }
        case 'ratings': {
          const list = await repo.listCompanies(db, s, { under, limit: 100000 });
          const ratings = await repo.ratingsOf(
            db,
            list.map((c) => c.id),
            year,
          );
          const district = list[0]?.district_id ?? node?.district_id;
          const criteria = district ? await core.criteria(db, district, 'company') : [];
          sheet = {
            name: `${year}红色物业星级评定`,
            columns: [
              { key: 'name', header: '企业名称', width: 30 },
              ...criteria.map((c) => ({
                key: `s_${c.code}`,
                header: c.name,
                width: 14,
                type: 'number' as const,
              })),
              { key: 'total', header: '总分', width: 10, type: 'number' },
              { key: 'stars', header: '星级', width: 8, type: 'number' },
              { key: 'state', header: '状态', width: 10 },
            ],
            rows: ratings.map((r) => ({
              name: list.find((c) => c.id === r.company_id)?.name ?? '',
              ...Object.fromEntries(
                criteria.map((c) => [`s_${c.code}`, (r.scores as Record<string, number>)[c.code] ?? null]),
              ),
              total: Number(r.total),
              stars: r.stars,
              state: r.state === 'published' ? '已公布' : '已评分',
            })),
          };
          break;
        }
        case 'quality': {
          const qs = await repo.qualityOf(
            db,
            compounds.map((c) => c.id),
            year,
          );
          const ys = new Map(
            (
              await repo.qualityYears(
                db,
                compounds.map((c) => c.id),
                year,
              )
            ).map((y) => [y.compound_id, y]),
          );
          sheet = {
            name: `${year}品质小区指数`,
            columns: [
              { key: 'community', header: '所属社区', width: 14 },
              { key: 'name', header: '小区名称', width: 20 },
              { key: 'q1', header: '一季度', width: 10, type: 'number' },
              { key: 'q2', header: '二季度', width: 10, type: 'number' },
              { key: 'q3', header: '三季度', width: 10, type: 'number' },
              { key: 'q4', header: '四季度', width: 10, type: 'number' },
              { key: 'average', header: '年度指数', width: 10, type: 'number' },
              { key: 'stars', header: '年度星级', width: 10, type: 'number' },
              { key: 'campaign', header: '五星争创', width: 10 },
            ],
            rows: compounds.map((c) => {
              const y = ys.get(c.id);
              const q4 = (n: number) => {
                const x = qs.find((q) => q.compound_id === c.id && q.quarter === n);
                return x ? Number(x.total) : null;
              };
              return {
                community: c.node_name,
                name: c.name,
                q1: q4(1),
                q2: q4(2),
                q3: q4(3),
                q4: q4(4),
                average: y?.average != null ? Number(y.average) : null,
                stars: y?.stars ?? null,
                campaign: y?.campaign ? '是' : '',
              };
            }),
          };
          break;
        }
        case 'criteria': {
          const kind = q.kind ?? 'company';
          const district = node?.district_id ?? actor.grants[0]?.districtId;
          const items = district ? await core.criteria(db, district, kind) : [];
          const sum = items.reduce((a, c) => a + c.weight, 0);
          const groups: Record<string, string> = { six_good: '六好', three_high: '三高' };
          sheet = {
            name: kind === 'company' ? '五个必须落实评分项' : '品质小区指数评分项',
            columns: [
              { key: 'code', header: '代码', width: 14 },
              { key: 'name', header: '评分项', width: 50 },
              { key: 'grp', header: '分组', width: 10 },
              { key: 'weight', header: '权重', width: 10, type: 'number' },
              { key: 'share', header: '占比（%）', width: 10, type: 'number' },
            ],
            rows: items.map((c) => ({
              code: c.code,
              name: c.name,
              grp: groups[c.grp] ?? c.grp,
              weight: c.weight,
              share: sum ? Math.round((c.weight / sum) * 10000) / 100 : null,
            })),
          };
          break;
        }
      }
      const buf = await writeWorkbook([sheet]);
      await auditor.record(ctx, {
        action: 'property.export',
        objectType: node ? 'org_node' : 'property',
        objectId: node?.id ?? null,
        districtId: node?.district_id ?? actor.grants[0]?.districtId ?? null,
        detail: {
          what: q.what,
          year,
          ...(q.what === 'criteria' ? { kind: q.kind ?? 'company' } : {}),
          rows: sheet.rows.length,
        },
      });
      if (!sheet) throw new NotFoundError();
      return { name: sheet.name, buf };
    },
  };
}
