/** Shapes of the events API (grid events, routing, service levels, rates, dashboards). */
import { z } from 'zod';
import {
  EVENT_ACTIONS,
  EVENT_CATEGORIES,
  EVENT_LEVELS,
  EVENT_STATES,
  RECURRENCE_BOUNDS,
  REPORTER_KINDS,
} from './events.rules.ts';

/** A category code. */
export const categorySchema = z.enum(EVENT_CATEGORIES);
/** A lifecycle state. */
export const stateSchema = z.enum(EVENT_STATES);
/** A lifecycle action. */
export const actionSchema = z.enum(EVENT_ACTIONS as [string, ...string[]]);
/** An urgency level 1..3. */
export const levelSchema = z.union(
  EVENT_LEVELS.map((l) => z.literal(l)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>],
);
/** A WGS84 position. */
export const positionSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
/** Calendar day YYYY-MM-DD (Asia/Shanghai). */
export const daySchema = z.iso.date();

/** A category with its names and service level. */
export const categoryView = z.object({
  code: categorySchema,
  name: z.string(),
  sla: z.array(z.object({ level: z.number(), receiveHours: z.number(), handleDays: z.number() })),
});

/**
 * Body of POST /api/events. `id` is a client-made UUIDv7 (so an offline phone names the record);
 * send an Idempotency-Key header too.
 */
export const createEventBody = z.object({
  id: z.uuid(),
  nodeId: z.uuid(),
  category: categorySchema,
  level: levelSchema.default(1),
  title: z.string().trim().min(1).max(100),
  description: z.string().trim().max(4000).default(''),
  address: z.string().trim().max(200).default(''),
  position: positionSchema.nullish(),
  reporterKind: z.enum(REPORTER_KINDS).default('grid_worker'),
  reportedAt: z.iso.datetime({ offset: true }).optional(),
  patrolId: z.uuid().nullish(),
  /** A resident may make the report public (Open311 may then publish it). */
  public: z.boolean().optional(),
});
export type CreateEventInput = z.infer<typeof createEventBody>;

/**
 * Body of POST /api/events/resident: a resident names a place (a map pin, the phone's GPS or an
 * address), not a grid; the grid is derived from the point.
 */
export const residentReportBody = z.object({
  id: z.uuid(),
  category: categorySchema,
  title: z.string().trim().min(1).max(100),
  description: z.string().trim().max(4000).default(''),
  address: z.string().trim().max(200).default(''),
  position: positionSchema.nullish(),
  public: z.boolean().default(false),
});

/** Body of POST /api/events/:id/transitions. */
export const transitionBody = z.object({
  action: actionSchema,
  version: z.number().int().min(1),
  note: z.string().trim().max(2000).optional(),
  /** The note is a public reply (the reporter, and Open311 for public reports, see it). */
  publicReply: z.boolean().optional(),
  departmentId: z.uuid().optional(),
  /** The original of a duplicate: its id or its number (福田-20261206-0007). */
  duplicateOf: z.string().trim().min(1).max(60).optional(),
  /** The after-photo of a resolution on the spot (uploaded to the event first). */
  photoId: z.uuid().optional(),
});
export type TransitionInput = z.infer<typeof transitionBody>;

/** One event as the API shows it (reporter's personal data never included). */
export const eventView = z.object({
  id: z.uuid(),
  /** The human-readable number 福田-20261206-0007 (null for an event loaded without one). */
  number: z.string().nullable(),
  nodeId: z.uuid(),
  nodeName: z.string(),
  handlingNodeId: z.uuid(),
  departmentId: z.uuid().nullable(),
  departmentName: z.string().nullable(),
  category: categorySchema,
  level: z.number(),
  title: z.string(),
  description: z.string(),
  address: z.string(),
  position: positionSchema.nullable(),
  reporterKind: z.string(),
  reporterName: z.string(),
  public: z.boolean(),
  state: stateSchema,
  duplicateOf: z.uuid().nullable(),
  recurring: z.boolean(),
  reportedAt: z.string(),
  receivedAt: z.string().nullable(),
  dispatchedAt: z.string().nullable(),
  handledAt: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  timer: z.object({
    phase: z.enum(['receive', 'handle']).nullable(),
    deadline: z.string().nullable(),
    colour: z.enum(['green', 'yellow', 'red', 'none']),
  }),
  photoIds: z.array(z.uuid()),
  version: z.number(),
  /** Actions this actor may take now (buttons follow these). */
  actions: z.array(actionSchema),
});
export type EventView = z.infer<typeof eventView>;

