/** The volunteers API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export type Activity = Res<'get', '/api/volunteers/activities'>[number];
export type ActivityDetail = Res<'get', '/api/volunteers/activities/{id}'>;
export type ActivityInput = Body<'post', '/api/volunteers/activities'>;
export type MyYear = Res<'get', '/api/volunteers/me'>;
export type Certificate = Res<'get', '/api/volunteers/me/certificate'>;
export type Team = Res<'get', '/api/volunteers/teams'>[number];
export type Totals = Res<'get', '/api/volunteers/totals'>;
export type ScanResult = Res<'post', '/api/volunteers/activities/{id}/checkin'>;

/** Activities reaching me. */
export const listActivities = (q: { when?: 'upcoming' | 'past' | 'all'; nodeId?: string }) =>
  client.get('/api/volunteers/activities', { query: q });
/** One activity. */
export const getActivity = (id: string) => client.get('/api/volunteers/activities/{id}', { path: { id } });
/** Publishes an activity. */
export const createActivity = (body: ActivityInput) => client.post('/api/volunteers/activities', { body });
/** Signs up. */
export const signUp = (id: string) => client.post('/api/volunteers/activities/{id}/signup', { path: { id } });
/** Withdraws. */
export const withdraw = (id: string) =>
  client.post('/api/volunteers/activities/{id}/withdraw', { path: { id } });
/** Checks in or out with the QR code's secret. */
export const scan = (id: string, token: string, kind: 'checkin' | 'checkout') =>
  client.post(`/api/volunteers/activities/{id}/${kind}`, { path: { id }, body: { token } });
/** Confirms hours. */
export const confirmHours = (id: string, items: { volunteerId: string; hours: number }[]) =>
  client.post('/api/volunteers/activities/{id}/confirm', { path: { id }, body: { items } });
/** My year. */
export const getMyYear = (year?: number) => client.get('/api/volunteers/me', { query: { year } });
/** My certificate. */
export const getMyCertificate = (year?: number) =>
  client.get('/api/volunteers/me/certificate', { query: { year } });
/** A volunteer's certificate (organisers). */
export const getCertificateFor = (id: string, year?: number) =>
  client.get('/api/volunteers/volunteers/{id}/certificate', { path: { id }, query: { year } });
/** Teams. */
export const listTeams = (nodeId?: string) => client.get('/api/volunteers/teams', { query: { nodeId } });
/** Registers a team. */
export const createTeam = (body: { nodeId: string; name: string; leader?: string }) =>
  client.post('/api/volunteers/teams', { body });
/** Brings in the register's volunteers under a node. */
export const syncRegister = (nodeId: string) => client.post('/api/volunteers/sync', { body: { nodeId } });
/** A node's year. */
export const getTotals = (q: { nodeId?: string; year?: number }) =>
  client.get('/api/volunteers/totals', { query: q });
/** The Excel of volunteers and teams. */
export const volunteersExportUrl = (nodeId?: string) =>
  client.url('/api/volunteers/export', { query: { nodeId } });
/** A community's volunteer activities in public. */
export const getPublicVolunteers = (id: string) =>
  client.get('/api/public/volunteers/{id}', { path: { id } });
