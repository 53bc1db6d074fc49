/** Shapes of the venues API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { ACTIONS, BOOKERS, LEVELS, STATES } from './venues.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
const version = z.number().int().min(1).max(2_000_000_000);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { message: 'HH:MM' });
const instant = z.iso.datetime({ offset: true });

const roomInput = z.object({
  name: text(40),
  capacity: z.number().int().min(1).max(10_000),
  equipment: z.array(text(30)).max(20).default([]),
});

/** A venue as it is registered. */
/**
 * A latitude or longitude kept to 7 decimals (about 1 cm): a value PostgreSQL's float8 would refuse
 * (a subnormal such as 4e-323) becomes 0 instead of failing the statement.
 */
const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

export const venueBody = z.object({
  nodeId: id,
  level: z.enum(LEVELS),
  name: text(60),
  address: z.string().trim().max(200).default(''),
  lat: z.number().min(-90).max(90).transform(round7).nullable().default(null),
  lng: z.number().min(-180).max(180).transform(round7).nullable().default(null),
  areaM2: z
    .number()
    .min(0)
    .max(1_000_000)
    .transform((v) => Math.round(v * 10) / 10),
  opensAt: clock,
  closesAt: clock,
  openDays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
  ownerUnit: z.string().trim().max(100).default(''),
  needsApproval: z.boolean().default(false),
  maxHours: z.number().min(0.5).max(24).nullable().default(null),
  advanceDays: z.number().int().min(1).max(365).nullable().default(null),
  joinedOn: day,
  rooms: z.array(roomInput).max(50).default([]),
});
export type VenueInput = z.infer<typeof venueBody>;

/** Changing a venue: its fields but the node, level and rooms, with the version read. */
export const venueUpdateBody = venueBody
  .omit({ nodeId: true, level: true, rooms: true, joinedOn: true })
  .extend({
    version,
  });
/** An alliance member leaves (or a venue closes) on a day; or joins again. */
export const membershipBody = z.object({
  action: z.enum(['leave', 'join']),
  on: day,
  version,
});
export const roomBody = roomInput;
export const roomUpdateBody = roomInput.extend({ active: z.boolean() });

export const venuesQuery = z.object({
  nodeId: id.optional(),
  level: z.enum(LEVELS).optional(),
  q: z.string().trim().max(40).optional(),
  withLeft: z.enum(['0', '1']).default('0'),
});

const roomView = z.object({
  id,
  name: z.string(),
  capacity: z.number(),
  equipment: z.array(z.string()),
  active: z.boolean(),
});

/** One venue in the list. */
export const venueSummary = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  level: z.enum(LEVELS),
  name: z.string(),
  address: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  areaM2: z.number(),
  opensAt: z.string(),
  closesAt: z.string(),
  openDays: z.array(z.number()),
  ownerUnit: z.string(),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
  rooms: z.number(),
});
export const venueList = z.object({
  venues: z.array(venueSummary),
  can: z.object({ manage: z.boolean(), export: z.boolean(), stats: z.boolean() }),
});

/** One venue with its rooms, its booking rule, and what the actor may do. */
export const venueView = venueSummary.extend({
  needsApproval: z.boolean(),
  maxHours: z.number().nullable(),
  advanceDays: z.number().nullable(),
  version: z.number(),
  rooms: z.array(roomView),
  rule: z.object({
    bookers: z.array(z.enum(BOOKERS)),
    maxHours: z.number(),
    advanceDays: z.number(),
    approval: z.boolean(),
  }),
  /** The door's QR code text, for the venue's managers only (null for others). */
  doorCode: z.string().nullable(),
  can: z.object({ manage: z.boolean(), book: z.array(z.enum(BOOKERS)) }),
});

export const weekQuery = z.object({ from: day });

/** A booking as the calendar, the list and its booker see it. */
export const bookingView = z.object({
  id,
  venueId: id,
  venueName: z.string(),
  roomId: id,
  roomName: z.string(),
  start: z.string(),
  end: z.string(),
  title: z.string(),
  booker: z.enum(BOOKERS),
  orgName: z.string(),
  expected: z.number(),
  state: z.enum(STATES),
  note: z.string(),
  attendance: z.number().nullable(),
  summary: z.string(),
  mine: z.boolean(),
  version: z.number(),
  actions: z.array(z.enum(ACTIONS)),
});

export const bookingBody = z.object({
  roomId: id,
  start: instant,
  end: instant,
  title: text(60),
  expected: z.number().int().min(1).max(10_000),
  /** As whom: a resident, a social organisation, a party member (for the branch), an officer. */
  as: z.enum(BOOKERS).optional(),
  /** The branch or social organisation booking (required for those two). */
  orgName: z.string().trim().max(60).default(''),
});

export const bookingMoveBody = z.object({
  action: z.enum(ACTIONS),
  version,
  note: z.string().trim().max(500).optional(),
  attendance: z.number().int().min(0).max(100_000).optional(),
  summary: z.string().trim().max(2000).optional(),
});

/** The door's QR: the venue and its code; checks in the actor's booking there now. */
export const checkinBody = z.object({ venueId: id, code: z.string().trim().min(8).max(64) });

export const nearQuery = z.object({
  lat: z.coerce.number().min(-90).max(90).transform(round7).optional(),
  lng: z.coerce.number().min(-180).max(180).transform(round7).optional(),
  /** A community: its own centre is the point. */
  nodeId: id.optional(),
  km: z.coerce.number().min(0.1).max(5).default(1),
});
export const nearView = z.object({
  at: z.object({ lat: z.number(), lng: z.number() }),
  km: z.number(),
  venues: z.array(venueSummary.extend({ km: z.number(), walkMinutes: z.number() })),
});

export const figuresQuery = z.object({
  nodeId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2099).optional(),
});
export const figuresView = z.object({
  year: z.number(),
  definitions: z.record(z.string(), z.string()),
  venues: z.array(
    z.object({
      id,
      name: z.string(),
      level: z.enum(LEVELS),
      bookedHours: z.number(),
      openHours: z.number(),
      utilisation: z.number().nullable(),
    }),
  ),
  streets: z.array(
    z.object({
      nodeId: id,
      name: z.string(),
      areaM2: z.number(),
      population: z.number().nullable(),
      populationSource: z.enum(['declared', 'register', 'none']),
      m2Per10k: z.number().nullable(),
      communities: z.number(),
      withCentre: z.number(),
    }),
  ),
  coverage: z.object({ communities: z.number(), withCentre: z.number(), share: z.number().nullable() }),
});

export const populationBody = z.object({
  nodeId: id,
  population: z.number().int().min(1).max(100_000_000),
  asOf: day,
});

export const activityView = bookingView;
export const activitiesQuery = z.object({
  nodeId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2099).optional(),
});

export const venuesImportResult = importOutcome({
  name: z.string(),
  node: z.string(),
  level: z.enum(LEVELS),
});
