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

export { LIBRARY_KINDS, SITE_KINDS } from '../../../server/modules/juvenile/juvenile.rules.ts';
export type Library = Res<'get', '/api/juvenile/library'>;
export type LibraryImportRow = Res<'post', '/api/juvenile/library/import'>['rows'][number];
export type WorkerList = Res<'get', '/api/juvenile/workers'>;
export type Worker = WorkerList['items'][number];
export type WorkerInput = Body<'post', '/api/juvenile/workers'>;
export type WorkerUpdate = Body<'put', '/api/juvenile/workers/{id}'>;
export type SiteList = Res<'get', '/api/juvenile/sites'>;
export type Site = SiteList['items'][number];
export type SiteInput = Body<'post', '/api/juvenile/sites'>;
export type Activity = Res<'get', '/api/juvenile/activities'>['items'][number];
export type ActivityInput = Body<'post', '/api/juvenile/activities'>;

/** The libraries as Excel. */
export const libraryExportUrl = (nodeId?: string) =>
  client.url('/api/juvenile/library/export', { query: { nodeId } });
/** Checks (dryRun) or applies a library import for a district. */
export const importLibrary = (nodeId: string) => (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/juvenile/library/import', {
    query: { nodeId, dryRun: dryRun ? '1' : '0' },
    body,
  });
};
/** The social workers' roster. */
export const listWorkers = (nodeId?: string) => client.get('/api/juvenile/workers', { query: { nodeId } });
/** Puts an account on the roster. */
export const addWorker = (body: WorkerInput) => client.post('/api/juvenile/workers', { body });
/** Changes a worker's skills, capacity, or whether they take cases. */
export const updateWorker = (id: string, body: WorkerUpdate) =>
  client.put('/api/juvenile/workers/{id}', { path: { id }, body });
/** The sites with this year's activities. */
export const listSites = (nodeId?: string) => client.get('/api/juvenile/sites', { query: { nodeId } });
/** Adds a site. */
export const addSite = (body: SiteInput) => client.post('/api/juvenile/sites', { body });
/** The activities of a year. */
export const listActivities = (nodeId?: string, year?: number) =>
  client.get('/api/juvenile/activities', { query: { nodeId, year } });
/** Records an activity (once per key). */
export const addActivity = (body: ActivityInput, key: string) =>
  client.post('/api/juvenile/activities', { body, headers: { 'idempotency-key': key } });
