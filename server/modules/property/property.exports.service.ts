/**
 * Excel out: every register exported (companies, compounds, fee ledger, problem list, ratings,
 * quality index, criteria), in the layout its import reads where there is one.
 */
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { writeWorkbook, type ColumnSpec } from '../../platform/sheets/index.ts';
import { shanghaiThisYear as thisYear } from '../../platform/time.ts';
import { compoundScope, type PropertyCore, type PropertyDeps } from './property.core.ts';
import { COMPANY_COLUMNS, COMPOUND_COLUMNS, FEE_COLUMNS } from './property.excel.ts';
import * as repo from './property.repository.ts';
import { collectionRate, type CriteriaKind } from './property.rules.ts';

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

/** Builds the Excel export verbs. */
export function createExportsService(deps: PropertyDeps & { core: PropertyCore }) {
  const { db, auditor, core } = deps;

  return {
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
