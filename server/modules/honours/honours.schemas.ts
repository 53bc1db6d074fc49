/** Shapes of the honours API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { NOMINATION_STATES } from './honours.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const year = z.coerce.number().int().min(2000).max(2100);

export const awardBody = z.object({
  nodeId: id,
  name: text(60),
  categories: z.array(text(20)).max(20).optional(),
});
export const awardView = z.object({
  id,
  name: z.string(),
  categories: z.array(z.string()),
  active: z.boolean(),
});
export const awardsView = z.object({ awards: z.array(awardView), can: z.object({ configure: z.boolean() }) });
export const nominationBody = z.object({
  awardId: id,
  nodeId: id,
  year,
  nomineeName: text(40),
  category: text(20),
  deeds: text(2000),
});
export const reviewBody = z.object({
  action: z.enum(['approve', 'reject', 'publish', 'withdraw']),
  note: z.string().trim().max(1000).optional(),
  version: z.number().int().min(1).max(2_000_000_000),
});
export const nominationView = z.object({
  id,
  awardId: id,
  awardName: z.string(),
  nodeId: id,
  nodeName: z.string(),
  year: z.number(),
  nomineeName: z.string(),
  category: z.string(),
  deeds: z.string(),
  nominatorKind: z.enum(['officer', 'resident']),
  state: z.enum(NOMINATION_STATES),
  reviewNote: z.string(),
  publishedAt: z.string().nullable(),
  version: z.number(),
  actions: z.array(z.string()),
});
export const nominationQuery = z.object({
  nodeId: id.optional(),
  year: year.optional(),
  state: z.enum(NOMINATION_STATES).optional(),
  mine: z.coerce.boolean().optional(),
});
export const honourEntry = z.object({
  source: z.string(),
  title: z.string(),
  name: z.string(),
  detail: z.string(),
  period: z.string(),
});
export const boardView = z.object({
  nodeId: id,
  nodeName: z.string(),
  year: z.number(),
  entries: z.array(honourEntry),
});
export const boardQuery = z.object({ year: year.optional() });
export const nominationImportResult = importOutcome({
  year: z.number(),
  award: z.string(),
  category: z.string(),
  name: z.string(),
  node: z.string(),
});
