/** Shapes of the assessment API: bodies, queries and exactly what leaves the server. */
import { z } from 'zod';
import { PQ_ASPECTS, PQ_METHODS } from './assessment.pq.ts';
import { TRAITS } from './assessment.portrait.ts';
import {
  DEPT_TYPES,
  DIMENSIONS,
  GRADES,
  LAYERS,
  MATTER_CATEGORIES,
  SCORING,
  SHEET_STATES,
  VETO_CATEGORIES,
} from './assessment.rules.ts';

const id = z.uuid();
const day = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const quarter = z.string().regex(/^\d{4}Q[1-4]$/);
const version = z.number().int().min(1);
const grade = z.enum(GRADES);
const bilingual = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

export const idParams = z.object({ id });
export const personParams = z.object({ personId: id });
export const created = z.object({ id });
export const districtQuery = z.object({ districtId: id });
export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

// ---------------------------------------------------------------- indicators

export const indicatorInput = z.strictObject({
  districtId: id,
  quarter,
  layer: z.enum(LAYERS),
  deptType: z.enum(DEPT_TYPES).nullish(),
  post: z.string().trim().max(50).nullish(),
  personId: id.nullish(),
  name: text(200),
  description: z.string().trim().max(2000).default(''),
  dimension: z.enum(DIMENSIONS),
  weight: z.number().min(0.01).max(1000),
  scoring: z.enum(SCORING),
  maxScore: z.number().min(0.01).max(1000).default(100),
  evidenceRequired: z.boolean().default(false),
});
export type IndicatorInput = z.infer<typeof indicatorInput>;
export const indicatorPatch = indicatorInput.omit({ districtId: true, quarter: true, layer: true }).partial();
export const indicatorView = z.object({
  id,
  quarter: z.string(),
  layer: z.enum(LAYERS),
  deptType: z.enum(DEPT_TYPES).nullable(),
  post: z.string().nullable(),
  personId: id.nullable(),
  name: z.string(),
  description: z.string(),
  dimension: z.enum(DIMENSIONS),
  weight: z.number(),
  scoring: z.enum(SCORING),
  maxScore: z.number(),
  evidenceRequired: z.boolean(),
});
export const indicatorsQuery = z.object({ districtId: id, quarter });
export const indicatorsView = z.object({
  quarter: z.string(),
  frozen: z.boolean(),
  items: z.array(indicatorView),
  can: z.object({ manage: z.boolean() }),
});
export const copyIndicatorsBody = z.strictObject({ districtId: id, from: quarter, to: quarter });

// ---------------------------------------------------------------- units and settings

export const unitView = z.object({
  nodeId: id,
  name: z.string(),
  deptType: z.enum(DEPT_TYPES),
  liaison: z.boolean(),
  observation: z.boolean(),
  supervisingGroup: z.string(),
  leaderName: z.string(),
  cadres: z.number(),
  version: z.number(),
});
export const unitBody = z.strictObject({
  districtId: id,
  deptType: z.enum(DEPT_TYPES),
  liaison: z.boolean(),
  observation: z.boolean(),
  supervisingGroup: z.string().trim().max(100).default(''),
  leaderName: z.string().trim().max(50).default(''),
});
export const unitParams = z.object({ nodeId: id });

const situation = z.object({
  code: z.string().trim().min(1).max(10),
  polarity: z.enum(['positive', 'negative']),
  months: z.number().int().min(1).max(6),
  label: bilingual,
});
const groupRule = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z_]{1,20}$/),
  label: bilingual,
  postPattern: z.string().max(100).optional(),
  gradePattern: z.string().max(100).optional(),
  maxAge: z.number().int().min(18).max(80).optional(),
  minAge: z.number().int().min(18).max(80).optional(),
  separate: z.boolean(),
});
const rotationSettings = z.object({
  divisionYearsInUnit: z.number().int().min(1).max(40),
  sectionYearsInOffice: z.number().int().min(1).max(40),
  sensitiveYearsInPost: z.number().int().min(1).max(40),
  secretaryTermYears: z.number().int().min(1).max(10),
  secretaryMaxTerms: z.number().int().min(1).max(5),
  warnDays: z.number().int().min(0).max(1000),
});
export const settingsView = z.object({
  districtId: id,
  goodQuota: z.number(),
  orderPoints: z.object({ responsibility: z.number(), commendation: z.number(), accountability: z.number() }),
  situations: z.array(situation),
  groups: z.array(groupRule),
  rotation: rotationSettings,
  version: z.number(),
});
export type SettingsView = z.infer<typeof settingsView>;
export const settingsBody = settingsView.omit({ districtId: true, version: true }).extend({
  districtId: id,
  goodQuota: z.number().min(0.05).max(1),
  situations: z.array(situation).min(1).max(50),
  groups: z.array(groupRule).max(20),
  version: z.number().int().min(0),
});

