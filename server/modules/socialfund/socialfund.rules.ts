/**
 * Pure rules of 社会建设专项资金 and 基层党建创新项目启动资金 (seed 003 Futian: 在全区率先设立每年2000万元的
 * 社会建设专项资金，支持社会组织开展社会创新项目，共资助8期688个项目，已资助9651.454万元; 每年为16个基层
 * 党(工)委安排1600万元基层党建创新项目启动资金): the call's window, the application's and the round's
 * state machines as data, the grant's limits, tranches paid by progress, ranking and the figures.
 */

/** The two funds: for social organisations' projects, and for party committees' innovation projects. */
export const FUND_KINDS = ['social', 'party'] as const;
export type FundKind = (typeof FUND_KINDS)[number];

/** The seed's figures, for the demo and the tests: yearly budgets in fen and the rounds so far. */
export const SEED = {
  socialYearlyFen: 20_000_000_00,
  socialRounds: 8,
  socialProjects: 688,
  socialFundedFen: 96_514_540_00,
  partyYearlyFen: 16_000_000_00,
  partyCommittees: 16,
  governance2019Fen: 12_000_000_00,
} as const;

/** The most fen any amount may be (¥10 billion): beyond it an amount is a typing error. */
export const MAX_FEN = 1_000_000_000_000;

/** The default tranche plan: half on signing, 30% after the mid-term report, the rest after 结项评估. */
export const DEFAULT_TRANCHE_PLAN = [50, 30, 20] as const;

/** What is wrong with a tranche plan: percentages that are whole, positive and sum to 100. */
export function tranchePlanProblem(plan: readonly number[]): 'empty' | 'sum' | null {
  if (plan.length === 0 || plan.length > 10) return 'empty';
  if (plan.some((p) => !Number.isInteger(p) || p <= 0)) return 'sum';
  return plan.reduce((a, b) => a + b, 0) === 100 ? null : 'sum';
}

/** The tranches of a grant: each its share in whole fen, the last taking what rounding left. */
export function trancheAmounts(grantFen: number, plan: readonly number[]): number[] {
  const out = plan.map((p) => Math.floor((grantFen * p) / 100));
  out[out.length - 1] = grantFen - out.slice(0, -1).reduce((a, b) => a + b, 0);
  return out;
}

/**
 * When tranche seq (1-based) of n may be paid: the first on signing; a middle one after as many
 * progress reports as tranches before it; the last (when more than one) after a passing 结项评估.
 */
export function trancheProblem(
  seq: number,
  n: number,
  reports: number,
  grade: Grade | null,
): 'needs_report' | 'needs_evaluation' | 'failed' | null {
  if (grade === 'fail') return 'failed';
  if (seq === 1) return null;
  if (seq === n) return grade ? null : 'needs_evaluation';
  return reports >= seq - 1 ? null : 'needs_report';
}

/** A round's call: applications are filled in while it is open and submitted until it closes. */
export function callProblem(
  r: { state: string; opensOn: string; closesOn: string },
  today: string,
): 'not_open' | 'closed' | null {
  if (r.state !== 'call' || today > r.closesOn) return 'closed';
  if (today < r.opensOn) return 'not_open';
  return null;
}

/** A round's stages: 申报 (call) → 评审 (review) → 公示 (published). */
export const ROUND_STATES = ['call', 'review', 'published'] as const;
export type RoundState = (typeof ROUND_STATES)[number];
export const ROUND_MOVES = [
  { action: 'review', from: ['call'], to: 'review' },
  { action: 'publish', from: ['review'], to: 'published' },
] as const satisfies readonly { action: string; from: readonly RoundState[]; to: RoundState }[];
export type RoundAction = (typeof ROUND_MOVES)[number]['action'];
export const ROUND_ACTIONS = ROUND_MOVES.map((m) => m.action) as RoundAction[];

/** Where a round move leads, or null. */
export function roundMove(from: RoundState, action: string): RoundState | null {
  const m = ROUND_MOVES.find((x) => x.action === action);
  return m && (m.from as readonly RoundState[]).includes(from) ? m.to : null;
}

/** An application's states. */
export const APP_STATES = [
  'draft',
  'submitted',
  'eligible',
  'ineligible',
  'funded',
  'rejected',
  'agreed',
  'completed',
  'failed',
  'withdrawn',
] as const;
export type AppState = (typeof APP_STATES)[number];

/** Who moves an application: the applicant, or the fund office. */
export type AppActor = 'applicant' | 'office';

/**
 * The application's state machine, as data: 草稿 → 提交 → 资格审查 (合格/不合格) → 立项资助 or 不予资助
 * → 签订协议 → 结项评估 (优秀/合格 → completed; 不合格 → failed, with a clawback); 撤回 by the applicant
 * before it is granted. Rounds limit when: submit during the call; eligibility, decisions in review.
 */
