/** Shapes of the socialfund API, shared by the routes and the web pages. Money is whole fen. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import {
  APP_ACTIONS,
  APP_STATES,
  FUND_KINDS,
  GRADES,
  MAX_FEN,
  ROUND_ACTIONS,
  ROUND_STATES,
} from './socialfund.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
const version = z.int().min(1).max(2_000_000_000);
/** An amount in fen: a whole number, not negative, at most ¥10 billion (1e308, NaN, -1 refused). */
const fen = z.int().min(0).max(MAX_FEN);
const positiveFen = z.int().min(1).max(MAX_FEN);

export const fundBody = z.strictObject({
  nodeId: id,
  kind: z.enum(FUND_KINDS),
  name: text(100),
  yearlyBudgetFen: positiveFen,
  tranchePlan: z.array(z.int().min(1).max(100)).min(1).max(10),
});

export const roundBody = z.strictObject({
  roundNo: z.int().min(1).max(999),
  year: z.int().min(2000).max(2100),
  title: text(100),
  opensOn: day,
  closesOn: day,
  capFen: positiveFen,
  budgetFen: positiveFen,
  categories: z.array(text(40)).min(1).max(30),
});

/** A round as lists show it. */
export const roundSummary = z.object({
  id,
  fundId: id,
  roundNo: z.number(),
  year: z.number(),
  title: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  capFen: z.number(),
  budgetFen: z.number(),
  allocatedFen: z.number(),
  categories: z.array(z.string()),
  state: z.enum(ROUND_STATES),
  callOpen: z.boolean(),
  applications: z.number(),
  funded: z.number(),
  version: z.number(),
});

export const fundView = z.object({
  id,
  kind: z.enum(FUND_KINDS),
  name: z.string(),
  nodeName: z.string(),
  yearlyBudgetFen: z.number(),
  tranchePlan: z.array(z.number()),
  rounds: z.array(roundSummary),
});
export const fundsView = z.object({
  funds: z.array(fundView),
  can: z.object({ manage: z.boolean(), apply: z.boolean(), review: z.boolean(), export: z.boolean() }),
});

const lineView = z.object({ lineNo: z.number(), item: z.string(), amountFen: z.number() });

/** An application in a list: the ranking's row. */
export const applicationRow = z.object({
  id,
  roundId: id,
  roundTitle: z.string(),
  applicantName: z.string(),
  nodeName: z.string(),
  title: z.string(),
  category: z.string(),
  beneficiaries: z.number(),
  requestedFen: z.number(),
  grantedFen: z.number().nullable(),
  state: z.enum(APP_STATES),
  grade: z.enum(GRADES).nullable(),
  meanScore: z.number().nullable(),
  scores: z.number(),
  rank: z.number().nullable(),
  mine: z.boolean(),
  reportDue: z.boolean(),
});

export const roundView = roundSummary.extend({
  fundName: z.string(),
  fundKind: z.enum(FUND_KINDS),
  tranchePlan: z.array(z.number()),
  applicationsList: z.array(applicationRow),
  actions: z.array(z.enum(ROUND_ACTIONS)),
  can: z.object({ manage: z.boolean(), apply: z.boolean(), export: z.boolean() }),
});

export const applicationView = applicationRow.extend({
  summary: z.string(),
  officeNote: z.string(),
  submittedAt: z.string().nullable(),
  agreementOn: z.string().nullable(),
  /** The 资助协议's number, once granted. */
  agreementNo: z.string().nullable(),
  /** Why the applicant withdrew it (撤回). */
  withdrawReason: z.string(),
  clawbackFen: z.number().nullable(),
  version: z.number(),
  lines: z.array(lineView),
  round: z.object({
    state: z.enum(ROUND_STATES),
    closesOn: z.string(),
    capFen: z.number(),
    budgetFen: z.number(),
    allocatedFen: z.number(),
    categories: z.array(z.string()),
    callOpen: z.boolean(),
  }),
  myScore: z.number().nullable(),
  reviews: z.array(z.object({ reviewerName: z.string(), score: z.number(), comment: z.string() })),
  tranches: z.array(
    z.object({
      seq: z.number(),
      percent: z.number(),
      amountFen: z.number(),
      state: z.enum(['due', 'paid', 'cancelled']),
      paidOn: z.string().nullable(),
      payable: z.boolean(),
    }),
  ),
  reports: z.array(
    z.object({ id, progress: z.number(), served: z.number(), text: z.string(), reportedOn: z.string() }),
  ),
  actions: z.array(z.enum(APP_ACTIONS)),
  can: z.object({ edit: z.boolean(), score: z.boolean(), report: z.boolean(), pay: z.boolean() }),
});

const lineBody = z.strictObject({ item: text(60), amountFen: positiveFen });
const applicationFields = {
  title: text(100),
  category: text(40),
  summary: z.string().trim().max(4000).default(''),
  beneficiaries: z.int().min(0).max(10_000_000),
  lines: z.array(lineBody).min(1).max(200),
};
export const applicationBody = z.strictObject({
  ...applicationFields,
  /** A party committee applies for its node (a street or community the officer holds); organisations give none. */
  nodeId: id.optional(),
});
export const applicationPatch = z.strictObject({ ...applicationFields, version });

export const moveBody = z.strictObject({
  action: z.enum(APP_ACTIONS),
  version,
  note: z.string().trim().max(1000).optional(),
  /** 撤回: why (required). */
  reason: z.string().trim().min(1).max(500).optional(),
  /** 立项资助: the grant. */
  grantedFen: positiveFen.optional(),
  /** 签订协议: the day signed. */
  signedOn: day.optional(),
  /** 结项评估 passed: 优秀 rather than 合格. */
  excellent: z.boolean().optional(),
  /** 不合格: the clawback (default: everything paid). */
  clawbackFen: fen.optional(),
});
export const roundMoveBody = z.strictObject({ action: z.enum(ROUND_ACTIONS), version });

export const scoreBody = z.strictObject({
  score: z.int().min(0).max(100),
  comment: z.string().trim().max(1000).default(''),
});
export const payBody = z.strictObject({ seq: z.int().min(1).max(10), paidOn: day });
export const reportBody = z.strictObject({
  progress: z.int().min(0).max(100),
  served: z.int().min(0).max(10_000_000),
  text: text(4000),
});

export const listQuery = z.object({ roundId: id.optional() });

/** The public list of a published round: the funded projects. */
export const publishedView = z.object({
  fundName: z.string(),
  roundTitle: z.string(),
  year: z.number(),
  totalFen: z.number(),
  projects: z.array(
    z.object({ applicantName: z.string(), title: z.string(), category: z.string(), grantedFen: z.number() }),
  ),
});

export const linesImportResult = importOutcome({
  title: z.string(),
  item: z.string(),
  amountFen: z.number(),
});

/** GET /api/socialfund/applications/:id/agreement: the printable 资助协议. */
export const agreementView = z.object({
  number: z.string(),
  districtName: z.string(),
  fundName: z.string(),
  roundTitle: z.string(),
  applicantName: z.string(),
  title: z.string(),
  category: z.string(),
  summary: z.string(),
  beneficiaries: z.number(),
  grantedFen: z.number(),
  tranches: z.array(z.object({ seq: z.number(), percent: z.number(), amountFen: z.number() })),
  signedOn: z.string().nullable(),
});