// ---------------------------------------------------------------- cycles and sheets

export const dispatchBody = z.strictObject({
  districtId: id,
  quarter,
  summaryDue: day,
  reviewDue: day,
  assessDue: day,
  publishDue: day,
});
export const cycleView = z.object({
  id,
  districtId: id,
  quarter: z.string(),
  status: z.enum(['open', 'closed']),
  summaryDue: z.string(),
  reviewDue: z.string(),
  assessDue: z.string(),
  publishDue: z.string(),
  goodQuota: z.number(),
  sheets: z.number(),
  createdAt: z.string(),
});
export const boardRow = z.object({
  unitNodeId: id,
  unitName: z.string(),
  total: z.number(),
  byState: z.record(z.enum(SHEET_STATES), z.number()),
  progress: z.number(),
  waitingOn: z.enum(['cadre', 'unit', 'department', 'done']),
  due: z.string().nullable(),
  lagging: z.boolean(),
  liaison: z.boolean(),
  observation: z.boolean(),
});
export const boardView = z.object({
  cycle: cycleView,
  progress: z.number(),
  units: z.array(boardRow),
  grades: z.record(grade, z.number()),
});
export const sheetsQuery = z.object({
  unitNodeId: id.optional(),
  status: z.enum(SHEET_STATES).optional(),
});
export const unitActionBody = z.strictObject({ unitNodeId: id });

export const sheetItem = z.object({
  indicatorId: id,
  name: z.string(),
  layer: z.enum(LAYERS),
  dimension: z.enum(DIMENSIONS),
  weight: z.number(),
  scoring: z.enum(SCORING),
  maxScore: z.number(),
  evidenceRequired: z.boolean(),
  self: z.number().nullable(),
  unit: z.number().nullable(),
  evidence: z.string(),
});
const prefillOrder = z.object({
  orderId: id,
  type: z.enum(['responsibility', 'commendation', 'accountability']),
  number: z.string().nullable(),
  taskTitle: z.string(),
  issuedAt: z.string(),
  points: z.number(),
});
export const prefillView = z.object({
  tasks: z.array(
    z.object({
      taskId: id,
      title: z.string(),
      status: z.string(),
      colour: z.string().nullable(),
      progress: z.number(),
    }),
  ),
  orders: z.array(prefillOrder),
  points: z.number(),
  reports: z.array(
    z.object({ id, title: z.string(), category: z.enum(MATTER_CATEGORIES), status: z.string() }),
  ),
  observations: z.array(
    z.object({ observerName: z.string(), rating: z.string(), note: z.string(), observedOn: z.string() }),
  ),
  draft: z.string(),
});
export const sheetSummary = z.object({
  id,
  cycleId: id,
  quarter: z.string(),
  personId: id,
  personName: z.string(),
  unitNodeId: id,
  unitName: z.string(),
  post: z.string(),
  rankTitle: z.string(),
  status: z.enum(SHEET_STATES),
  score: z.number().nullable(),
  grade: grade.nullable(),
  rank: z.number().nullable(),
  postMismatch: z.boolean(),
  submittedAt: z.string().nullable(),
  version: z.number(),
});
export const sheetDetail = sheetSummary.extend({
  items: z.array(sheetItem),
  summary: z.string(),
  prefill: prefillView.nullable(),
  dimensionScores: z.record(z.enum(DIMENSIONS), z.number().nullable()).nullable(),
  dimensionGrades: z.record(z.enum(DIMENSIONS), grade.nullable()).nullable(),
  suggestedGrade: grade.nullable(),
  unitComment: z.string(),
  orgComment: z.string(),
  returnReason: z.string().nullable(),
  due: z.string().nullable(),
  can: z.object({ edit: z.boolean(), review: z.boolean(), assess: z.boolean() }),
});
export type SheetDetail = z.infer<typeof sheetDetail>;

