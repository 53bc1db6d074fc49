/**
 * Pure rules of 红色物业 and quality communities (seed 001, Longquan): the default criteria a
 * district starts from, weighted scores and stars, the quality index's yearly rating and ranking,
 * the fee collection rate, and the four batches 四个一批 as a state machine.
 */

/** Kinds of criteria a district configures. */
export const CRITERIA_KINDS = ['company', 'quality'] as const;
export type CriteriaKind = (typeof CRITERIA_KINDS)[number];

/** Groups of the quality index's criteria (六好, 三高); company criteria have none (''). */
export const CRITERION_GROUPS = ['', 'six_good', 'three_high'] as const;
export type CriterionGroup = (typeof CRITERION_GROUPS)[number];

/** One criterion with its weight (weights need not add up to 100; scores are normalised). */
export interface Criterion {
  code: string;
  name: string;
  grp: CriterionGroup;
  weight: number;
}

/**
 * The five musts 五个必须落实 a district starts from (seed 001 names the guideline, not its items:
 * these are the defaults an officer edits), equal weights.
 */
export const DEFAULT_COMPANY_CRITERIA: Criterion[] = [
  { code: 'party', name: '必须落实党建引领（建立党组织或党的工作小组）', grp: '', weight: 20 },
  { code: 'joint', name: '必须落实联席会议制度（参加小区党组织联席会议）', grp: '', weight: 20 },
  { code: 'service', name: '必须落实服务标准（合同约定服务事项全部履约）', grp: '', weight: 20 },
  { code: 'open', name: '必须落实公开公示（收费标准、收支情况向业主公开）', grp: '', weight: 20 },
  { code: 'response', name: '必须落实诉求响应（业主诉求限时办结、满意度回访）', grp: '', weight: 20 },
];

/**
 * The 六好三高 standard of the quality-community index (seed 001 names it; these six goods and
 * three highs are the defaults an officer edits).
 */
export const DEFAULT_QUALITY_CRITERIA: Criterion[] = [
  { code: 'party', name: '党建引领好', grp: 'six_good', weight: 12 },
  { code: 'committee', name: '业委会运行好', grp: 'six_good', weight: 11 },
  { code: 'service', name: '物业服务好', grp: 'six_good', weight: 11 },
  { code: 'environment', name: '环境面貌好', grp: 'six_good', weight: 11 },
  { code: 'safety', name: '安全秩序好', grp: 'six_good', weight: 11 },
  { code: 'neighbours', name: '邻里关系好', grp: 'six_good', weight: 11 },
  { code: 'fee_rate', name: '物业费收缴率高', grp: 'three_high', weight: 11 },
  { code: 'satisfaction', name: '居民满意度高', grp: 'three_high', weight: 11 },
  { code: 'participation', name: '居民参与度高', grp: 'three_high', weight: 11 },
];

/** Default criteria of a kind. */
export function defaultCriteria(kind: CriteriaKind): Criterion[] {
  return kind === 'company' ? DEFAULT_COMPANY_CRITERIA : DEFAULT_QUALITY_CRITERIA;
}

/** What is wrong with a score sheet: criteria missing or unknown, or a score outside 0–100. */
export function scoreProblems(
  criteria: Pick<Criterion, 'code'>[],
  scores: Record<string, number>,
): { field: string; key: string }[] {
  const out: { field: string; key: string }[] = [];
  const codes = new Set(criteria.map((c) => c.code));
  for (const c of criteria)
    if (!(c.code in scores)) out.push({ field: `scores.${c.code}`, key: 'property.score_missing' });
  for (const [k, v] of Object.entries(scores)) {
    if (!codes.has(k)) out.push({ field: `scores.${k}`, key: 'property.score_unknown' });
    else if (!Number.isFinite(v) || v < 0 || v > 100)
      out.push({ field: `scores.${k}`, key: 'property.score_range' });
  }
  return out;
}

/** The weighted total of 0–100 scores, on 0–100, two decimals. */
export function weightedTotal(
  criteria: Pick<Criterion, 'code' | 'weight'>[],
  scores: Record<string, number>,
) {
  const w = criteria.reduce((s, c) => s + c.weight, 0);
  if (w <= 0) return 0;
  const sum = criteria.reduce((s, c) => s + c.weight * (scores[c.code] ?? 0), 0);
  return Math.round((sum / w) * 100) / 100;
}

/** Stars from a 0–100 total: 90 five, 80 four, 70 three, 60 two, below one. */
export function starsOf(total: number): number {
  if (total >= 90) return 5;
  if (total >= 80) return 4;
  if (total >= 70) return 3;
  if (total >= 60) return 2;
  return 1;
}

