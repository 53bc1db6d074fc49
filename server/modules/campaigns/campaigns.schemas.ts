/** Shapes of the campaigns API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { KINDS, MOVE_STATUSES, OUTCOMES, SIGN_STATUSES, STAGES } from './campaigns.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
const version = z.number().int().min(1).max(2_000_000_000);
const pct = z.number().min(0).max(100);

export const listQuery = z.object({ nodeId: id.optional() });

/** The figures of a campaign: households, signed, people, moved people, the two rates. */
export const figures = z.object({
  households: z.number(),
  signed: z.number(),
  people: z.number(),
  movedPeople: z.number(),
  signRate: z.number().nullable(),
  moveRate: z.number().nullable(),
  pending: z.number(),
  overdue: z.number(),
});

export const campaignView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  kind: z.enum(KINDS),
  areaM2: z.number(),
  startedOn: z.string(),
  targetOn: z.string(),
  stage: z.enum(STAGES),
  targetSignPct: z.number(),
  targetMovePct: z.number(),
  version: z.number(),
  figures,
  /** The actor works in this campaign as a team member (their team's id). */
  myTeamId: z.uuid().nullable(),
  can: z.object({ manage: z.boolean(), confirm: z.boolean(), work: z.boolean(), export: z.boolean() }),
});

export const campaignBody = z.object({
  nodeId: id,
  name: text(100),
  kind: z.enum(KINDS),
  areaM2: z.number().min(0).max(1e9),
  startedOn: day,
  targetOn: day,
  targetSignPct: pct.default(95),
  targetMovePct: pct.default(95),
});
export const stageBody = z.object({ stage: z.enum(STAGES), version });

export const memberView = z.object({
  id,
  name: z.string(),
  userId: z.uuid().nullable(),
  leader: z.boolean(),
});
export const teamView = z.object({
  id,
  name: z.string(),
  members: z.array(memberView),
  households: z.number(),
  signed: z.number(),
  signRate: z.number().nullable(),
});
export const teamBody = z.object({ name: text(40) });
/** A member: an account by its username (a cadre or officer), or a name only (no account). */
export const memberBody = z.object({
  username: text(64).optional(),
  name: text(40).optional(),
  leader: z.boolean().default(false),
});
/** A member corrected: their name, whether they lead, and (optionally) another team of the campaign. */
export const memberEditBody = z.object({ name: text(40), leader: z.boolean(), teamId: id.optional() });
export const assignBody = z.object({ teamId: id, householdIds: z.array(id).min(1).max(2000) });

export const householdsQuery = z.object({
  teamId: id.optional(),
  status: z.enum([...SIGN_STATUSES, 'overdue', 'unassigned']).optional(),
  q: z.string().trim().max(40).optional(),
});
export const householdView = z.object({
  id,
  no: z.string(),
  buildingNo: z.string(),
  /** Masked (张*明) for all but the campaign's office. */
  headName: z.string(),
  linked: z.boolean(),
  phone: z.string(),
  people: z.number(),
  areaM2: z.number(),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  signStatus: z.enum(SIGN_STATUSES),
  moveStatus: z.enum(MOVE_STATUSES),
  signedOn: z.string().nullable(),
  movedOn: z.string().nullable(),
  lastVisitOn: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number(),
});
export const householdBody = z.object({
  no: text(40),
  buildingNo: text(40),
  headName: text(40).optional(),
  headPersonId: id.optional(),
  phone: z.string().trim().max(20).optional(),
  people: z.number().int().min(0).max(500),
  areaM2: z.number().min(0).max(1e6),
});

/** A household corrected (its version read with it); phone left out keeps it, empty clears it. */
export const householdEditBody = z.object({
  no: text(40),
  buildingNo: text(40),
  headName: text(40),
  phone: z.string().trim().max(20).optional(),
  people: z.number().int().min(0).max(500),
  areaM2: z.number().min(0).max(1e6),
  version,
});

export const visitView = z.object({
  id,
  visitedOn: z.string(),
  outcome: z.enum(OUTCOMES),
  concerns: z.string(),
  byName: z.string(),
});
export const recordView = z.object({
  id,
  householdId: id,
  householdNo: z.string(),
  buildingNo: z.string(),
  headName: z.string(),
  teamName: z.string().nullable(),
  kind: z.enum(['sign', 'move']),
  onDate: z.string(),
  state: z.enum(['pending', 'confirmed', 'refused']),
  recordedName: z.string(),
  reason: z.string(),
  mine: z.boolean(),
  version: z.number(),
});
export const householdDetail = z.object({
  household: householdView,
  visits: z.array(visitView),
  records: z.array(recordView),
  can: z.object({ work: z.boolean() }),
});
export const visitBody = z.object({
  visitedOn: day,
  outcome: z.enum(OUTCOMES),
  concerns: z.string().trim().max(2000).default(''),
});
export const recordBody = z.object({ kind: z.enum(['sign', 'move']), onDate: day, version });
export const decisionBody = z.object({
  approve: z.boolean(),
  reason: z.string().trim().max(500).default(''),
  version,
});

export const bulletinQuery = z.object({ date: day.optional() });
export const bulletinView = z.object({
  campaignName: z.string(),
  nodeName: z.string(),
  no: z.number(),
  date: z.string(),
  signedToday: z.number(),
  movedToday: z.number(),
  visitsToday: z.number(),
  figures,
  targetSignPct: z.number(),
  targetMovePct: z.number(),
  teams: z.array(
    z.object({
      id,
      name: z.string(),
      households: z.number(),
      signed: z.number(),
      signedToday: z.number(),
      signRate: z.number().nullable(),
      place: z.number(),
    }),
  ),
  overdue: z.array(
    z.object({
      id,
      no: z.string(),
      buildingNo: z.string(),
      headName: z.string(),
      teamName: z.string().nullable(),
      lastVisitOn: z.string().nullable(),
      days: z.number(),
    }),
  ),
  series: z.array(
    z.object({ date: z.string(), signRate: z.number().nullable(), moveRate: z.number().nullable() }),
  ),
});

export const householdsImportResult = importOutcome({
  no: z.string(),
  buildingNo: z.string(),
  headName: z.string(),
});
