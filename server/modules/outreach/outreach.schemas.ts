/** Shapes of the outreach (双报到) API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { KINDS, MOVE_ACTIONS, RATINGS, SERVICE_ACTIONS, SERVICE_STATES, STATES } from './outreach.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
const version = z.number().int().min(1).max(2_000_000_000);
const year = z.coerce.number().int().min(2000).max(2100);
const place = z.object({ id, name: z.string() });

export const listQuery = z.object({
  nodeId: id.optional(),
  year: year.optional(),
  state: z.enum(STATES).optional(),
});
export const yearQuery = z.object({ nodeId: id.optional(), year: year.optional() });

/** 报到: the member reports to a community for this year, naming the unit they work in. */
export const reportBody = z.object({ communityId: id, unitNodeId: id });

/** A report in the register. */
export const reportRow = z.object({
  id,
  year: z.number(),
  memberName: z.string(),
  unitNodeId: id,
  unitName: z.string(),
  communityId: id,
  communityName: z.string(),
  state: z.enum(STATES),
  source: z.enum(['self', 'import']),
  programmeId: id.nullable(),
  programmeName: z.string().nullable(),
  programmeKind: z.enum(KINDS).nullable(),
  post: z.string(),
  reportedAt: z.string().nullable(),
  /** Confirmed hours this year. */
  hours: z.number(),
  /** Services recorded and not yet confirmed. */
  waiting: z.number(),
  rating: z.enum(RATINGS).nullable(),
});
export const reportList = z.object({
  items: z.array(reportRow),
  can: z.object({ accept: z.boolean(), programmes: z.boolean(), import: z.boolean() }),
});

export const serviceView = z.object({
  id,
  servedOn: z.string(),
  hours: z.number(),
  content: z.string(),
  residents: z.number(),
  state: z.enum(SERVICE_STATES),
  note: z.string(),
  version: z.number(),
});
export const pledgeView = z.object({
  id,
  content: z.string(),
  dueOn: z.string(),
  state: z.enum(['open', 'fulfilled']),
  fulfilment: z.string(),
  fulfilledOn: z.string().nullable(),
  due: z.boolean(),
  version: z.number(),
});
export const feedbackView = z.object({
  rating: z.enum(RATINGS),
  comment: z.string(),
  hours: z.number(),
  sentAt: z.string(),
  readAt: z.string().nullable(),
});

/** A report with its services, pledges and feedback, and what the reader may do. */
export const reportView = reportRow.extend({
  note: z.string(),
  version: z.number(),
  services: z.array(serviceView),
  pledges: z.array(pledgeView),
  feedback: feedbackView.nullable(),
  suggestedRating: z.enum(RATINGS),
  programmes: z.array(place.extend({ kind: z.enum(KINDS), free: z.number() })),
  actions: z.array(z.enum(MOVE_ACTIONS)),
  can: z.object({ confirm: z.boolean(), feedback: z.boolean(), markRead: z.boolean() }),
});

/** The community's move of a report: accept (with a programme and post), decline (with a reason), place. */
export const moveBody = z.object({
  action: z.enum(MOVE_ACTIONS),
  version,
  programmeId: id.nullable().optional(),
  post: z.string().trim().max(40).optional(),
  note: z.string().trim().max(500).optional(),
});

/** A service the member records from the phone. */
export const serviceBody = z.object({
  servedOn: day,
  hours: z.number().min(0.5).max(24).multipleOf(0.5),
  content: text(500),
  residents: z.number().int().min(0).max(100_000).default(0),
});
export const serviceMoveBody = z.object({
  action: z.enum(SERVICE_ACTIONS),
  version,
  note: z.string().trim().max(500).optional(),
});

/** 亮身份践承诺: the member's public pledge. */
export const pledgeBody = z.object({ content: text(300), dueOn: day });
export const fulfilBody = z.object({ version, fulfilment: text(500), fulfilledOn: day });

/** The yearly feedback 反馈 to the member's unit. */
export const feedbackBody = z.object({
  rating: z.enum(RATINGS),
  comment: z.string().trim().max(1000).default(''),
});

/** The member's own page: this year's report (if any), what to pick from, services and pledges. */
export const meView = z.object({
  year: z.number(),
  name: z.string(),
  report: reportView.nullable(),
  communities: z.array(place),
  units: z.array(place),
  /** Where the report form starts: the community one lives in, the unit one works in. */
  suggested: z.object({ communityId: id.nullable(), unitNodeId: id.nullable() }),
});

export const programmeBody = z.object({
  nodeId: id,
  year: z.number().int().min(2000).max(2100),
  name: text(60),
  kind: z.enum(KINDS),
  season: z.string().trim().max(30).default(''),
  places: z.number().int().min(1).max(10_000),
  summary: z.string().trim().max(1000).default(''),
});
export const programmeRow = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  year: z.number(),
  name: z.string(),
  kind: z.enum(KINDS),
  season: z.string(),
  places: z.number(),
  summary: z.string(),
  taken: z.number(),
  hours: z.number(),
});
export const programmeList = z.object({
  items: z.array(programmeRow),
  can: z.object({ manage: z.boolean() }),
  nodes: z.array(place),
});

/** Figures per community and per programme kind for a year. */
export const figuresView = z.object({
  year: z.number(),
  quarter: z.object({ from: z.string(), to: z.string() }),
  communities: z.array(
    z.object({
      id,
      name: z.string(),
      reported: z.number(),
      accepted: z.number(),
      activePct: z.number().nullable(),
      hours: z.number(),
    }),
  ),
  kinds: z.array(z.object({ kind: z.enum(KINDS), members: z.number(), hours: z.number() })),
});

/** The pledges of a community's members shown publicly 亮身份 (names masked). */
export const publicPledges = z.object({
  communityName: z.string(),
  year: z.number(),
  items: z.array(
    z.object({
      memberName: z.string(),
      programmeName: z.string().nullable(),
      content: z.string(),
      dueOn: z.string(),
      state: z.enum(['open', 'fulfilled']),
      fulfilment: z.string(),
    }),
  ),
});

export const importQuery = z.object({
  nodeId: id,
  year: z.coerce.number().int().min(2000).max(2100),
  dryRun: z.enum(['0', '1']).default('0'),
});
export const importResult = importOutcome({
  name: z.string(),
  community: z.string(),
});
