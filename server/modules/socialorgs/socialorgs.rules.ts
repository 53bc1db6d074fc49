/**
 * Pure rules of the social-organisation register: the unified social credit code's check
 * character (GB 32100-2015), and the code lists (categories, party-branch status, the 1+2+4
 * incubation levels of Putuo, annual inspection results).
 */

/** The 31 characters a credit code may use (no I, O, S, V, Z), in value order. */
export const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character the first 17 characters of a credit code call for, or null if they are not valid. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_CHARS.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31];
}

/** Normalises a typed code (spaces dropped, upper case). */
export function normaliseCreditCode(s: string): string {
  return s.replace(/\s+/g, '').toUpperCase();
}

/** Why a credit code is not acceptable ('length', 'chars', 'check'), or null when it is. */
export function creditCodeProblem(code: string): 'length' | 'chars' | 'check' | null {
  if (code.length !== 18) return 'length';
  if ([...code].some((c) => !CREDIT_CODE_CHARS.includes(c))) return 'chars';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'check';
}

/** Fields of service social organisations work in (seed 001: 渔业、文体、卫生… 8 kinds, 养老照护、矛盾调解). */
export const ORG_CATEGORIES = [
  'elderly',
  'children',
  'mediation',
  'culture',
  'health',
  'fishery',
  'disability',
  'community',
] as const;
export type OrgCategory = (typeof ORG_CATEGORIES)[number];

/** Party-branch status: none, its own branch 单建, or a joint branch 联建. */
export const PARTY_BRANCH = ['none', 'single', 'joint'] as const;
/** The 1+2+4 matrix: district, street or community incubation base. */
export const INCUBATION_LEVELS = ['district', 'street', 'community'] as const;
export const INCUBATION_STATES = ['incubating', 'graduated'] as const;
/** Annual inspection results 年检结论: 合格, 基本合格, 不合格. */
export const INSPECTION_RESULTS = ['qualified', 'basically_qualified', 'unqualified'] as const;

/** Chinese labels of the code lists (Excel columns are written and read in Chinese). */
export const LABELS_ZH: Record<string, Record<string, string>> = {
  category: {
    elderly: '养老照护',
    children: '儿童青少年',
    mediation: '矛盾调解',
    culture: '文体',
    health: '卫生健康',
    fishery: '渔业',
    disability: '助残',
    community: '社区服务',
  },
  partyBranch: { none: '未建', single: '单建', joint: '联建' },
  incubationLevel: { district: '区级孵化基地', street: '街道级孵化基地', community: '社区级孵化基地' },
  incubationState: { incubating: '孵化中', graduated: '已出壳' },
  inspection: { qualified: '合格', basically_qualified: '基本合格', unqualified: '不合格' },
};

/** The code for a Chinese label or the code itself (Excel import), or undefined. */
export function codeOf(list: keyof typeof LABELS_ZH, text: string): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const m = LABELS_ZH[list];
  if (t in m) return t;
  return Object.entries(m).find(([, v]) => v === t || v.startsWith(t))?.[0];
}
