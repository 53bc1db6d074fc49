/** Shapes of the marketplace API, shared by the routes and the web pages. */
import { z } from 'zod';
import { LISTS, ORDER_STATES, SERVICE_CATEGORIES } from './services.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const iso = z.string();

export const list = z.enum(LISTS);
export const category = z.enum(SERVICE_CATEGORIES);
export const orderState = z.enum(ORDER_STATES);
export const orderAction = z.enum(['accept', 'deliver', 'rate', 'cancel']);

export const itemBody = z.strictObject({
  nodeId: id,
  list: z.enum(['government', 'community', 'offer']),
  category,
  title: text(100),
  description: z.string().trim().max(2000).optional(),
});
export const itemQuery = z.object({
  list: list.optional(),
  category: category.optional(),
  nodeId: id.optional(),
});
export const itemView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  list,
  category,
  title: z.string(),
  description: z.string(),
  providerOrgName: z.string().nullable(),
  open: z.boolean(),
  orders: z.number(),
  can: z.object({ order: z.boolean(), close: z.boolean() }),
});

export const orderBody = z.strictObject({
  /** An item of a list; absent for a need raised in one's own words (residents' needs list). */
  itemId: id.optional(),
  category: category.optional(),
  title: z.string().trim().min(1).max(100).optional(),
  note: z.string().trim().max(1000).optional(),
  /** A phone the organisation's staff may not see; officers see it masked. */
  contactPhone: z
    .string()
    .trim()
    .regex(/^1\d{10}$/)
    .optional(),
});
export const orderQuery = z.object({
  /** mine: a resident's own; open: waiting for an organisation; ours: accepted by my organisation; all: officers. */
  view: z.enum(['mine', 'open', 'ours', 'all']).default('mine'),
  state: orderState.optional(),
  nodeId: id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const actionBody = z.strictObject({
  action: orderAction,
  note: z.string().trim().max(1000).optional(),
  rating: z.int().min(1).max(5).optional(),
  comment: z.string().trim().max(500).optional(),
});
export const orderView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  list,
  category,
  title: z.string(),
  note: z.string(),
  /** The resident as a masked name; never more to anyone but themselves. */
  residentLabel: z.string(),
  /** Masked, for the resident and officers only; never sent to social organisations. */
  contactPhone: z.string().nullable().optional(),
  state: orderState,
  orgName: z.string().nullable(),
  placedAt: iso,
  acceptedAt: iso.nullable(),
  deliveredAt: iso.nullable(),
  deliveryNote: z.string().nullable(),
  rating: z.number().nullable(),
  ratingComment: z.string().nullable(),
  ratedAt: iso.nullable(),
  actions: z.array(orderAction),
});
export const orderList = z.object({ items: z.array(orderView), total: z.number() });
export const actionResult = z.object({ state: orderState, replayed: z.boolean() });

export const boardQuery = z.object({
  nodeId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
const orgLine = z.object({
  orgId: id,
  name: z.string(),
  accepted: z.number(),
  rated: z.number(),
  good: z.number(),
});
export const boardsView = z.object({
  nodeId: id,
  nodeName: z.string(),
  year: z.number(),
  figures: z.object({
    placed: z.number(),
    accepted: z.number(),
    rated: z.number(),
    good: z.number(),
    acceptanceRate: z.number().nullable(),
    goodRate: z.number().nullable(),
  }),
  byCategory: z.array(
    z.object({
      category: z.string(),
      placed: z.number(),
      accepted: z.number(),
      rated: z.number(),
      good: z.number(),
    }),
  ),
  byAccepted: z.array(orgLine),
  byGoodRate: z.array(orgLine.extend({ rate: z.number() })),
});
export const publicServices = z.object({
  items: z.array(itemView.omit({ can: true, orders: true })),
  boards: boardsView,
});
