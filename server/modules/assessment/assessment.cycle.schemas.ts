/**
 * Shapes of the assessment API: The quarterly cycle: cycles, sheets, rankings and the grade import.
 * Re-exported by assessment.schemas.ts.
 */
import { z } from 'zod';
import { DIMENSIONS, LAYERS, MATTER_CATEGORIES, SCORING, SHEET_STATES } from './assessment.rules.ts';
import { id, day, text, quarter, version, grade } from './assessment.base.schemas.ts';

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