/** One step of an event's history. */
export const eventStepView = z.object({
  at: z.string(),
  action: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  actorName: z.string(),
  note: z.string().nullable(),
  /** A public reply (else an internal note, or a step without one). */
  public: z.boolean(),
  departmentName: z.string().nullable(),
});
/** An event's evaluation 评估. */
export const evaluationView = z.object({
  fixed: z.boolean(),
  residentsAgree: z.boolean(),
  note: z.string(),
  byName: z.string(),
  at: z.string(),
});
export const eventDetail = eventView.extend({
  history: z.array(eventStepView),
  evaluation: evaluationView.nullable(),
});

/** Body of POST /api/events/:id/notes: an internal note, or a public reply. */
export const noteBody = z.object({
  text: z.string().trim().min(1).max(2000),
  public: z.boolean().default(false),
});

/** Body of POST /api/events/:id/evaluation. */
export const evaluationBody = z.object({
  fixed: z.boolean(),
  residentsAgree: z.boolean(),
  note: z.string().trim().max(2000).default(''),
});

/** A department an event may be dispatched to. */
export const departmentOption = z.object({ id: z.uuid(), name: z.string() });

/** A prevention item 预防 (body). */
export const preventionBody = z.object({
  kind: z.enum(['place', 'category']),
  category: categorySchema,
  nodeId: z.uuid().optional(),
  sourceEventId: z.uuid().optional(),
  title: z.string().trim().min(1).max(200),
  measures: z.string().trim().max(4000).default(''),
  ownerName: z.string().trim().max(50).default(''),
  ownerUserId: z.uuid().optional(),
  reviewOn: daySchema,
});
/** A prevention item as listed. */
export const preventionView = z.object({
  id: z.uuid(),
  nodeId: z.uuid(),
  nodeName: z.string(),
  kind: z.enum(['place', 'category']),
  category: categorySchema,
  title: z.string(),
  measures: z.string(),
  address: z.string(),
  position: positionSchema.nullable(),
  sourceEventId: z.uuid().nullable(),
  ownerName: z.string(),
  ownerUserId: z.uuid().nullable(),
  reviewOn: z.string(),
  state: z.enum(['open', 'reviewed', 'closed']),
  reviewNote: z.string(),
  version: z.number(),
  canReview: z.boolean(),
});
/** A review of a prevention item. */
export const reviewBody = z.object({
  state: z.enum(['open', 'reviewed', 'closed']),
  note: z.string().trim().max(2000).default(''),
  nextReviewOn: daySchema.optional(),
  version: z.number().int().min(1),
});

/** The recurrence rule 重复发生: this many reports of a category within this distance over these days. */
export const recurrenceSchema = z.object({
  count: z.number().int().min(RECURRENCE_BOUNDS.count.min).max(RECURRENCE_BOUNDS.count.max),
  metres: z.number().int().min(RECURRENCE_BOUNDS.metres.min).max(RECURRENCE_BOUNDS.metres.max),
  days: z.number().int().min(RECURRENCE_BOUNDS.days.min).max(RECURRENCE_BOUNDS.days.max),
});
/** A district's events settings. */
export const settingsView = z.object({
  districtId: z.uuid(),
  recurrence: recurrenceSchema,
  /** 0 while the district keeps the defaults. */
  version: z.number(),
  custom: z.boolean(),
  canEdit: z.boolean(),
});
/** Body of PUT /api/events/settings. */
export const settingsBody = z.object({
  districtId: z.uuid(),
  recurrence: recurrenceSchema,
  version: z.number().int().min(0),
});

