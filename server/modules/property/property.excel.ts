/**
 * The columns of the registers typed in by hand (companies, compounds, the fee ledger): what their
 * imports read and their exports write, so an exported file imports again.
 */
import type { ColumnSpec } from '../../platform/sheets/index.ts';

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
