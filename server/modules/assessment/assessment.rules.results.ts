/**
 * Use of results [000 Futian, 001 Kaihua, Qujiang]: who may be proposed for promotion, the comparable
 * groups ranked apart, a unit's default department type and a cadre's age.
 * Pure: no IO (re-exported by assessment.rules.ts).
 */
import { type DeptType } from './assessment.rules.vocabulary.ts';

/** Futian proposes promotions only from the top 30% of the routine assessment [000]. */
export const PROMOTION_TOP_SHARE = 0.3;

/** Why a cadre is or is not on the promotion list. */
export type EligibilityReason = 'top_share' | 'not_top_share' | 'vetoed' | 'poor_grade' | 'not_assessed';

/**
 * Whether a cadre may be proposed for promotion: ranked within the top share of the group, no
 * veto, and no 较差 in the year. The reasons say why not.
 */
export function promotionEligibility(c: {
  rank: number | null;
  groupSize: number;
  vetoed: boolean;
  poorInYear: boolean;
  share?: number;
}): { eligible: boolean; reasons: EligibilityReason[] } {
  const reasons: EligibilityReason[] = [];
  const cut = Math.max(1, Math.ceil(c.groupSize * (c.share ?? PROMOTION_TOP_SHARE) - 1e-9));
  if (c.rank === null) reasons.push('not_assessed');
  else if (c.rank > cut) reasons.push('not_top_share');
  if (c.vetoed) reasons.push('vetoed');
  if (c.poorInYear) reasons.push('poor_grade');
  return reasons.length ? { eligible: false, reasons } : { eligible: true, reasons: ['top_share'] };
}

/**
 * Groups assessed and ranked among themselves: Kaihua's 领航 (unit heads), 雏鹰 (young cadres),
 * 常青藤 (leaders out of post) tracks [001], and Qujiang's separate assessment of leaders out of
 * post [001]. Membership by post words, grade words or the cadre's age; `separate` groups are
 * ranked apart from everyone else.
 */
export interface GroupRule {
  key: string;
  label: { 'zh-CN': string; 'en-US': string };
  postPattern?: string;
  gradePattern?: string;
  maxAge?: number;
  minAge?: number;
  separate: boolean;
}

/** The default groups (a district edits them in its settings). */
export const DEFAULT_GROUPS: GroupRule[] = [
  {
    key: 'lead',
    label: { 'zh-CN': '领航计划（一把手）', 'en-US': 'Pilot track (unit heads)' },
    postPattern: '^(局长|党工委书记|办事处主任)$',
    separate: false,
  },
  {
    key: 'eagle',
    label: { 'zh-CN': '雏鹰计划（年轻干部）', 'en-US': 'Young eagle track' },
    maxAge: 35,
    separate: false,
  },
  {
    key: 'ivy',
    label: { 'zh-CN': '常青藤计划（退出现职领导）', 'en-US': 'Ivy track (leaders out of post)' },
    postPattern: '退出现职|退职',
    separate: true,
  },
];

/** The groups a cadre belongs to. */
export function groupsOf(
  c: { post: string; grade: string; age: number | null },
  rules: readonly GroupRule[],
): string[] {
  return rules
    .filter(
      (r) =>
        (!r.postPattern || new RegExp(r.postPattern).test(c.post)) &&
        (!r.gradePattern || new RegExp(r.gradePattern).test(c.grade)) &&
        (r.maxAge === undefined || (c.age !== null && c.age <= r.maxAge)) &&
        (r.minAge === undefined || (c.age !== null && c.age >= r.minAge)),
    )
    .map((r) => r.key);
}

/**
 * comparableGroup(groupsOf(...)) for many cadres: the answer kept per post, grade, age and
 * department type (a district's 10,000 cadres share a few hundred of these).
 */
export function comparableGroupsOf(rules: readonly GroupRule[]) {
  const known = new Map<string, string>();
  return (c: { post: string; grade: string; age: number | null }, deptType: DeptType): string => {
    const k = `${c.post}\u0000${c.grade}\u0000${c.age}\u0000${deptType}`;
    let g = known.get(k);
    if (g === undefined) known.set(k, (g = comparableGroup(groupsOf(c, rules), rules, deptType)));
    return g;
  };
}

/** The comparable group a cadre is ranked in: a separate group when one holds them, else the department type. */
export function comparableGroup(
  groups: readonly string[],
  rules: readonly GroupRule[],
  deptType: DeptType,
): string {
  const sep = rules.find((r) => r.separate && groups.includes(r.key));
  return sep ? sep.key : deptType;
}

/** The department type a unit has when none is set: streets are 街道, departments 党政综合. */
export function defaultDeptType(level: string, name: string): DeptType {
  if (level === 'street') return 'street';
  if (/执法|公安|市场监管/.test(name)) return 'law_enforcement';
  if (/发展|改革|经济|商务|金融|科技/.test(name)) return 'economy';
  if (/民政|卫生|教育|住房|社保|人力|应急/.test(name)) return 'livelihood';
  return 'party_admin';
}

/** Age in whole years on a day. */
export function ageOn(birthDate: string | null, today: string): number | null {
  if (!birthDate) return null;
  let a = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (today.slice(5) < birthDate.slice(5)) a--;
  return a;
}
