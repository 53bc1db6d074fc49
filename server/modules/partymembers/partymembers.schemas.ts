/** Shapes of the mobile party member API: bodies, queries and masked views. */
import { z } from 'zod';
import { yearMonth } from '../../platform/http/routes.ts';
import { DIRECTIONS, FIVE_CLEARS } from './partymembers.rules.ts';

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date();
const month = yearMonth;
const lat = z.number().min(-90).max(90);
const lng = z.number().min(-180).max(180);

/** POST /api/partymembers: a mobile member put on the register. */
export const memberBody = z.strictObject({
  personId: z.uuid(),
  partyOrgId: z.uuid(),
  direction: z.enum(DIRECTIONS),
  leftOn: isoDate.nullish(),
  origin: text(200).default(''),
  destination: text(200).default(''),
  lat: lat.nullish(),
  lng: lng.nullish(),
  work: text(200).default(''),
  conduct: text(500).default(''),
  basicChecked: z.boolean().default(false),
});
export type MemberInput = z.infer<typeof memberBody>;

/** PATCH /api/partymembers/:id: the five clears, with the version the client saw. */
export const memberPatch = z.strictObject({
  partyOrgId: z.uuid().optional(),
  leftOn: isoDate.nullish(),
  origin: text(200).optional(),
  destination: text(200).optional(),
  lat: lat.nullish(),
  lng: lng.nullish(),
  work: text(200).optional(),
  conduct: text(500).optional(),
  basicChecked: z.boolean().optional(),
  teamId: z.uuid().nullish(),
  version: z.number().int().min(1),
});
export type MemberPatch = z.infer<typeof memberPatch>;

/** POST /api/partymembers/:id/return: back home 返回. */
export const returnBody = z.strictObject({ returnedOn: isoDate, version: z.number().int().min(1) });

/** Filters of the register. */
export const memberQuery = z.object({
  nodeId: z.uuid().optional(),
  direction: z.enum(DIRECTIONS).optional(),
  status: z.enum(['active', 'returned']).optional(),
  teamId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type MemberQuery = z.infer<typeof memberQuery>;

const clears = z.object(
  Object.fromEntries(FIVE_CLEARS.map((c) => [c, z.boolean()])) as Record<
    (typeof FIVE_CLEARS)[number],
    z.ZodBoolean
  >,
);

/** A member as lists show it: ID number and phone masked. */
export const memberView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  name: z.string(),
  gender: z.enum(['M', 'F']),
  nationalId: z.string(),
  phone: z.string().nullable(),
  partyOrgId: z.uuid(),
  partyOrgName: z.string(),
  nodeId: z.uuid(),
  nodeName: z.string(),
  direction: z.enum(DIRECTIONS),
  leftOn: z.string().nullable(),
  origin: z.string(),
  destination: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  work: z.string(),
  conduct: z.string(),
  basicChecked: z.boolean(),
  clears,
  missing: z.array(z.enum(FIVE_CLEARS)),
  status: z.enum(['active', 'returned']),
  returnedOn: z.string().nullable(),
  teamId: z.uuid().nullable(),
  source: z.enum(['register', 'scan', 'import']),
  services: z.number(),
  serviceHours: z.number(),
  version: z.number(),
  can: z.object({ write: z.boolean() }),
});
export const memberList = z.object({ total: z.number(), items: z.array(memberView) });

/** A member with the services given. */
export const memberDetail = memberView.extend({
  serviceList: z.array(
    z.object({
      id: z.uuid(),
      service: z.string(),
      servedOn: z.string(),
      hours: z.number(),
      note: z.string(),
    }),
  ),
});

/** The monthly inflow or outflow table 流入/流出表. */
export const monthQuery = z.object({
  nodeId: z.uuid(),
  month,
  direction: z.enum(['in', 'out', 'return']).default('in'),
});
export const monthTable = z.object({
  month: z.string(),
  direction: z.enum(['in', 'out', 'return']),
  rows: z.array(
    z.object({
      moveId: z.uuid(),
      memberId: z.uuid(),
      name: z.string(),
      phone: z.string().nullable(),
      movedOn: z.string(),
      place: z.string(),
      origin: z.string(),
      destination: z.string(),
      work: z.string(),
      partyOrgName: z.string(),
      nodeName: z.string(),
      source: z.enum(['register', 'scan', 'import']),
    }),
  ),
});

/** The year's analysis 梳理分析: moves per month, where they went and came from. */
export const yearQuery = z.object({
  nodeId: z.uuid(),
  year: z.coerce.number().int().min(2000).max(2100),
});
export const analysisView = z.object({
  year: z.number(),
  active: z.object({ in: z.number(), out: z.number() }),
  months: z.array(z.object({ month: z.string(), in: z.number(), out: z.number(), return: z.number() })),
  topDestinations: z.array(z.object({ place: z.string(), n: z.number() })),
  topOrigins: z.array(z.object({ place: z.string(), n: z.number() })),
});

/** The map 初心坐标图: members with a place (names masked). */
export const mapView = z.object({
  points: z.array(
    z.object({
      id: z.uuid(),
      lat: z.number(),
      lng: z.number(),
      title: z.string(),
      direction: z.enum(DIRECTIONS),
    }),
  ),
});

/** POST /api/partymembers/codes: a node's public return code, or a one-time link for one person. */
export const codeBody = z.strictObject({ nodeId: z.uuid(), personId: z.uuid().nullish() });
export const codeView = z.object({
  id: z.uuid(),
  token: z.string(),
  nodeId: z.uuid(),
  nodeName: z.string(),
  url: z.string(),
  svg: z.string(),
  oneTime: z.boolean(),
  expiresAt: z.string(),
});
export const codeList = z.array(codeView);

/** What the phone page shows before the scan is sent. */
export const scanInfo = z.object({
  nodeName: z.string(),
  oneTime: z.boolean(),
  needsLogin: z.boolean(),
  branches: z.array(z.object({ id: z.uuid(), name: z.string(), nodeName: z.string() })),
});

/** POST /api/partymembers/scan/:token: register with the branch where one lives now 扫码归队. */
export const scanBody = z.strictObject({
  partyOrgId: z.uuid(),
  origin: text(200).default(''),
  destination: text(200).min(1),
  lat: lat.nullish(),
  lng: lng.nullish(),
  work: text(200).min(1),
});
export type ScanInput = z.infer<typeof scanBody>;
export const scanResult = z.object({ memberId: z.uuid(), partyOrgName: z.string(), month: z.string() });
export const tokenParams = z.object({
  token: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
});

/** Vanguard teams 党群先锋队 with their service list 服务清单. */
export const teamBody = z.strictObject({
  nodeId: z.uuid(),
  name: text(100).min(1),
  services: z.array(text(50).min(1)).min(1).max(30),
});
export const teamView = z.object({
  id: z.uuid(),
  nodeId: z.uuid(),
  nodeName: z.string(),
  name: z.string(),
  services: z.array(z.string()),
  members: z.number(),
  served: z.number(),
  can: z.object({ write: z.boolean() }),
});
export const teamQuery = z.object({
  nodeId: z.uuid(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const serviceBody = z.strictObject({
  service: text(50).min(1),
  servedOn: isoDate,
  hours: z.number().min(0).max(24).default(0),
  note: text(500).default(''),
});

/** Query of the exports. */
export const exportQuery = z.object({
  nodeId: z.uuid(),
  month: month.optional(),
});
