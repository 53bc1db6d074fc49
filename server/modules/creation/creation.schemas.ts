/** Shapes of the creation API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { LEVELS, MOVE_ACTIONS, RECHECK_OUTCOMES, STATES } from './creation.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const version = z.number().int().min(1).max(2_000_000_000);
const year = z.coerce.number().int().min(2000).max(2100);
const score = z.number().int().min(0).max(100);

/** A programme's settings: the pass mark, the 公示 days, the years before 复核. */
const settings = {
  passPct: z.number().int().min(1).max(100),
  publicityDays: z.number().int().min(0).max(30),
  renewYears: z.number().int().min(1).max(10),
};
export const indicatorInput = z.object({
  name: text(100),
  points: z.number().int().min(1).max(100),
  guide: z.string().trim().max(500).default(''),
});

/** Defining a programme 示范创建项目 with its standard. */
export const programmeBody = z.object({
  nodeId: id,
  name: text(60),
  description: z.string().trim().max(1000).default(''),
  ...settings,
  indicators: z.array(indicatorInput).min(1).max(60),
});
export const settingsBody = z.object({ version, ...settings });

export const indicatorView = indicatorInput.extend({ id, guide: z.string() });
export const programmeView = z.object({
  id,
  districtId: id,
  name: z.string(),
  description: z.string(),
  passPct: z.number(),
  publicityDays: z.number(),
  renewYears: z.number(),
  indicators: z.number(),
  points: z.number(),
  version: z.number(),
});
export const programmeList = z.object({
  items: z.array(programmeView),
  can: z.object({
    manage: z.boolean(),
    declare: z.boolean(),
    review: z.boolean(),
    prereview: z.boolean(),
    export: z.boolean(),
  }),
});
export const programmeDetail = programmeView.extend({
  standard: z.array(indicatorView),
  /** True once a declaration exists: the standard is fixed for the year's declarations. */
  fixed: z.boolean(),
});

export const listQuery = z.object({
  programmeId: id.optional(),
  nodeId: id.optional(),
  year: year.optional(),
  level: z.enum(LEVELS).optional(),
  state: z.enum(STATES).optional(),
});

/** Declaring 申报 a level of a programme. */
export const declarationBody = z.object({ programmeId: id, nodeId: id, level: z.enum(LEVELS) });

export const declarationRow = z.object({
  id,
  programmeId: id,
  programmeName: z.string(),
  nodeId: id,
  nodeName: z.string(),
  level: z.enum(LEVELS),
  year: z.number(),
  state: z.enum(STATES),
  points: z.number(),
  selfTotal: z.number().nullable(),
  reviewTotal: z.number().nullable(),
  publicityNo: z.string().nullable(),
  publicityUntil: z.string().nullable(),
  namedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  /** A named title's status: standing, due for 复核 within 90 days, or lapsed. */
  titleStatus: z.enum(['valid', 'recheck_due', 'lapsed']).nullable(),
});
export const declarationList = z.object({ items: z.array(declarationRow) });

export const itemView = z.object({
  indicatorId: id,
  name: z.string(),
  points: z.number(),
  guide: z.string(),
  selfScore: z.number().nullable(),
  evidence: z.string(),
  reviewScore: z.number().nullable(),
  reviewNote: z.string(),
  reviewerName: z.string(),
});
export const declarationView = declarationRow.extend({
  passPct: z.number(),
  passes: z.boolean(),
  prereviewNote: z.string(),
  reviewNote: z.string(),
  version: z.number(),
  items: z.array(itemView),
  actions: z.array(z.enum(MOVE_ACTIONS)),
  /** The last 复核 of the title, if any. */
  recheck: z.object({ on: z.string(), outcome: z.enum(RECHECK_OUTCOMES), note: z.string() }).nullable(),
  can: z.object({ assess: z.boolean(), score: z.boolean(), recheck: z.boolean() }),
});

/** The district's 复核 of a named title that is due or has lapsed (a failed one needs a note). */
export const recheckBody = z.object({
  version,
  outcome: z.enum(RECHECK_OUTCOMES),
  note: z.string().trim().max(2000).default(''),
});

/** The self-assessment: each indicator's score and evidence (while a draft). */
export const selfBody = z.object({
  version,
  items: z
    .array(
      z.object({
        indicatorId: id,
        selfScore: score.nullable(),
        evidence: z.string().trim().max(2000).default(''),
      }),
    )
    .min(1)
    .max(100),
});
/** The district's score of one indicator (locked once given). */
export const scoreBody = z.object({ indicatorId: id, score, note: z.string().trim().max(500).default('') });
export const moveBody = z.object({
  action: z.enum(MOVE_ACTIONS),
  version,
  note: z.string().trim().max(2000).optional(),
});

/** The printable 公示 of a declaration. */
export const publicityView = z.object({
  publicityNo: z.string(),
  districtName: z.string(),
  programmeName: z.string(),
  level: z.enum(LEVELS),
  nodeName: z.string(),
  year: z.number(),
  reviewTotal: z.number(),
  points: z.number(),
  from: z.string(),
  until: z.string(),
});

export const standardImportQuery = z.object({ dryRun: z.enum(['0', '1']).default('0') });
export const standardImportResult = importOutcome({ name: z.string(), points: z.number() });

/** 先锋指数 of a year. */
export const indexQuery = z.object({ year, nodeId: id.optional() });
/** The scores sheet of a quarter for the organisations under a node the actor may score. */
export const scoresSheetQuery = z.object({
  nodeId: id,
  year,
  quarter: z.coerce.number().int().min(1).max(4),
});
export const scoresImportQuery = scoresSheetQuery.extend({ dryRun: z.enum(['0', '1']).default('0') });
export const scoresImportResult = importOutcome({ name: z.string(), scored: z.number() });
const code = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,29}$/);
export const indexIndicator = z.object({ code, name: text(60), weight: z.number().int().min(1).max(100) });
export const quarterView = z.object({
  quarter: z.number(),
  index: z.number().nullable(),
  rank: z.number().nullable(),
  flagged: z.boolean(),
  flagReason: z.enum(['floor', 'bottom']).nullable(),
  rectified: z.boolean(),
  scores: z.record(z.string(), z.number()),
});
export const indexView = z.object({
  year: z.number(),
  indicators: z.array(indexIndicator),
  defaults: z.boolean(),
  orgs: z.array(
    z.object({
      partyOrgId: id,
      name: z.string(),
      nodeName: z.string(),
      quarters: z.array(quarterView),
      canScore: z.boolean(),
      canRectify: z.boolean(),
    }),
  ),
  can: z.object({ manage: z.boolean() }),
});
export const indexScoreBody = z.object({
  partyOrgId: id,
  year: z.number().int().min(2000).max(2100),
  quarter: z.number().int().min(1).max(4),
  scores: z.array(z.object({ code, score })).min(1).max(30),
});
export const indicatorsBody = z.object({ nodeId: id, indicators: z.array(indexIndicator).min(1).max(30) });
export const rectifyBody = z.object({
  partyOrgId: id,
  year: z.number().int().min(2000).max(2100),
  quarter: z.number().int().min(1).max(4),
  note: text(1000),
});
