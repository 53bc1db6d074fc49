/** Residents' accounts as typed functions: types from the server's own zod schemas. */
import type { z } from 'zod';
import type {
  childView,
  claimResult,
  inviteResult,
  otpResult,
  residentMe,
  verifyResult,
} from '../../../server/modules/accounts/accounts.signup.schemas.ts';
import type { communitySearch } from '../../../server/modules/council/council.schemas.ts';
import type { personList } from '../../../server/modules/people/people.schemas.ts';
import { api, qs } from '../../app/api.ts';

/** My own page as a resident. */
export type ResidentMe = z.infer<typeof residentMe>;
/** A child linked to me. */
export type Child = z.infer<typeof childView>;
/** Communities found by name. */
export type Communities = z.infer<typeof communitySearch>;
/** A page of people (masked). */
export type People = z.infer<typeof personList>;

/** Sends a one-time code to a phone. */
export const requestCode = (phone: string) =>
  api<z.infer<typeof otpResult>>('POST', '/api/residents/otp', { phone });
/** Signs up or logs in with the code (the session cookie is set). */
export const verifyCode = (phone: string, code: string) =>
  api<z.infer<typeof verifyResult>>('POST', '/api/residents/session', { phone, code });
/** My page. */
export const getResidentMe = () => api<ResidentMe>('GET', '/api/residents/me');
/** Claims my record in the register by name and ID number. */
export const claimRecord = (body: { districtId: string; name: string; nationalId: string }) =>
  api<z.infer<typeof claimResult>>('POST', '/api/residents/claim', body);
/** Redeems an officer's invitation code. */
export const redeemInvite = (code: string) =>
  api<z.infer<typeof claimResult>>('POST', '/api/residents/redeem', { code });
/** Links my child as guardian, with consent. */
export const linkChild = (body: { name: string; nationalId: string }) =>
  api<Child>('POST', '/api/residents/children', { ...body, consent: true });
/** Withdraws consent for a child. */
export const unlinkChild = (id: string) => api('DELETE', `/api/residents/children/${id}`);
/** An officer's invitation code for a resident. */
export const inviteResident = (personId: string) =>
  api<z.infer<typeof inviteResult>>('POST', '/api/residents/invites', { personId });
/** Communities by name (public). */
export const searchCommunities = (q: string) =>
  api<Communities>('GET', `/api/public/council/communities${qs({ q })}`);
/** People in my scope by name (officers). */
export const searchPeople = (q: string) => api<People>('GET', `/api/people${qs({ q, limit: 20 })}`);
