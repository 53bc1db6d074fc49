/** Shapes of the psych API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome, yearMonth } from '../../platform/http/routes.ts';
import {
  CATEGORIES,
  CONDITIONS,
  FOLLOWUP_WAYS,
  POINT_KINDS,
  POPULATIONS,
  SUBSIDY_ACTIONS,
  SUBSIDY_STATES,
  TOPICS,
} from './psych.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
const version = z.number().int().min(1).max(2_000_000_000);
const count = z.number().int().min(0).max(10_000_000);
const level = z.number().int().min(0).max(5);

export const nodeQuery = z.object({ nodeId: id.optional() });
export const yearQuery = z.object({
  nodeId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/* ---------- service points and counsellors ---------- */

export const counsellorInput = z.object({
  name: text(40),
  weeklyHours: z.number().min(0).max(60),
  userId: id.nullable().default(null),
});
export const pointBody = z.object({
  nodeId: id,
  kind: z.enum(POINT_KINDS),
  name: text(80),
  address: z.string().trim().max(200).default(''),
  counsellors: z.array(counsellorInput).max(50).default([]),
});
export const counsellorView = z.object({ id, name: z.string(), weeklyHours: z.number(), mine: z.boolean() });
export const pointView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  kind: z.enum(POINT_KINDS),
  name: z.string(),
  address: z.string(),
  counsellors: z.array(counsellorView),
  version: z.number(),
});
export const pointList = z.object({
  items: z.array(pointView),
  can: z.object({ manage: z.boolean(), export: z.boolean(), book: z.boolean() }),
});

/** Editing a point: its fields, closing it (active false), and its counsellors (a row without id is new; one left out leaves). */
export const pointEditBody = z.object({
  version,
  kind: z.enum(POINT_KINDS),
  name: text(80),
  address: z.string().trim().max(200).default(''),
  active: z.boolean().default(true),
  counsellors: z
    .array(
      z.object({
        id: id.optional(),
        name: text(40),
        weeklyHours: z.number().min(0).max(60),
        /** The account; left out on a counsellor already there, the account stays. */
        userId: id.nullable().optional(),
      }),
    )
    .max(50)
    .default([]),
});
export const pointEditResult = z.object({ ok: z.literal(true), cancelled: z.number() });
export const pointImportResult = importOutcome({
  place: z.string(),
  name: z.string(),
  counsellors: z.number(),
});

/* ---------- 心理援助热线 (counts) ---------- */

/** A node's calls and visits of a month; `version` when changing a month already recorded. */
export const hotlineBody = z.object({
  nodeId: id,
  month: yearMonth,
  // a month's counts, as the table's checks bound them
  calls: z.number().int().min(0).max(1_000_000),
  visits: z.number().int().min(0).max(1_000_000),
  youth: z.number().int().min(0).max(2_000_000),
  version: version.optional(),
});
export const hotlineList = z.object({
  items: z.array(
    z.object({
      id,
      nodeId: id,
      nodeName: z.string(),
      month: z.string(),
      calls: z.number(),
      visits: z.number(),
      youth: z.number(),
      version: z.number(),
    }),
  ),
  totals: z.object({ calls: z.number(), visits: z.number(), youth: z.number() }),
  can: z.object({ record: z.boolean() }),
});

/* ---------- bookings and sessions ---------- */

export const slotsQuery = z.object({ counsellorId: id, date: day });
export const slotsView = z.array(z.object({ startsAt: z.string(), free: z.boolean() }));
export const bookingBody = z.object({
  counsellorId: id,
  startsAt: z.iso.datetime({ offset: true }),
  topic: z.enum(TOPICS),
});
export const bookingView = z.object({
  id,
  pointName: z.string(),
  counsellorName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  topic: z.enum(TOPICS),
  state: z.enum(['booked', 'done', 'cancelled', 'no_show']),
  minutes: z.number().nullable(),
  version: z.number(),
});
export const sessionBody = z.object({
  version,
  outcome: z.enum(['done', 'no_show']),
  minutes: z.number().int().min(1).max(240).optional(),
  notes: z.string().trim().max(4000).default(''),
});
export const notesView = z.object({ notes: z.string() });
export const versionBody = z.object({ version });

