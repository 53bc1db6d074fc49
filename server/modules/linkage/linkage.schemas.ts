/** Shapes of the linkage API, shared by the routes and the web pages. */
import { z } from 'zod';
import { HOST_KINDS, ITEM_ACTIONS, ITEM_STATES, LINK_KINDS, SESSION_FORMATS } from './linkage.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).optional();
const day = z.iso.date();
const iso = z.string();
const version = z.number().int().min(1).max(2_000_000_000);

export const nodeQuery = z.object({ nodeId: id.optional() });
export const yearQuery = z.object({
  nodeId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

// ---------- 三联三领 ----------
export const linkBody = z.object({
  nodeId: id,
  kind: z.enum(LINK_KINDS),
  linkerName: text(60),
  linkerUnit: optText(100),
  linkerUserId: id.optional(),
  startedOn: day,
});
export const linkView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  kind: z.enum(LINK_KINDS),
  linkerName: z.string(),
  linkerUnit: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  items: z.number(),
  done: z.number(),
  can: z.object({ manage: z.boolean(), addItem: z.boolean() }),
});
export const itemBody = z.object({ title: text(200), detail: optText(2000), dueOn: day.optional() });
export const itemView = z.object({
  id,
  linkId: id,
  nodeName: z.string(),
  kind: z.enum(LINK_KINDS),
  itemKind: z.enum(['hard_problem', 'project', 'example']),
  linkerName: z.string(),
  title: z.string(),
  detail: z.string(),
  state: z.enum(ITEM_STATES),
  progress: z.number(),
  dueOn: z.string().nullable(),
  note: z.string(),
  overdue: z.boolean(),
  version: z.number(),
  actions: z.array(z.enum(ITEM_ACTIONS)),
});
export const linkDetail = linkView.extend({ items: z.array(itemView), itemCount: z.number() });
export const itemMoveBody = z.object({
  action: z.enum(ITEM_ACTIONS),
  progress: z.number().int().min(0).max(100).optional(),
  note: optText(2000),
  version,
});

// ---------- 三官三师 ----------
export const expertRole = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,30}$/),
  name: text(20),
  grp: z.enum(['official', 'professional']),
});
export const rolesView = z.object({
  roles: z.array(expertRole),
  configured: z.boolean(),
  can: z.object({ manage: z.boolean() }),
});
export const rolesBody = z.object({ nodeId: id, roles: z.array(expertRole).min(1).max(20) });
export const expertBody = z.object({
  nodeId: id,
  role: z.string().trim().min(1).max(31),
  name: text(40),
  unit: optText(100),
  phone: z.string().trim().max(20).optional(),
  officeHours: optText(200),
});
export const expertPatch = z.object({
  unit: optText(100),
  officeHours: optText(200),
  active: z.boolean().optional(),
  version,
});
export const expertView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  role: z.string(),
  roleName: z.string(),
  name: z.string(),
  unit: z.string(),
  /** Masked: 138****1234. */
  phone: z.string(),
  officeHours: z.string(),
  active: z.boolean(),
  cases: z.number(),
  version: z.number(),
  can: z.object({ manage: z.boolean() }),
});
export const rosterView = z.object({
  roles: z.array(expertRole),
  nodes: z.array(
    z.object({
      nodeId: id,
      nodeName: z.string(),
      level: z.string(),
      experts: z.array(expertView),
      /** Role codes with nobody on duty: the roster is not yet 配齐. */
      missing: z.array(z.string()),
    }),
  ),
});
export const caseBody = z.object({
  takenOn: day,
  summary: text(500),
  outcome: optText(1000),
  closed: z.boolean().optional(),
});
export const caseView = z.object({
  id,
  takenOn: z.string(),
  summary: z.string(),
  outcome: z.string(),
  closed: z.boolean(),
});
export const importResult = z.object({
  imported: z.number(),
  errors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
});

// ---------- 两代表一委员进社区 ----------
export const sessionBody = z.object({
  nodeId: id,
  format: z.enum(SESSION_FORMATS),
  hostKind: z.enum(HOST_KINDS),
  hostName: optText(60),
  startsAt: z.iso.datetime({ offset: true }),
  place: optText(200),
});
export const holdBody = z.object({
  action: z.enum(['hold', 'cancel']),
  attendance: z.number().int().min(0).max(100_000).optional(),
  summary: optText(2000),
  problems: z.array(text(1000)).max(100).optional(),
  version,
});
export const problemBody = z.object({ text: text(1000) });
export const answerBody = z.object({
  action: z.enum(['answer', 'reopen']),
  answer: optText(2000),
  version,
});
export const problemView = z.object({
  id,
  sessionId: id,
  nodeName: z.string(),
  hostName: z.string(),
  text: z.string(),
  state: z.enum(['open', 'answered']),
  dueOn: z.string(),
  answer: z.string(),
  answeredAt: iso.nullable(),
  overdue: z.boolean(),
  version: z.number(),
  can: z.object({ answer: z.boolean() }),
});
export const sessionView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  format: z.enum(SESSION_FORMATS),
  hostKind: z.enum(HOST_KINDS),
  hostName: z.string(),
  startsAt: iso,
  place: z.string(),
  state: z.enum(['planned', 'held', 'cancelled']),
  attendance: z.number().nullable(),
  summary: z.string(),
  problems: z.number(),
  answered: z.number(),
  version: z.number(),
  can: z.object({ record: z.boolean() }),
});
export const sessionDetail = sessionView.extend({ problemList: z.array(problemView) });
export const figuresView = z.object({
  leaderLinks: z.number(),
  departmentLinks: z.number(),
  memberLinks: z.number(),
  items: z.number(),
  itemsDone: z.number(),
  experts: z.number(),
  cases: z.number(),
  sessions: z.number(),
  attendance: z.number(),
  problems: z.number(),
  answered: z.number(),
});
