/** Shapes of the incentives API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import {
  AREAS,
  CARE_KINDS,
  GRANT_ACTIONS,
  GRANT_STATES,
  REST_ACTIONS,
  REST_STATES,
  TALK_OUTCOMES,
  TALK_REASONS,
} from './incentives.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).default('');
const day = z.iso.date();
const version = z.number().int().min(1).max(2_000_000_000);
const year = z.coerce.number().int().min(2000).max(2100);

export const listQuery = z.object({
  nodeId: id.optional(),
  year: year.optional(),
  state: z.enum(GRANT_STATES).optional(),
});
export const restListQuery = z.object({
  nodeId: id.optional(),
  year: year.optional(),
  state: z.enum(REST_STATES).optional(),
});
export const yearQuery = z.object({ nodeId: id.optional(), year: year.optional() });
export const nodeQuery = z.object({ nodeId: id.optional() });
export const importQuery = z.object({ nodeId: id, dryRun: z.enum(['0', '1']).default('0') });

/** A measure of the district's catalogue. */
export const measureView = z.object({
  code: z.string(),
  area: z.enum(AREAS),
  name: z.string(),
  description: z.string(),
  restDays: z.number(),
  quota: z.number().nullable(),
  active: z.boolean(),
});
export const catalogueView = z.object({
  districtId: id,
  measures: z.array(measureView),
  can: z.object({ manage: z.boolean(), propose: z.boolean() }),
});
export const catalogueImportResult = importOutcome({
  code: z.string(),
  name: z.string(),
});

/** A cadre the actor may propose for or record care of. */
export const cadreView = z.object({
  personId: id,
  name: z.string(),
  unitNodeId: id,
  unitName: z.string(),
  post: z.string(),
});

/** Whose 嘉奖令 a proposal may name. */
export const commendationsQuery = z.object({ personId: id });
/** A 嘉奖令 issued in the tasks module naming the cadre (as commander, through their unit, or in a consequence). */
export const commendationView = z.object({
  orderId: id,
  number: z.string().nullable(),
  taskTitle: z.string(),
  issuedOn: z.string(),
});

/** A unit's proposal to apply a measure to a cadre. */
export const grantBody = z.object({
  personId: id,
  measureCode: z
    .string()
    .trim()
    .regex(/^[A-Z][0-9]{2}$/),
  year,
  reason: text(1000),
  sourceRef: optText(100),
  /** The tasks module's 嘉奖令 this follows from (one naming the cadre or their unit); its number fills sourceRef. */
  orderId: id.optional(),
});
export const grantRow = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  personId: id,
  personName: z.string(),
  measureCode: z.string(),
  measureName: z.string(),
  area: z.enum(AREAS),
  year: z.number(),
  reason: z.string(),
  sourceRef: z.string(),
  orderId: id.nullable(),
  state: z.enum(GRANT_STATES),
  restDays: z.number(),
  decisionNo: z.string().nullable(),
  decidedOn: z.string().nullable(),
  proposedOn: z.string(),
  version: z.number(),
});
export const grantList = z.object({
  items: z.array(grantRow),
  can: z.object({ propose: z.boolean(), approve: z.boolean(), export: z.boolean() }),
});
export const grantView = grantRow.extend({
  deciderName: z.string(),
  decisionNote: z.string(),
  quota: z.number().nullable(),
  quotaUsed: z.number(),
  actions: z.array(z.enum(GRANT_ACTIONS)),
});
export const grantMoveBody = z.object({
  action: z.enum(GRANT_ACTIONS),
  version,
  note: z.string().trim().max(1000).optional(),
});

/** The printable 激励决定. */
export const decisionDoc = z.object({
  number: z.string(),
  districtName: z.string(),
  unitName: z.string(),
  personName: z.string(),
  area: z.enum(AREAS),
  measureName: z.string(),
  reason: z.string(),
  sourceRef: z.string(),
  restDays: z.number(),
  year: z.number(),
  decidedOn: z.string(),
});

/** A cadre books a rest period against an approved grant. */
export const restBody = z.object({ grantId: id, startsOn: day, endsOn: day, note: optText(500) });
export const restRow = z.object({
  id,
  grantId: id,
  nodeName: z.string(),
  personName: z.string(),
  measureName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  days: z.number(),
  state: z.enum(REST_STATES),
  note: z.string(),
  noticeNo: z.string().nullable(),
  actions: z.array(z.enum(REST_ACTIONS)),
  version: z.number(),
});
export const restList = z.object({ items: z.array(restRow) });
export const restMoveBody = z.object({
  action: z.enum(REST_ACTIONS),
  version,
  note: z.string().trim().max(500).optional(),
});

/** The printable 休整休养通知. */
export const restNotice = z.object({
  number: z.string(),
  districtName: z.string(),
  unitName: z.string(),
  personName: z.string(),
  measureName: z.string(),
  decisionNo: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  days: z.number(),
  approvedOn: z.string(),
});

/** A cadre's own page: their grants, what rest they are entitled to, their bookings. */
export const mineView = z.object({
  grants: z.array(grantRow),
  entitlements: z.array(
    z.object({
      grantId: id,
      measureName: z.string(),
      decisionNo: z.string().nullable(),
      year: z.number(),
      days: z.number(),
      used: z.number(),
      left: z.number(),
    }),
  ),
  rests: z.array(restRow),
});

export const careBody = z.object({
  personId: id,
  kind: z.enum(CARE_KINDS),
  doneOn: day,
  summary: text(1000),
  followUpOn: day.optional(),
});
export const careRow = z.object({
  id,
  nodeName: z.string(),
  personName: z.string(),
  kind: z.enum(CARE_KINDS),
  doneOn: z.string(),
  summary: z.string(),
  followUpOn: z.string().nullable(),
  followUpDoneOn: z.string().nullable(),
  followUpNote: z.string(),
  version: z.number(),
});
export const careList = z.object({ items: z.array(careRow), can: z.object({ record: z.boolean() }) });
export const followUpBody = z.object({ version, doneOn: day, note: text(1000) });

export const talkBody = z.object({
  personId: id,
  talkedOn: day,
  reason: z.enum(TALK_REASONS),
  talker: text(40),
  outcome: z.enum(TALK_OUTCOMES),
  note: optText(1000),
});
export const talkRow = z.object({
  id,
  nodeName: z.string(),
  personName: z.string(),
  talkedOn: z.string(),
  reason: z.enum(TALK_REASONS),
  talker: z.string(),
  outcome: z.enum(TALK_OUTCOMES),
  note: z.string(),
});
export const talkList = z.object({ items: z.array(talkRow), can: z.object({ record: z.boolean() }) });

/** The figures of a year under a node, by area and month for the chart. */
export const figuresView = z.object({
  year: z.number(),
  byArea: z.array(z.object({ area: z.enum(AREAS), grants: z.number() })),
  byMonth: z.array(z.object({ month: z.number(), area: z.enum(AREAS), grants: z.number() })),
  cadres: z.number(),
  restDays: z.number(),
  careRecords: z.number(),
  talks: z.number(),
});
