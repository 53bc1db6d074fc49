/**
 * Shapes of the assessment API: The field's observations 双点, work reports 云端述事 and the political-quality file 一人一档.
 * Re-exported by assessment.schemas.ts.
 */
import { z } from 'zod';
import { PQ_ASPECTS, PQ_METHODS } from './assessment.pq.ts';
import { TRAITS } from './assessment.portrait.ts';
import { MATTER_CATEGORIES } from './assessment.rules.ts';
import { id, day, text } from './assessment.base.schemas.ts';

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
  /** Front-line secondments and special assessments (null when no secondments module is wired). */
  secondments: z
    .object({
      secondments: z.array(
        z.object({
          batch: z.string(),
          workKind: z.string(),
          street: z.string(),
          startsOn: z.string(),
          endsOn: z.string(),
          rating: z.string().nullable(),
          comment: z.string(),
        }),
      ),
      specials: z.array(
        z.object({
          topic: z.string(),
          startsOn: z.string(),
          endsOn: z.string(),
          attitude: z.string().nullable(),
          responsibility: z.string().nullable(),
          role: z.string().nullable(),
          results: z.string().nullable(),
          comment: z.string(),
          outcome: z.string().nullable(),
        }),
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
