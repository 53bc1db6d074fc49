/** Shapes of the tasks API: the three orders 三令, fault tolerance 容错纠错, violations and consequences. */
import { z } from 'zod';
import { CONSEQUENCE_KINDS, ORDER_TRIGGERS } from './tasks.rules.ts';
import { id, day, text, reason, orderType, orderStatus } from './tasks.common.schemas.ts';

// ---------- orders 三令 ----------
export const orderView = z.object({
  id,
  districtId: id,
  taskId: id,
  taskTitle: z.string(),
  type: orderType,
  status: orderStatus,
  number: z.string().nullable(),
  year: z.number(),
  title: z.string(),
  body: z.string(),
  proposalReason: z.string().nullable(),
  /** What drafted it: 进展滞后、排名滞后、逾期、到期未达标、违规; 达标 for a commendation (null: by hand or award). */
  trigger: z.enum(ORDER_TRIGGERS).nullable(),
  origin: z.enum(['award', 'evaluation', 'officer']),
  decisionReason: z.string().nullable(),
  unitNodeId: id.nullable(),
  unitName: z.string().nullable(),
  /** Every unit that received it (the units its task was awarded to, lead first). */
  units: z.array(z.object({ nodeId: id, name: z.string(), lead: z.boolean() })),
  commanderName: z.string().nullable(),
  issuedAt: z.string().nullable(),
  createdAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  version: z.number(),
  pendingExemption: z.boolean(),
  /** What the caller may do with it (buttons show only for these). */
  can: z.object({
    edit: z.boolean(),
    issue: z.boolean(),
    dismiss: z.boolean(),
    acknowledge: z.boolean(),
    exempt: z.boolean(),
    consequences: z.boolean(),
    decideExemption: z.boolean(),
  }),
});
export const ordersQuery = z.object({
  type: orderType.optional(),
  status: orderStatus.optional(),
  unitNodeId: id.optional(),
  taskId: id.optional(),
  from: day.optional(),
  to: day.optional(),
});
export const createOrderBody = z.object({
  taskId: id,
  type: z.enum(['commendation', 'accountability']),
  title: text(200).optional(),
  body: text(8000).optional(),
  reason,
});
export const editOrderBody = z.object({
  title: text(200).optional(),
  body: text(8000).optional(),
  reason,
  version: z.number().int().min(1),
});
export const decideOrderBody = z.object({ reason, version: z.number().int().min(1) });

// ---------- fault tolerance 容错纠错 ----------
export const exemptionBody = z.object({
  orderId: id,
  grounds: text(4000),
  /** The innovation attempted in good faith. */
  innovation: text(2000),
});
export const decideExemptionBody = z.object({
  decision: z.enum(['grant', 'refuse']),
  reason,
});
export const exemptionView = z.object({
  id,
  taskId: id,
  orderId: id,
  grounds: z.string(),
  innovation: z.string(),
  status: z.enum(['pending', 'granted', 'refused']),
  decisionReason: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});

// ---------- violations and consequences ----------
export const violationBody = z.object({ description: text(2000), occurredOn: day });
export const consequenceInput = z.object({
  kind: z.enum(CONSEQUENCE_KINDS),
  /** Score or points change, signed (commendations add, accountability deducts). */
  points: z.number().min(-1000).max(1000).default(0),
  note: z.string().trim().max(1000).default(''),
  subjectNodeId: id.nullable().optional(),
  subjectPersonId: id.nullable().optional(),
});
export const consequencesBody = z.object({ items: z.array(consequenceInput).min(1).max(20) });
export const consequenceView = consequenceInput.extend({ id, orderId: id, createdAt: z.string() });