export const APP_MOVES = [
  { action: 'submit', from: ['draft'], to: 'submitted', by: 'applicant', round: ['call'] },
  // 撤回: the applicant takes a submission back (with a reason) any time before it is granted
  {
    action: 'withdraw',
    from: ['submitted', 'eligible'],
    to: 'withdrawn',
    by: 'applicant',
    round: ['call', 'review'],
  },
  { action: 'qualify', from: ['submitted'], to: 'eligible', by: 'office', round: ['review'] },
  { action: 'disqualify', from: ['submitted'], to: 'ineligible', by: 'office', round: ['review'] },
  { action: 'fund', from: ['eligible'], to: 'funded', by: 'office', round: ['review'] },
  { action: 'decline', from: ['eligible'], to: 'rejected', by: 'office', round: ['review'] },
  { action: 'sign', from: ['funded'], to: 'agreed', by: 'office', round: ['review', 'published'] },
  { action: 'pass', from: ['agreed'], to: 'completed', by: 'office', round: ['review', 'published'] },
  { action: 'fail', from: ['agreed'], to: 'failed', by: 'office', round: ['review', 'published'] },
] as const satisfies readonly {
  action: string;
  from: readonly AppState[];
  to: AppState;
  by: AppActor;
  round: readonly RoundState[];
}[];
export type AppAction = (typeof APP_MOVES)[number]['action'];
export const APP_ACTIONS = APP_MOVES.map((m) => m.action) as AppAction[];

/** Where an application move leads for who acts as roles in a round's state, or why not. */
export function appMove(
  from: AppState,
  action: string,
  roles: readonly AppActor[],
  round: RoundState,
): { to: AppState } | { problem: 'wrong_state' | 'not_yours' | 'round_state' } {
  const m = APP_MOVES.find((x) => x.action === action);
  if (!m || !(m.from as readonly AppState[]).includes(from)) return { problem: 'wrong_state' };
  if (!roles.includes(m.by)) return { problem: 'not_yours' };
  if (!(m.round as readonly RoundState[]).includes(round)) return { problem: 'round_state' };
  return { to: m.to };
}

/** The moves open to who acts as roles (the buttons). */
export function appActions(from: AppState, roles: readonly AppActor[], round: RoundState): AppAction[] {
  return APP_MOVES.filter((m) => 'to' in appMove(from, m.action, roles, round)).map((m) => m.action);
}

/** States in which reviewers score (after eligibility, before the decision). */
export const SCORING_STATES: readonly AppState[] = ['eligible'];
/** States that count as funded (the grant stands). */
export const FUNDED_STATES: readonly AppState[] = ['funded', 'agreed', 'completed', 'failed'];

/** 结项评估 grades: 优秀, 合格, 不合格. */
export const GRADES = ['excellent', 'pass', 'fail'] as const;
export type Grade = (typeof GRADES)[number];

/** Why a grant cannot be made: over the round's cap per project, or over what is left of its budget. */
export function grantProblem(
  amountFen: number,
  r: { capFen: number; budgetFen: number; allocatedFen: number },
): 'over_cap' | 'over_budget' | null {
  if (amountFen > r.capFen) return 'over_cap';
  if (amountFen > r.budgetFen - r.allocatedFen) return 'over_budget';
  return null;
}

/** The clawback of a 不合格 project: what was paid unless less is given (never more than paid). */
export function clawbackOf(paidFen: number, given: number | undefined): number | 'over_paid' {
  if (given === undefined) return paidFen;
  return given > paidFen ? 'over_paid' : given;
}

/**
 * Whether a reviewer has a stake in an application (and may not score it): it is of a node the
 * reviewer holds a role on, of the organisation the reviewer works for, or the reviewer filled it in.
 */
export function conflicted(
  reviewer: { userId: string; nodeIds: readonly string[]; orgId: string | null },
  app: { nodeId: string; orgId: string | null; userId: string },
): boolean {
  return (
    reviewer.nodeIds.includes(app.nodeId) ||
    (!!reviewer.orgId && reviewer.orgId === app.orgId) ||
    reviewer.userId === app.userId
  );
}

/** The mean score, one decimal, or null before any score. */
export function meanScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return Math.round((10 * scores.reduce((a, b) => a + b, 0)) / scores.length) / 10;
}

/** Applications ranked: the highest mean first; unscored last; ties by the earlier submission. */
export function ranked<T extends { mean: number | null; submittedAt: string | null }>(rows: readonly T[]) {
  return [...rows].sort((a, b) => {
    if (a.mean !== b.mean) return (b.mean ?? -1) - (a.mean ?? -1);
    return (a.submittedAt ?? '9').localeCompare(b.submittedAt ?? '9');
  });
}

/** A progress report is due while a project under agreement has fewer reports than tranches paid. */
export function reportDue(state: AppState, paidTranches: number, reports: number): boolean {
  return state === 'agreed' && reports < paidTranches;
}

/**
 * Why 结项评估 cannot be made yet: every tranche but the last paid (at least one), and as many
 * progress reports as tranches paid (the final report among them).
 */
export function evaluationProblem(
  n: number,
  paid: number,
  reports: number,
): 'needs_payment' | 'needs_report' | null {
  const need = Math.max(1, n - 1);
  if (paid < need) return 'needs_payment';
  return reports >= need ? null : 'needs_report';
}

/** A share in percent with one decimal, or null when nothing is counted. */
export function pct(a: number, b: number): number | null {
  return b === 0 ? null : Math.round((1000 * a) / b) / 10;
}

/** The 资助协议's number: 社资协〔2026〕第0007号 (gapless per district and year). */
export function agreementNumber(year: number, seq: number): string {
  return `社资协〔${year}〕第${String(seq).padStart(4, '0')}号`;
}