const scoreEntry = z.strictObject({
  indicatorId: id,
  value: z.number().min(0).max(1000).nullable(),
  evidence: z.string().trim().max(2000).optional(),
});
export const saveSheetBody = z.strictObject({
  items: z.array(scoreEntry).max(200),
  summary: z.string().trim().max(5000),
  version,
});
export const submitSheetBody = z.strictObject({ version });
export const reviewSheetBody = z.strictObject({
  items: z.array(scoreEntry).max(200),
  unitComment: z.string().trim().max(2000).default(''),
  postMismatch: z.boolean().default(false),
  version,
});
export const returnSheetBody = z.strictObject({ reason: text(1000), version });
export const assessSheetBody = z.strictObject({
  grade,
  dimensionGrades: z.strictObject(
    Object.fromEntries(DIMENSIONS.map((d) => [d, grade])) as Record<
      (typeof DIMENSIONS)[number],
      typeof grade
    >,
  ),
  orgComment: z.string().trim().max(2000).default(''),
  version,
});
export const rankingQuery = z.object({ unitNodeId: id.optional() });
export const rankingRow = z.object({
  sheetId: id,
  personId: id,
  personName: z.string(),
  unitNodeId: id,
  unitName: z.string(),
  group: z.string(),
  score: z.number().nullable(),
  grade: grade.nullable(),
  rankInUnit: z.number().nullable(),
  rankInGroup: z.number().nullable(),
  groupSize: z.number(),
});

// ---------------------------------------------------------------- 双点 observations

export const observationBody = z.strictObject({
  unitNodeId: id,
  personId: id.nullish(),
  observerKind: z.enum(['supervising_group', 'leader']),
  observerName: text(50),
  rating: z.enum(['positive', 'neutral', 'negative']),
  note: text(2000),
  observedOn: day,
});
export const observationView = z.object({
  id,
  unitNodeId: id,
  personId: id.nullable(),
  observerKind: z.enum(['supervising_group', 'leader']),
  observerName: z.string(),
  rating: z.enum(['positive', 'neutral', 'negative']),
  note: z.string(),
  observedOn: z.string(),
});
export const observationsQuery = z.object({ districtId: id, unitNodeId: id.optional() });

// ---------------------------------------------------------------- 云端述事 work reports

export const reportBody = z.strictObject({
  category: z.enum(MATTER_CATEGORIES),
  title: text(200),
  body: text(5000),
  happenedOn: day,
  traits: z.array(z.enum(TRAITS)).max(11).default([]),
});
export const reportView = z.object({
  id,
  personId: id,
  personName: z.string(),
  unitNodeId: id,
  category: z.enum(MATTER_CATEGORIES),
  title: z.string(),
  body: z.string(),
  happenedOn: z.string(),
  traits: z.array(z.string()),
  status: z.enum(['logged', 'confirmed', 'rejected']),
  outstanding: z.boolean(),
  decisionNote: z.string(),
  files: z.array(z.object({ id, name: z.string(), mime: z.string(), size: z.number() })),
  can: z.object({ decide: z.boolean() }),
});
export const reportsQuery = z.object({
  districtId: id,
  unitNodeId: id.optional(),
  status: z.enum(['logged', 'confirmed', 'rejected']).optional(),
  outstanding: z.enum(['0', '1']).optional(),
});
export const decideReportBody = z.strictObject({
  decision: z.enum(['confirm', 'reject']),
  note: z.string().trim().max(1000).default(''),
  outstanding: z.boolean().default(false),
});
export const fileParams = z.object({ id, fileId: id });

// ---------------------------------------------------------------- 一人一档 political quality

