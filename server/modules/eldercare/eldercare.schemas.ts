/** Shapes of the eldercare API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { STATION_KINDS, TICKET_STATES } from './eldercare.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).optional();
const version = z.number().int().min(1).max(2_000_000_000);

export const nodeQuery = z.object({
  nodeId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const stationBody = z.object({
  nodeId: id,
  kind: z.enum(STATION_KINDS),
  name: text(100),
  address: optText(200),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  minutes: z.number().int().min(1).max(60).optional(),
  services: z.array(text(40)).max(30).optional(),
  openingHours: optText(200),
});
/** What a stations import did (or, with dryRun, would do), row by row. */
export const stationImportResult = importOutcome({
  node: z.string(),
  kind: z.enum(STATION_KINDS),
  name: z.string(),
});
export const stationPatch = z.object({
  minutes: z.number().int().min(1).max(60).optional(),
  services: z.array(text(40)).max(30).optional(),
  openingHours: optText(200),
  active: z.boolean().optional(),
  version,
});
export const stationView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  kind: z.enum(STATION_KINDS),
  name: z.string(),
  address: z.string(),
  lat: z.number(),
  lng: z.number(),
  minutes: z.number(),
  /** The circle's radius in metres (walking minutes × 80 m). */
  radius: z.number(),
  /** The circle as a GeoJSON Polygon, for the map. */
  circle: z.unknown(),
  services: z.array(z.string()),
  openingHours: z.string(),
  active: z.boolean(),
  tickets: z.number(),
  version: z.number(),
  can: z.object({ manage: z.boolean(), request: z.boolean() }),
});
export const reachView = z.object({
  stationId: id,
  radius: z.number(),
  grids: z.array(
    z.object({
      id,
      name: z.string(),
      distance: z.number(),
      within: z.boolean(),
      /** Households registered in the grid, when it is within and the actor reads the register. */
      households: z.number().nullable(),
    }),
  ),
  within: z.number(),
  mapped: z.number(),
  /** Households within the circle: those registered in the grids within (null: not counted for this actor). */
  households: z.number().nullable(),
  householdsDefinition: z.string(),
});
export const ticketBody = z.object({
  stationId: id,
  service: text(40),
  description: text(1000),
  contactName: optText(40),
  phone: z.string().trim().max(20).optional(),
});
export const moveBody = z.object({
  action: z.enum(['assign', 'complete', 'rate', 'cancel']),
  assigneeName: optText(40),
  assigneeUserId: id.optional(),
  note: optText(1000),
  rating: z.number().int().min(1).max(5).optional(),
  version,
});
export const ticketView = z.object({
  id,
  number: z.string(),
  stationId: id,
  stationName: z.string(),
  stationKind: z.enum(STATION_KINDS),
  nodeName: z.string(),
  service: z.string(),
  description: z.string(),
  /** Masked for everyone but the resident themself: 张*明. */
  requesterName: z.string(),
  /** Masked: 138****1234. */
  phone: z.string(),
  state: z.enum(TICKET_STATES),
  assigneeName: z.string(),
  doneNote: z.string(),
  rating: z.number().nullable(),
  ratingComment: z.string(),
  createdAt: z.string(),
  doneAt: z.string().nullable(),
  version: z.number(),
  actions: z.array(z.string()),
});
export const ticketQuery = z.object({
  nodeId: id.optional(),
  stationId: id.optional(),
  state: z.enum(TICKET_STATES).optional(),
  mine: z.coerce.boolean().optional(),
});
