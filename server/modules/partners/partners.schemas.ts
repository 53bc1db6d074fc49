/** Shapes of the partners API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { NEED_STATES, OFFER_KINDS, PARTNER_KINDS, PARTNER_STATES } from './partners.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const year = z.coerce.number().int().min(2000).max(2100);
const version = z.number().int().min(1).max(2_000_000_000);
const day = z.iso.date();

export const partnerBody = z.object({
  nodeId: id,
  name: text(80),
  kind: z.enum(PARTNER_KINDS),
  contact: z.string().trim().max(100).default(''),
  offers: z.array(z.enum(OFFER_KINDS)).max(OFFER_KINDS.length).default([]),
  offerNote: z.string().trim().max(1000).default(''),
  offerValueYuan: z.number().int().min(0).max(1_000_000_000).default(0),
});
export const partnerReviewBody = z.object({
  action: z.enum(['approve', 'decline', 'suspend', 'reinstate']),
  note: z.string().trim().max(500).optional(),
  version,
});
export const partnerView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  kind: z.enum(PARTNER_KINDS),
  contact: z.string(),
  offers: z.array(z.enum(OFFER_KINDS)),
  offerNote: z.string(),
  offerValueYuan: z.number(),
  state: z.enum(PARTNER_STATES),
  reviewNote: z.string(),
  points: z.number(),
  stars: z.number(),
  matters: z.number(),
  mine: z.boolean(),
  version: z.number(),
  actions: z.array(z.string()),
});
export const partnersQuery = z.object({
  nodeId: id.optional(),
  year: year.optional(),
  state: z.enum(PARTNER_STATES).optional(),
});

export const needBody = z.object({
  nodeId: id,
  title: text(80),
  detail: z.string().trim().max(2000).default(''),
});
export const screenBody = z.object({
  action: z.enum(['merge', 'decline', 'select', 'withdraw']),
  note: z.string().trim().max(500).optional(),
  mergeInto: id.optional(),
  year: year.optional(),
  targetDate: day.optional(),
  version,
});
export const assignBody = z.object({
  partnerIds: z.array(id).min(1).max(10),
  targetDate: day.optional(),
  version,
});
export const progressBody = z.object({
  action: z.enum(['progress', 'complete']),
  progress: z.number().int().min(0).max(100),
  note: text(500),
  version,
});
export const updateView = z.object({
  at: z.string(),
  progress: z.number(),
  note: z.string(),
  partnerName: z.string().nullable(),
});
export const needView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  title: z.string(),
  detail: z.string(),
  reporterKind: z.enum(['party_member', 'resident', 'officer']),
  mine: z.boolean(),
  state: z.enum(NEED_STATES),
  screenNote: z.string(),
  mergedInto: id.nullable(),
  year: z.number().nullable(),
  targetDate: z.string().nullable(),
  progress: z.number(),
  overdue: z.boolean(),
  partners: z.array(z.object({ id, name: z.string() })),
  updates: z.array(updateView),
  createdAt: z.string(),
  version: z.number(),
  actions: z.array(z.string()),
  canAssign: z.boolean(),
});
export const needsQuery = z.object({
  nodeId: id.optional(),
  year: year.optional(),
  state: z.enum(NEED_STATES).optional(),
  mine: z.enum(['0', '1']).optional(),
  assigned: z.enum(['0', '1']).optional(),
});
export const yearQuery = z.object({ nodeId: id.optional(), year: year.optional() });
export const publicQuery = z.object({ year: year.optional() });
export const publicView = z.object({
  nodeId: id,
  nodeName: z.string(),
  year: z.number(),
  max: z.number(),
  matters: z.array(
    z.object({
      id,
      title: z.string(),
      state: z.enum(NEED_STATES),
      progress: z.number(),
      targetDate: z.string().nullable(),
      partners: z.array(z.string()),
      updates: z.array(updateView),
    }),
  ),
  partners: z.array(
    z.object({ name: z.string(), kind: z.enum(PARTNER_KINDS), stars: z.number(), points: z.number() }),
  ),
});
export const partnerImportResult = importOutcome({
  name: z.string(),
  node: z.string(),
  kind: z.enum(PARTNER_KINDS),
});
