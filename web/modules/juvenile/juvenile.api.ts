/** The juvenile API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export { OUTCOMES, SOURCES } from '../../../server/modules/juvenile/juvenile.rules.ts';

export type CaseList = Res<'get', '/api/juvenile/cases'>;
export type CaseRow = CaseList['items'][number];
export type Case = Res<'get', '/api/juvenile/cases/{id}'>;
export type Matches = Res<'get', '/api/juvenile/cases/{id}/matches'>;
export type Report = Res<'get', '/api/juvenile/cases/{id}/report'>;
export type Figures = Res<'get', '/api/juvenile/figures'>;
export type CaseInput = Body<'post', '/api/juvenile/cases'>;
export type SessionInput = Body<'post', '/api/juvenile/cases/{id}/sessions'>;
export type EvaluationInput = Body<'post', '/api/juvenile/cases/{id}/evaluations'>;
export type CloseInput = Body<'post', '/api/juvenile/cases/{id}/close'>;

/** The cases in reach, referred in a year. */
export const listCases = (nodeId?: string, year?: number) =>
  client.get('/api/juvenile/cases', { query: { nodeId, year } });
/** The register as Excel (masked). */
export const casesExportUrl = (nodeId?: string, year?: number) =>
  client.url('/api/juvenile/cases/export', { query: { nodeId, year } });
/** Registers a referred young person (once per key). */
export const registerCase = (body: CaseInput, key: string) =>
  client.post('/api/juvenile/cases', { body, headers: { 'idempotency-key': key } });
/** One case. */
export const getCase = (id: string) => client.get('/api/juvenile/cases/{id}', { path: { id } });
/** The full name and ID number (audited). */
export const revealCase = (id: string, reason: string) =>
  client.post('/api/juvenile/cases/{id}/reveal', { path: { id }, body: { reason } });
/** Social workers suggested for a case. */
export const getMatches = (id: string) => client.get('/api/juvenile/cases/{id}/matches', { path: { id } });
/** Assigns a worker and the plan. */
export const assignWorker = (id: string, body: Body<'post', '/api/juvenile/cases/{id}/assign'>) =>
  client.post('/api/juvenile/cases/{id}/assign', { path: { id }, body });
/** Logs a session (once per key). */
export const addSession = (id: string, body: SessionInput, key: string) =>
  client.post('/api/juvenile/cases/{id}/sessions', {
    path: { id },
    body,
    headers: { 'idempotency-key': key },
  });
/** Records an evaluation (once per key). */
export const addEvaluation = (id: string, body: EvaluationInput, key: string) =>
  client.post('/api/juvenile/cases/{id}/evaluations', {
    path: { id },
    body,
    headers: { 'idempotency-key': key },
  });
/** Closes a case. */
export const closeCase = (id: string, body: CloseInput) =>
  client.post('/api/juvenile/cases/{id}/close', { path: { id }, body });
/** The numbered closing report. */
export const getReport = (id: string) => client.get('/api/juvenile/cases/{id}/report', { path: { id } });
/** The district's libraries. */
export const getLibrary = (nodeId?: string) => client.get('/api/juvenile/library', { query: { nodeId } });
/** The figures of a year. */
export const getFigures = (nodeId?: string, year?: number) =>
  client.get('/api/juvenile/figures', { query: { nodeId, year } });
