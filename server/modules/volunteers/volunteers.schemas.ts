/** Shapes of the volunteers API, shared by the routes and the web pages. */
import { z } from 'zod';
import { SIGNUP_STATES } from './volunteers.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const iso = z.string();
const year = z.coerce.number().int().min(2000).max(2100);

export const teamBody = z.strictObject({
  nodeId: id,
  name: text(100),
  leader: z.string().trim().max(50).optional(),
});
export const teamView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  leader: z.string(),
  members: z.number(),
});
export const nodeQuery = z.object({ nodeId: id.optional(), year: year.optional() });

export const activityBody = z
  .strictObject({
    nodeId: id,
    teamId: id.optional(),
    title: text(100),
    description: z.string().trim().max(2000).optional(),
    place: z.string().trim().max(200).optional(),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    capacity: z.int().min(1).max(10000),
  })
  .refine((a) => new Date(a.endsAt) > new Date(a.startsAt), { path: ['endsAt'], message: 'endsAt' });
export const activityQuery = z.object({
  nodeId: id.optional(),
  when: z.enum(['upcoming', 'past', 'all']).default('upcoming'),
});
export const signupState = z.enum(SIGNUP_STATES);
export const activityView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  teamName: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  place: z.string(),
  startsAt: iso,
  endsAt: iso,
  capacity: z.number(),
  signedUp: z.number(),
  cancelled: z.boolean(),
  /** My sign-up, when I have one. */
  mine: z
    .object({
      state: signupState,
      checkinAt: iso.nullable(),
      checkoutAt: iso.nullable(),
      hours: z.number().nullable(),
    })
    .nullable(),
  can: z.object({ signUp: z.boolean(), organise: z.boolean() }),
});
export const signupView = z.object({
  volunteerId: id,
  label: z.string(),
  state: signupState,
  signedAt: iso,
  checkinAt: iso.nullable(),
  checkoutAt: iso.nullable(),
  /** Confirmed hours, or the hours the scans suggest while not confirmed. */
  hours: z.number().nullable(),
  suggested: z.number().nullable(),
});
export const activityDetail = activityView.extend({
  /** Organisers only: the QR secret and the sign-ups. */
  checkinToken: z.string().nullable(),
  signups: z.array(signupView),
});
export const scanBody = z.strictObject({ token: z.string().min(8).max(100) });
export const scanResult = z.object({ state: signupState, at: iso, replayed: z.boolean() });
export const confirmBody = z.strictObject({
  items: z
    .array(z.strictObject({ volunteerId: id, hours: z.number().min(0.5).max(24).multipleOf(0.5) }))
    .min(1)
    .max(1000),
});
export const myYear = z.object({
  year: z.number(),
  hours: z.number(),
  stars: z.number(),
  thresholds: z.array(z.number()),
  nextStarHours: z.number().nullable(),
  activities: z.array(
    z.object({ id, title: z.string(), startsAt: iso, state: signupState, hours: z.number().nullable() }),
  ),
});
export const certificateView = z.object({
  number: z.string(),
  name: z.string(),
  year: z.number(),
  hours: z.number(),
  stars: z.number(),
  activities: z.number(),
  issuer: z.string(),
  issuedOn: z.string(),
});
export const starLine = z.object({
  volunteerId: id,
  personId: id.nullable(),
  label: z.string(),
  nodeId: id,
  hours: z.number(),
  stars: z.number(),
});
export const settingsBody = z.strictObject({
  districtId: id,
  starHours: z.array(z.int().min(1).max(10000)).length(5),
  version: z.int().min(0),
});
export const settingsView = z.object({ districtId: id, starHours: z.array(z.number()), version: z.number() });
export const totalsView = z.object({
  nodeId: id,
  year: z.number(),
  teams: z.number(),
  volunteers: z.number(),
  hours: z.number(),
  activities: z.number(),
  starred: z.array(z.object({ stars: z.number(), count: z.number() })),
});
export const importResult = z.object({
  created: z.number(),
  errors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
});
