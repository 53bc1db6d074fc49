/** Shapes of the grid API: assignments, outlines, registers 台账, visits, patrols and offline sync. */
import { z } from 'zod';
import { createEventBody } from '../events/index.ts';
// the one schema grid takes from inside events (offline transitions), until events' index exports it
import { transitionBody } from '../events/index.ts';
import {
  ASSIGNMENT_KINDS,
  OCCUPANCY,
  REGISTER_KINDS,
  RESIDENCE,
  ENTITY_TYPES,
  VISIT_CATEGORIES,
  VISIT_RESULTS,
} from './grid.rules.ts';

const day = z.iso.date();
/** At most a year between two days (a figure over a longer span is asked for year by year). */
const withinAYear = (q: { from?: string; to?: string }) =>
  !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= 366 * 86400_000;

/** A WGS84 position where a visit was made or a patrol walked. */
export const positionSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

/** A grid or micro-grid with its outline and workers. */
export const gridView = z.object({
  id: z.uuid(),
  name: z.string(),
  level: z.enum(['grid', 'micro_grid']),
  parentName: z.string(),
  outline: z.unknown().nullable(),
  outlineVersion: z.number(),
  workers: z.array(
    z.object({ assignmentId: z.uuid(), userId: z.uuid(), name: z.string(), kind: z.enum(ASSIGNMENT_KINDS) }),
  ),
});

/** Body of PUT /api/grid/grids/:id/outline: a GeoJSON Polygon/MultiPolygon (or Feature of one), or null. */
export const outlineBody = z.object({ geojson: z.unknown().nullable(), version: z.number().int().min(0) });

/** Assign a worker (or a cadre serving as one 我当网格员, for a period) to a grid or micro-grid. */
export const assignmentBody = z
  .object({
    userId: z.uuid(),
    nodeId: z.uuid(),
    kind: z.enum(ASSIGNMENT_KINDS),
    from: day,
    to: day.nullish(),
  })
  .refine((a) => !a.to || a.from <= a.to, { message: 'grid.bad_period', path: ['to'] });
export const assignmentView = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  userName: z.string(),
  nodeId: z.uuid(),
  nodeName: z.string(),
  kind: z.enum(ASSIGNMENT_KINDS),
  from: z.string(),
  to: z.string().nullable(),
});

/** Register kind in URLs. */
export const registerKind = z.enum(REGISTER_KINDS);

/** Housing 房屋: building, unit, room and how it is used. */
export const housingAttrs = z.object({
  building: z.string().trim().min(1).max(100),
  unit: z.string().trim().max(20).default(''),
  room: z.string().trim().min(1).max(20),
  occupancy: z.enum(OCCUPANCY),
  areaM2: z.number().min(0).max(100000).nullish(),
});
/** Population 人口: a person living in the grid. The ID number is stored encrypted and shown masked. */
export const populationAttrs = z.object({
  name: z.string().trim().min(1).max(50),
  nationalId: z.string().trim().min(15).max(18),
  residence: z.enum(RESIDENCE),
  specialCare: z.boolean().default(false),
  housingId: z.uuid().nullish(),
  personId: z.uuid().nullish(),
});
/** Legal entity 法人: enterprise or shop, flagged when among the 三小场所. */
export const entityAttrs = z.object({
  name: z.string().trim().min(1).max(100),
  creditCode: z
    .string()
    .trim()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/)
    .nullish(),
  type: z.enum(ENTITY_TYPES),
  threeSmall: z.boolean().default(false),
  address: z.string().trim().max(200).default(''),
});

/** Create a register record on a grid/micro-grid/building node. */
export const createRecordBody = z.object({
  id: z.uuid().optional(),
  nodeId: z.uuid(),
  attrs: z.record(z.string(), z.unknown()),
});
/** Update a record's attributes, checking the version the client saw. */
export const updateRecordBody = z.object({
  version: z.number().int().min(1),
  attrs: z.record(z.string(), z.unknown()),
});
/** A register record as shown: personal fields masked. */
export const recordView = z.object({
  id: z.uuid(),
  kind: registerKind,
  nodeId: z.uuid(),
  nodeName: z.string(),
  label: z.string(),
  attrs: z.record(z.string(), z.unknown()),
  visitCategory: z.enum(VISIT_CATEGORIES),
  lastVisitedAt: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
  /** A population row's person in the people register (same national ID, same district), if any. */
  personId: z.uuid().nullable(),
});
export const recordPage = z.object({ total: z.number(), items: z.array(recordView) });
export const recordQuery = z.object({
  nodeId: z.uuid(),
  q: z.string().trim().max(50).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1000000).default(0),
});
/** One change in a record's history. */
export const historyView = z.object({
  at: z.string(),
  actorName: z.string(),
  change: z.enum(['create', 'update', 'verify', 'import']),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()),
  visitId: z.uuid().nullable(),
});

