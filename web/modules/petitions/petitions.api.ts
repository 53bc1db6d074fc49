/** The 信访 API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export {
  CATEGORIES,
  COLLECTIVE_MIN,
  ROUTE_CODES,
  STATES,
  SUGGESTED_ROUTE,
} from '../../../server/modules/petitions/petitions.rules.ts';

export type Visit = Res<'get', '/api/petitions/visits/{id}'>;
export type Studio = Res<'get', '/api/petitions/studios'>[number];
export type Figures = Res<'get', '/api/petitions/figures'>;
export type Notice = Res<'get', '/api/petitions/visits/{id}/notice'>;
export type Revealed = Res<'post', '/api/petitions/visits/{id}/reveal'>;
export type StudioImport = Res<'post', '/api/petitions/studios/import'>;
export type VisitInput = Body<'post', '/api/petitions/visits'>;
export type SubmitInput = Body<'post', '/api/petitions/submit'>;
export type StudioInput = Body<'post', '/api/petitions/studios'>;
export type TriageInput = Body<'post', '/api/petitions/visits/{id}/triage'>;
export type SettleInput = Body<'post', '/api/petitions/visits/{id}/settle'>;
export type RateInput = Body<'post', '/api/petitions/visits/{id}/rate'>;
export type SettingsInput = Body<'put', '/api/petitions/settings'>;

/** Visits the user reaches (mine: only their own filings). */
export const listVisits = (q: { nodeId?: string; state?: Visit['state']; mine?: '1' }) =>
  client.get('/api/petitions/visits', { query: q });
/** One visit. */
export const getVisit = (id: string) => client.get('/api/petitions/visits/{id}', { path: { id } });
/** Registers a visit (Idempotency-Key: safe to send again). */
export const registerVisit = (body: VisitInput, key: string) =>
  client.post('/api/petitions/visits', { body, headers: { 'idempotency-key': key } });
/** A resident files their own matter (Idempotency-Key). */
export const submitPetition = (body: SubmitInput, key: string) =>
  client.post('/api/petitions/submit', { body, headers: { 'idempotency-key': key } });
/** 诉访分离: routes a visit. */
export const triage = (id: string, body: TriageInput) =>
  client.post('/api/petitions/visits/{id}/triage', { path: { id }, body });
/** Records how a guided matter ended. */
export const settle = (id: string, body: SettleInput) =>
  client.post('/api/petitions/visits/{id}/settle', { path: { id }, body });
/** Assigns a department. */
export const assign = (id: string, body: Body<'post', '/api/petitions/visits/{id}/assign'>) =>
  client.post('/api/petitions/visits/{id}/assign', { path: { id }, body });
/** The department's reply. */
export const reply = (id: string, body: Body<'post', '/api/petitions/visits/{id}/reply'>) =>
  client.post('/api/petitions/visits/{id}/reply', { path: { id }, body });
/** Rates, asks for a review or closes. */
export const rate = (id: string, body: RateInput) =>
  client.post('/api/petitions/visits/{id}/rate', { path: { id }, body });
/** A visitor's full ID number and phone, for a reason (audited). */
export const revealVisit = (id: string, reason: string) =>
  client.post('/api/petitions/visits/{id}/reveal', { path: { id }, body: { reason } });
/** The printable notice of a triaged visit. */
export const getNotice = (id: string) => client.get('/api/petitions/visits/{id}/notice', { path: { id } });
/** Departments to assign. */
export const listDepartments = () => client.get('/api/petitions/departments');
/** Studios serving the user's places. */
export const listStudios = (nodeId?: string) => client.get('/api/petitions/studios', { query: { nodeId } });
/** Sets up a studio. */
export const createStudio = (body: StudioInput) => client.post('/api/petitions/studios', { body });
/** Checks (dryRun) or applies an import of studios. */
export const importStudios = (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/petitions/studios/import', { query: { dryRun: dryRun ? '1' : '0' }, body });
};
export const studiosExportUrl = (nodeId?: string) =>
  client.url('/api/petitions/studios/export', { query: { nodeId } });
export const visitsExportUrl = (nodeId?: string) =>
  client.url('/api/petitions/visits/export', { query: { nodeId } });
/** The district's deadlines. */
export const getSettings = () => client.get('/api/petitions/settings');
/** Changes them. */
export const saveSettings = (body: SettingsInput) => client.put('/api/petitions/settings', { body });
/** The figures of a node and year. */
export const getFigures = (q: { nodeId?: string; year?: number }) =>
  client.get('/api/petitions/figures', { query: q });
