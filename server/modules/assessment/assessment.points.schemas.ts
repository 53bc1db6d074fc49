/**
 * Shapes of the assessment API: Points 积分 and promotion months 职级晋升.
 * Re-exported by assessment.schemas.ts.
 */
import { z } from 'zod';
import { VETO_CATEGORIES } from './assessment.rules.ts';
import { id, day, text, quarter, version } from './assessment.base.schemas.ts';

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
