/** Shapes of the partyworkers API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome, yearMonth } from '../../platform/http/routes.ts';
import { END_REASONS, GRADES, MAX_POSTS, QUALIFICATIONS } from './partyworkers.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
const version = z.number().int().min(1).max(2_000_000_000);

export const registerQuery = z.object({
  nodeId: id.optional(),
  state: z.enum(['active', 'ended']).default('active'),
});
export const exportQuery = z.object({ nodeId: id.optional() });

/** A street or community with its posts, the workers in them and the vacancies. */
export const postRow = z.object({
  nodeId: id,
  nodeName: z.string(),
  level: z.enum(['street', 'community']),
  streetName: z.string(),
  posts: z.number(),
  filled: z.number(),
  vacant: z.number(),
  /** 0 while the district has not set this node's posts. */
  version: z.number(),
});

/** A worker placed in a post. */
export const workerRow = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  phone: z.string(),
  startedOn: z.string(),
  contractEnd: z.string(),
  contractState: z.enum(['fine', 'ending', 'over']),
  qualifications: z.array(z.enum(QUALIFICATIONS)),
  endedOn: z.string().nullable(),
  endReason: z.enum(END_REASONS).nullable(),
  lastGrade: z.object({ year: z.number(), grade: z.enum(GRADES) }).nullable(),
  version: z.number(),
});

export const figuresView = z.object({
  posts: z.number(),
  filled: z.number(),
  vacant: z.number(),
  vacancyRate: z.number().nullable(),
  placedThisYear: z.number(),
  target: z.number(),
  targetVersion: z.number(),
});

export const registerView = z.object({
  posts: z.array(postRow),
  workers: z.array(workerRow),
  figures: figuresView,
  can: z.object({ posts: z.boolean(), manage: z.boolean(), log: z.boolean(), export: z.boolean() }),
});

export const logView = z.object({
  month: z.string(),
  days: z.number(),
  summary: z.string(),
  writtenAt: z.string(),
});
export const appraisalView = z.object({
  year: z.number(),
  grade: z.enum(GRADES),
  note: z.string(),
  appraisedOn: z.string(),
});

export const workerView = workerRow.extend({
  streetName: z.string(),
  logs: z.array(logView),
  appraisals: z.array(appraisalView),
  /** The year an appraisal is due for now, when this worker has none for it. */
  appraisalDue: z.number().nullable(),
  can: z.object({ manage: z.boolean(), log: z.boolean() }),
});

export const postsBody = z.object({
  posts: z.number().int().min(0).max(MAX_POSTS),
  /** 0 when the node has no posts set yet. */
  version: z.number().int().min(0).max(2_000_000_000),
});
export const settingsBody = z.object({
  yearlyTarget: z.number().int().min(0).max(100_000),
  version: z.number().int().min(0).max(2_000_000_000),
});
export const placeBody = z.object({
  nodeId: id,
  name: text(40),
  phone: z.string().trim().max(20).default(''),
  startedOn: day,
  contractEnd: day,
  qualifications: z.array(z.enum(QUALIFICATIONS)).max(QUALIFICATIONS.length).default([]),
});
export const renewBody = z.object({ contractEnd: day, version });
export const endBody = z.object({ endedOn: day, reason: z.enum(END_REASONS), version });
export const logBody = z.object({
  month: yearMonth,
  days: z.number().int().min(0).max(31),
  summary: text(2000),
});
export const appraiseBody = z.object({
  year: z.number().int().min(2000).max(2099),
  grade: z.enum(GRADES),
  note: z.string().trim().max(500).default(''),
});

export const importResult = importOutcome({ node: z.string(), name: z.string() });