/**
 * The yearly rating 每年度评定一次 of a compound from its quarterly index: the mean of the quarters
 * scored, needing all four; null until then.
 */
export function yearlyQuality(quarters: { quarter: number; total: number }[]) {
  const seen = new Set(quarters.map((q) => q.quarter));
  if (![1, 2, 3, 4].every((q) => seen.has(q))) return null;
  const average = Math.round((quarters.reduce((s, q) => s + q.total, 0) / quarters.length) * 100) / 100;
  return { average, stars: starsOf(average) };
}

/** Ranks rows by score, highest first; ties share a rank (1, 2, 2, 4). */
export function rank<T extends { score: number }>(rows: T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.score - a.score);
  return sorted.map((r, i) => ({
    ...r,
    rank: i > 0 && sorted[i - 1].score === r.score ? sorted.findIndex((x) => x.score === r.score) + 1 : i + 1,
  }));
}

/** The collection rate 收缴率, paid ÷ billed, or null with nothing billed. */
export function collectionRate(billed: number, paid: number): number | null {
  if (billed <= 0) return null;
  return Math.min(paid, billed) / billed;
}

/** The quarter (1–4) of a month 'YYYY-MM'. */
export function quarterOf(period: string): number {
  return Math.floor((Number(period.slice(5, 7)) - 1) / 3) + 1;
}

// ---------- the problem list and the four batches ----------

/** Kinds of items on a compound's problem list. */
export const ISSUE_KINDS = ['arrears', 'service', 'facility', 'other'] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

/** The four batches 四个一批, in their order of escalation. */
export const BATCHES = ['publicise', 'negotiate', 'hardship', 'litigate'] as const;
export type Batch = (typeof BATCHES)[number];

/** States of an item on the list. */
export const ISSUE_STATES = ['listed', ...BATCHES, 'working', 'resolved'] as const;
export type IssueState = (typeof ISSUE_STATES)[number];

/** What may be done to an item. */
export const ISSUE_ACTIONS = ['decide', 'escalate', 'resolve', 'reopen'] as const;
export type IssueAction = (typeof ISSUE_ACTIONS)[number];

/**
 * The state machine of the problem list, as data. 'decide' is the joint meeting's decision (an
 * arrears item into one of the four batches, any other item into work); 'escalate' moves an
 * arrears item to the next batch (通报晾晒 → 协商解决 → 暖心帮扶 → 调解诉讼); 'resolve' closes it
 * (paid, agreed or fixed); 'reopen' puts a resolved item back on the list for the next meeting.
 */
export const ISSUE_MACHINE: Record<IssueAction, { from: readonly IssueState[]; meeting: boolean }> = {
  decide: { from: ['listed', ...BATCHES, 'working'], meeting: true },
  escalate: { from: ['publicise', 'negotiate', 'hardship'], meeting: false },
  resolve: { from: [...BATCHES, 'working'], meeting: false },
  reopen: { from: ['resolved'], meeting: false },
};

/**
 * The state an action leads to, or a reason it is refused: 'wrong_state', 'needs_batch' (an
 * arrears decision names one of the four batches), 'not_arrears' (only arrears escalate or take a
 * batch).
 */
export function nextIssueState(
  kind: IssueKind,
  state: IssueState,
  action: IssueAction,
  batch?: Batch | null,
): { to: IssueState } | { refused: 'wrong_state' | 'needs_batch' | 'not_arrears' } {
  if (!ISSUE_MACHINE[action].from.includes(state)) return { refused: 'wrong_state' };
  switch (action) {
    case 'decide':
      if (kind === 'arrears') return batch ? { to: batch } : { refused: 'needs_batch' };
      if (batch) return { refused: 'not_arrears' };
      return { to: 'working' };
    case 'escalate': {
      if (kind !== 'arrears') return { refused: 'not_arrears' };
      const i = BATCHES.indexOf(state as Batch);
      return { to: BATCHES[i + 1] };
    }
    case 'resolve':
      return { to: 'resolved' };
    case 'reopen':
      return { to: 'listed' };
  }
}

/** The actions open on an item in a state (for buttons). */
export function issueActions(kind: IssueKind, state: IssueState): IssueAction[] {
  return ISSUE_ACTIONS.filter((a) => {
    if (a === 'decide') return false; // decided only through a meeting's minutes
    const r = nextIssueState(kind, state, a, null);
    return 'to' in r;
  });
}

/** An item is due when it is open and its due day is on or before today. */
export function issueDue(state: IssueState, dueOn: string | null, today: string): boolean {
  return state !== 'resolved' && !!dueOn && dueOn <= today;
}
