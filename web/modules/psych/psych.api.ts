/** The psych API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export {
  CATEGORIES,
  CONDITIONS,
  FOLLOWUP_WAYS,
  POINT_KINDS,
  POPULATIONS,
  TOPICS,
} from '../../../server/modules/psych/psych.rules.ts';

export type PointList = Res<'get', '/api/psych/points'>;
export type Point = PointList['items'][number];
export type Booking = Res<'get', '/api/psych/bookings/mine'>[number];
export type PatientList = Res<'get', '/api/psych/patients'>;
export type Patient = Res<'get', '/api/psych/patients/{id}'>;
export type Subsidy = Res<'get', '/api/psych/subsidies'>['items'][number];
export type Screenings = Res<'get', '/api/psych/screenings'>;
export type BookingInput = Body<'post', '/api/psych/bookings'>;
export type SessionInput = Body<'post', '/api/psych/bookings/{id}/session'>;
export type FollowupInput = Body<'post', '/api/psych/patients/{id}/followups'>;
export type ScreeningInput = Body<'post', '/api/psych/screenings'>;
export type HotlineList = Res<'get', '/api/psych/hotline'>;
export type HotlineInput = Body<'put', '/api/psych/hotline'>;
export type PointEdit = Body<'put', '/api/psych/points/{id}'>;
export type MoveInput = Body<'post', '/api/psych/subsidies/{id}/moves'>;

/** Service points with their counsellors. */
export const listPoints = (nodeId?: string) => client.get('/api/psych/points', { query: { nodeId } });
/** The points as Excel. */
export const pointsExportUrl = (nodeId?: string) =>
  client.url('/api/psych/points/export', { query: { nodeId } });
/** Checks (dryRun) or applies a point import under a node. */
export const importPoints = (nodeId: string) => (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/psych/points/import', { query: { nodeId, dryRun: dryRun ? '1' : '0' }, body });
};
/** Edits or closes a point and its counsellors at the version read. */
export const editPoint = (id: string, body: PointEdit) =>
  client.put('/api/psych/points/{id}', { path: { id }, body });
/** The hotline's calls and visits of a year. */
export const listHotline = (nodeId?: string, year?: number) =>
  client.get('/api/psych/hotline', { query: { nodeId, year } });
/** Records a node's month of the hotline (version to change one already there). */
export const recordHotline = (body: HotlineInput) => client.put('/api/psych/hotline', { body });
/** A counsellor's slots on a day. */
export const listSlots = (counsellorId: string, date: string) =>
  client.get('/api/psych/slots', { query: { counsellorId, date } });
/** Books a slot (Idempotency-Key). */
export const book = (body: BookingInput, key: string) =>
  client.post('/api/psych/bookings', { body, headers: { 'idempotency-key': key } });
/** My bookings. */
export const myBookings = () => client.get('/api/psych/bookings/mine');
/** Cancels my booking. */
export const cancelBooking = (id: string, version: number) =>
  client.post('/api/psych/bookings/{id}/cancel', { path: { id }, body: { version } });
/** The counsellor's bookings this week. */
export const mySessions = () => client.get('/api/psych/sessions');
/** Records a session. */
export const recordSession = (id: string, body: SessionInput) =>
  client.post('/api/psych/bookings/{id}/session', { path: { id }, body });
/** A session's notes (the counsellor only). */
export const sessionNotes = (id: string) => client.get('/api/psych/bookings/{id}/notes', { path: { id } });
/** Screening campaigns of a year. */
export const listScreenings = (nodeId?: string, year?: number) =>
  client.get('/api/psych/screenings', { query: { nodeId, year } });
/** Records a screening campaign. */
export const addScreening = (body: ScreeningInput) => client.post('/api/psych/screenings', { body });
/** The register (masked). */
export const listPatients = (nodeId?: string) => client.get('/api/psych/patients', { query: { nodeId } });
/** The register as Excel (masked). */
export const patientsExportUrl = (nodeId?: string) =>
  client.url('/api/psych/patients/export', { query: { nodeId } });
/** Checks (dryRun) or applies a patient import under a node. */
export const importPatients = (nodeId: string) => (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/psych/patients/import', { query: { nodeId, dryRun: dryRun ? '1' : '0' }, body });
};
/** One patient. */
export const getPatient = (id: string) => client.get('/api/psych/patients/{id}', { path: { id } });
/** Name and ID in full (audited). */
export const revealPatient = (id: string, reason: string) =>
  client.post('/api/psych/patients/{id}/reveal', { path: { id }, body: { reason } });
/** Logs a follow-up. */
export const addFollowup = (id: string, body: FollowupInput) =>
  client.post('/api/psych/patients/{id}/followups', { path: { id }, body });
/** Applies for the subsidy. */
export const applySubsidy = (id: string, monthlyFen: number) =>
  client.post('/api/psych/patients/{id}/subsidies', { path: { id }, body: { monthlyFen } });
/** Subsidy applications. */
export const listSubsidies = () => client.get('/api/psych/subsidies', { query: {} });
/** The subsidies as Excel. */
export const subsidiesExportUrl = () => client.url('/api/psych/subsidies/export', { query: {} });
/** Checks, approves or rejects. */
export const moveSubsidy = (id: string, body: MoveInput) =>
  client.post('/api/psych/subsidies/{id}/moves', { path: { id }, body });
/** Records a month's payment. */
export const paySubsidy = (id: string, month: string) =>
  client.post('/api/psych/subsidies/{id}/payments', { path: { id }, body: { month } });
