/** Shapes of the stability API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { DIMENSIONS, FIELDS, LEVELS, METHODS, MOVE_ACTIONS, STATES } from './stability.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
const version = z.number().int().min(1).max(2_000_000_000);
const count = z.number().int().min(0).max(10_000_000);
const rating = z.number().int().min(1).max(5);

export const listQuery = z.object({
  nodeId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  state: z.enum(STATES).optional(),
});
export const nodeQuery = z.object({ nodeId: id.optional() });

/** Registering a major decision 重大决策事项. */
export const decisionBody = z.object({
  nodeId: id,
  title: text(120),
  field: z.enum(FIELDS),
  affected: count,
  plannedOn: day,
  summary: z.string().trim().max(4000).default(''),
});

/** PUT /api/stability/decisions/:id: the decision corrected while not submitted (its place stays). */
export const decisionEditBody = decisionBody.omit({ nodeId: true }).extend({ version });

/** A decision in the register. */
export const decisionRow = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  title: z.string(),
  field: z.enum(FIELDS),
  affected: z.number(),
  plannedOn: z.string(),
  state: z.enum(STATES),
  round: z.number(),
  level: z.enum(LEVELS).nullable(),
  reportNo: z.string().nullable(),
  decidedOn: z.string().nullable(),
  outcome: z.enum(['as_is', 'with_measures']).nullable(),
  openMeasures: z.number(),
  overdueMeasures: z.number(),
  incidents: z.number(),
});
export const decisionList = z.object({
  items: z.array(decisionRow),
  can: z.object({ register: z.boolean(), review: z.boolean(), export: z.boolean(), catalogue: z.boolean() }),
});

/** One risk source identified, as entered. */
export const riskInput = z.object({
  dimension: z.enum(DIMENSIONS),
  source: text(100),
  likelihood: rating,
  impact: rating,
  note: z.string().trim().max(500).default(''),
});
export const riskView = riskInput.extend({ score: z.number(), level: z.enum(LEVELS) });

/** Saving the assessment in progress: risk sources, the survey, experts, the conclusion. */
export const assessmentBody = z.object({
  version,
  risks: z.array(riskInput).max(100),
  surveyFor: count,
  surveyAgainst: count,
  surveyNeutral: count,
  methods: z.array(z.enum(METHODS)).max(4),
  experts: z.string().trim().max(4000).default(''),
  conclusion: z.string().trim().max(4000).default(''),
});

/** An assessment round as shown (the current one and the history). */
export const assessmentView = z.object({
  id,
  round: z.number(),
  state: z.enum(['open', 'submitted', 'confirmed', 'superseded']),
  risks: z.array(riskView),
  dimensions: z.record(z.enum(DIMENSIONS), z.enum(LEVELS)),
  surveyFor: z.number(),
  surveyAgainst: z.number(),
  surveyNeutral: z.number(),
  oppositionPct: z.number().nullable(),
  methods: z.array(z.enum(METHODS)),
  experts: z.string(),
  conclusion: z.string(),
  /** The level by the rules now (while open) or when submitted. */
  level: z.enum(LEVELS),
  reasons: z.array(z.string()),
  confirmedLevel: z.enum(LEVELS).nullable(),
  reviewNote: z.string(),
  reviewerName: z.string(),
  confirmedAt: z.string().nullable(),
  reportNo: z.string().nullable(),
  version: z.number(),
});

export const measureView = z.object({
  id,
  round: z.number(),
  content: z.string(),
  owner: z.string(),
  dueOn: z.string(),
  progress: z.string(),
  doneOn: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number(),
});
export const incidentView = z.object({
  id,
  occurredOn: z.string(),
  summary: z.string(),
  eventNo: z.string(),
  people: z.number(),
});

/** A decision with its current assessment, earlier rounds, measures and incidents. */
export const decisionView = decisionRow.extend({
  summary: z.string(),
  /** Why the unit withdrew it (撤回). */
  withdrawReason: z.string(),
  createdAt: z.string(),
  version: z.number(),
  assessment: assessmentView,
  history: z.array(assessmentView),
  measures: z.array(measureView),
  incidents: z.array(incidentView),
  thresholds: z.object({ oppositionHighPct: z.number(), oppositionMidPct: z.number() }),
  actions: z.array(z.enum(MOVE_ACTIONS)),
  can: z.object({ edit: z.boolean(), track: z.boolean() }),
});

/** A move of a decision: submit, confirm/return (review), decide, suspend, drop, reassess. */
export const moveBody = z.object({
  action: z.enum(MOVE_ACTIONS),
  version,
  /** confirm: the level the reviewer confirms (the rules' level when absent). */
  level: z.enum(LEVELS).optional(),
  /** confirm/return/suspend/drop/withdraw: the reason or the reviewer's opinion. */
  note: z.string().trim().max(2000).optional(),
  /** decide: as is, or with the mitigation measures. */
  outcome: z.enum(['as_is', 'with_measures']).optional(),
  decidedOn: day.optional(),
});

export const measureBody = z.object({ content: text(500), owner: text(60), dueOn: day });
export const progressBody = z.object({
  version,
  progress: text(1000),
  doneOn: day.optional(),
});
export const incidentBody = z.object({
  occurredOn: day,
  summary: text(1000),
  eventNo: z.string().trim().max(40).default(''),
  people: z.number().int().min(0).max(1_000_000).default(0),
});

/** The printable 社会稳定风险评估报告 of a confirmed assessment. */
export const reportView = z.object({
  reportNo: z.string(),
  districtName: z.string(),
  unitName: z.string(),
  title: z.string(),
  field: z.enum(FIELDS),
  affected: z.number(),
  plannedOn: z.string(),
  summary: z.string(),
  round: z.number(),
  assessment: assessmentView,
  measures: z.array(measureView),
  confirmedOn: z.string(),
});

export const sourceView = z.object({
  id: id.nullable(),
  dimension: z.enum(DIMENSIONS),
  name: z.string(),
  hint: z.string(),
});
export const catalogueView = z.object({
  districtId: id,
  /** True while the district has imported no catalogue of its own (the defaults are shown). */
  defaults: z.boolean(),
  sources: z.array(sourceView),
  thresholds: z.object({ oppositionHighPct: z.number(), oppositionMidPct: z.number(), version: z.number() }),
  can: z.object({ manage: z.boolean() }),
});
export const thresholdsBody = z.object({
  nodeId: id,
  oppositionHighPct: z.number().int().min(1).max(100),
  oppositionMidPct: z.number().int().min(0).max(100),
  version: z.number().int().min(0).max(2_000_000_000),
});
export const catalogueImportQuery = z.object({ nodeId: id, dryRun: z.enum(['0', '1']).default('0') });
export const catalogueImportResult = importOutcome({
  dimension: z.string(),
  name: z.string(),
});
