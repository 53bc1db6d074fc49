/** Shapes of the party-organisation quality API. */
import { z } from 'zod';
import { EXTENTS, LEVELS, ORG_CLASSES, RATINGS } from './partyorgs.rules.ts';

const text = (max: number) => z.string().trim().max(max);
const need = (max: number) => text(max).min(1);
const isoDate = z.iso.date();
const year = z.coerce.number().int().min(2000).max(2100);

/** The 5W1H of a plan: who, what, why, when, how, to what extent. */
const fiveW1H = {
  who: need(200),
  what: need(200),
  why: need(500),
  plannedOn: isoDate,
  how: need(1000),
  extent: need(500),
  targetAttendance: z.number().int().min(0).max(100000).default(0),
};

/** POST /api/partyorgs/activities: a plan by 5W1H. */
export const planBody = z.strictObject({ partyOrgId: z.uuid(), ...fiveW1H });
export type PlanInput = z.infer<typeof planBody>;

/** POST /api/partyorgs/menu/:id/order: a branch orders a 主题党日 from the menu (what comes from it). */
export const orderBody = z.strictObject({
  partyOrgId: z.uuid(),
  who: need(200),
  why: need(500),
  plannedOn: isoDate,
  how: need(1000),
  extent: need(500),
  targetAttendance: z.number().int().min(0).max(100000).default(0),
});

/** POST /api/partyorgs/activities/:id/record: what was done, against the plan. */
export const recordBody = z.strictObject({
  heldOn: isoDate,
  attendance: z.number().int().min(0).max(100000),
  outcome: need(2000),
  extentMet: z.enum(EXTENTS),
  version: z.number().int().min(1),
});

export const activityQuery = z.object({
  nodeId: z.uuid(),
  year,
  partyOrgId: z.uuid().optional(),
  status: z.enum(['planned', 'recorded', 'cancelled']).optional(),
});
export const activityView = z.object({
  id: z.uuid(),
  partyOrgId: z.uuid(),
  partyOrgName: z.string(),
  nodeName: z.string(),
  menuId: z.uuid().nullable(),
  who: z.string(),
  what: z.string(),
  why: z.string(),
  plannedOn: z.string(),
  how: z.string(),
  extent: z.string(),
  targetAttendance: z.number(),
  status: z.enum(['planned', 'recorded', 'cancelled']),
  heldOn: z.string().nullable(),
  attendance: z.number().nullable(),
  outcome: z.string().nullable(),
  extentMet: z.enum(EXTENTS).nullable(),
  version: z.number(),
  can: z.object({ record: z.boolean() }),
});

/** The menu 主题党日套餐. */
export const menuBody = z.strictObject({
  nodeId: z.uuid(),
  title: need(100),
  description: text(1000).default(''),
});
export const menuView = z.object({
  id: z.uuid(),
  nodeName: z.string(),
  title: z.string(),
  description: z.string(),
  orders: z.number(),
});

/** Criteria per class. */
export const criteriaView = z.array(
  z.object({
    orgClass: z.enum(ORG_CLASSES),
    items: z.array(z.object({ id: z.uuid(), name: z.string(), maxScore: z.number() })),
  }),
);
export const criteriaBody = z.strictObject({
  nodeId: z.uuid(),
  orgClass: z.enum(ORG_CLASSES),
  items: z
    .array(z.strictObject({ name: need(100), maxScore: z.number().int().min(1).max(100) }))
    .min(1)
    .max(20),
});

/** Organisations below a node with the year's grade and the facts graders see. */
export const gradesQuery = z.object({ nodeId: z.uuid(), year });
export const gradeRow = z.object({
  partyOrgId: z.uuid(),
  name: z.string(),
  kind: z.string(),
  nodeName: z.string(),
  orgClass: z.enum(ORG_CLASSES),
  planned: z.number(),
  recorded: z.number(),
  met: z.number(),
  planKept: z.number().nullable(),
  /** 加分项: titles named to the organisation's unit in the year (creation 模范机关 and the like). */
  bonuses: z.array(
    z.object({
      source: z.enum(['creation']),
      title: z.string(),
      level: z.enum(['district', 'city', 'province', 'national']),
      points: z.number(),
      namedOn: z.string(),
      declarationId: z.uuid(),
    }),
  ),
  bonusPoints: z.number(),
  grade: z
    .object({
      total: z.number(),
      maxTotal: z.number(),
      level: z.enum(LEVELS),
      scores: z.record(z.string(), z.number()),
      note: z.string(),
      version: z.number(),
    })
    .nullable(),
  can: z.object({ grade: z.boolean() }),
});
export const gradesView = z.object({
  year: z.number(),
  rows: z.array(gradeRow),
  levels: z.record(z.enum(LEVELS), z.number()),
});
export const gradeBody = z.strictObject({
  partyOrgId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  orgClass: z.enum(ORG_CLASSES),
  scores: z.record(z.uuid(), z.number().min(0).max(100)),
  note: text(1000).default(''),
  version: z.number().int().min(1).nullish(),
});

/** Secretaries' reports 书记抓党建述职 and their rating 评议. */
export const reportBody = z.strictObject({
  partyOrgId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  secretary: need(50),
  report: need(10000),
});
export const rateBody = z.strictObject({
  rating: z.enum(RATINGS),
  note: text(1000).default(''),
  version: z.number().int().min(1),
});
export const reportView = z.object({
  id: z.uuid(),
  partyOrgId: z.uuid(),
  partyOrgName: z.string(),
  year: z.number(),
  secretary: z.string(),
  report: z.string(),
  rating: z.enum(RATINGS).nullable(),
  ratingNote: z.string(),
  submittedAt: z.string(),
  version: z.number(),
  can: z.object({ rate: z.boolean() }),
});
export const yearNodeQuery = z.object({ nodeId: z.uuid(), year });
