/** The partners API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export type Partner = Res<'get', '/api/partners'>[number];
export type Need = Res<'get', '/api/partners/needs'>[number];
export type PartnerInput = Body<'post', '/api/partners'>;
export type PartnerImport = Res<'post', '/api/partners/import'>;
export type PublicBoard = Res<'get', '/api/public/partners/{nodeId}'>;

export const listPartners = (q: { nodeId?: string; year?: number }) =>
  client.get('/api/partners', { query: q });
export const enterPartner = (b: PartnerInput) => client.post('/api/partners', { body: b });
export const applyPartner = (b: PartnerInput) => client.post('/api/partners/apply', { body: b });
export const reviewPartner = (id: string, b: Body<'post', '/api/partners/{id}/review'>) =>
  client.post('/api/partners/{id}/review', { path: { id }, body: b });
export const importPartners = (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/partners/import', { query: { dryRun: dryRun ? '1' : '0' }, body });
};
export const partnersExportUrl = (nodeId?: string, year?: number) =>
  client.url('/api/partners/export', { query: { nodeId, year } });
export const mattersExportUrl = (nodeId?: string, year?: number) =>
  client.url('/api/partners/matters/export', { query: { nodeId, year } });

export const listNeeds = (q: { nodeId?: string; year?: number; mine?: '1'; assigned?: '1' }) =>
  client.get('/api/partners/needs', { query: q });
/** Reports a need (Idempotency-Key: safe to send again). */
export const reportNeed = (b: Body<'post', '/api/partners/needs'>, key: string) =>
  client.post('/api/partners/needs', { body: b, headers: { 'idempotency-key': key } });
export const screenNeed = (id: string, b: Body<'post', '/api/partners/needs/{id}/screen'>) =>
  client.post('/api/partners/needs/{id}/screen', { path: { id }, body: b });
export const assignNeed = (id: string, b: Body<'post', '/api/partners/needs/{id}/assign'>) =>
  client.post('/api/partners/needs/{id}/assign', { path: { id }, body: b });
export const progressNeed = (id: string, b: Body<'post', '/api/partners/needs/{id}/progress'>) =>
  client.post('/api/partners/needs/{id}/progress', { path: { id }, body: b });
export const getPublicBoard = (nodeId: string, year?: number) =>
  client.get('/api/public/partners/{nodeId}', { path: { nodeId }, query: { year } });
