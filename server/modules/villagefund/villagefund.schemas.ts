/** Shapes of the 强村富民 fund API, shared by the routes and the web pages. Money in integer fen. */
import { z } from 'zod';
import {
  ASSET_KINDS,
  CATEGORIES,
  OPINIONS,
  PANEL_UNITS,
  RISK_FACTORS,
  SOURCES,
  STAGES,
  STEP_NAMES,
} from './villagefund.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
/** Money in fen: a whole number up to 100 亿元. */
const fen = z.number().int().min(0).max(1_000_000_000_000);
const posFen = z.number().int().min(1).max(1_000_000_000_000);
const risk = z.number().int().min(1).max(5);

export const source = z.enum(SOURCES);
export const stage = z.enum(STAGES);
export const step = z.enum(STEP_NAMES as [string, ...string[]]);

// ---------- pools ----------
export const poolBody = z.strictObject({ nodeId: id, name: text(60) });
export const poolView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  bySource: z.object({ fiscal: z.number(), loan: z.number(), collective: z.number(), donation: z.number() }),
  raisedFen: z.number(),
  recoveredFen: z.number(),
  committedFen: z.number(),
  paidFen: z.number(),
  freeFen: z.number(),
  /** 集体资产担保: the value of collective assets still pledged for the pool's loans. */
  pledgedFen: z.number(),
  can: z.object({ manage: z.boolean() }),
});
export const inflowBody = z.strictObject({
  source,
  amountFen: posFen,
  /** Loans: yearly interest, basis points (3.85% = 385). */
  rateBp: z.number().int().min(0).max(5000).optional(),
  counterparty: z.string().trim().max(100).default(''),
  note: z.string().trim().max(500).default(''),
  occurredOn: day,
});
export const ledgerView = z.object({
  id,
  kind: z.enum(['inflow', 'payout', 'recovery']),
  source: source.nullable(),
  amountFen: z.number(),
  rateBp: z.number().nullable(),
  projectId: id.nullable(),
  projectTitle: z.string().nullable(),
  counterparty: z.string(),
  note: z.string(),
  occurredOn: z.string(),
});
export const ledgerQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

