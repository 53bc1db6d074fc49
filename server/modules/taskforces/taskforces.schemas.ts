/** Shapes of the task-force API 专班招募令, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { APPLICATION_STATES, RATINGS } from './taskforces.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
/** A calendar day between 2000 and 2100 (an order's year is kept in that range). */
const day = z.iso
  .date()
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', { message: '2000-01-01 … 2100-12-31' });
const version = z.number().int().min(1).max(2_000_000_000);

export const postInput = z.object({
  title: text(40),
  count: z.number().int().min(1).max(200),
  requirements: z.string().trim().max(500).default(''),
});
export const orderBody = z.object({
  districtId: id,
  name: text(60),
  mission: text(2000),
  leadNodeId: id,
  audience: z.enum(['retired', 'all']),
  posts: z.array(postInput).min(1).max(20),
  openFrom: day,
  openTo: day,
  termStart: day,
});
export const ordersQuery = z.object({
  districtId: id.optional(),
  open: z.enum(['0', '1']).optional(),
});
export const postView = z.object({
  title: z.string(),
  count: z.number(),
  requirements: z.string(),
  selected: z.number(),
});
export const orderView = z.object({
  id,
  districtId: id,
  number: z.string(),
  year: z.number(),
  name: z.string(),
  mission: z.string(),
  leadNodeId: id,
  leadName: z.string(),
  audience: z.enum(['retired', 'all']),
  posts: z.array(postView),
  openFrom: z.string(),
  openTo: z.string(),
  termStart: z.string(),
  open: z.boolean(),
  /** Closed early by the department: when and why (null while not closed). */
  closedAt: z.string().nullable(),
  closeReason: z.string().nullable(),
  applications: z.number(),
  /** The viewing cadre's own application on it, if any. */
  mine: z.object({ id, state: z.enum(APPLICATION_STATES), version: z.number() }).nullable(),
});
export const closeBody = z.object({ reason: text(500) });
export const applyBody = z.object({
  postIndex: z.number().int().min(0).max(19),
  statement: text(2000),
  retiredLeader: z.boolean().default(false),
});
export const applicationView = z.object({
  id,
  orderId: id,
  orderNumber: z.string(),
  orderName: z.string(),
  personId: id,
  personName: z.string(),
  unitName: z.string(),
  postIndex: z.number(),
  postTitle: z.string(),
  statement: z.string(),
  retiredLeader: z.boolean(),
  state: z.enum(APPLICATION_STATES),
  decisionNote: z.string(),
  startDate: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
  actions: z.array(z.string()),
});
export const applicationsQuery = z.object({
  orderId: id.optional(),
  mine: z.enum(['0', '1']).optional(),
});
export const decideBody = z.object({
  action: z.enum(['shortlist', 'select', 'reject']),
  note: z.string().trim().max(1000).optional(),
  startDate: day.optional(),
  version,
});
export const withdrawBody = z.object({ version });
export const memberView = z.object({
  id,
  orderId: id,
  orderNumber: z.string(),
  orderName: z.string(),
  personId: id,
  personName: z.string(),
  unitName: z.string(),
  postTitle: z.string(),
  retiredLeader: z.boolean(),
  startDate: z.string(),
  months: z.number(),
  latest: z.enum(RATINGS).nullable(),
  latestOn: z.string().nullable(),
  ratingDue: z.boolean(),
  eligible: z.boolean(),
  declaredAt: z.string().nullable(),
  ratings: z.array(z.object({ ratedOn: z.string(), rating: z.enum(RATINGS), comment: z.string() })),
});
export const districtQuery = z.object({ districtId: id.optional() });
export const rateBody = z.object({
  rating: z.enum(RATINGS),
  comment: text(1000),
  ratedOn: day.optional(),
});
export const rankView = z.object({
  id,
  rank: z.number(),
  personName: z.string(),
  unitName: z.string(),
  orderName: z.string(),
  postTitle: z.string(),
  months: z.number(),
  latest: z.enum(RATINGS).nullable(),
  eligible: z.boolean(),
});
export const incentiveView = z.object({ declarationId: id, declaredAt: z.string() });
export const memberImportResult = importOutcome({
  order: z.string(),
  name: z.string(),
  post: z.string(),
  startDate: z.string(),
});
