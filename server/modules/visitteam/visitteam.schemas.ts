/** Shapes of the visitteam API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { CHECK_ITEMS, MAX_ROUND_MEMBERS } from './visitteam.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
const version = z.number().int().min(1).max(2_000_000_000);

export const overviewQuery = z.object({ year: z.coerce.number().int().min(2000).max(2099).optional() });

/** A member of the team (the phone masked). */
export const memberRow = z.object({
  id,
  name: z.string(),
  phone: z.string(),
  street: z.string(),
  termStart: z.string(),
  termEnd: z.string(),
  inTerm: z.boolean(),
});

/** A round as the list shows it. */
export const roundRow = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  streetName: z.string(),
  heldOn: z.string(),
  state: z.enum(['scheduled', 'today', 'held']),
  items: z.array(z.enum(CHECK_ITEMS)),
  members: z.number(),
  findings: z.number(),
  fixed: z.number(),
});

export const figuresView = z.object({
  year: z.number(),
  rounds: z.number(),
  findings: z.number(),
  fixed: z.number(),
  fixedShare: z.number().nullable(),
});

export const overviewView = z.object({
  /** Empty for those who do not keep the roster. */
  members: z.array(memberRow),
  rounds: z.array(roundRow),
  figures: figuresView,
  can: z.object({ manage: z.boolean(), record: z.boolean(), fix: z.boolean() }),
});

export const findingView = z.object({
  id,
  item: z.enum(CHECK_ITEMS),
  place: z.string(),
  seen: z.string(),
  memberName: z.string().nullable(),
  foundOn: z.string(),
  fixedOn: z.string().nullable(),
  fixedNote: z.string(),
  version: z.number(),
});

export const roundView = roundRow.extend({
  note: z.string(),
  version: z.number(),
  memberList: z.array(memberRow),
  findingList: z.array(findingView),
  /** Members in term on the round's day, for the organiser to pick from (empty for others). */
  candidates: z.array(memberRow),
  can: z.object({ staff: z.boolean(), record: z.boolean(), fix: z.boolean() }),
});

export const memberBody = z.object({
  name: text(40),
  phone: z.string().trim().max(20).default(''),
  street: z.string().trim().max(40).default(''),
  termStart: day,
  termEnd: day,
});

export const roundBody = z.object({
  nodeId: id,
  heldOn: day,
  items: z.array(z.enum(CHECK_ITEMS)).min(1).max(CHECK_ITEMS.length),
  memberIds: z.array(id).max(MAX_ROUND_MEMBERS).default([]),
  note: z.string().trim().max(500).default(''),
});

export const staffBody = z.object({ memberIds: z.array(id).max(MAX_ROUND_MEMBERS), version });

export const findingBody = z.object({
  item: z.enum(CHECK_ITEMS),
  memberId: id.optional(),
  place: text(100),
  seen: text(1000),
});

export const fixBody = z.object({ fixedOn: day, note: text(500), version });

export const importResult = importOutcome({ name: z.string(), street: z.string() });
