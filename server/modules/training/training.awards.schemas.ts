/** Shapes of the committee, class ratings and teachers' awards API. */
import { z } from 'zod';
import { AWARD_KINDS, AWARD_STATUSES, COMMITTEE_DUTIES } from './training.awards.rules.ts';
import { pool } from './training.schemas.ts';

const id = z.uuid();
const year = z.coerce.number().int().min(2000).max(2100);
const opinion = z.string().trim().max(1000).default('');

export const rateBody = z.strictObject({ stars: z.number().int().min(1).max(5) });
export const ratingView = z.object({
  count: z.number(),
  mean: z.number().nullable(),
  mine: z.number().nullable(),
});

export const memberBody = z.strictObject({
  nodeId: id,
  name: z.string().trim().min(1).max(40),
  duty: z.enum(COMMITTEE_DUTIES),
  organisation: z.string().trim().max(80).default(''),
  userId: id.optional(),
});
export const memberView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  duty: z.enum(COMMITTEE_DUTIES),
  organisation: z.string(),
  hasAccount: z.boolean(),
  canRemove: z.boolean(),
});

export const nominateBody = z.strictObject({ nodeId: id, year: z.number().int().min(2000).max(2100) });
export const awardsQuery = z.object({ nodeId: id.optional(), year: year.optional() });
export const awardView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  year: z.number(),
  kind: z.enum(AWARD_KINDS),
  teacherId: id,
  teacherName: z.string(),
  teacherPool: pool,
  teacherOrganisation: z.string(),
  courseId: id.nullable(),
  courseTitle: z.string().nullable(),
  score: z.number(),
  basis: z.object({
    classes: z.number(),
    ratings: z.number(),
    stars: z.number().nullable(),
    attendanceRate: z.number().nullable(),
    passRate: z.number().nullable(),
  }),
  status: z.enum(AWARD_STATUSES),
  agree: z.number().nullable(),
  against: z.number().nullable(),
  opinion: z.string(),
  number: z.string().nullable(),
  decidedAt: z.string().nullable(),
  version: z.number(),
  can: z.object({ review: z.boolean(), decide: z.boolean(), reject: z.boolean() }),
});
export const reviewBody = z.strictObject({
  agree: z.number().int().min(0).max(99),
  against: z.number().int().min(0).max(99),
  opinion,
  version: z.number().int().min(1),
});
export const decideBody = z.strictObject({ version: z.number().int().min(1) });
export const rejectBody = z.strictObject({ opinion, version: z.number().int().min(1) });
