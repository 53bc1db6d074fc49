/** Shapes of the 信访 API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { CATEGORIES, ROUTE_CODES, STAFF_ROLES, STATES, STUDIO_KINDS } from './petitions.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).default('');
const day = z.iso.date();
const version = z.number().int().min(1).max(2_000_000_000);
const year = z.coerce.number().int().min(2000).max(2100);

export const staffBody = z.strictObject({
  role: z.enum(STAFF_ROLES),
  name: text(40),
  phone: z.string().trim().max(20).optional(),
  /** An account with the mediator role who sits in the studio (its username). */
  username: z.string().trim().min(1).max(60).optional(),
});
export const studioBody = z.strictObject({
  nodeId: id,
  kind: z.enum(STUDIO_KINDS),
  name: text(60),
  hours: optText(200),
  staff: z.array(staffBody).max(30).default([]),
});
export const studioView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  kind: z.enum(STUDIO_KINDS),
  name: z.string(),
  hours: z.string(),
  staff: z.array(
    z.object({
      role: z.enum(STAFF_ROLES),
      name: z.string(),
      phone: z.string(),
      hasAccount: z.boolean(),
    }),
  ),
  visits: z.number(),
  mine: z.boolean(),
});

export const visitBody = z.strictObject({
  nodeId: id,
  studioId: id.optional(),
  personId: id.optional(),
  name: text(40),
  idNumber: z.string().trim().max(18).optional(),
  phone: z.string().trim().max(20).optional(),
  matter: text(2000),
  category: z.enum(CATEGORIES),
  peopleCount: z.number().int().min(1).max(10_000).default(1),
  visitedOn: day.optional(),
});
/** A resident's own online filing: who they are comes from their account. */
export const submitBody = z.strictObject({
  nodeId: id,
  phone: z.string().trim().max(20).optional(),
  matter: text(2000),
  category: z.enum(CATEGORIES),
  peopleCount: z.number().int().min(1).max(10_000).default(1),
});
export const triageBody = z.strictObject({
  route: z.enum(ROUTE_CODES),
  studioId: id.optional(),
  note: optText(1000),
  /** Hand a mediation matter to the mediation module as a referral case. */
  toMediation: z.boolean().default(false),
  version,
});
export const settleBody = z.strictObject({
  outcome: z.enum(['resolved', 'unresolved']),
  agreement: z.boolean().default(false),
  executed: z.boolean().default(false),
  note: optText(1000),
  version,
});
export const assignBody = z.strictObject({ deptNodeId: id, version });
export const replyBody = z.strictObject({ reply: text(4000), version });
export const rateBody = z.strictObject({
  action: z.enum(['rate', 'review', 'close']),
  satisfaction: z.enum(['satisfied', 'basic', 'unsatisfied']).optional(),
  reason: optText(1000),
  version,
});
export const settingsBody = z.strictObject({
  acceptDays: z.number().int().min(1).max(90),
  handleDays: z.number().int().min(1).max(365),
  reviewDays: z.number().int().min(1).max(90),
  version: z.number().int().min(0).max(2_000_000_000),
});
export const settingsView = z.object({
  acceptDays: z.number(),
  handleDays: z.number(),
  reviewDays: z.number(),
  version: z.number(),
  canEdit: z.boolean(),
});

export const visitsQuery = z.object({
  nodeId: id.optional(),
  state: z.enum(STATES).optional(),
  year: year.optional(),
  mine: z.enum(['0', '1']).optional(),
});
/** POST /api/petitions/visits/:id/reveal: why the full ID number and phone are needed (audited). */
export const revealBody = z.strictObject({ reason: text(200) });
export const revealView = z.object({ idNumber: z.string().nullable(), phone: z.string().nullable() });
export const visitView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  studioId: id.nullable(),
  studioName: z.string().nullable(),
  channel: z.enum(['walk_in', 'online']),
  name: z.string(),
  idNumber: z.string(),
  phone: z.string(),
  matter: z.string(),
  category: z.enum(CATEGORIES),
  suggestedRoute: z.enum(ROUTE_CODES),
  peopleCount: z.number(),
  collective: z.boolean(),
  visitedOn: z.string(),
  repeatOf: id.nullable(),
  repeats: z.number(),
  state: z.enum(STATES),
  route: z.enum(ROUTE_CODES).nullable(),
  routeNote: z.string(),
  mediationCaseNo: z.string().nullable(),
  acceptDue: z.string(),
  handleDue: z.string().nullable(),
  overdue: z.boolean(),
  noticeNo: z.string().nullable(),
  deptNodeId: id.nullable(),
  deptName: z.string().nullable(),
  reply: z.string(),
  repliedOn: z.string().nullable(),
  satisfaction: z.enum(['satisfied', 'basic', 'unsatisfied']).nullable(),
  reviewReason: z.string(),
  outcome: z.enum(['resolved', 'unresolved']).nullable(),
  agreement: z.boolean().nullable(),
  executed: z.boolean().nullable(),
  closedOn: z.string().nullable(),
  version: z.number(),
  actions: z.array(z.string()),
  /** The actor may see the full ID number and phone (there is one, and they hold petitions.reveal). */
  canReveal: z.boolean(),
});
export const noticeView = z.object({
  kind: z.enum(['accept', 'reject']),
  number: z.string(),
  districtName: z.string(),
  name: z.string(),
  visitedOn: z.string(),
  matter: z.string(),
  route: z.enum(ROUTE_CODES),
  note: z.string(),
  issuedOn: z.string(),
  handleDue: z.string().nullable(),
  studioName: z.string().nullable(),
});
export const figuresQuery = z.object({ nodeId: id.optional(), year: year.optional() });
export const figuresView = z.object({
  year: z.number(),
  visits: z.number(),
  triaged: z.number(),
  guided: z.number(),
  guidedRate: z.number().nullable(),
  successRate: z.number().nullable(),
  executionRate: z.number().nullable(),
  onTimeRate: z.number().nullable(),
  repeatShare: z.number().nullable(),
  collective: z.number(),
  mediationShare: z.number().nullable(),
  byRoute: z.array(z.object({ route: z.enum(ROUTE_CODES), count: z.number() })),
  byMonth: z.array(
    z.object({ month: z.number(), visits: z.number(), guided: z.number(), accepted: z.number() }),
  ),
});
export const studioImportResult = importOutcome({
  node: z.string(),
  name: z.string(),
  kind: z.enum(STUDIO_KINDS),
});
