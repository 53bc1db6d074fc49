/** Shapes of the social-organisation API, shared by the routes and the web pages. */
import { z } from 'zod';
import {
  INCUBATION_LEVELS,
  INCUBATION_STATES,
  INSPECTION_RESULTS,
  ORG_CATEGORIES,
  PARTY_BRANCH,
} from './socialorgs.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);

export const orgBody = z.strictObject({
  nodeId: id,
  name: text(100),
  creditCode: z.string().trim().min(1).max(40),
  category: z.enum(ORG_CATEGORIES),
  partyBranch: z.enum(PARTY_BRANCH),
  incubationLevel: z.enum(INCUBATION_LEVELS).nullable().optional(),
  incubationState: z.enum(INCUBATION_STATES).nullable().optional(),
  contact: z.string().trim().max(50).optional(),
});
export const orgPatch = orgBody
  .omit({ nodeId: true, creditCode: true })
  .partial()
  .extend({ version: z.int().min(1) });
export const orgQuery = z.object({
  nodeId: id.optional(),
  q: z.string().trim().max(50).optional(),
  category: z.enum(ORG_CATEGORIES).optional(),
});
export const inspectionBody = z.strictObject({
  year: z.int().min(2000).max(2100),
  result: z.enum(INSPECTION_RESULTS),
  note: z.string().trim().max(500).optional(),
});
export const projectBody = z.strictObject({
  year: z.int().min(2000).max(2100),
  title: text(200),
  funder: z.string().trim().max(100).optional(),
  amountYuan: z.number().min(0).max(1e11),
});
export const staffBody = z.strictObject({ username: text(64) });

export const orgView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  creditCode: z.string(),
  category: z.enum(ORG_CATEGORIES),
  partyBranch: z.enum(PARTY_BRANCH),
  incubationLevel: z.enum(INCUBATION_LEVELS).nullable(),
  incubationState: z.enum(INCUBATION_STATES).nullable(),
  contact: z.string(),
  lastInspection: z.object({ year: z.number(), result: z.enum(INSPECTION_RESULTS) }).nullable(),
  projects: z.number(),
  version: z.number(),
});
export const orgDetail = orgView.extend({
  inspections: z.array(z.object({ year: z.number(), result: z.enum(INSPECTION_RESULTS), note: z.string() })),
  projectList: z.array(
    z.object({ id, year: z.number(), title: z.string(), funder: z.string(), amountYuan: z.number() }),
  ),
  staff: z.array(z.object({ userId: id, name: z.string() })),
  can: z.object({ manage: z.boolean() }),
});
export const importResult = z.object({
  created: z.number(),
  errors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
});
