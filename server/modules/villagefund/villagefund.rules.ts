/**
 * Pure rules of the 强村富民 fund (Qingtian, seed 001): the feasibility analysis (return, payback,
 * risk grade), the project's stages as data, the 4+X panel's completeness, the checks a batch
 * passes before approval (within the plan and the pool), the yearly performance grade and when an
 * exit is advised. Money is integer fen throughout.
 */

/** The four sources of the 1+1+1+N model. */
export const SOURCES = ['fiscal', 'loan', 'collective', 'donation'] as const;
export type Source = (typeof SOURCES)[number];

/** The fixed four of the 4+X panel (组织部、财政局、农业农村局、“双增”攻坚组), then any other unit. */
export const PANEL_UNITS = ['org_dept', 'finance', 'agriculture', 'shuangzeng', 'other'] as const;
export type PanelUnit = (typeof PANEL_UNITS)[number];
export const FIXED_PANEL: readonly PanelUnit[] = ['org_dept', 'finance', 'agriculture', 'shuangzeng'];

export const OPINIONS = ['support', 'concern', 'oppose'] as const;

export const CATEGORIES = ['farming', 'ecology', 'tourism', 'property', 'processing', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The four risk factors scored 1 (low) … 5 (high) in the application. */
export const RISK_FACTORS = ['market', 'operation', 'collateral', 'policy'] as const;
export type Risks = Record<(typeof RISK_FACTORS)[number], number>;

export const STAGES = [
  'applied',
  'reviewing',
  'approved',
  'funding',
  'operating',
  'exited',
  'rejected',
  'withdrawn',
] as const;
export type Stage = (typeof STAGES)[number];

/** Who may take a step: the fund's managers or the applying village. */
export type StepRole = 'manage' | 'apply';

/** The steps a person takes on a project, as data: from which stages, to which, by whom. */
export const STEPS = {
  start_review: { from: ['applied'], to: 'reviewing', by: 'manage' },
  approve: { from: ['reviewing'], to: 'approved', by: 'manage' },
  reject: { from: ['applied', 'reviewing'], to: 'rejected', by: 'manage' },
  withdraw: { from: ['applied', 'reviewing'], to: 'withdrawn', by: 'apply' },
  exit: { from: ['funding', 'operating'], to: 'exited', by: 'manage' },
} as const satisfies Record<string, { from: readonly Stage[]; to: Stage; by: StepRole }>;
export type Step = keyof typeof STEPS;
export const STEP_NAMES = Object.keys(STEPS) as Step[];

/** The steps open in a stage to someone who may manage and/or apply. */
export function stepsOpen(stage: Stage, may: { manage: boolean; apply: boolean }): Step[] {
  return STEP_NAMES.filter((s) => {
    const st = STEPS[s];
    return (st.from as readonly Stage[]).includes(stage) && may[st.by];
  });
}

/** What the feasibility analysis is run on. */
export interface FeasibilityInput {
  investmentFen: number;
  annualRevenueFen: number;
  annualCostFen: number;
  horizonYears: number;
  risks: Risks;
}

export type RiskGrade = 'low' | 'medium' | 'high';
export type Recommendation = 'recommend' | 'conditional' | 'reject';

/** The feasibility report's figures. */
export interface Feasibility {
  netAnnualFen: number;
  /** Yearly net return ÷ investment, percent with one decimal. */
  roiPct: number;
  /** Investment ÷ yearly net return, years with one decimal; null when it never pays back. */
  paybackYears: number | null;
  /** Net return over the horizon minus the investment. */
  horizonNetFen: number;
  /** Mean of the four risk factors, one decimal. */
  riskScore: number;
  riskGrade: RiskGrade;
  recommendation: Recommendation;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The online analysis 线上数据评估: yearly net, return on investment, payback, and the risk grade
 * (high when it never pays back within the horizon or the factors average 3.5 or more; low when
 * the factors average at most 2 and it pays back within half the horizon; medium otherwise).
 */
export function feasibility(i: FeasibilityInput): Feasibility {
  const net = i.annualRevenueFen - i.annualCostFen;
  const payback = net > 0 ? round1(i.investmentFen / net) : null;
  const riskScore = round1(RISK_FACTORS.reduce((s, k) => s + i.risks[k], 0) / RISK_FACTORS.length);
  let riskGrade: RiskGrade;
  if (payback === null || payback > i.horizonYears || riskScore >= 3.5) riskGrade = 'high';
  else if (riskScore <= 2 && payback <= i.horizonYears / 2) riskGrade = 'low';
  else riskGrade = 'medium';
  return {
    netAnnualFen: net,
    roiPct: round1((net * 100) / i.investmentFen),
    paybackYears: payback,
    horizonNetFen: net * i.horizonYears - i.investmentFen,
    riskScore,
    riskGrade,
    recommendation: riskGrade === 'low' ? 'recommend' : riskGrade === 'medium' ? 'conditional' : 'reject',
  };
}

/** The fixed panel units that have not visited yet (the 4 must all go on site). */
export function panelMissing(visitedUnits: readonly string[]): PanelUnit[] {
  return FIXED_PANEL.filter((u) => !visitedUnits.includes(u));
}

/** Why a project cannot be approved yet (message keys), empty when it can. */
export function approvalBlockers(p: { hasFeasibility: boolean; visitedUnits: readonly string[] }): string[] {
  const out: string[] = [];
  if (!p.hasFeasibility) out.push('villagefund.needs_feasibility');
  if (panelMissing(p.visitedUnits).length) out.push('villagefund.needs_panel');
  return out;
}

/** A plan's sources must add up to its total. */
export function planBalanced(total: number, sources: Record<Source, number>): boolean {
  return SOURCES.reduce((s, k) => s + sources[k], 0) === total;
}

/**
 * Whether a batch may be approved: the plan exists, the project is being funded, and the batch
 * fits both what is left of the plan and what is free in the pool. Returns a message key or null.
 */
export function batchRefusal(b: {
  stage: Stage;
  planTotalFen: number | null;
  /** Approved and paid batches of the project so far. */
  committedFen: number;
  amountFen: number;
  /** Pool money in (inflows and recoveries) less every approved or paid batch. */
  poolFreeFen: number;
}): string | null {
  if (b.planTotalFen === null) return 'villagefund.needs_plan';
  if (!['approved', 'funding'].includes(b.stage)) return 'villagefund.wrong_stage';
  if (b.committedFen + b.amountFen > b.planTotalFen) return 'villagefund.batch_over_plan';
  if (b.amountFen > b.poolFreeFen) return 'villagefund.batch_over_pool';
  return null;
}

/** The stage after a batch is paid: operating once the whole plan is paid, funding before. */
export function stageAfterPayment(paidFen: number, planTotalFen: number): Stage {
  return paidFen >= planTotalFen ? 'operating' : 'funding';
}

export type Grade = 'excellent' | 'good' | 'pass' | 'fail';

/**
 * The yearly performance score 绩效评估: 70 points for the year's net return against the plan's
 * expected yearly net (capped at full), 30 for the monitoring indicators met (all, when none are
 * set); graded excellent ≥ 90, good ≥ 75, pass ≥ 60, fail below.
 */
export function performance(r: {
  revenueFen: number;
  costFen: number;
  expectedNetFen: number;
  indicatorsMet: number;
  indicatorsTotal: number;
}): { score: number; grade: Grade } {
  const net = r.revenueFen - r.costFen;
  const money = r.expectedNetFen > 0 ? Math.max(0, Math.min(1, net / r.expectedNetFen)) : net > 0 ? 1 : 0;
  const ind = r.indicatorsTotal > 0 ? Math.min(1, r.indicatorsMet / r.indicatorsTotal) : 1;
  const score = Math.round(70 * money + 30 * ind);
  const grade: Grade = score >= 90 ? 'excellent' : score >= 75 ? 'good' : score >= 60 ? 'pass' : 'fail';
  return { score, grade };
}

/** Returns handed out cannot exceed the year's net. Returns a message key or null. */
export function returnsRefusal(r: {
  revenueFen: number;
  costFen: number;
  collectiveFen: number;
  householdFen: number;
}): string | null {
  return r.collectiveFen + r.householdFen > Math.max(0, r.revenueFen - r.costFen)
    ? 'villagefund.returns_over_net'
    : null;
}

/** An exit is advised when the last two yearly reviews (by year) both failed. */
export function exitAdvised(reviews: readonly { year: number; grade: Grade }[]): boolean {
  const last = [...reviews].sort((a, b) => b.year - a.year).slice(0, 2);
  return last.length === 2 && last.every((r) => r.grade === 'fail');
}

/** Growth of a figure over the previous year, percent (Qingtian: profit up 195%); null without a base. */
export function growthPct(now: number, before: number): number | null {
  return before > 0 ? Math.round(((now - before) * 100) / before) : null;
}

/** Fen as 万元 with two decimals (1.55亿元 = 15,500.00 万元). */
export function wanYuan(fen: number): number {
  return Math.round(fen / 10_000) / 100;
}

/** Collective assets a village may pledge (seed 001 青田: 闲置办公用房、礼堂、厂房和校舍). */
export const ASSET_KINDS = ['office', 'hall', 'factory', 'school', 'other'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

/** The reduced rate for loans against collective assets: 3.85% a year and below (seed 001 青田). */
export const REDUCED_RATE_BP = 385;

/** Days before a pledge's release the fund is reminded to release the asset. */
export const RELEASE_ALERT_DAYS = 30;

/** A pledge's state on a day: released, overdue (release day passed, still pledged), due soon, or pledged. */
export function pledgeState(
  p: { releaseOn: string; releasedOn: string | null },
  today: string,
): 'released' | 'overdue' | 'due' | 'pledged' {
  if (p.releasedOn) return 'released';
  if (p.releaseOn < today) return 'overdue';
  const days = (Date.parse(p.releaseOn) - Date.parse(today)) / 86_400_000;
  return days <= RELEASE_ALERT_DAYS ? 'due' : 'pledged';
}