/* ---------- screening ---------- */

export const screeningBody = z.object({
  nodeId: id,
  population: z.enum(POPULATIONS),
  title: text(100),
  heldOn: day,
  screened: count,
  flagged: count,
});
export const screeningView = z.object({
  id,
  nodeName: z.string(),
  population: z.enum(POPULATIONS),
  title: z.string(),
  heldOn: z.string(),
  screened: z.number(),
  flagged: z.number(),
});
export const screeningList = z.object({
  items: z.array(screeningView),
  can: z.object({ record: z.boolean() }),
});

/* ---------- the severe-mental-disorder register ---------- */

export const subsidyView = z.object({
  id,
  patientId: id,
  patientName: z.string(),
  nodeName: z.string(),
  huji: z.boolean(),
  appliedOn: z.string(),
  monthlyFen: z.number(),
  state: z.enum(SUBSIDY_STATES),
  reason: z.string(),
  paidMonths: z.array(z.string()),
  actions: z.array(z.enum(SUBSIDY_ACTIONS)),
  version: z.number(),
});

export const patientBody = z.object({
  nodeId: id,
  name: text(40),
  idNumber: z.string().trim().min(15).max(18),
  category: z.enum(CATEGORIES),
  riskLevel: level,
  huji: z.boolean(),
  registeredOn: day,
  gridWorkerId: id.nullable().default(null),
});
export const patientRow = z.object({
  id,
  nodeName: z.string(),
  name: z.string(),
  idNumber: z.string(),
  category: z.enum(CATEGORIES),
  riskLevel: z.number(),
  huji: z.boolean(),
  registeredOn: z.string(),
  lastVisitOn: z.string().nullable(),
  nextDue: z.string(),
  overdue: z.boolean(),
  version: z.number(),
});
export const patientList = z.object({
  items: z.array(patientRow),
  can: z.object({ register: z.boolean(), export: z.boolean() }),
});
export const followupView = z.object({
  id,
  visitedOn: z.string(),
  way: z.enum(FOLLOWUP_WAYS),
  condition: z.enum(CONDITIONS),
  riskLevel: z.number(),
  onTime: z.boolean(),
});
export const patientDetail = patientRow.extend({
  followups: z.array(followupView),
  subsidies: z.array(subsidyView),
  can: z.object({ followup: z.boolean(), reveal: z.boolean(), apply: z.boolean(), register: z.boolean() }),
});
export const revealBody = z.object({ reason: text(200) });
export const revealView = z.object({ name: z.string(), idNumber: z.string() });
export const followupBody = z.object({
  visitedOn: day,
  way: z.enum(FOLLOWUP_WAYS),
  condition: z.enum(CONDITIONS),
  riskLevel: level,
});
export const patientChangeBody = z.object({
  version,
  riskLevel: level,
  gridWorkerId: id.nullable(),
});

/* ---------- 服药补贴 ---------- */

export const subsidyBody = z.object({ monthlyFen: z.number().int().min(1).max(10_000_000) });
export const subsidyList = z.object({ items: z.array(subsidyView) });
export const subsidyMoveBody = z.object({
  version,
  action: z.enum(SUBSIDY_ACTIONS),
  reason: z.string().trim().max(500).default(''),
});
export const paymentBody = z.object({ month: yearMonth });
export const stateQuery = z.object({ state: z.enum(SUBSIDY_STATES).optional() });

export const importQuery = z.object({ nodeId: id, dryRun: z.enum(['0', '1']).default('0') });
export const importResult = importOutcome({
  place: z.string(),
  name: z.string(),
  category: z.string(),
  riskLevel: z.number(),
});
export const moveResult = z.object({ state: z.enum(SUBSIDY_STATES) });
