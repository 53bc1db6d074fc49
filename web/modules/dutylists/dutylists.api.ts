/** The dutylists API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export { ORG_KIND_KEYS, POST_KEYS, RATINGS } from '../../../server/modules/dutylists/dutylists.rules.ts';

export type Lists = Res<'get', '/api/dutylists/lists'>;
export type ListSummary = Lists['lists'][number];
export type ListDetail = Res<'get', '/api/dutylists/lists/{id}'>;
export type Item = ListDetail['itemsList'][number];
export type Template = Res<'get', '/api/dutylists/templates'>['templates'][number];
export type TemplateInput = Body<'post', '/api/dutylists/templates'>;
export type TemplatesImport = Res<'post', '/api/dutylists/templates/import'>;
export type Bulletin = Res<'get', '/api/dutylists/bulletins/{id}'>;
export type ComposeInput = Body<'post', '/api/dutylists/bulletins'>;
export type Report = Res<'get', '/api/dutylists/reports'>[number];
export type ReportInput = Body<'post', '/api/dutylists/reports'>;
export type Referral = Res<'get', '/api/dutylists/referrals'>[number];
export type ReferralInput = Body<'post', '/api/dutylists/referrals'>;

/** The templates of the district. */
export const getTemplates = () => client.get('/api/dutylists/templates');
/** Adds a template item. */
export const createTemplate = (body: TemplateInput) => client.post('/api/dutylists/templates', { body });
/** Changes or retires a template item. */
export const updateTemplate = (id: string, body: Body<'put', '/api/dutylists/templates/{id}'>) =>
  client.put('/api/dutylists/templates/{id}', { path: { id }, body });
export const templatesExportUrl = () => client.url('/api/dutylists/templates/export');
/** Checks (dryRun) or applies an import of templates. */
export const importTemplates = (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/dutylists/templates/import', { query: { dryRun: dryRun ? '1' : '0' }, body });
};
/** Makes the year's lists. */
export const instantiate = (year: number) => client.post('/api/dutylists/instantiate', { body: { year } });
/** The year's lists under a node. */
export const getLists = (year: number, nodeId?: string) =>
  client.get('/api/dutylists/lists', { query: { year, nodeId } });
export const itemsExportUrl = (year: number, nodeId?: string) =>
  client.url('/api/dutylists/items/export', { query: { year, nodeId } });
/** A list with its items. */
export const getList = (id: string) => client.get('/api/dutylists/lists/{id}', { path: { id } });
/** Reports progress on an item (a key makes a retry safe). */
export const reportItem = (id: string, body: Body<'post', '/api/dutylists/items/{id}/report'>, key: string) =>
  client.post('/api/dutylists/items/{id}/report', {
    path: { id },
    body,
    headers: { 'idempotency-key': key },
  });
/** Accepts or returns an item. */
export const checkItem = (id: string, body: Body<'post', '/api/dutylists/items/{id}/check'>) =>
  client.post('/api/dutylists/items/{id}/check', { path: { id }, body });
/** The bulletins the user may read. */
export const getBulletins = () => client.get('/api/dutylists/bulletins');
/** One bulletin. */
export const getBulletin = (id: string) => client.get('/api/dutylists/bulletins/{id}', { path: { id } });
/** Composes a bulletin (or a correction). */
export const composeBulletin = (body: ComposeInput) => client.post('/api/dutylists/bulletins', { body });
/** Revises a draft. */
export const updateDraft = (id: string, body: Body<'put', '/api/dutylists/bulletins/{id}'>) =>
  client.put('/api/dutylists/bulletins/{id}', { path: { id }, body });
/** Publishes a draft. */
export const publishBulletin = (id: string, version: number) =>
  client.post('/api/dutylists/bulletins/{id}/publish', { path: { id }, body: { version } });
/** The year's reports. */
export const getReports = (year: number, nodeId?: string) =>
  client.get('/api/dutylists/reports', { query: { year, nodeId } });
/** Files a report. */
export const fileReport = (body: ReportInput) => client.post('/api/dutylists/reports', { body });
/** Rates a report. */
export const rateReport = (id: string, body: Body<'post', '/api/dutylists/reports/{id}/rate'>) =>
  client.post('/api/dutylists/reports/{id}/rate', { path: { id }, body });
/** The catalogue of situations. */
export const getSituations = () => client.get('/api/dutylists/situations');
/** The hand-over records. */
export const getReferrals = (year: number, nodeId?: string) =>
  client.get('/api/dutylists/referrals', { query: { year, nodeId } });
/** Records a hand-over. */
export const recordReferral = (body: ReferralInput) => client.post('/api/dutylists/referrals', { body });
