/** Shapes of the 结对联系 API: pairs, contacts, help requests, make-up study (names shown, numbers masked). */
import { z } from 'zod';
import { yearMonth } from '../../platform/http/routes.ts';
import { CHANNELS } from './partymembers.pairing.rules.ts';

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date();
const risk = z.enum(['ok', 'risk', 'red']);

/** POST /api/partymembers/pairs: pair a mobile member with a resident branch member. */
export const pairBody = z.strictObject({
  memberId: z.uuid(),
  contactPersonId: z.uuid(),
  note: text(300).default(''),
});
export type PairInput = z.infer<typeof pairBody>;

/** Filters of the pairs list. */
/** Why a pair ends: 返回 (came home), 转出 (transferred out), 其他 (a note says why). */
export const endPairBody = z.strictObject({
  reason: z.enum(['returned', 'transferred', 'other']),
  note: text(500).default(''),
});
export const pairQuery = z.object({
  nodeId: z.uuid().optional(),
  memberId: z.uuid().optional(),
  status: z.enum(['active', 'ended']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type PairQuery = z.infer<typeof pairQuery>;

/** A pair as lists show it, judged in this month. */
export const pairView = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  memberName: z.string(),
  memberPhone: z.string().nullable(),
  destination: z.string(),
  work: z.string(),
  partyOrgName: z.string(),
  nodeName: z.string(),
  contactPersonId: z.uuid(),
  contactName: z.string(),
  status: z.enum(['active', 'ended']),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  /** Why it ended on purpose (null: still active, or ended by re-pairing). */
  endReason: z.enum(['returned', 'transferred', 'other']).nullable(),
  endNote: z.string(),
  note: z.string(),
  lastContact: z.string().nullable(),
  contactedThisMonth: z.boolean(),
  risk: risk.nullable(),
  can: z.object({ pair: z.boolean(), contact: z.boolean() }),
});
export const pairList = z.object({ total: z.number(), items: z.array(pairView) });

/** An outflowing member with no pair yet. */
export const unpairedView = z.object({
  memberId: z.uuid(),
  name: z.string(),
  phone: z.string().nullable(),
  partyOrgId: z.uuid(),
  partyOrgName: z.string(),
  nodeName: z.string(),
  destination: z.string(),
  work: z.string(),
  leftOn: z.string().nullable(),
});

/** A resident branch member who may keep in touch. */
export const candidateView = z.object({
  personId: z.uuid(),
  name: z.string(),
  phone: z.string().nullable(),
  partyOrgName: z.string(),
});
export const candidateQuery = z.object({ memberId: z.uuid() });

/** POST /api/partymembers/pairs/:id/contacts: one contact, from a phone (Idempotency-Key). */
export const contactBody = z.strictObject({
  contactedOn: isoDate,
  channel: z.enum(CHANNELS),
  needs: text(1000).default(''),
  study: text(1000).default(''),
  /** Raise the difficulties to the branch as a help request. */
  askHelp: z.boolean().default(false),
});
export type ContactInput = z.infer<typeof contactBody>;

export const contactView = z.object({
  id: z.uuid(),
  pairId: z.uuid(),
  contactedOn: z.string(),
  channel: z.enum(CHANNELS),
  needs: z.string(),
  study: z.string(),
});

/** A help request 帮扶请求. */
export const helpView = z.object({
  id: z.uuid(),
  pairId: z.uuid(),
  memberId: z.uuid(),
  memberName: z.string(),
  nodeName: z.string(),
  need: z.string(),
  status: z.enum(['open', 'helped']),
  helpedNote: z.string(),
  helpedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
  can: z.object({ help: z.boolean() }),
});
export const helpQuery = z.object({
  nodeId: z.uuid().optional(),
  status: z.enum(['open', 'helped']).optional(),
});
export const helpedBody = z.strictObject({ note: text(500).min(1), version: z.number().int().min(1) });

/** POST /api/partymembers/pairs/:id/study: a make-up study item 送学补课 the member completed. */
export const studyBody = z.strictObject({
  month: yearMonth,
  item: text(200).min(1),
  doneOn: isoDate,
});
export const studyView = z.object({ id: z.uuid(), month: z.string(), item: z.string(), doneOn: z.string() });

/** One pair with its last twelve months, contacts, help requests and study. */
export const pairDetail = pairView.extend({
  months: z.array(
    z.object({ month: z.string(), mark: z.enum(['contacted', 'missed', 'unpaired']), contacts: z.number() }),
  ),
  contacts: z.array(contactView),
  help: z.array(helpView),
  study: z.array(studyView),
});
