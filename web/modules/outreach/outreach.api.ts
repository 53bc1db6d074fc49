/** The outreach (双报到) API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export { KINDS, RATINGS, STATES } from '../../../server/modules/outreach/outreach.rules.ts';

export type ReportList = Res<'get', '/api/outreach/reports'>;
export type ReportRow = ReportList['items'][number];
export type Report = Res<'get', '/api/outreach/reports/{id}'>;
export type Me = Res<'get', '/api/outreach/me'>;
export type ProgrammeList = Res<'get', '/api/outreach/programmes'>;
export type Figures = Res<'get', '/api/outreach/figures'>;
export type MemberImport = Res<'post', '/api/outreach/import'>;
export type PublicPledges = Res<'get', '/api/outreach/public/communities/{id}/pledges'>;
export type ReportInput = Body<'post', '/api/outreach/me/report'>;
export type ServiceInput = Body<'post', '/api/outreach/me/services'>;
export type PledgeInput = Body<'post', '/api/outreach/me/pledges'>;
export type FulfilInput = Body<'post', '/api/outreach/pledges/{id}/fulfil'>;
export type MoveInput = Body<'post', '/api/outreach/reports/{id}/moves'>;
export type ServiceMoveInput = Body<'post', '/api/outreach/services/{id}/moves'>;
export type FeedbackInput = Body<'put', '/api/outreach/reports/{id}/feedback'>;
export type ProgrammeInput = Body<'post', '/api/outreach/programmes'>;

const idem = (key: string) => ({ 'idempotency-key': key });

/** My report, services and pledges this year. */
export const getMe = () => client.get('/api/outreach/me');
/** 报到 (a retry with the same key is the same report). */
export const reportTo = (body: ReportInput, key: string) =>
  client.post('/api/outreach/me/report', { body, headers: idem(key) });
/** Records a service. */
export const addService = (body: ServiceInput, key: string) =>
  client.post('/api/outreach/me/services', { body, headers: idem(key) });
/** Makes a pledge. */
export const addPledge = (body: PledgeInput, key: string) =>
  client.post('/api/outreach/me/pledges', { body, headers: idem(key) });
/** Records how a pledge was kept. */
export const fulfilPledge = (id: string, body: FulfilInput) =>
  client.post('/api/outreach/pledges/{id}/fulfil', { path: { id }, body });
/** The register under a node, of a year. */
export const listReports = (nodeId?: string, year?: number) =>
  client.get('/api/outreach/reports', { query: { nodeId, year } });
/** The register as Excel. */
export const registerExportUrl = (nodeId?: string, year?: number) =>
  client.url('/api/outreach/reports/export', { query: { nodeId, year } });
/** The hours as Excel. */
export const hoursExportUrl = (nodeId?: string, year?: number) =>
  client.url('/api/outreach/hours/export', { query: { nodeId, year } });
/** One report. */
export const getReport = (id: string) => client.get('/api/outreach/reports/{id}', { path: { id } });
/** Accepts, declines or places a report. */
export const moveReport = (id: string, body: MoveInput) =>
  client.post('/api/outreach/reports/{id}/moves', { path: { id }, body });
/** Confirms or returns a service. */
export const moveService = (id: string, body: ServiceMoveInput) =>
  client.post('/api/outreach/services/{id}/moves', { path: { id }, body });
/** Sends the year's feedback. */
export const sendFeedback = (id: string, body: FeedbackInput) =>
  client.put('/api/outreach/reports/{id}/feedback', { path: { id }, body });
/** The unit marks the feedback read. */
export const markFeedbackRead = (id: string) =>
  client.post('/api/outreach/reports/{id}/feedback/read', { path: { id } });
/** Programmes of a year. */
export const listProgrammes = (nodeId?: string, year?: number) =>
  client.get('/api/outreach/programmes', { query: { nodeId, year } });
/** Registers a programme. */
export const addProgramme = (body: ProgrammeInput, key: string) =>
  client.post('/api/outreach/programmes', { body, headers: idem(key) });
/** The figures of a year. */
export const getFigures = (nodeId?: string, year?: number) =>
  client.get('/api/outreach/figures', { query: { nodeId, year } });
/** Checks (dryRun) or applies a unit's member list. */
export const importMembers = (nodeId: string, year: number) => (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/outreach/import', { query: { nodeId, year, dryRun: dryRun ? '1' : '0' }, body });
};
/** A community's public pledges. */
export const getPublicPledges = (id: string) =>
  client.get('/api/outreach/public/communities/{id}/pledges', { path: { id } });