/** A bad row of an import: the sheet's row number, the column and why. */
export const importRowError = z.object({ row: z.number(), field: z.string(), message: z.string() });

/**
 * Import preview: every bad row (the first 1,000 here; errorCount says how many), the header row
 * found and the mapping of columns used, so the user can correct it; nothing is stored until commit.
 */
export const importPreview = z.object({
  importId: z.uuid(),
  kind: registerKind,
  total: z.number(),
  valid: z.number(),
  errorCount: z.number(),
  errors: z.array(importRowError),
  sample: z.array(z.record(z.string(), z.unknown())),
  /** 1-based row of the sheet holding the header. */
  headerRow: z.number(),
  /** Header text of each column of the sheet, by 0-based index. */
  headers: z.array(z.string()),
  /** Where each column key was found (0-based column index, or null when absent). */
  mapping: z.record(z.string(), z.number().nullable()),
  /** The columns this register takes. */
  columns: z.array(z.object({ key: z.string(), label: z.string(), required: z.boolean() })),
  /** Title, notes and repeated header rows left out, and why. */
  skipped: z.array(z.object({ row: z.number(), reason: z.enum(['title', 'notes', 'repeated_header']) })),
});
/** Query of an import preview: the node, and a corrected mapping as JSON ({"room": 3, …}). */
export const importQuery = z.object({
  nodeId: z.uuid(),
  mapping: z
    .string()
    .max(2000)
    .optional()
    .transform((v, c) => {
      if (!v) return undefined;
      try {
        const parsed = z
          .record(z.string().max(40), z.number().int().min(0).max(500).nullable())
          .safeParse(JSON.parse(v));
        if (parsed.success) return parsed.data;
      } catch {}
      c.addIssue({ code: 'custom', message: 'grid.bad_mapping' });
      return z.NEVER;
    }),
});
/** Commit an import: only when confirm is true; all valid rows, or (with allOrNothing) none if any row is bad. */
export const importCommitBody = z.object({
  confirm: z.literal(true),
  allOrNothing: z.boolean().default(true),
});
/** An import's commit: how far it came (staged rows done of valid), rows imported, rows that failed. */
export const importStatus = z.object({
  importId: z.uuid(),
  kind: registerKind,
  status: z.enum(['previewed', 'committing', 'committed']),
  total: z.number(),
  valid: z.number(),
  done: z.number(),
  imported: z.number(),
  failed: z.array(importRowError),
});

/** Visit cycle rule: households of a category in a grid are visited every intervalDays. */
export const visitRuleBody = z.object({
  nodeId: z.uuid(),
  category: z.enum(VISIT_CATEGORIES),
  intervalDays: z.number().int().min(1).max(365),
});
export const visitRuleView = visitRuleBody.extend({
  id: z.uuid(),
  nodeName: z.string(),
  inherited: z.boolean(),
});

/** One item of the due list. */
export const dueItem = z.object({
  recordId: z.uuid(),
  kind: registerKind,
  label: z.string(),
  nodeId: z.uuid(),
  nodeName: z.string(),
  visitCategory: z.enum(VISIT_CATEGORIES),
  intervalDays: z.number(),
  lastVisitedAt: z.string().nullable(),
  dueOn: z.string(),
  version: z.number(),
});
export const dueList = z.object({
  asOf: z.string(),
  today: z.array(dueItem),
  overdue: z.array(dueItem),
  done: z.array(
    dueItem.extend({ visitId: z.uuid(), visitNumber: z.string().nullable(), visitedAt: z.string() }),
  ),
});

