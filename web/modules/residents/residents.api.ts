/** Residents' accounts as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Res } from '../../app/client.ts';

/** My own page as a resident. */
export type ResidentMe = Res<'get', '/api/residents/me'>;
/** A child linked to me. */
export type Child = Res<'post', '/api/residents/children'>;
/** Communities found by name. */
export type Communities = Res<'get', '/api/public/council/communities'>;
/** A page of people (masked). */
export type People = Res<'get', '/api/people'>;

/** Sends a one-time code to a phone. */
export const requestCode = (phone: string) => client.post('/api/residents/otp', { body: { phone } });
/** Signs up or logs in with the code (the session cookie is set). */
export const verifyCode = (phone: string, code: string) =>
  client.post('/api/residents/session', { body: { phone, code } });
/** My page. */
export const getResidentMe = () => client.get('/api/residents/me');
/** Claims my record in the register by name and ID number. */
export const claimRecord = (body: { districtId: string; name: string; nationalId: string }) =>
  client.post('/api/residents/claim', { body });
/** Redeems an officer's invitation code. */
export const redeemInvite = (code: string) => client.post('/api/residents/redeem', { body: { code } });
/** Links my child as guardian, with consent. */
export const linkChild = (body: { name: string; nationalId: string }) =>
  client.post('/api/residents/children', { body: { ...body, consent: true } });
/** Withdraws consent for a child. */
export const unlinkChild = (id: string) => client.delete('/api/residents/children/{id}', { path: { id } });
/** An officer's invitation code for a resident. */
export const inviteResident = (personId: string) =>
  client.post('/api/residents/invites', { body: { personId } });
/** Communities by name (public). */
export const searchCommunities = (q: string) =>
  client.get('/api/public/council/communities', { query: { q } });
/** People in my scope by name (officers). */
export const searchPeople = (q: string) => client.get('/api/people', { query: { q, limit: 20 } });