// ---------- projects ----------
export const risksBody = z.strictObject(
  Object.fromEntries(RISK_FACTORS.map((k) => [k, risk])) as Record<
    (typeof RISK_FACTORS)[number],
    typeof risk
  >,
);
export const applyBody = z.strictObject({
  nodeId: id,
  title: text(80),
  description: text(2000),
  category: z.enum(CATEGORIES),
  investmentFen: posFen,
  annualRevenueFen: fen,
  annualCostFen: fen,
  horizonYears: z.number().int().min(1).max(30),
  households: z.number().int().min(0).max(100_000).default(0),
  risks: risksBody,
});
export const feasibilityView = z.object({
  netAnnualFen: z.number(),
  roiPct: z.number(),
  paybackYears: z.number().nullable(),
  horizonNetFen: z.number(),
  riskScore: z.number(),
  riskGrade: z.enum(['low', 'medium', 'high']),
  recommendation: z.enum(['recommend', 'conditional', 'reject']),
});
export const projectSummary = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  poolId: id,
  poolName: z.string(),
  title: z.string(),
  category: z.enum(CATEGORIES),
  stage,
  investmentFen: z.number(),
  paidFen: z.number(),
  riskGrade: z.enum(['low', 'medium', 'high']).nullable(),
  appliedAt: z.string(),
});
export const projectsQuery = z.object({
  nodeId: id.optional(),
  stage: stage.optional(),
  poolId: id.optional(),
});
export const visitView = z.object({
  id,
  unit: z.enum(PANEL_UNITS),
  memberName: z.string(),
  visitedOn: z.string(),
  opinion: z.enum(OPINIONS),
  note: z.string(),
});
export const planIndicator = z.strictObject({ name: text(60), target: text(60) });
export const planBody = z.strictObject({
  totalFen: posFen,
  sources: z.strictObject({ fiscal: fen, loan: fen, collective: fen, donation: fen }),
  milestones: text(2000),
  indicators: z.array(planIndicator).max(20),
  exitTerms: text(2000),
  collectiveShare: z.number().int().min(0).max(100),
});
export const planView = planBody.extend({ setAt: z.string(), version: z.number() });
export const batchView = z.object({
  id,
  seq: z.number(),
  amountFen: z.number(),
  progress: z.number(),
  progressNote: z.string(),
  status: z.enum(['requested', 'approved', 'paid', 'rejected']),
  requestedAt: z.string(),
  approvedAt: z.string().nullable(),
  paidAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  can: z.object({ approve: z.boolean(), pay: z.boolean() }),
});
export const reviewView = z.object({
  year: z.number(),
  revenueFen: z.number(),
  costFen: z.number(),
  collectiveReturnFen: z.number(),
  householdReturnFen: z.number(),
  households: z.number(),
  indicatorsMet: z.number(),
  indicatorsTotal: z.number(),
  score: z.number(),
  grade: z.enum(['excellent', 'good', 'pass', 'fail']),
  note: z.string(),
});
export const projectDetail = projectSummary.extend({
  description: z.string(),
  annualRevenueFen: z.number(),
  annualCostFen: z.number(),
  horizonYears: z.number(),
  households: z.number(),
  risks: z.object(
    Object.fromEntries(RISK_FACTORS.map((k) => [k, z.number()])) as Record<
      (typeof RISK_FACTORS)[number],
      z.ZodNumber
    >,
  ),
  feasibility: feasibilityView.nullable(),
  decisionNote: z.string().nullable(),
  exitReason: z.string().nullable(),
  exitRecoveredFen: z.number().nullable(),
  visits: z.array(visitView),
  panelMissing: z.array(z.enum(PANEL_UNITS)),
  plan: planView.nullable(),
  batches: z.array(batchView),
  committedFen: z.number(),
  reviews: z.array(reviewView),
  exitAdvised: z.boolean(),
  version: z.number(),
  steps: z.array(step),
  can: z.object({
    review: z.boolean(),
    plan: z.boolean(),
    requestBatch: z.boolean(),
    evaluate: z.boolean(),
  }),
});
export const stepBody = z.strictObject({
  step,
  note: z.string().trim().max(1000).optional(),
  /** Exit: money recovered to the pool, fen. */
  recoveredFen: fen.optional(),
  /** The version the user saw (concurrent edits refused). */
  version: z.number().int().min(1).max(1_000_000),
});
export const visitBody = z.strictObject({
  unit: z.enum(PANEL_UNITS),
  memberName: text(40),
  visitedOn: day,
  opinion: z.enum(OPINIONS),
  note: z.string().trim().max(1000).default(''),
});
export const batchBody = z.strictObject({
  amountFen: posFen,
  progress: z.number().int().min(0).max(100),
  progressNote: text(1000),
});
export const batchDecision = z.strictObject({
  decision: z.enum(['approve', 'reject', 'pay']),
  note: z.string().trim().max(500).optional(),
});
export const reviewBody = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  revenueFen: fen,
  costFen: fen,
  collectiveReturnFen: fen,
  householdReturnFen: fen,
  households: z.number().int().min(0).max(100_000),
  indicatorsMet: z.number().int().min(0).max(20),
  note: z.string().trim().max(1000).default(''),
});
export const figuresQuery = z.object({
  nodeId: id,
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const figuresView = z.object({
  raisedBySource: z.object({
    fiscal: z.number(),
    loan: z.number(),
    collective: z.number(),
    donation: z.number(),
  }),
  raisedFen: z.number(),
  projectsByStage: z.record(z.string(), z.number()),
  projects: z.number(),
  paidFen: z.number(),
  paidYearFen: z.number(),
  netYearFen: z.number(),
  netGrowthPct: z.number().nullable(),
  collectiveReturnFen: z.number(),
  householdReturnFen: z.number(),
  households: z.number(),
});
export const exportQuery = z.object({ nodeId: id.optional() });
export const importResult = z.object({
  imported: z.number(),
  errors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
});

// ---------- pledged collective assets 集体资产担保 ----------
export const pledgeBody = z.strictObject({
  nodeId: id,
  asset: text(100),
  assetKind: z.enum(ASSET_KINDS),
  valueFen: posFen,
  lender: text(100),
  loanFen: posFen,
  /** The loan's inflow in the pool's ledger (its rate shows whether the reduced rate applies). */
  inflowId: id.nullish(),
  termMonths: z.number().int().min(1).max(360),
  pledgedOn: day,
  releaseOn: day,
});
export const pledgeView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  asset: z.string(),
  assetKind: z.enum(ASSET_KINDS),
  valueFen: z.number(),
  lender: z.string(),
  loanFen: z.number(),
  inflowId: id.nullable(),
  rateBp: z.number().nullable(),
  reducedRate: z.boolean(),
  termMonths: z.number(),
  pledgedOn: z.string(),
  releaseOn: z.string(),
  releasedOn: z.string().nullable(),
  /** released; overdue (release day passed); due (within 30 days); pledged. */
  state: z.enum(['released', 'overdue', 'due', 'pledged']),
  version: z.number(),
});
export const pledgesView = z.object({
  pledgedFen: z.number(),
  due: z.number(),
  items: z.array(pledgeView),
  can: z.object({ manage: z.boolean() }),
});
export const releaseBody = z.strictObject({ version: z.number().int().min(1) });
