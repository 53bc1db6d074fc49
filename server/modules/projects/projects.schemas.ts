/** Shapes of the projects API, shared by the routes and the web pages. */
import { z } from 'zod';
import { voteView } from '../votes/index.ts';
import { CATEGORIES, KINDS, PEOPLE_ACTIONS, STAGES, yuanToFen } from './projects.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const iso = z.string();

export const stage = z.enum(STAGES);
export const category = z.enum(CATEGORIES);
export const kind = z.enum(KINDS);
export const action = z.enum(PEOPLE_ACTIONS as [string, ...string[]]);
const year = z.coerce.number().int().min(2000).max(2100);
/** An amount in 元 as text (up to two decimals), sent on as integer fen. */
export const yuan = z
  .string()
  .trim()
  .max(20)
  .refine((s) => yuanToFen(s) !== null, {
    message: '请填写金额（元），最多两位小数 / an amount in yuan, at most two decimals',
  })
  .transform((s) => yuanToFen(s)!);

// ---------- projects ----------
export const projectSummary = z.object({
  id,
  districtId: id,
  nodeId: id,
  nodeName: z.string(),
  kind,
  year: z.number(),
  title: z.string(),
  category,
  stage,
  stageSince: iso,
  /** The resident who ordered it, masked (张*明). */
  ordererLabel: z.string().nullable(),
  publicFen: z.number(),
  socialFen: z.number(),
  unitNodeId: id.nullable(),
  unitName: z.string().nullable(),
  ballotId: id.nullable(),
  ballotVotes: z.number().nullable(),
  progress: z.number(),
  ratings: z.number(),
  satisfaction: z.number().nullable(),
  createdAt: iso,
  completedAt: iso.nullable(),
});
export const projectList = z.object({ total: z.number(), items: z.array(projectSummary) });
export const projectQuery = z.object({
  nodeId: id.optional(),
  kind: kind.optional(),
  stage: stage.optional(),
  year: year.optional(),
  ballotId: id.optional(),
  mine: z.enum(['0', '1']).optional(),
  q: z.string().trim().max(50).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const projectDetail = projectSummary.extend({
  description: z.string(),
  rejectReason: z.string().nullable(),
  socialSource: z.string(),
  acceptanceNote: z.string().nullable(),
  version: z.number(),
  milestones: z.array(
    z.object({
      id,
      seq: z.number(),
      title: z.string(),
      dueOn: z.string(),
      doneAt: iso.nullable(),
      note: z.string(),
      can: z.object({ complete: z.boolean() }),
    }),
  ),
  contractors: z.array(
    z.object({
      id,
      name: z.string(),
      role: z.enum(['builder', 'supervisor', 'service', 'supplier']),
      /** To officers only; the phone masked (138****1234). */
      contactName: z.string(),
      phone: z.string(),
    }),
  ),
  photos: z.array(z.object({ id, milestoneId: id.nullable(), width: z.number(), height: z.number() })),
  notes: z.array(
    z.object({
      id,
      kind: z.enum(['supervision', 'progress']),
      text: z.string(),
      authorLabel: z.string(),
      createdAt: iso,
    }),
  ),
  rating: z.object({
    count: z.number(),
    average: z.number().nullable(),
    /** How many gave 1, 2, 3, 4, 5. */
    spread: z.array(z.number()),
    mine: z.object({ score: z.number(), comment: z.string() }).nullable(),
  }),
  actions: z.array(z.string()),
  can: z.object({
    budget: z.boolean(),
    milestone: z.boolean(),
    contractor: z.boolean(),
    photo: z.boolean(),
    note: z.boolean(),
    rate: z.boolean(),
  }),
});

export const orderBody = z.strictObject({
  nodeId: id,
  menuItemId: id.optional(),
  title: text(100).optional(),
  description: z.string().trim().max(5000).optional(),
  category: category.optional(),
});
export const transitionBody = z.strictObject({
  action,
  reason: z.string().trim().max(1000).optional(),
  note: z.string().trim().max(2000).optional(),
});
export const budgetBody = z.strictObject({
  publicYuan: yuan,
  socialYuan: yuan,
  socialSource: z.string().trim().max(200).default(''),
  version: z.number().int().min(1),
});
export const milestoneBody = z.strictObject({
  title: text(200),
  dueOn: z.iso.date(),
});
export const milestoneDoneBody = z.strictObject({ note: z.string().trim().max(2000).default('') });
export const contractorBody = z.strictObject({
  name: text(200),
  role: z.enum(['builder', 'supervisor', 'service', 'supplier']),
  contactName: z.string().trim().max(50).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, {
      message: '请填写手机号或固定电话 / a mobile or landline number',
    })
    .optional(),
});
export const noteBody = z.strictObject({ text: text(2000) });
export const rateBody = z.strictObject({
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(500).optional(),
});
export const rateResult = z.object({ added: z.boolean(), score: z.number() });

// ---------- menu ----------
export const menuItem = z.object({
  id,
  title: z.string(),
  description: z.string(),
  category,
  estimateFen: z.number(),
  active: z.boolean(),
  can: z.object({ retire: z.boolean() }),
});
export const menuBody = z.strictObject({
  nodeId: id,
  title: text(100),
  description: z.string().trim().max(2000).default(''),
  category,
  estimateYuan: yuan,
});

// ---------- ballots ----------
export const ballotState = z.enum(['draft', 'voting', 'decided']);
/** What a ballot's summary and detail both say of it. */
const ballotHead = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  year: z.number(),
  title: z.string(),
  seats: z.number(),
  state: ballotState,
});
export const ballotSummary = ballotHead.extend({
  candidates: z.number(),
  voteId: id.nullable(),
});
export const ballotDetail = ballotHead.extend({
  candidates: z.array(projectSummary.extend({ description: z.string(), position: z.number().nullable() })),
  vote: voteView.nullable(),
  can: z.object({ edit: z.boolean(), open: z.boolean(), close: z.boolean() }),
});
export const ballotBody = z.strictObject({
  nodeId: id,
  year: z.number().int().min(2000).max(2100),
  title: text(200),
  seats: z.number().int().min(1).max(29),
});
export const ballotQuery = z.object({ year: year.optional(), nodeId: id.optional() });
export const candidateBody = z.strictObject({
  title: text(100),
  description: z.string().trim().max(5000).default(''),
  category: category.default('other'),
  unitNodeId: id.optional(),
  publicYuan: yuan.default(0),
  socialYuan: yuan.default(0),
});
export const openVoteBody = z.strictObject({ closesAt: z.iso.datetime({ offset: true }) });
export const importResult = z.object({
  added: z.number(),
  errors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
});

// ---------- figures ----------
const kindFigures = z.object({
  ordered: z.number(),
  screened: z.number(),
  projects: z.number(),
  publicFen: z.number(),
  socialFen: z.number(),
  publicWan: z.number(),
  socialWan: z.number(),
  completed: z.number(),
  chosen: z.number(),
  ratings: z.number(),
  satisfaction: z.number().nullable(),
  satisfiedRate: z.number().nullable(),
});
export const figuresView = z.object({ year: z.number(), micro: kindFigures, livelihood: kindFigures });
export const figuresQuery = z.object({ nodeId: id.optional(), year });
export const unitScores = z.array(
  z.object({ unitNodeId: id, unitName: z.string(), score: z.number(), projects: z.number() }),
);
export const publicCommunity = z.object({
  nodeId: id,
  nodeName: z.string(),
  figures: kindFigures,
  items: z.array(
    z.object({
      id,
      kind,
      year: z.number(),
      title: z.string(),
      category,
      stage,
      publicFen: z.number(),
      socialFen: z.number(),
      progress: z.number(),
      ratings: z.number(),
      satisfaction: z.number().nullable(),
      completedAt: iso.nullable(),
    }),
  ),
});
