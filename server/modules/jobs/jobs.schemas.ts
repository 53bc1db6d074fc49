/** Shapes of the jobs API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import {
  NEED_HOURS,
  POSTING_HOURS,
  REC_ACTIONS,
  REC_STATES,
  TICKET_ACTIONS,
  TICKET_STATES,
  WORK_KINDS,
} from './jobs.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).optional();
const version = z.number().int().min(1).max(2_000_000_000);
const day = z.iso.date();
const fen = z.number().int().min(0).max(100_000_000);

export const nodeQuery = z.object({
  nodeId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const stationBody = z.object({
  nodeId: id,
  name: text(100),
  address: optText(200),
  openingHours: optText(200),
  /** Usernames of the station's staff accounts. */
  staff: z.array(text(64)).max(20).optional(),
});
export const stationPatch = z.object({
  address: optText(200),
  openingHours: optText(200),
  staff: z.array(text(64)).max(20).optional(),
  active: z.boolean().optional(),
  version,
});
export const stationView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  address: z.string(),
  openingHours: z.string(),
  staff: z.array(z.string()),
  active: z.boolean(),
  version: z.number(),
  can: z.object({ manage: z.boolean(), seek: z.boolean(), post: z.boolean() }),
});

export const fairBody = z.object({ stationId: id, name: text(100), day, place: optText(200) });
export const fairView = z.object({
  id,
  stationId: id,
  stationName: z.string(),
  name: z.string(),
  day: z.string(),
  place: z.string(),
  /** Postings offered at its stalls. */
  stalls: z.number(),
});

export const postingBody = z
  .object({
    stationId: id,
    fairId: id.optional(),
    employer: text(100),
    title: text(100),
    kind: z.enum(WORK_KINDS),
    hours: z.enum(POSTING_HOURS),
    payMinFen: fen,
    payMaxFen: fen,
    place: optText(200),
    headcount: z.number().int().min(1).max(10_000),
    closesOn: day,
    description: optText(2000),
  })
  .refine((b) => b.payMaxFen >= b.payMinFen, { path: ['payMaxFen'], message: 'payMaxFen < payMinFen' });
export const postingPatch = z.object({ closed: z.boolean(), version });
export const postingQuery = z.object({
  nodeId: id.optional(),
  stationId: id.optional(),
  fairId: id.optional(),
  open: z.enum(['0', '1']).optional(),
  mine: z.enum(['0', '1']).optional(),
});
export const postingView = z.object({
  id,
  stationId: id,
  stationName: z.string(),
  nodeName: z.string(),
  fairId: id.nullable(),
  fairName: z.string().nullable(),
  employer: z.string(),
  title: z.string(),
  kind: z.enum(WORK_KINDS),
  hours: z.enum(POSTING_HOURS),
  payMinFen: z.number(),
  payMaxFen: z.number(),
  place: z.string(),
  headcount: z.number(),
  hired: z.number(),
  closesOn: z.string(),
  description: z.string(),
  closed: z.boolean(),
  open: z.boolean(),
  mine: z.boolean(),
  version: z.number(),
  can: z.object({ close: z.boolean() }),
});
/** What a postings import did (or, with dryRun, would do), row by row. */
export const postingImportResult = importOutcome({
  station: z.string(),
  employer: z.string(),
  title: z.string(),
});

export const needBody = z.object({
  stationId: id,
  kinds: z.array(z.enum(WORK_KINDS)).min(1).max(WORK_KINDS.length),
  hours: z.enum(NEED_HOURS),
  skills: optText(500),
  wantsTraining: z.boolean(),
  note: optText(1000),
  contactName: optText(40),
});
export const ticketQuery = z.object({
  nodeId: id.optional(),
  stationId: id.optional(),
  state: z.enum(TICKET_STATES).optional(),
});
export const recView = z.object({
  id,
  postingId: id,
  employer: z.string(),
  title: z.string(),
  kind: z.enum(WORK_KINDS),
  hours: z.enum(POSTING_HOURS),
  payMinFen: z.number(),
  payMaxFen: z.number(),
  place: z.string(),
  closesOn: z.string(),
  state: z.enum(REC_STATES),
  interviewOn: z.string().nullable(),
  interviewNote: z.string(),
  version: z.number(),
  actions: z.array(z.enum(REC_ACTIONS)),
});
export const ticketView = z.object({
  id,
  number: z.string(),
  stationId: id,
  stationName: z.string(),
  nodeName: z.string(),
  /** Masked for everyone but the resident themself: 张*明. */
  requesterName: z.string(),
  kinds: z.array(z.enum(WORK_KINDS)),
  hours: z.enum(NEED_HOURS),
  skills: z.string(),
  wantsTraining: z.boolean(),
  note: z.string(),
  state: z.enum(TICKET_STATES),
  outcomeNote: z.string(),
  confirmed: z.boolean(),
  rating: z.number().nullable(),
  ratingComment: z.string(),
  createdAt: z.string(),
  actedAt: z.string(),
  version: z.number(),
  actions: z.array(z.enum(TICKET_ACTIONS)),
  canRecommend: z.boolean(),
  recommendations: z.array(recView),
});
export const moveBody = z.object({
  action: z.enum(TICKET_ACTIONS),
  note: optText(1000),
  rating: z.number().int().min(1).max(5).optional(),
  version,
});
export const recommendBody = z.object({ postingId: id, version });
export const recMoveBody = z.object({
  action: z.enum(REC_ACTIONS),
  interviewOn: day.optional(),
  note: optText(1000),
  version,
});
export const recParams = z.object({ id, recId: id });
