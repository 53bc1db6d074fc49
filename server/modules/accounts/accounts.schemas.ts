/** Request and response shapes of the accounts API, shared by routes and the web client. */
import { z } from 'zod';
import { ROLES } from '../../platform/access/access.ts';
import { importOutcome } from '../../platform/http/routes.ts';

export const roleSchema = z.enum(ROLES);
export const loginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(256),
});
export const codeBody = z.object({ code: z.string().regex(/^\d{6}$/, 'accounts.totp_invalid') });
export const changePasswordBody = z.object({
  current: z.string().min(1).max(256),
  next: z.string().min(1).max(256),
});
export const createUserBody = z.object({
  username: z
    .string()
    .trim()
    .min(3)
    .max(50)
    .regex(/^[A-Za-z0-9_.-]+$/),
  displayName: z.string().trim().min(1).max(50),
  password: z.string().min(1).max(256),
  personId: z.uuid().nullish(),
  homeDistrictId: z.uuid().nullish(),
});
export const grantBody = z.object({ userId: z.uuid(), role: roleSchema, nodeId: z.uuid() });
export const policyBody = z.object({
  passwordPreset: z.enum(['mlps', 'asvs']),
  lockoutThreshold: z.number().int().min(1).max(100),
  lockoutMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  idleMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  absoluteHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30),
  passwordHistory: z.number().int().min(0).max(24).default(5),
  ipFailureLimit: z.number().int().min(3).max(10_000).default(50),
  ipBlockMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  totpRoles: z
    .array(roleSchema)
    .refine((a) => new Set(a).size === a.length, { message: 'validation.unique' }),
});
export const userListQuery = z.object({
  q: z.string().trim().max(50).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
/** One grant of an account, and whether the actor may revoke it. */
export const grantView = z.object({
  id: z.uuid(),
  role: roleSchema,
  nodeId: z.uuid(),
  nodeName: z.string(),
  can: z.object({ revoke: z.boolean() }),
});
/** An account as the list shows it, with what the actor may do with it. */
export const userView = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  totpEnabled: z.boolean(),
  locked: z.boolean(),
  passwordExpired: z.boolean(),
  createdAt: z.string(),
  grants: z.array(grantView),
  can: z.object({ manage: z.boolean(), grant: z.boolean() }),
});
/** GET /api/accounts/users */
export const userPage = z.object({ total: z.number(), items: z.array(userView) });
export const meView = z.object({
  authenticated: z.boolean(),
  mfaPending: z.boolean().optional(),
  totpEnrolled: z.boolean().optional(),
  lang: z.enum(['zh-CN', 'en-US']),
  user: z
    .object({
      id: z.uuid(),
      username: z.string(),
      displayName: z.string(),
      personId: z.string().nullable(),
      mustChangePassword: z.boolean(),
    })
    .optional(),
  grants: z
    .array(
      z.object({
        id: z.uuid(),
        role: z.string(),
        nodeId: z.uuid(),
        nodeName: z.string(),
        districtId: z.uuid(),
      }),
    )
    .optional(),
  abilities: z.array(z.string()).optional(),
  csrfToken: z.string().optional(),
  passwordPreset: z.enum(['mlps', 'asvs']).optional(),
});

/**
 * What an accounts import did (or, with dryRun, would do), and the new accounts' initial passwords,
 * given this once (none on a dry run).
 */
export const userImportResult = importOutcome({ username: z.string(), displayName: z.string() }).extend({
  accounts: z.array(z.object({ username: z.string(), displayName: z.string(), initialPassword: z.string() })),
});
/** What a grants import did (or, with dryRun, would do): each grant added or skipped as held already. */
export const grantImportResult = importOutcome({ username: z.string(), role: roleSchema, node: z.string() });