export const pqIndicatorView = z.object({
  code: z.string(),
  aspect: z.enum(PQ_ASPECTS),
  polarity: z.enum(['positive', 'negative']),
  kind: z.enum(['qualitative', 'quantitative']),
  name: z.string(),
});
export const pqEntryBody = z.strictObject({
  personId: id,
  indicatorCode: z.string().regex(/^PQ\d{2}$/),
  method: z.enum(PQ_METHODS),
  source: text(100),
  occurredOn: day,
  note: text(2000),
  value: z.number().min(-1e6).max(1e6).nullish(),
  evidence: z.string().trim().max(2000).default(''),
  inLibrary: z.boolean().default(false),
});
export const pqEntryView = z.object({
  id,
  personId: id,
  indicatorCode: z.string(),
  method: z.enum(PQ_METHODS),
  source: z.string(),
  occurredOn: z.string(),
  note: z.string(),
  value: z.number().nullable(),
  evidence: z.string(),
  inLibrary: z.boolean(),
});
export const pqFileView = z.object({
  personId: id,
  name: z.string(),
  unitNodeId: id,
  post: z.string(),
  rankTitle: z.string(),
  summary: z.record(z.enum(PQ_ASPECTS), z.object({ positive: z.number(), negative: z.number() })),
  entries: z.array(pqEntryView),
  /** Entries from 一榜三令: typed consequences of orders and political performance as a 揭榜 cadre. */
  fromTasks: z.array(
    z.object({
      source: z.enum(['consequence', 'performance']),
      occurredOn: z.string(),
      kind: z.string(),
      polarity: z.union([z.literal(1), z.literal(-1), z.literal(0)]),
      points: z.number(),
      title: z.string(),
      note: z.string(),
      ref: z.string(),
    }),
  ),
  /** Training record from 领雁学苑 (null when no training module is wired). */
  training: z
    .object({
      hours: z.number(),
      classes: z.array(z.object({ title: z.string(), hours: z.number(), startsAt: z.string() })),
      certificates: z.array(
        z.object({ number: z.string(), courseTitle: z.string(), score: z.number(), issuedAt: z.string() }),
      ),
    })
    .nullable(),
});
export const pqLibraryQuery = z.object({
  districtId: id,
  indicatorCode: z
    .string()
    .regex(/^PQ\d{2}$/)
    .optional(),
  method: z.enum(PQ_METHODS).optional(),
  q: z.string().trim().max(50).optional(),
});

// ---------------------------------------------------------------- points

export const ledgerView = z.object({
  personId: id,
  name: z.string(),
  year: z.number(),
  lines: z.array(
    z.object({
      day: z.string(),
      points: z.number(),
      source: z.enum(['order', 'manual']),
      reason: z.string(),
      ref: z.string().nullable(),
      status: z.enum(['approved', 'pending', 'rejected']),
    }),
  ),
  months: z.array(z.object({ month: z.string(), points: z.number() })),
  total: z.number(),
});
export const pointsBody = z.strictObject({
  personId: id,
  day,
  points: z
    .number()
    .min(-100)
    .max(100)
    .refine((x) => x !== 0),
  reason: text(500),
});
export const pointsRequestView = z.object({
  id,
  personId: id,
  personName: z.string(),
  unitNodeId: id,
  day: z.string(),
  points: z.number(),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
});
export const decidePointsBody = z.strictObject({ decision: z.enum(['approve', 'reject']) });
export const pointsRankingQuery = z.object({ districtId: id, quarter, unitNodeId: id.optional() });
export const pointsRankingRow = z.object({
  personId: id,
  name: z.string(),
  unitNodeId: id,
  unitName: z.string(),
  group: z.string(),
  months: z.array(z.number()),
  total: z.number(),
  rankInUnit: z.number(),
  rankInGroup: z.number(),
});

// ---------------------------------------------------------------- promotion months

export const declarationBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('situation'),
    personId: id,
    year: z.number().int(),
    code: z.string().max(10),
    note: text(1000),
  }),
  z.strictObject({
    kind: z.literal('veto'),
    personId: id,
    year: z.number().int(),
    code: z.enum(VETO_CATEGORIES),
    note: text(1000),
  }),
]);
export const declarationView = z.object({
  id,
  personId: id,
  personName: z.string(),
  unitNodeId: id,
  year: z.number(),
  kind: z.enum(['situation', 'veto']),
  code: z.string(),
  polarity: z.enum(['positive', 'negative']).nullable(),
  months: z.number().nullable(),
  declaredAs: z.enum(['person', 'unit']),
  note: z.string(),
  status: z.enum(['declared', 'reviewed', 'confirmed', 'rejected']),
  reviewers: z.string(),
  decisionNote: z.string(),
  version: z.number(),
});
export const declarationsQuery = z.object({
  districtId: id,
  status: z.enum(['declared', 'reviewed', 'confirmed', 'rejected']).optional(),
});
export const reviewDeclarationBody = z.strictObject({
  reviewers: text(200),
  note: z.string().trim().max(1000).default(''),
  version,
});
export const decideDeclarationBody = z.strictObject({
  note: z.string().trim().max(1000).default(''),
  version,
});
export const monthsView = z.object({
  personId: id,
  name: z.string(),
  years: z.array(
    z.object({
      year: z.number(),
      quarterGood: z.number(),
      quarterLast: z.number(),
      situations: z.number(),
      raw: z.number(),
      net: z.number(),
      capped: z.boolean(),
    }),
  ),
  total: z.number(),
  vetoed: z.boolean(),
  vetoes: z.array(z.enum(VETO_CATEGORIES)),
  declarations: z.array(declarationView),
});

