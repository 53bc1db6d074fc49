/** Shapes of residents' sign-up, claiming, invitations and guardianship. */
import { z } from 'zod';

const id = z.uuid();
const phone = z.string().trim().min(1).max(20);

/** POST /api/residents/otp */
export const otpBody = z.strictObject({ phone });
export const otpResult = z.object({ expiresIn: z.number(), resendIn: z.number() });

/** POST /api/residents/session: sign up or log in with the code. */
export const verifyBody = z.strictObject({
  phone,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});
export const verifyResult = z.object({ created: z.boolean(), verified: z.boolean() });

/** POST /api/residents/claim */
export const claimBody = z.strictObject({
  /** The district of the community the resident chose (its records are searched). */
  districtId: id,
  name: z.string().trim().min(1).max(50),
  nationalId: z.string().trim().min(1).max(32),
});
export const claimResult = z.object({ communityId: id, communityName: z.string() });

/** POST /api/residents/invites */
/** districtId may be left out: the districts the officer works in are searched. */
export const inviteBody = z.strictObject({ districtId: id.optional(), personId: id });
export const inviteResult = z.object({ code: z.string(), expiresAt: z.string(), personName: z.string() });

/** POST /api/residents/redeem */
export const redeemBody = z.strictObject({ code: z.string().trim().min(1).max(20) });

/** POST /api/residents/children */
export const childBody = z.strictObject({
  name: z.string().trim().min(1).max(50),
  nationalId: z.string().trim().min(1).max(32),
  consent: z.literal(true),
});
export const childView = z.object({
  personId: id,
  /** The child's name, for the guardian's own eyes. */
  name: z.string(),
  age: z.number(),
  consentedAt: z.string(),
});

/** GET /api/residents/me: the resident's own page. */
export const residentMe = z.object({
  userId: id,
  displayName: z.string(),
  /** Masked (138****5678); null for accounts made without a phone. */
  phone: z.string().nullable(),
  verified: z.boolean(),
  community: z.object({ id, name: z.string(), districtId: id }).nullable(),
  children: z.array(childView),
  consentText: z.string(),
});
