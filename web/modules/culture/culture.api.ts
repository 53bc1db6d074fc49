/** The culture API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Query, type Res } from '../../app/client.ts';

export { KINDS, THEMES, HALVES, GENRES } from '../../../server/modules/culture/culture.rules.ts';

export type FacilityList = Res<'get', '/api/culture/facilities'>;
export type Facility = FacilityList['facilities'][number];
export type Figures = Res<'get', '/api/culture/figures'>;
export type Team = Res<'get', '/api/culture/teams/{id}'>;
export type Order = Res<'get', '/api/culture/orders'>['orders'][number];
export type OrderInput = Body<'post', '/api/culture/orders'>;
export type MoveInput = Body<'post', '/api/culture/orders/{id}/moves'>;
export type Volunteers = Res<'get', '/api/culture/volunteers'>;

/** The district's facilities. */
export const listFacilities = (query: Query<'get', '/api/culture/facilities'>) =>
  client.get('/api/culture/facilities', { query });
/** The figures of a node and year. */
export const getFigures = (query: Query<'get', '/api/culture/figures'>) =>
  client.get('/api/culture/figures', { query });
/** Checks (dryRun) or applies an import of the facilities. */
export const importFacilities = (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/culture/facilities/import', { query: { dryRun: dryRun ? '1' : '0' }, body });
};
export const facilitiesExportUrl = () => client.url('/api/culture/facilities/export', { query: {} });
/** The district's teams. */
export const listTeams = (query: Query<'get', '/api/culture/teams'>) =>
  client.get('/api/culture/teams', { query });
/** One team with members and programmes. */
export const getTeam = (id: string) => client.get('/api/culture/teams/{id}', { path: { id } });
/** Orders placed by my communities, or to answer for my troupes. */
export const listOrders = (query: Query<'get', '/api/culture/orders'>) =>
  client.get('/api/culture/orders', { query });
/** Orders a programme (Idempotency-Key: safe to send again from a phone). */
export const placeOrder = (body: OrderInput, key: string) =>
  client.post('/api/culture/orders', { body, headers: { 'idempotency-key': key } });
/** Moves an order. */
export const moveOrder = (id: string, body: MoveInput) =>
  client.post('/api/culture/orders/{id}/moves', { path: { id }, body });
/** Hours of my teams waiting to be confirmed. */
export const listHours = () => client.get('/api/culture/hours', { query: {} });
/** Confirms or rejects hours. */
export const decideHours = (id: string, accept: boolean) =>
  client.post('/api/culture/hours/{id}/decision', { path: { id }, body: { accept } });
/** Star volunteers of a year. */
export const getVolunteers = (query: Query<'get', '/api/culture/volunteers'>) =>
  client.get('/api/culture/volunteers', { query });
/** Issues (or finds) a member's certificate of a year. */
export const certify = (memberId: string, year: number) =>
  client.post('/api/culture/certificates', { body: { memberId, year } });
/** A certificate to print. */
export const getCertificate = (id: string) => client.get('/api/culture/certificates/{id}', { path: { id } });
/** Nominates a volunteer upward. */
export const nominate = (body: Body<'post', '/api/culture/nominations'>) =>
  client.post('/api/culture/nominations', { body });
export { TITLES } from '../../../server/modules/culture/culture.rules.ts';
export type Quotas = Res<'get', '/api/culture/quotas'>;
export type QuotaInput = Body<'put', '/api/culture/quotas'>;
/** The nomination quotas of a year with the places taken. */
export const getQuotas = (year: number) => client.get('/api/culture/quotas', { query: { year } });
/** The district sets a street's or community's quota. */
export const setQuota = (body: QuotaInput) => client.put('/api/culture/quotas', { body });
/** A member's full phone, with the reason (audited). */
export const revealMember = (id: string, reason: string) =>
  client.post('/api/culture/members/{id}/reveal', { path: { id }, body: { reason } });