/** A change a visit makes to a register record (verified unchanged, or new attributes). */
export const visitChange = z.object({
  recordId: z.uuid(),
  version: z.number().int().min(1),
  attrs: z.record(z.string(), z.unknown()).optional(),
});
/** Body of POST /api/grid/visits (client-made UUIDv7 id; header Idempotency-Key). */
export const createVisitBody = z.object({
  id: z.uuid(),
  recordId: z.uuid(),
  visitedAt: z.iso.datetime({ offset: true }),
  position: positionSchema.nullish(),
  result: z.enum(VISIT_RESULTS),
  note: z.string().trim().max(2000).default(''),
  verified: z.array(visitChange).max(200).default([]),
});
export const visitView = z.object({
  id: z.uuid(),
  /** Human-readable number, e.g. 福田-20261206-0007 (null for visits recorded before numbering). */
  number: z.string().nullable(),
  recordId: z.uuid(),
  label: z.string(),
  nodeId: z.uuid(),
  userId: z.uuid(),
  userName: z.string(),
  asCadre: z.boolean(),
  visitedAt: z.string(),
  position: positionSchema.nullable(),
  result: z.enum(VISIT_RESULTS),
  note: z.string(),
  verifiedCount: z.number(),
  changedCount: z.number(),
});

/** Compliance 走访达标率 under a node over a period of days (a single day, today, by default; asOf is `to`). */
export const complianceQuery = z
  .object({ nodeId: z.uuid(), from: day.optional(), to: day.optional(), asOf: day.optional() })
  .transform(({ asOf, ...q }) => ({ ...q, to: q.to ?? asOf }))
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'grid.bad_period', path: ['to'] })
  .refine(withinAYear, { message: 'grid.period_too_long', path: ['from'] });
/** Visits that fell due in the period, made on time, missed; records overdue at its end; the rate. */
export const complianceRow = z.object({
  id: z.uuid(),
  name: z.string(),
  level: z.string(),
  due: z.number(),
  onTime: z.number(),
  missed: z.number(),
  overdueNow: z.number(),
  rate: z.number().nullable(),
});
export const complianceView = z.object({
  from: z.string(),
  to: z.string(),
  /** How the rate is counted, in the user's language. */
  definition: z.string(),
  total: complianceRow,
  children: z.array(complianceRow),
  workers: z.array(complianceRow),
  alerts: z.array(dueItem),
});

/** 我当网格员: per cadre serving as grid worker, counted apart from regular workers. */
export const cadreStatsView = z.array(
  z.object({
    userId: z.uuid(),
    name: z.string(),
    grids: z.array(z.string()),
    visits: z.number(),
    verifiedRecords: z.number(),
    hazards: z.number(),
  }),
);

/** What a patrol found, against one assessment standard: raised as an event, or put right on the spot. */
export const findingBody = z.object({
  id: z.uuid(),
  standardId: z.uuid(),
  note: z.string().trim().max(2000).default(''),
  /** Raise it as an event (a client-made UUIDv7 may name it, so an offline phone knows its id). */
  raise: z.boolean().default(true),
  eventId: z.uuid().nullish(),
  /** Where it was seen (the phone's position), carried to its event. */
  position: positionSchema.nullish(),
  /** Put right on the spot: no event. */
  rectified: z.boolean().default(false),
});

/** Civilisation patrol 文明巡查: a walk of a grid (a head's weekly walk counts for the cadence), with findings. */
export const createPatrolBody = z.object({
  id: z.uuid(),
  nodeId: z.uuid(),
  startedAt: z.iso.datetime({ offset: true }),
  endedAt: z.iso.datetime({ offset: true }),
  track: z.array(positionSchema).max(5000).default([]),
  note: z.string().trim().max(4000).default(''),
  findings: z.array(findingBody).max(50).default([]),
});
/** A finding as shown, with its standard. */
export const findingView = z.object({
  id: z.uuid(),
  standardId: z.uuid(),
  code: z.string(),
  text: z.string(),
  projectName: z.string(),
  note: z.string(),
  eventId: z.uuid().nullable(),
  rectified: z.boolean(),
});
export const patrolView = z.object({
  id: z.uuid(),
  /** Human-readable number, e.g. 福田-20261206-0003. */
  number: z.string().nullable(),
  nodeId: z.uuid(),
  nodeName: z.string(),
  userName: z.string(),
  /** Walked by the grid's head 网格长 (counts for the weekly cadence). */
  asHead: z.boolean(),
  startedAt: z.string(),
  endedAt: z.string(),
  note: z.string(),
  eventIds: z.array(z.uuid()),
  findings: z.array(findingView),
});

