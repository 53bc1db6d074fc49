/** Shapes of the culture API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import {
  GENRES,
  HALVES,
  KINDS,
  MEMBER_KINDS,
  NOMINATION_STATES,
  ORDER_ACTIONS,
  ORDER_STATES,
  TEAM_KINDS,
  THEMES,
  TITLES,
} from './culture.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
const version = z.number().int().min(1).max(2_000_000_000);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { message: 'HH:MM' });
const year = z.coerce.number().int().min(2000).max(2100);
/** A coordinate kept to 7 decimals (a subnormal float becomes 0 rather than failing the statement). */
const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

/** A facility as it is registered. */
export const facilityBody = z.object({
  nodeId: id,
  kind: z.enum(KINDS),
  theme: z.enum(THEMES).nullable().default(null),
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
});
export type FacilityInput = z.infer<typeof facilityBody>;
export const facilityUpdateBody = facilityBody.omit({ nodeId: true, kind: true }).extend({ version });

export const facilitiesQuery = z.object({ nodeId: id.optional(), kind: z.enum(KINDS).optional() });

export const facilityView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  kind: z.enum(KINDS),
  theme: z.enum(THEMES).nullable(),
  name: z.string(),
  address: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  areaM2: z.number(),
  opensAt: z.string(),
  closesAt: z.string(),
  version: z.number(),
  canManage: z.boolean(),
});
export const facilityList = z.object({
  facilities: z.array(facilityView),
  can: z.object({ manage: z.boolean(), export: z.boolean(), stats: z.boolean() }),
});
export const facilitiesImportResult = importOutcome({
  row: z.number(),
  name: z.string(),
  node: z.string(),
  action: z.enum(['add', 'skip']),
});

/** The figures with their definitions. */
export const figuresQuery = z.object({ nodeId: id.optional(), year: year.optional() });
const figure = z.object({ value: z.number().nullable(), definition: z.string() });
export const figuresView = z.object({
  year: z.number(),
  byKind: z.array(z.object({ kind: z.enum(KINDS), count: z.number(), areaM2: z.number() })),
  areaM2: z.number(),
  residents: z.number().nullable(),
  residentsSource: z.enum(['register', 'none']),
  m2Per10k: figure,
  coverage: figure.extend({ points: z.number(), covered: z.number() }),
  months: z.array(z.object({ month: z.string(), performances: z.number(), audience: z.number() })),
  performances: z.number(),
  audience: z.number(),
  rating: z.number().nullable(),
  troupes: z.number(),
  troupeMembers: z.number(),
  programmes: z.number(),
  volunteerHours: z.number(),
  stars: z.array(z.object({ stars: z.number(), volunteers: z.number() })),
});

export const teamBody = z.object({
  nodeId: id,
  kind: z.enum(TEAM_KINDS),
  name: text(60),
  facilityId: id.nullable().default(null),
  leaderName: z.string().trim().max(30).default(''),
  /** The account that leads the team on the platform (accepts orders, confirms hours). */
  leaderUsername: z.string().trim().max(64).default(''),
});
export const teamsQuery = z.object({ nodeId: id.optional(), kind: z.enum(TEAM_KINDS).optional() });
export const teamSummary = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  kind: z.enum(TEAM_KINDS),
  name: z.string(),
  facilityName: z.string().nullable(),
  leaderName: z.string(),
  members: z.number(),
  programmes: z.number(),
});
export const teamList = z.object({
  teams: z.array(teamSummary),
  can: z.object({ manage: z.boolean(), order: z.boolean() }),
});
export const memberBody = z.object({
  name: text(30),
  kind: z.enum(MEMBER_KINDS),
  phone: z.string().trim().max(20).default(''),
  joinedOn: day,
});
export const memberView = z.object({
  id,
  name: z.string(),
  kind: z.enum(MEMBER_KINDS),
  phone: z.string(),
  joinedOn: z.string(),
});
export const programmeBody = z.object({
  title: text(60),
  genre: z.enum(GENRES),
  minutes: z.number().int().min(1).max(600),
});
export const rehearsalBody = z.object({
  heldOn: day,
  attendees: z.number().int().min(1).max(10_000),
  note: z.string().trim().max(500).default(''),
});
export const programmeView = z.object({
  id,
  teamId: id,
  teamName: z.string(),
  title: z.string(),
  genre: z.enum(GENRES),
  minutes: z.number(),
  rehearsals: z.number(),
  lastRehearsal: z.string().nullable(),
  performances: z.number(),
});
export const teamView = teamSummary.extend({
  leaderIsMe: z.boolean(),
  membersList: z.array(memberView),
  programmesList: z.array(programmeView),
  can: z.object({ manage: z.boolean(), lead: z.boolean() }),
});
export const programmesQuery = z.object({ q: z.string().trim().max(40).optional() });
export const programmeList = z.object({ programmes: z.array(programmeView) });