// ---------------------------------------------------------------- portrait

export const portraitView = z.object({
  personId: id,
  name: z.string(),
  unitNodeId: id,
  scores: z.record(z.enum(TRAITS), z.number()),
  evidence: z.record(z.enum(TRAITS), z.number()),
  tags: z.array(z.string()),
});
export const peerReviewBody = z.strictObject({
  personId: id,
  quarter,
  scores: z.partialRecord(z.enum(TRAITS), z.number().int().min(1).max(5)),
});
export const suggestBody = z.strictObject({
  districtId: id,
  traits: z.array(z.enum(TRAITS)).min(1).max(11),
  limit: z.number().int().min(1).max(100).default(10),
});
export const suggestionView = z.object({
  personId: id,
  name: z.string(),
  unitNodeId: id,
  score: z.number(),
  reasons: z.array(z.object({ trait: z.enum(TRAITS), score: z.number(), evidence: z.number() })),
  tags: z.array(z.string()),
});

// ---------------------------------------------------------------- use of results and rotation

export const resultsQuery = z.object({ districtId: id, quarter: quarter.optional() });
export const eligibilityRow = z.object({
  personId: id,
  name: z.string(),
  unitNodeId: id,
  unitName: z.string(),
  post: z.string(),
  group: z.string(),
  score: z.number().nullable(),
  rank: z.number().nullable(),
  groupSize: z.number(),
  eligible: z.boolean(),
  reasons: z.array(z.string()),
});
export const intakeQuery = resultsQuery.extend({ list: z.enum(['eagle', 'class', 'frontline', 'talks']) });
export const intakeRow = z.object({
  personId: id,
  name: z.string(),
  unitNodeId: id,
  unitName: z.string(),
  post: z.string(),
  reasons: z.array(z.string()),
});
export const starsQuery = z.object({
  districtId: id,
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  quarter: quarter.optional(),
});
export const starRow = z.object({
  personId: id,
  name: z.string(),
  unitNodeId: id,
  unitName: z.string(),
  value: z.number(),
  kind: z.enum(['month', 'quarter']),
});
export const groupRow = z.object({
  key: z.string(),
  label: bilingual,
  separate: z.boolean(),
  members: z.number(),
});
export const rotationAlertRow = z.object({
  personId: id,
  name: z.string(),
  unitNodeId: id,
  unitName: z.string(),
  post: z.string(),
  rule: z.enum(['division_unit', 'section_office', 'sensitive_post', 'secretary_terms']),
  since: z.string(),
  limitOn: z.string(),
  years: z.number(),
  level: z.enum(['due_soon', 'overdue']),
  planned: z.boolean(),
});
export const rotationPlanBody = z.strictObject({
  personId: id,
  rule: z.enum(['division_unit', 'section_office', 'sensitive_post', 'secretary_terms']),
  plannedOn: day,
  target: z.string().trim().max(200).default(''),
  note: z.string().trim().max(1000).default(''),
});
export const rotationPlanView = z.object({
  id,
  personId: id,
  name: z.string(),
  unitNodeId: id,
  rule: z.string(),
  plannedOn: z.string(),
  target: z.string(),
  status: z.enum(['planned', 'done', 'cancelled']),
  note: z.string(),
});
export const rotationPlanPatch = z.strictObject({ status: z.enum(['planned', 'done', 'cancelled']) });

// ---------------------------------------------------------------- grade import

/** What a grade import did or would do: the changes, the unchanged count and every bad row. */
export const gradeImportView = z.object({
  committed: z.boolean(),
  rows: z.number(),
  unchanged: z.number(),
  changes: z.array(
    z.object({
      row: z.number(),
      sheetId: id,
      personName: z.string(),
      unitName: z.string(),
      from: grade.nullable(),
      to: grade,
    }),
  ),
  errors: z.array(
    z.object({
      row: z.number(),
      column: z.enum(['sheetId', 'personName', 'grade']),
      personName: z.string(),
      reason: z.string(),
    }),
  ),
});