/** One grid a head walks weekly, with where this week stands. */
export const headGridItem = z.object({
  assignmentId: z.uuid(),
  nodeId: z.uuid(),
  nodeName: z.string(),
  lastPatrolDay: z.string().nullable(),
  status: z.enum(['done', 'due', 'overdue']),
  /** Whole weeks gone unwalked before this one. */
  missedWeeks: z.number(),
});
/** A grid head's weekly walks 本周巡查: due by Sunday, overdue, done this week. */
export const headDueView = z.object({
  week: z.string(),
  dueBy: z.string(),
  due: z.array(headGridItem),
  overdue: z.array(headGridItem),
  done: z.array(headGridItem),
});

/** Patrol coverage over weeks: grid-weeks held by a head, walked by the head, and the share. */
export const coverageRow = z.object({
  id: z.uuid(),
  name: z.string(),
  level: z.string(),
  grids: z.number(),
  gridWeeks: z.number(),
  walked: z.number(),
  rate: z.number().nullable(),
});
export const coverageView = z.object({
  from: z.string(),
  to: z.string(),
  definition: z.string(),
  total: coverageRow,
  /** Per child node (streets under a district, communities under a street…). */
  children: z.array(coverageRow),
  /** Per head 网格长. */
  heads: z.array(coverageRow),
});
export const coverageQuery = z
  .object({ nodeId: z.uuid(), from: day.optional(), to: day.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'grid.bad_period', path: ['to'] })
  .refine(withinAYear, { message: 'grid.period_too_long', path: ['from'] });

/** One civilisation-city assessment standard 测评标准, under its item 测评内容 and project 测评项目. */
export const standardView = z.object({
  id: z.uuid(),
  projectCode: z.string(),
  projectName: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  code: z.string(),
  text: z.string(),
  category: z.string().nullable(),
  active: z.boolean(),
});
export const standardsView = z.object({
  projects: z.number(),
  items: z.number(),
  standards: z.number(),
  list: z.array(standardView),
  can: z.object({ manage: z.boolean() }),
});
/** The result of a standards import: rows read, kept, retired, and every bad row. */
export const standardsImportResult = z.object({
  projects: z.number(),
  items: z.number(),
  standards: z.number(),
  retired: z.number(),
  errors: z.array(importRowError),
});
/** Tag an event to a standard. */
export const tagBody = z.object({ standardId: z.uuid() });
/** The standard an event is tagged to (its own tag, or the patrol finding it was raised from). */
export const eventStandardView = z.object({
  standard: standardView.nullable(),
  source: z.enum(['tag', 'finding']).nullable(),
  can: z.object({ tag: z.boolean() }),
});

/** A node's readiness per assessment project before an inspection. */
export const readinessRow = z.object({
  projectCode: z.string(),
  projectName: z.string(),
  standards: z.number(),
  withOpenProblems: z.number(),
  openProblems: z.number(),
  rate: z.number().nullable(),
});
export const readinessView = z.object({
  nodeId: z.uuid(),
  definition: z.string(),
  projects: z.array(readinessRow),
});

/**
 * One queued offline operation. `key` is its Idempotency-Key; replaying the same op returns the
 * first answer. Every create carries the client's UUIDv7 in body.id.
 */
export const syncOp = z.discriminatedUnion('kind', [
  z.object({ key: z.string().min(8).max(100), kind: z.literal('visit.create'), body: createVisitBody }),
  z.object({ key: z.string().min(8).max(100), kind: z.literal('event.create'), body: createEventBody }),
  z.object({
    key: z.string().min(8).max(100),
    kind: z.literal('event.transition'),
    id: z.uuid(),
    body: transitionBody,
  }),
  z.object({ key: z.string().min(8).max(100), kind: z.literal('patrol.create'), body: createPatrolBody }),
  z.object({
    key: z.string().min(8).max(100),
    kind: z.literal('record.update'),
    id: z.uuid(),
    registerKind,
    body: updateRecordBody,
  }),
]);
/** Body of POST /api/grid/sync: the phone's queue in order. */
export const syncBody = z.object({ ops: z.array(syncOp).min(1).max(200) });
/**
 * One op's outcome: ok (first time), replayed (already applied: same answer), conflict (409: the
 * server's current copy is in `current`; nothing was overwritten) or error (4xx problem).
 */
export const syncResult = z.object({
  key: z.string(),
  status: z.enum(['ok', 'replayed', 'conflict', 'error']),
  httpStatus: z.number(),
  body: z.unknown(),
  current: z.unknown().optional(),
});
export const syncResponse = z.object({ results: z.array(syncResult) });