export const orderBody = z.object({
  nodeId: id,
  programmeId: id,
  onDay: day,
  half: z.enum(HALVES),
  place: text(100),
  note: z.string().trim().max(500).default(''),
});
export const orderMoveBody = z.object({
  action: z.enum(ORDER_ACTIONS),
  version,
  note: z.string().trim().max(500).default(''),
  audience: z.number().int().min(0).max(1_000_000).optional(),
  rating: z.number().int().min(1).max(5).optional(),
  /** The volunteers who served and their hours (a performance recorded). */
  served: z
    .array(z.object({ memberId: id, hours: z.number().min(0.5).max(24) }))
    .max(200)
    .default([]),
});
export const ordersQuery = z.object({
  /** Without it: the community's side for those who order, the troupe's for a lead who cannot. */
  side: z.enum(['community', 'troupe']).optional(),
  state: z.enum(ORDER_STATES).optional(),
});
export const orderView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  programmeId: id,
  programmeTitle: z.string(),
  teamId: id,
  teamName: z.string(),
  onDay: z.string(),
  half: z.enum(HALVES),
  place: z.string(),
  state: z.enum(ORDER_STATES),
  note: z.string(),
  audience: z.number().nullable(),
  rating: z.number().nullable(),
  comment: z.string(),
  version: z.number(),
  actions: z.array(z.enum(ORDER_ACTIONS)),
});
export const orderList = z.object({ orders: z.array(orderView) });
export const orderCreated = z.object({ id, state: z.enum(ORDER_STATES) });

export const hoursBody = z.object({
  memberId: id,
  servedOn: day,
  hours: z.number().min(0.5).max(24),
  duty: text(100),
});
export const hoursDecisionBody = z.object({ accept: z.boolean() });
export const hoursView = z.object({
  id,
  memberId: id,
  memberName: z.string(),
  teamName: z.string(),
  servedOn: z.string(),
  hours: z.number(),
  duty: z.string(),
  state: z.enum(['pending', 'confirmed', 'rejected']),
});
export const hoursList = z.object({ hours: z.array(hoursView) });

export const volunteersQuery = z.object({ year: year.optional(), nodeId: id.optional() });
export const starLine = z.object({
  memberId: id,
  name: z.string(),
  teamName: z.string(),
  hours: z.number(),
  stars: z.number(),
  certificateNo: z.string().nullable(),
  certificateId: id.nullable(),
  nominations: z.array(z.enum(TITLES)),
});
export const volunteersView = z.object({
  year: z.number(),
  starHours: z.array(z.number()),
  settingsVersion: z.number(),
  volunteers: z.array(starLine),
  can: z.object({ certify: z.boolean(), settings: z.boolean() }),
});
export const settingsBody = z.object({
  starHours: z.array(z.number().int().min(1).max(10_000)).length(5),
  version: z.number().int().min(0).max(2_000_000_000),
});
export const certificateBody = z.object({ memberId: id, year: z.number().int().min(2000).max(2100) });
export const certificateView = z.object({
  id,
  number: z.string(),
  name: z.string(),
  teamName: z.string(),
  districtName: z.string(),
  year: z.number(),
  stars: z.number(),
  hours: z.number(),
  issuedOn: z.string(),
});
export const nominationBody = z.object({
  memberId: id,
  year: z.number().int().min(2000).max(2100),
  title: z.enum(TITLES),
  reason: text(500),
});
/** A street's or community's nomination quota for a year and title (district data). */
export const quotaBody = z.strictObject({
  nodeId: id,
  year: z.number().int().min(2000).max(2100),
  title: z.enum(TITLES),
  quota: z.number().int().min(0).max(1000),
});
export const quotasQuery = z.object({ year });
export const quotaList = z.object({
  year: z.number(),
  items: z.array(
    z.object({
      nodeId: id,
      nodeName: z.string(),
      title: z.enum(TITLES),
      quota: z.number(),
      used: z.number(),
    }),
  ),
  can: z.object({ set: z.boolean() }),
});
/** POST /api/culture/members/:id/reveal: why the full phone is needed (audited). */
export const revealBody = z.strictObject({ reason: text(200) });
export const revealView = z.object({ phone: z.string().nullable() });
export const nominationDecisionBody = z.object({ accept: z.boolean(), version });
export const nominationView = z.object({
  id,
  memberId: id,
  name: z.string(),
  teamName: z.string(),
  year: z.number(),
  title: z.enum(TITLES),
  reason: z.string(),
  state: z.enum(NOMINATION_STATES),
  version: z.number(),
  canDecide: z.boolean(),
});
export const nominationList = z.object({ nominations: z.array(nominationView) });
