/**
 * Shapes of the assessment API: Portraits 人物画像, use of results and rotation 轮岗.
 * Re-exported by assessment.schemas.ts.
 */
import { z } from 'zod';
import { TRAITS } from './assessment.portrait.ts';
import { id, day, quarter, bilingual } from './assessment.base.schemas.ts';

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
  /** A calendar month, YYYY-MM (month 01–12, year 0001–9999). */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .refine((v) => !v.startsWith('0000'))
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
