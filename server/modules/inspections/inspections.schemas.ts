/** Shapes of the inspections API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { FINDING_STATES, ROUND_KINDS, SEVERITIES, USER_ACTIONS } from './inspections.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const year = z.coerce.number().int().min(2000).max(2100);
const day = z.iso.date();
const version = z.number().int().min(1).max(2_000_000_000);

export const settingsView = z.object({
  categories: z.array(z.string()),
  can: z.object({ manage: z.boolean() }),
});
export const settingsBody = z.object({ nodeId: id, categories: z.array(text(30)).min(1).max(30) });

const group = z.object({
  name: text(40),
  leader: text(40),
  members: z.array(text(40)).max(20).default([]),
});
export const roundBody = z.object({
  nodeId: id,
  year,
  number: z.number().int().min(1).max(99),
  kind: z.enum(ROUND_KINDS),
  topic: text(200),
  periodStart: day,
  periodEnd: day,
  groups: z.array(group).max(10).default([]),
  units: z
    .array(z.object({ nodeId: id, groupName: z.string().trim().max(40).default('') }))
    .min(1)
    .max(50),
});
export const unitView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  groupName: z.string(),
  feedbackNo: z.string().nullable(),
  feedbackOn: z.string().nullable(),
  findings: z.number(),
  rectified: z.number(),
  overdue: z.number(),
  version: z.number(),
});
export const roundView = z.object({
  id,
  year: z.number(),
  number: z.number(),
  kind: z.enum(ROUND_KINDS),
  topic: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  groups: z.array(z.object({ name: z.string(), leader: z.string(), members: z.array(z.string()) })),
  units: z.array(unitView),
  can: z.object({ manage: z.boolean() }),
});
export const roundQuery = z.object({ year: year.optional() });

export const findingBody = z.object({
  unitId: id,
  category: text(30),
  description: text(2000),
  evidence: z.string().trim().max(2000).default(''),
  severity: z.enum(SEVERITIES),
  suggestions: z.array(text(1000)).max(20).default([]),
});
export const findingView = z.object({
  id,
  roundId: id,
  roundLabel: z.string(),
  unitId: id,
  nodeId: id,
  nodeName: z.string(),
  seq: z.number(),
  category: z.string(),
  description: z.string(),
  evidence: z.string(),
  severity: z.enum(SEVERITIES),
  suggestions: z.array(z.string()),
  state: z.enum(FINDING_STATES),
  plan: z.string(),
  deadline: z.string().nullable(),
  rectifiedOn: z.string().nullable(),
  overdue: z.boolean(),
  lastReturnReason: z.string(),
  handedOver: z.boolean(),
  handoverReason: z.string(),
  version: z.number(),
  actions: z.array(z.string()),
  can: z.object({ handover: z.boolean() }),
});
export const stepView = z.object({
  action: z.string(),
  note: z.string(),
  deadline: z.string().nullable(),
  byName: z.string(),
  at: z.string(),
});
export const findingDetail = findingView.extend({ steps: z.array(stepView) });
export const findingQuery = z.object({
  roundId: id.optional(),
  unitId: id.optional(),
  state: z.enum(FINDING_STATES).optional(),
  overdue: z.enum(['0', '1']).optional(),
});
export const moveBody = z.object({
  action: z.enum(USER_ACTIONS),
  note: z.string().trim().max(4000).optional(),
  deadline: day.optional(),
  version,
});
export const handoverBody = z.object({ reason: text(1000), version });
export const feedbackBody = z.object({ version });
export const exportQuery = z.object({ roundId: id.optional(), year: year.optional() });
export const findingImportResult = importOutcome({
  unit: z.string(),
  category: z.string(),
  description: z.string(),
});
