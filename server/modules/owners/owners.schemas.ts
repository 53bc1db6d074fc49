/** Shapes of the owners API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { CHANNELS, CHOICES, ELECTION_STATES, MATTER_KINDS, VETTING } from './owners.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
const version = z.number().int().min(1).max(2_000_000_000);

export const nodeQuery = z.object({ nodeId: id.optional() });
export const assembliesQuery = z.object({
  nodeId: id.optional(),
  compoundId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  state: z.enum(['open', 'closed']).optional(),
});

/** A compound with its register's figures. */
export const compoundRow = z.object({
  id,
  name: z.string(),
  nodeName: z.string(),
  units: z.number(),
  owners: z.number(),
  areaM2: z.number(),
  linked: z.number(),
});
export const compoundList = z.object({
  items: z.array(compoundRow),
  can: z.object({ register: z.boolean(), assembly: z.boolean(), elect: z.boolean() }),
});

/** An owner in the register (phone masked). */
export const ownerRow = z.object({
  id,
  name: z.string(),
  phone: z.string(),
  rooms: z.array(z.string()),
  areaM2: z.number(),
  linked: z.boolean(),
});
export const ownerList = z.object({
  compound: z.object({ id, name: z.string(), nodeName: z.string() }),
  items: z.array(ownerRow),
  totals: z.object({ units: z.number(), owners: z.number(), areaM2: z.number() }),
  can: z.object({ register: z.boolean(), reveal: z.boolean(), export: z.boolean() }),
});

/** A unit typed in by hand: room, floor area (m², two decimals), its owner. */
export const unitBody = z.object({
  room: text(40),
  area: z
    .string()
    .trim()
    .regex(/^\d{1,7}(\.\d{1,2})?$/, { message: '0.01–1000000' }),
  name: text(40),
  phone: z.string().trim().max(20).default(''),
});
export const linkBody = z.object({ username: text(64) });
export const revealed = z.object({ phone: z.string() });

export const importQuery = z.object({ dryRun: z.enum(['0', '1']).default('0') });
export const importResult = importOutcome({ room: z.string(), name: z.string() });

/** Opening an assembly 业主大会 with its matters. */
export const assemblyBody = z.object({
  compoundId: id,
  title: text(120),
  opensOn: day,
  closesOn: day,
  matters: z
    .array(z.object({ title: text(200), kind: z.enum(MATTER_KINDS) }))
    .min(1)
    .max(20),
});

const count = z.object({ area: z.number(), heads: z.number() });
/** A matter with its tally now (or as frozen when the assembly closed). */
export const matterView = z.object({
  seq: z.number(),
  title: z.string(),
  kind: z.enum(MATTER_KINDS),
  yes: count,
  no: count,
  abstain: count,
  participating: count,
  quorum: z.object({ area: z.boolean(), heads: z.boolean() }),
  pass: z.object({ area: z.boolean(), heads: z.boolean() }),
  passed: z.boolean(),
});
export const assemblyRow = z.object({
  id,
  compoundId: id,
  compoundName: z.string(),
  title: z.string(),
  state: z.enum(['open', 'closed']),
  opensOn: z.string(),
  closesOn: z.string(),
  counted: z.number(),
  pending: z.number(),
  totalOwners: z.number(),
  noticeNo: z.string().nullable(),
});
export const assemblyList = z.object({
  items: z.array(assemblyRow),
  can: z.object({ open: z.boolean() }),
});
export const ballotView = z.object({
  ownerId: id,
  name: z.string(),
  channel: z.enum(CHANNELS),
  choices: z.array(z.enum(CHOICES)),
  areaM2: z.number(),
  confirmed: z.boolean(),
  mine: z.boolean(),
  /** The proxy who cast it for the owner (委托投票), or null. */
  proxyName: z.string().nullable(),
  /** How often it was changed before the close (the last one counts). */
  changes: z.number(),
});
/** A written authorisation 委托书 for one assembly. */
export const proxyView = z.object({
  principalId: id,
  principalName: z.string(),
  proxyName: z.string(),
  proxyOwnerId: id.nullable(),
  document: z.string(),
  state: z.enum(['active', 'voided']),
});
export const assemblyView = assemblyRow.extend({
  totals: count,
  matters: z.array(matterView),
  ballots: z.array(ballotView),
  proxies: z.array(proxyView),
  proxyLimit: z.number(),
  version: z.number(),
  can: z.object({ enter: z.boolean(), confirm: z.boolean(), close: z.boolean() }),
});

/** A paper ballot entered by an officer for an owner. */
export const paperBody = z.object({
  ownerId: id,
  choices: z.array(z.enum(CHOICES)).min(1).max(20),
  /** Cast by the owner's proxy under an active written authorisation. */
  byProxy: z.boolean().optional(),
});
/** Recording an owner's written authorisation 委托书 of another person for one assembly. */
export const proxyBody = z.strictObject({
  principalId: id,
  /** The person authorised (as written on the authorisation). */
  proxyName: text(40),
  /** When the proxy is an owner of the compound. */
  proxyOwnerId: id.optional(),
  /** The scanned document's reference or a note on the written authorisation. */
  document: text(200),
});
export const confirmBody = z.object({ ownerId: id });
export const closeBody = z.object({ version });
/** An owner's online ballot. */
export const voteBody = z.object({ ownerId: id, choices: z.array(z.enum(CHOICES)).min(1).max(20) });

/** The assemblies a resident may vote in now. */
export const myBallots = z.object({
  items: z.array(
    z.object({
      assemblyId: id,
      title: z.string(),
      closesOn: z.string(),
      ownerId: id,
      ownerName: z.string(),
      voted: z.boolean(),
      matters: z.array(z.object({ seq: z.number(), title: z.string(), kind: z.enum(MATTER_KINDS) })),
    }),
  ),
});

/** The printable 表决结果公告. */
export const noticeView = z.object({
  noticeNo: z.string(),
  compoundName: z.string(),
  nodeName: z.string(),
  title: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  closedOn: z.string(),
  totals: count,
  matters: z.array(matterView),
});

/** Calling a 业委会 election. */
export const electionBody = z.object({ compoundId: id, seats: z.number().int().min(3).max(15) });
export const candidateBody = z.object({
  ownerId: id,
  partyMember: z.boolean(),
  crossPost: z.boolean(),
});
export const vetBody = z.object({
  candidateId: id,
  pass: z.boolean(),
  reason: z.string().trim().max(500).default(''),
});
export const electionBallotBody = z.object({ opensOn: day, closesOn: day });
export const electionRow = z.object({
  id,
  compoundId: id,
  compoundName: z.string(),
  seats: z.number(),
  state: z.enum(ELECTION_STATES),
  candidates: z.number(),
  elected: z.number(),
  assemblyId: id.nullable(),
  termStarts: z.string().nullable(),
  termEnds: z.string().nullable(),
  renewalDue: z.boolean(),
});
export const electionList = z.object({ items: z.array(electionRow), can: z.object({ call: z.boolean() }) });
export const electionView = electionRow.extend({
  version: z.number(),
  candidatesList: z.array(
    z.object({
      id,
      ownerId: id,
      name: z.string(),
      partyMember: z.boolean(),
      crossPost: z.boolean(),
      vetting: z.enum(VETTING),
      vetReason: z.string(),
      elected: z.boolean(),
    }),
  ),
  partyShare: z.number().nullable(),
  crossShare: z.number().nullable(),
  can: z.object({ nominate: z.boolean(), vet: z.boolean(), ballot: z.boolean() }),
});
