/** Shapes of the juvenile API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { LIBRARY_KINDS, OUTCOMES, SITE_KINDS, SOURCES, STATES } from './juvenile.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const note = (max: number) => z.string().trim().max(max).default('');
const day = z.iso.date();
const version = z.number().int().min(1).max(2_000_000_000);
const code = z.string().trim().min(1).max(20);
const codes = z.array(code).max(30);

export const listQuery = z.object({
  nodeId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  state: z.enum(STATES).optional(),
});
export const nodeQuery = z.object({ nodeId: id.optional() });
export const yearQuery = z.object({
  nodeId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/** A site on the tree: 保护服务中心, 法治教育实践基地 or 帮教点. */
export const siteBody = z.object({
  nodeId: id,
  kind: z.enum(SITE_KINDS),
  name: text(60),
  address: note(120),
});
export const siteView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  kind: z.enum(SITE_KINDS),
  name: z.string(),
  address: z.string(),
  activities: z.number(),
  attendance: z.number(),
});
export const siteList = z.object({ items: z.array(siteView), can: z.object({ manage: z.boolean() }) });

/** A social worker on the roster 社工能力库. */
export const workerBody = z.object({
  nodeId: id,
  username: text(60),
  name: text(30),
  agency: note(60),
  skills: codes,
  capacity: z.number().int().min(1).max(100),
});
export const workerUpdate = z.object({
  version,
  skills: codes,
  capacity: z.number().int().min(1).max(100),
  active: z.boolean(),
});
export const workerView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  agency: z.string(),
  skills: z.array(z.string()),
  capacity: z.number(),
  load: z.number(),
  active: z.boolean(),
  version: z.number(),
});
export const workerList = z.object({ items: z.array(workerView), can: z.object({ manage: z.boolean() }) });

export const libraryEntry = z.object({
  kind: z.enum(LIBRARY_KINDS),
  code: z.string(),
  name: z.string(),
  guidance: z.string(),
});
export const libraryView = z.object({
  districtId: id,
  /** True while the district has imported no library of its own (the defaults are shown). */
  defaults: z.boolean(),
  entries: z.array(libraryEntry),
  can: z.object({ manage: z.boolean() }),
});
export const libraryImportQuery = z.object({ nodeId: id, dryRun: z.enum(['0', '1']).default('0') });
export const libraryImportResult = importOutcome({ kind: z.string(), code: z.string(), name: z.string() });

/** Registering a referred young person. */
export const caseBody = z.object({
  nodeId: id,
  name: text(30),
  idNumber: z.string().trim().min(15).max(18),
  source: z.enum(SOURCES),
  referredOn: day,
  summary: note(2000),
  problems: codes,
});
export const caseRow = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  idNumber: z.string(),
  birthDate: z.string(),
  gender: z.enum(['M', 'F']),
  source: z.enum(SOURCES),
  referredOn: z.string(),
  problems: z.array(z.string()),
  workerName: z.string().nullable(),
  state: z.enum(STATES),
  outcome: z.enum(OUTCOMES).nullable(),
  diverted: z.boolean().nullable(),
  closedOn: z.string().nullable(),
  sessions: z.number(),
  reportNo: z.string().nullable(),
});
export const caseList = z.object({
  items: z.array(caseRow),
  can: z.object({ register: z.boolean(), export: z.boolean(), library: z.boolean() }),
});
export const sessionView = z.object({
  id,
  heldOn: z.string(),
  technique: z.string(),
  minutes: z.number(),
  note: z.string(),
});
export const evaluationView = z.object({
  id,
  instrument: z.string(),
  score: z.number(),
  evaluatedOn: z.string(),
  note: z.string(),
});
export const caseView = caseRow.extend({
  summary: z.string(),
  plan: z.array(z.string()),
  workerId: id.nullable(),
  closingNote: z.string(),
  version: z.number(),
  sessionList: z.array(sessionView),
  evaluations: z.array(evaluationView),
  sessionDue: z.string().nullable(),
  evaluationDue: z.string().nullable(),
  can: z.object({ manage: z.boolean(), help: z.boolean(), reveal: z.boolean() }),
});
export const revealBody = z.object({ reason: text(200) });
export const revealView = z.object({ name: z.string(), idNumber: z.string() });

export const matchView = z.object({
  items: z.array(
    z.object({
      workerId: id,
      name: z.string(),
      agency: z.string(),
      nodeName: z.string(),
      score: z.number(),
      overlap: z.array(z.string()),
      free: z.number(),
    }),
  ),
});
export const assignBody = z.object({ version, workerId: id, plan: codes });
export const planBody = z.object({ version, problems: codes, plan: codes });
export const sessionBody = z.object({
  heldOn: day,
  technique: code,
  minutes: z.number().int().min(5).max(600),
  note: note(2000),
});
export const evaluationBody = z.object({
  instrument: code,
  score: z.number().int().min(0).max(100),
  evaluatedOn: day,
  note: note(1000),
});
export const closeBody = z.object({
  version,
  outcome: z.enum(OUTCOMES),
  diverted: z.boolean(),
  closedOn: day,
  note: note(2000),
});

/** The printable 帮教结案报告. */
export const reportView = z.object({
  reportNo: z.string(),
  districtName: z.string(),
  nodeName: z.string(),
  name: z.string(),
  idNumber: z.string(),
  gender: z.enum(['M', 'F']),
  source: z.enum(SOURCES),
  referredOn: z.string(),
  problems: z.array(z.string()),
  plan: z.array(z.string()),
  workerName: z.string(),
  sessions: z.number(),
  minutes: z.number(),
  evaluations: z.array(evaluationView),
  outcome: z.enum(OUTCOMES),
  diverted: z.boolean(),
  closedOn: z.string(),
  closingNote: z.string(),
});

/** A legal-education activity at a base. */
export const activityBody = z.object({
  siteId: id,
  heldOn: day,
  title: text(100),
  attendance: z.number().int().min(0).max(100_000),
});
export const activityList = z.object({
  items: z.array(
    z.object({
      id,
      siteId: id,
      siteName: z.string(),
      heldOn: z.string(),
      title: z.string(),
      attendance: z.number(),
    }),
  ),
});

/** The figures of a year (for the module's chart). */
export const figuresView = z.object({
  year: z.number(),
  cases: z.number(),
  closed: z.number(),
  byOutcome: z.record(z.enum(OUTCOMES), z.number()),
  divertedPct: z.number().nullable(),
  workPct: z.number().nullable(),
  schoolPct: z.number().nullable(),
  sessionsPerCase: z.number().nullable(),
  activities: z.number(),
  attendance: z.number(),
});