/** A district's effective service level. */
export const slaView = z.object({
  category: z.string(),
  level: z.number(),
  receiveHours: z.number(),
  handleDays: z.number(),
  custom: z.boolean(),
});

/** The 409 body for a stale update: the server's current copy, so the phone can show the conflict. */
export const staleBody = z.object({
  type: z.string(),
  title: z.string(),
  status: z.literal(409),
  code: z.string(),
  current: eventView.optional(),
  lang: z.string(),
});

/** Filters of GET /api/events. */
export const listEventsQuery = z.object({
  nodeId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
  state: stateSchema.optional(),
  category: categorySchema.optional(),
  from: daySchema.optional(),
  to: daySchema.optional(),
  mine: z.enum(['0', '1']).default('0'),
  /** Text in the title, description or address, or an event number. */
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
});
/** Filters of GET /api/events/export: the list's, without the page. */
export const exportEventsQuery = listEventsQuery.omit({ limit: true, offset: true });
export const eventPage = z.object({ total: z.number(), items: z.array(eventView) });

/** A routing rule: events of a category located under a node go to a department. */
export const routingRuleBody = z.object({
  category: categorySchema,
  nodeId: z.uuid(),
  departmentId: z.uuid(),
});
export const routingRuleView = routingRuleBody.extend({
  id: z.uuid(),
  nodeName: z.string(),
  departmentName: z.string(),
});

/** A service level override for a district. */
export const slaBody = z.object({
  districtId: z.uuid(),
  category: categorySchema,
  level: levelSchema,
  receiveHours: z.number().min(0.25).max(720),
  handleDays: z.number().min(0.25).max(365),
});

/** Range queries for rates and dashboards: one node or one department, days inclusive. */
export const rangeQuery = z
  .object({
    nodeId: z.uuid().optional(),
    departmentId: z.uuid().optional(),
    from: daySchema,
    to: daySchema,
    granularity: z.enum(['day', 'week', 'month']).default('day'),
  })
  .refine((q) => !!q.nodeId !== !!q.departmentId, { message: 'events.node_or_department', path: ['nodeId'] })
  .refine((q) => q.from <= q.to, { message: 'events.bad_range', path: ['to'] });

/** Counters behind the rates. */
export const countersView = z.object({
  reported: z.number(),
  received: z.number(),
  dispatched: z.number(),
  handled: z.number(),
  verified: z.number(),
  resolved: z.number(),
  receiptRate: z.number().nullable(),
  disposalRate: z.number().nullable(),
  onSpotShare: z.number().nullable(),
});
/** Rates with their trend. */
export const ratesView = z.object({
  definition: z.object({ receiptRate: z.string(), disposalRate: z.string(), onSpotShare: z.string() }),
  totals: countersView,
  trend: z.array(countersView.extend({ bucket: z.string() })),
});
/** Ranking of the children of a node (or the departments of a district) by rates. */
export const rankingView = z.array(
  countersView.extend({ nodeId: z.uuid(), name: z.string(), level: z.string(), rank: z.number() }),
);

/** A point on the events map. */
export const mapPoint = z.object({
  id: z.uuid(),
  lat: z.number(),
  lng: z.number(),
  category: categorySchema,
  state: stateSchema,
  title: z.string(),
  recurring: z.boolean(),
});

/** The dashboard of a node. */
export const dashboardView = z.object({
  node: z.object({ id: z.uuid(), name: z.string(), level: z.string() }),
  byState: z.array(z.object({ state: stateSchema, count: z.number() })),
  byCategory: z.array(z.object({ category: categorySchema, name: z.string(), count: z.number() })),
  rates: ratesView,
  overdue: z.array(eventView),
  recurring: z.array(
    z.object({ category: categorySchema, address: z.string(), count: z.number(), lastId: z.uuid() }),
  ),
  points: z.array(mapPoint),
});
