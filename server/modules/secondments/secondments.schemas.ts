/** Shapes of the secondments API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { MARKS, OUTCOMES, RATINGS } from './secondments.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
const version = z.number().int().min(1).max(2_000_000_000);
const count = z.number().int().min(0).max(100_000);
const volume = z.number().min(0).max(1_000_000_000);

export const batchBody = z.object({
  nodeId: id,
  name: text(60),
  workKind: text(40),
  startsOn: day,
  /** Three months from the start when left out. */
  endsOn: day.optional(),
  streets: z
    .array(z.object({ streetId: id, unit: z.string().trim().max(10).default('') }))
    .min(1)
    .max(50),
});
export const batchQuery = z.object({
  nodeId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const streetView = z.object({
  streetId: id,
  streetName: z.string(),
  unit: z.string(),
  cadres: z.number(),
  target: z.number().nullable(),
  done: z.number().nullable(),
  /** Completed share of the target, percent (latest entry). */
  completion: z.number().nullable(),
  /** Every entry, oldest first (the chart). */
  progress: z.array(
    z.object({ on: z.string(), target: z.number(), done: z.number(), completion: z.number() }),
  ),
  /** Whether the actor records this street's progress and rates its cadres. */
  hosts: z.boolean(),
});
export const batchView = z.object({
  id,
  nodeId: id,
  name: z.string(),
  workKind: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  phase: z.enum(['upcoming', 'running', 'ended']),
  ratingOpen: z.boolean(),
  streets: z.array(streetView),
  can: z.object({ manage: z.boolean() }),
});
export const assignmentView = z.object({
  id,
  batchId: id,
  batchName: z.string(),
  workKind: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  phase: z.enum(['upcoming', 'running', 'ended']),
  streetId: id,
  streetName: z.string(),
  personId: id,
  name: z.string(),
  unitName: z.string(),
  post: z.string(),
  rating: z.enum(RATINGS).nullable(),
  ratingComment: z.string(),
  ratedAt: z.string().nullable(),
  workEntries: z.number(),
  weeksLogged: z.number(),
  weeklyLogDue: z.boolean(),
  version: z.number(),
  can: z.object({ work: z.boolean(), rate: z.boolean(), log: z.boolean() }),
});
export const batchDetail = z.object({ batch: batchView, assignments: z.array(assignmentView) });
export const assignBody = z.object({ personId: id, streetId: id });
export const progressBody = z.object({
  streetId: id,
  recordedOn: day,
  target: volume.positive(),
  done: volume,
});
export const workBody = z.object({
  onDate: day,
  what: text(1000),
  households: count.default(0),
  cases: count.default(0),
});
export const weeklyBody = z.object({
  /** Any day of the week logged (this week when left out). */
  weekOf: day.optional(),
  what: text(2000),
  households: count.default(0),
  cases: count.default(0),
});
export const ratingBody = z.object({
  rating: z.enum(RATINGS),
  comment: text(1000),
  version,
});
export const entryView = z.object({
  id,
  kind: z.enum(['work', 'weekly']),
  onDate: z.string(),
  what: z.string(),
  households: z.number(),
  cases: z.number(),
});
export const assignmentDetail = z.object({ assignment: assignmentView, entries: z.array(entryView) });
export const cadreView = z.object({
  personId: id,
  name: z.string(),
  unitName: z.string(),
  post: z.string(),
  postSince: z.string(),
  standing: z.enum(['completed', 'assigned', 'due', 'not_due']),
});
export const cadresQuery = z.object({
  nodeId: id,
  standing: z.enum(['completed', 'assigned', 'due', 'not_due']).optional(),
});
export const importResult = importOutcome({ name: z.string(), street: z.string() });

/* 专项考察 */
export const specialBody = z.object({
  nodeId: id,
  topic: text(100),
  startsOn: day,
  endsOn: day,
  personIds: z.array(id).min(1).max(500),
});
export const specialRateBody = z.object({
  attitude: z.enum(MARKS),
  responsibility: z.enum(MARKS),
  role: z.enum(MARKS),
  results: z.enum(MARKS),
  comment: text(2000),
  outcome: z.enum(OUTCOMES),
  version,
});
export const specialCadreView = z.object({
  personId: id,
  name: z.string(),
  unitName: z.string(),
  attitude: z.enum(MARKS).nullable(),
  responsibility: z.enum(MARKS).nullable(),
  role: z.enum(MARKS).nullable(),
  results: z.enum(MARKS).nullable(),
  comment: z.string(),
  outcome: z.enum(OUTCOMES).nullable(),
  version: z.number(),
});
export const specialView = z.object({
  id,
  nodeId: id,
  topic: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  cadres: z.array(specialCadreView),
});
export const specialParams = z.object({ id, personId: id });
