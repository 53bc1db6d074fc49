/** Shapes of the secretaries API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { END_REASONS, METHODS, STAGE_ACTIONS, STAGES } from './secretaries.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
const version = z.number().int().min(1).max(2_000_000_000);
const score = z.number().min(0).max(100);

export const rosterQuery = z.object({ nodeId: id.optional() });

/** One community of the roster: its secretary in office, or a vacancy. */
export const rosterEntry = z.object({
  nodeId: id,
  nodeName: z.string(),
  streetId: z.uuid().nullable(),
  streetName: z.string(),
  vacant: z.boolean(),
  term: z
    .object({
      id,
      name: z.string(),
      termNo: z.number(),
      method: z.enum(METHODS),
      startedOn: z.string(),
      version: z.number(),
    })
    .nullable(),
  rotationDue: z.boolean(),
  rotationReasons: z.array(z.string()),
});
export const rosterView = z.object({
  entries: z.array(rosterEntry),
  can: z.object({ manage: z.boolean(), elect: z.boolean(), export: z.boolean() }),
});

/** A term of office in a community's history. */
export const termView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  termNo: z.number(),
  method: z.enum(METHODS),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  endReason: z.string(),
  version: z.number(),
});

/** Appointing a secretary to a vacant community directly (e.g. 选派正科级公职人员). */
export const appointBody = z.object({
  nodeId: id,
  name: text(40).optional(),
  personId: id.optional(),
  method: z.enum(METHODS),
  termNo: z.number().int().min(1).max(20).optional(),
  startedOn: day,
});
export const endBody = z.object({ endedOn: day, reason: z.enum(END_REASONS), version });
export const rotateBody = z.object({ termId: id, toNodeId: id, rotatedOn: day, version });
export const rotationView = z.object({
  id,
  name: z.string(),
  fromNodeName: z.string(),
  toNodeName: z.string(),
  rotatedOn: z.string(),
});

export const selectionBody = z.object({
  nodeId: id,
  kind: z.enum(['open', 'competition']),
  title: text(100),
  requirements: z.string().trim().max(4000).default(''),
  deadline: day,
  postNodeIds: z.array(id).min(1).max(200),
});
export const candidateView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  mine: z.boolean(),
  stage: z.enum(STAGES),
  writtenScore: z.number().nullable(),
  interviewScore: z.number().nullable(),
  totalScore: z.number().nullable(),
  noticeFrom: z.string().nullable(),
  noticeTo: z.string().nullable(),
  note: z.string(),
  version: z.number(),
  actions: z.array(z.enum(STAGE_ACTIONS)),
});
export const selectionView = z.object({
  id,
  nodeName: z.string(),
  kind: z.enum(['open', 'competition']),
  title: z.string(),
  requirements: z.string(),
  deadline: z.string(),
  state: z.enum(['open', 'closed']),
  registrationOpen: z.boolean(),
  posts: z.array(z.object({ nodeId: id, nodeName: z.string(), filled: z.boolean() })),
  candidates: z.array(candidateView),
  can: z.object({ manage: z.boolean(), apply: z.boolean(), enter: z.boolean() }),
});
export const registerBody = z.object({
  nodeId: id,
  /** Entered by an officer: the candidate's name (a cadre registering gives none). */
  name: text(40).optional(),
  personId: id.optional(),
});
export const moveBody = z.object({
  action: z.enum(STAGE_ACTIONS),
  version,
  writtenScore: score.optional(),
  interviewScore: score.optional(),
  noticeFrom: day.optional(),
  noticeTo: day.optional(),
  note: z.string().trim().max(1000).optional(),
});

export const electionBody = z.object({
  nodeId: id,
  year: z.number().int().min(2000).max(2100),
  heldOn: day,
  results: z
    .array(z.object({ nodeId: id, name: text(40), personId: id.optional() }))
    .min(1)
    .max(500),
});
export const electionView = z.object({
  id,
  nodeName: z.string(),
  year: z.number(),
  heldOn: z.string(),
  results: z.array(z.object({ nodeName: z.string(), name: z.string(), termNo: z.number() })),
});

export const rosterImportResult = importOutcome({
  node: z.string(),
  name: z.string(),
  termNo: z.number(),
});
