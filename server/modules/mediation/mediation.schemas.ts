/** Shapes of the mediation API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome } from '../../platform/http/routes.ts';
import { ACTIONS, CATEGORIES, PARTY_ROLES, ROOM_KINDS, STATES } from './mediation.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const iso = z.string();

export const state = z.enum(STATES);
export const category = z.enum(CATEGORIES);
export const roomKind = z.enum(ROOM_KINDS);
export const partyRole = z.enum(PARTY_ROLES);
export const action = z.enum(ACTIONS);

// ---------- rooms and steps ----------
export const roomView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  kind: roomKind,
  address: z.string(),
  mediators: z.array(z.object({ userId: id, name: z.string() })),
  can: z.object({ manage: z.boolean() }),
});
export const roomsQuery = z.object({ nodeId: id.optional() });
export const roomBody = z.strictObject({
  nodeId: id,
  name: text(100),
  kind: roomKind.default('people'),
  address: z.string().trim().max(200).default(''),
});
export const mediatorBody = z.strictObject({ username: text(64) });
export const stepView = z.object({ code: z.string(), name: z.string(), hint: z.string() });
export const stepsView = z.object({ steps: z.array(stepView), can: z.object({ edit: z.boolean() }) });
export const stepsBody = z.strictObject({
  nodeId: id,
  steps: z
    .array(
      z.strictObject({
        code: z
          .string()
          .trim()
          .regex(/^[a-z0-9_]{1,30}$/),
        name: text(100),
        hint: z.string().trim().max(200).default(''),
      }),
    )
    .min(1)
    .max(20),
});

// ---------- cases ----------
export const partyBody = z.strictObject({
  role: partyRole,
  name: text(50),
  phone: z.string().trim().max(20).optional(),
  idNumber: z.string().trim().max(18).optional(),
});
export const partyView = z.object({
  id,
  role: partyRole,
  /** Masked (李*明) unless revealed. */
  name: z.string(),
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
});
export const intakeBody = z.strictObject({
  nodeId: id,
  source: z.enum(['walk_in', 'referral']),
  referredBy: z.string().trim().max(100).default(''),
  category,
  title: text(100),
  summary: text(5000),
  roomId: id.optional(),
  parties: z.array(partyBody).max(20).default([]),
});
export const fromEventBody = z.strictObject({
  eventId: id,
  category: category.default('neighbour'),
  roomId: id.optional(),
});
export const caseSummary = z.object({
  id,
  number: z.string(),
  nodeId: id,
  nodeName: z.string(),
  roomId: id.nullable(),
  roomName: z.string().nullable(),
  roomKind: roomKind.nullable(),
  mediatorUserId: id.nullable(),
  mediatorName: z.string().nullable(),
  source: z.enum(['event', 'walk_in', 'referral']),
  category,
  title: z.string(),
  state,
  result: z.enum(['settled', 'unsettled']).nullable(),
  stepCode: z.string().nullable(),
  receivedAt: iso,
  concludedAt: iso.nullable(),
});
export const caseList = z.object({ total: z.number(), items: z.array(caseSummary) });
export const casesQuery = z.object({
  nodeId: id.optional(),
  roomId: id.optional(),
  state: state.optional(),
  open: z.enum(['0', '1']).optional(),
  q: z.string().trim().max(50).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(30),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
});
export const hearingView = z.object({
  id,
  heldAt: iso,
  place: z.string(),
  stepCode: z.string().nullable(),
  attendees: z.string(),
  minutes: z.string(),
});
export const agreementView = z.object({ text: z.string(), performance: z.string(), signedOn: z.string() });
export const referralView = z.object({
  id,
  kind: z.enum(['judicial_confirmation', 'court_mediation', 'psychological']),
  toName: z.string(),
  note: z.string(),
  referredAt: iso,
  outcome: z.string().nullable(),
  outcomeNote: z.string(),
  outcomeAt: iso.nullable(),
});
export const caseDetail = caseSummary.extend({
  summary: z.string(),
  referredBy: z.string(),
  eventId: id.nullable(),
  version: z.number(),
  parties: z.array(partyView),
  hearings: z.array(hearingView),
  agreement: agreementView.nullable(),
  referrals: z.array(referralView),
  history: z.array(z.object({ action: z.string(), from: state, to: state, note: z.string(), at: iso })),
  steps: z.array(stepView),
  actions: z.array(action),
  can: z.object({ reveal: z.boolean(), mediate: z.boolean(), manage: z.boolean() }),
});
export const hearingBody = z.strictObject({
  heldAt: z.iso.datetime({ offset: true }),
  place: text(100),
  stepCode: z.string().trim().max(30).nullable().optional(),
  attendees: text(500),
  minutes: text(10000),
});
export const transitionBody = z.strictObject({
  action: z.enum(
    ACTIONS.filter((a) => a !== 'hear') as [
      Exclude<(typeof ACTIONS)[number], 'hear'>,
      ...Exclude<(typeof ACTIONS)[number], 'hear'>[],
    ],
  ),
  version: z.number().int().min(1).max(2147483647),
  note: z.string().trim().max(2000).default(''),
  /** assign: the room and its mediator. */
  roomId: id.optional(),
  mediatorUserId: id.optional(),
  /** agree: the agreement. */
  agreement: z
    .strictObject({
      text: text(10000),
      performance: z.string().trim().max(2000).default(''),
      signedOn: z.iso.date(),
    })
    .optional(),
  /** refer_confirmation / refer_court: where to. */
  toName: z.string().trim().max(100).optional(),
});
export const psychBody = z.strictObject({ toName: text(100), note: z.string().trim().max(1000).default('') });
export const psychOutcomeBody = z.strictObject({
  outcome: z.enum(['done', 'declined']),
  note: z.string().trim().max(1000).default(''),
});
export const revealBody = z.strictObject({ reason: text(200) });
export const revealView = z.array(
  z.object({ id, name: z.string(), phone: z.string().nullable(), idNumber: z.string().nullable() }),
);
export const figuresQuery = z.object({
  nodeId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const figuresView = z.object({
  year: z.number(),
  received: z.number(),
  concluded: z.number(),
  settled: z.number(),
  rate: z.number().nullable(),
  inRoomsShare: z.number().nullable(),
  confirmed: z.number(),
  psychological: z.number(),
  rooms: z.array(
    z.object({
      id,
      name: z.string(),
      kind: roomKind,
      concluded: z.number(),
      settled: z.number(),
      rate: z.number().nullable(),
    }),
  ),
});
export const exportQuery = z.object({
  nodeId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** The case register (default) or the district's 331 steps. */
  what: z.enum(['cases', 'steps']).default('cases'),
});

// ---------- import ----------
export const caseImportResult = importOutcome({ node: z.string(), category, title: z.string() });
