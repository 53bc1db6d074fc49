/** The secondments API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export type Batch = Res<'get', '/api/secondments/batches'>[number];
export type BatchDetail = Res<'get', '/api/secondments/batches/{id}'>;
export type Assignment = BatchDetail['assignments'][number];
export type AssignmentDetail = Res<'get', '/api/secondments/assignments/{id}'>;
export type Cadre = Res<'get', '/api/secondments/cadres'>[number];
export type Special = Res<'get', '/api/secondments/specials'>[number];
export type CadreImport = Res<'post', '/api/secondments/batches/{id}/import'>;
export type BatchInput = Body<'post', '/api/secondments/batches'>;
export type WeeklyInput = Body<'post', '/api/secondments/assignments/{id}/weekly'>;
export type SpecialRate = Body<'post', '/api/secondments/specials/{id}/cadres/{personId}'>;

export const listBatches = (q: { nodeId?: string; year?: number }) =>
  client.get('/api/secondments/batches', { query: q });
export const getBatch = (id: string) => client.get('/api/secondments/batches/{id}', { path: { id } });
export const createBatch = (body: BatchInput) => client.post('/api/secondments/batches', { body });
export const assign = (id: string, body: { personId: string; streetId: string }) =>
  client.post('/api/secondments/batches/{id}/assignments', { path: { id }, body });
export const recordProgress = (id: string, body: Body<'post', '/api/secondments/batches/{id}/progress'>) =>
  client.post('/api/secondments/batches/{id}/progress', { path: { id }, body });
/** Checks (dryRun) or applies an import of a batch's cadre list (姓名, 工作单位, 街道). */
export const importCadres = (id: string) => (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/secondments/batches/{id}/import', {
    path: { id },
    query: { dryRun: dryRun ? '1' : '0' },
    body,
  });
};
export const listCadres = (nodeId: string) => client.get('/api/secondments/cadres', { query: { nodeId } });
export const mine = () => client.get('/api/secondments/mine');
export const getAssignment = (id: string) =>
  client.get('/api/secondments/assignments/{id}', { path: { id } });
export const addWork = (id: string, body: Body<'post', '/api/secondments/assignments/{id}/work'>) =>
  client.post('/api/secondments/assignments/{id}/work', { path: { id }, body });
export const addWeekly = (id: string, body: WeeklyInput, key: string) =>
  client.post('/api/secondments/assignments/{id}/weekly', {
    path: { id },
    body,
    headers: { 'idempotency-key': key },
  });
export const rate = (id: string, body: Body<'post', '/api/secondments/assignments/{id}/rating'>) =>
  client.post('/api/secondments/assignments/{id}/rating', { path: { id }, body });
export const exportUrl = (year?: number) => client.url('/api/secondments/export', { query: { year } });
export const listSpecials = () => client.get('/api/secondments/specials');
export const createSpecial = (body: Body<'post', '/api/secondments/specials'>) =>
  client.post('/api/secondments/specials', { body });
export const rateSpecial = (id: string, personId: string, body: SpecialRate) =>
  client.post('/api/secondments/specials/{id}/cadres/{personId}', { path: { id, personId }, body });
export const streetsUnder = (id: string) => client.get('/api/org/nodes/{id}/children', { path: { id } });
