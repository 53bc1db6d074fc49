/** Shapes of the dutylists API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { ITEM_STATES, KIND_KEYS, RATINGS, SITUATION_KEYS } from './dutylists.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
const version = z.number().int().min(1).max(2_000_000_000);
const year = z.coerce.number().int().min(2000).max(2100);
const target = z.enum(['org', 'post']);
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'MM-DD' });

export const yearQuery = z.object({ year: year.optional(), nodeId: id.optional() });

export const templateBody = z.object({
  target,
  kind: z.enum(KIND_KEYS),
  seq: z.number().int().min(1).max(999),
  title: text(200),
  evidence: z.string().trim().max(500).default(''),
  dueMd: monthDay,
});
export const templateUpdate = templateBody.extend({ active: z.boolean(), version });
export const templateView = z.object({
  id,
  target,
  kind: z.string(),
  seq: z.number(),
  title: z.string(),
  evidence: z.string(),
  dueMd: z.string(),
  active: z.boolean(),
  version: z.number(),
});
export const templatesView = z.object({
  templates: z.array(templateView),
  can: z.object({ manage: z.boolean() }),
});

export const instantiateBody = z.object({ year: z.number().int().min(2000).max(2100) });
export const instantiateResult = z.object({ lists: z.number(), items: z.number() });
export const listBody = z.object({
  year: z.number().int().min(2000).max(2100),
  nodeId: id,
  target,
  kind: z.enum(KIND_KEYS),
  holder: z.string().trim().max(40).default(''),
});

/** A list as the register shows it: its organisation or post and its figures. */
export const listSummary = z.object({
  id,
  year: z.number(),
  nodeId: id,
  nodeName: z.string(),
  target,
  kind: z.string(),
  holder: z.string(),
  items: z.number(),
  accepted: z.number(),
  submitted: z.number(),
  overdue: z.number(),
  completion: z.number().nullable(),
});
export const listsView = z.object({
  lists: z.array(listSummary),
  can: z.object({ manage: z.boolean(), export: z.boolean() }),
});
export const itemView = z.object({
  id,
  seq: z.number(),
  title: z.string(),
  evidenceRequired: z.string(),
  dueOn: z.string(),
  state: z.enum(ITEM_STATES),
  overdue: z.boolean(),
  progress: z.string(),
  evidence: z.string(),
  reportedAt: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  checkNote: z.string(),
  version: z.number(),
  actions: z.array(z.enum(['report', 'accept', 'return'])),
});
export const listView = listSummary.extend({ itemsList: z.array(itemView) });

export const reportItemBody = z.object({
  progress: text(2000),
  evidence: z.string().trim().max(2000).default(''),
  version,
});
export const checkItemBody = z.object({
  action: z.enum(['accept', 'return']),
  note: z.string().trim().max(500).default(''),
  version,
});

export const composeBody = z.object({
  year: z.number().int().min(2000).max(2100),
  quarter: z.number().int().min(1).max(4),
  title: text(100).optional(),
  practices: z.string().trim().max(4000).default(''),
  correctsId: id.optional(),
});
export const draftUpdate = z.object({ practices: z.string().trim().max(4000), version });
const rankRow = z.object({
  nodeName: z.string(),
  kind: z.string(),
  holder: z.string(),
  due: z.number(),
  accepted: z.number(),
  rate: z.number().nullable(),
});
export const bulletinFigures = z.object({
  asOf: z.string(),
  lists: z.number(),
  due: z.number(),
  accepted: z.number(),
  rate: z.number().nullable(),
  ranking: z.array(rankRow),
  overdue: z.array(
    z.object({ nodeName: z.string(), kind: z.string(), title: z.string(), dueOn: z.string() }),
  ),
});
export const bulletinView = z.object({
  id,
  year: z.number(),
  quarter: z.number(),
  no: z.number(),
  number: z.string(),
  title: z.string(),
  practices: z.string(),
  figures: bulletinFigures,
  state: z.enum(['draft', 'published']),
  publishedAt: z.string().nullable(),
  correctsId: z.uuid().nullable(),
  correctsNumber: z.string().nullable(),
  version: z.number(),
  can: z.object({ edit: z.boolean(), publish: z.boolean(), correct: z.boolean() }),
});

export const fileReportBody = z.object({
  year: z.number().int().min(2000).max(2100),
  nodeId: id,
  secretary: text(40),
  body: text(20_000),
});
export const rateBody = z.object({
  score: z.number().min(0).max(100),
  comment: z.string().trim().max(1000).default(''),
  version,
});
export const reportView = z.object({
  id,
  year: z.number(),
  nodeId: id,
  nodeName: z.string(),
  secretary: z.string(),
  body: z.string(),
  filedAt: z.string(),
  completion: z.number().nullable(),
  score: z.number().nullable(),
  rating: z.enum(RATINGS).nullable(),
  comment: z.string(),
  version: z.number(),
  can: z.object({ rate: z.boolean() }),
});

export const referralBody = z.object({
  nodeId: id,
  year: z.number().int().min(2000).max(2100),
  situation: z.enum(SITUATION_KEYS),
  facts: text(2000),
  handedOn: day,
  exempt: z.boolean().default(false),
  exemptReason: z.string().trim().max(1000).default(''),
});
export const referralView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  year: z.number(),
  category: z.string(),
  situation: z.string(),
  facts: z.string(),
  handedOn: z.string(),
  exempt: z.boolean(),
  exemptReason: z.string(),
});
export const situationsView = z.array(
  z.object({
    category: z.string(),
    label: z.string(),
    situations: z.array(z.object({ key: z.string(), label: z.string() })),
  }),
);

export const templatesImportResult = importOutcome({
  target: z.string(),
  kind: z.string(),
  title: z.string(),
});
