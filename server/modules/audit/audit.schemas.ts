/** Request and response shapes of the auditor's API, shared by routes and the web client. */
import { z } from 'zod';

/** Filters of the audit log search and export. Times are ISO 8601 instants. */
export const auditFilters = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  actor: z.string().trim().min(1).max(100).optional(),
  action: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9_.]+$/)
    .optional(),
  result: z.enum(['ok', 'denied', 'failed']).optional(),
  objectType: z.string().trim().min(1).max(50).optional(),
  objectId: z.string().trim().min(1).max(200).optional(),
});
/** The search: filters plus paging. */
export const auditListQuery = auditFilters.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type AuditFilters = z.infer<typeof auditFilters>;

/** One audit entry as the auditor sees it; `at` is a UTC ISO instant. */
export const auditItem = z.object({
  seq: z.number(),
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  result: z.enum(['ok', 'denied', 'failed']),
  ip: z.string(),
  userAgent: z.string(),
  districtId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  /** The action's name in both languages (null: shown as its code). */
  actionName: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }).nullable(),
  /** Whose record it was: a resident's name masked (张*明), an officer's account or a node by name. */
  subject: z.string().nullable(),
});
export const auditPage = z.object({
  total: z.number(),
  /** More entries match than were counted (total is the cap). */
  totalCapped: z.boolean(),
  items: z.array(auditItem),
});
export const verifyView = z.object({
  ok: z.boolean(),
  count: z.number(),
  badSeq: z.number().optional(),
  reason: z.string().optional(),
});

/** The named actions, for the filter's choices. */
export const actionNames = z.array(z.object({ code: z.string(), 'zh-CN': z.string(), 'en-US': z.string() }));
