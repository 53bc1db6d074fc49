/**
 * Shapes of the tasks API: a task (input, summary, detail, edits), claiming 揭榜挂帅, progress
 * reports, its timeline and the claiming units' political performance.
 */
import { z } from 'zod';
import { PQ_ASPECTS, TASK_KINDS } from './tasks.rules.ts';
import {
  id,
  day,
  text,
  reason,
  indicator,
  milestoneInput,
  taskCategory,
  taskSource,
  evalStatus,
  taskStatus,
} from './tasks.common.schemas.ts';

// ---------- tasks ----------
export const taskInput = z.object({
  title: text(200),
  category: taskCategory,
  goal: text(4000),
  indicators: z.array(indicator).max(20).default([]),
  milestones: z.array(milestoneInput).min(1).max(50),
  deadline: day,
  /** Start of the plan (planned progress runs from here); defaults to 1 January of the list's year. */
  startDate: day.optional(),
  /** Investment in 万元, optional. */
  investment: z.number().nonnegative().max(1e9).nullable().optional(),
  /** The node responsible for the task (lead unit or department). */
  responsibleNodeId: id.nullable().optional(),
});
export const addTaskBody = taskInput;
export const milestoneView = z.object({
  seq: z.number(),
  title: z.string(),
  weight: z.number(),
  dueDate: z.string(),
  percent: z.number(),
});
export const awardUnitView = z.object({
  nodeId: id,
  name: z.string(),
  partyOrgId: id.nullable(),
  lead: z.boolean(),
});
export const taskSummary = z.object({
  id,
  listId: id.nullable(),
  districtId: id,
  kind: z.enum(TASK_KINDS),
  no: z.number(),
  title: z.string(),
  category: taskCategory,
  source: taskSource,
  status: taskStatus,
  evalStatus: evalStatus.nullable(),
  redSince: z.string().nullable(),
  plannedProgress: z.number(),
  actualProgress: z.number(),
  deadline: z.string(),
  responsibleNodeId: id.nullable(),
  responsibleName: z.string().nullable(),
  units: z.array(awardUnitView),
  commanderName: z.string().nullable(),
  beneficiaries: z.number(),
  version: z.number(),
  /** Human-readable number: 榜2026-007 (list task) or 党2026-012 (party project). */
  code: z.string(),
});
export const taskDetail = taskSummary.extend({
  goal: z.string(),
  indicators: z.array(indicator),
  milestones: z.array(milestoneView),
  startDate: z.string(),
  investment: z.number().nullable(),
  completedAt: z.string().nullable(),
  ownerNodeId: id.nullable(),
  cancelReason: z.string().nullable(),
  can: z.object({
    manage: z.boolean(),
    report: z.boolean(),
    apply: z.boolean(),
    cancel: z.boolean(),
    draftOrder: z.boolean(),
    reportIndicators: z.boolean(),
    recordPerformance: z.boolean(),
  }),
});
export const cancelTaskBody = z.object({ reason, version: z.number().int().min(1) });
export const cancelTaskResult = z.object({ id, status: taskStatus, version: z.number() });
export const indicatorsBody = z.object({
  values: z
    .array(z.object({ index: z.number().int().min(0).max(19), actual: z.number().finite() }))
    .min(1)
    .max(20),
  version: z.number().int().min(1),
});
export const indicatorsResult = z.object({
  id,
  version: z.number(),
  indicators: z.array(indicator),
  allMet: z.boolean(),
});
export const withdrawResult = z.object({ id, status: z.literal('withdrawn') });
export const tasksQuery = z.object({
  status: taskStatus.optional(),
  evalStatus: evalStatus.optional(),
  category: taskCategory.optional(),
  kind: z.enum(TASK_KINDS).optional(),
  listId: id.optional(),
  q: z.string().trim().max(50).optional(),
});

// ---------- claiming 揭榜挂帅 (list tasks and party projects alike) ----------
export const applyBody = z.object({
  /** The applying unit: a node the actor holds a role on. */
  applicantNodeId: id,
  /** A party branch claiming on the unit's behalf (party-building projects). */
  partyOrgId: id.nullable().optional(),
  plan: text(4000),
  /** The cadre proposed to take command 挂帅. */
  commanderName: z.string().trim().max(50).optional(),
  commanderPersonId: id.nullable().optional(),
});
export const applicationView = z.object({
  id,
  taskId: id,
  applicantNodeId: id,
  applicantName: z.string(),
  partyOrgId: id.nullable(),
  plan: z.string(),
  commanderName: z.string().nullable(),
  status: z.enum(['submitted', 'awarded', 'not_awarded']),
  createdAt: z.string(),
});
export const awardBody = z.object({
  /** One application, or several for a joint award; the first is the lead unit. */
  applicationIds: z.array(id).min(1).max(20),
  /** The commanding cadre 挂帅: a name, plus a person id or an account id when known. */
  commanderName: text(50),
  commanderPersonId: id.nullable().optional(),
  commanderAccountId: id.nullable().optional(),
  /** Party projects: the beneficiaries expected (can be updated later by reports). */
  beneficiaries: z.number().int().min(0).max(10_000_000).optional(),
});
export const awardResult = z.object({
  taskId: id,
  orderId: id.nullable(),
  orderNumber: z.string().nullable(),
});

// ---------- progress ----------
export const reportBody = z.object({
  /** Client-made id: a retry with the same id (or Idempotency-Key) does not count twice. */
  clientId: id,
  milestoneSeq: z.number().int().min(1),
  percent: z.number().min(0).max(100),
  narrative: z.string().trim().max(4000).default(''),
  attachments: z
    .array(
      z.object({
        name: text(200),
        size: z
          .number()
          .int()
          .min(0)
          .max(100 * 1024 * 1024),
        mime: z.string().trim().max(100),
        url: z.string().trim().max(500).optional(),
      }),
    )
    .max(20)
    .default([]),
  /** Reported values of the task's indicators, by index. */
  indicatorValues: z
    .array(z.object({ index: z.number().int().min(0), actual: z.number().finite() }))
    .max(20)
    .default([]),
  /** Party projects: beneficiaries counted so far. */
  beneficiaries: z.number().int().min(0).max(10_000_000).optional(),
});
export const reportView = z.object({
  id,
  taskId: id,
  milestoneSeq: z.number(),
  percent: z.number(),
  narrative: z.string(),
  attachments: z.array(z.object({ name: z.string(), size: z.number(), mime: z.string() })),
  reporterName: z.string(),
  createdAt: z.string(),
});
export const reportResult = z.object({
  reportId: id,
  actualProgress: z.number(),
  status: taskStatus,
  replayed: z.boolean(),
});

export const timelineEntry = z.object({
  at: z.string(),
  kind: z.enum(['milestone_due', 'report', 'evaluation', 'order', 'exemption', 'violation', 'award']),
  title: z.string(),
  detail: z.string().nullable(),
  status: z.string().nullable(),
  refId: z.string().nullable(),
});

export type TaskInput = z.infer<typeof taskInput>;

// ---------- political performance of claiming units (seed 000) ----------
export const performanceBody = z.object({
  nodeId: id,
  personId: id.nullable().optional(),
  aspect: z.enum(PQ_ASPECTS),
  positive: z.boolean(),
  note: text(1000),
  occurredOn: day,
});
export const performanceView = z.object({
  id,
  taskId: id,
  nodeId: id,
  unitName: z.string(),
  personId: id.nullable(),
  aspect: z.enum(PQ_ASPECTS),
  positive: z.boolean(),
  note: z.string(),
  occurredOn: z.string(),
});
