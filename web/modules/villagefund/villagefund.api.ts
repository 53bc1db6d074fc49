/** The 强村富民 fund API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Query, type Res } from '../../app/client.ts';

export {
  CATEGORIES,
  PANEL_UNITS,
  RISK_FACTORS,
  SOURCES,
  STAGES,
} from '../../../server/modules/villagefund/villagefund.rules.ts';

export type Pool = Res<'get', '/api/villagefund/pools/{id}'>;
export type LedgerEntry = Res<'get', '/api/villagefund/pools/{id}/ledger'>[number];
export type ProjectSummary = Res<'get', '/api/villagefund/projects'>[number];
export type Project = Res<'get', '/api/villagefund/projects/{id}'>;
export type Figures = Res<'get', '/api/villagefund/figures'>;

/** Pools in scope. */
export const listPools = (nodeId?: string) => client.get('/api/villagefund/pools', { query: { nodeId } });
/** One pool. */
export const getPool = (id: string) => client.get('/api/villagefund/pools/{id}', { path: { id } });
/** Sets up a pool. */
export const createPool = (b: { nodeId: string; name: string }) =>
  client.post('/api/villagefund/pools', { body: b });
/** A pool's ledger. */
export const getLedger = (id: string) => client.get('/api/villagefund/pools/{id}/ledger', { path: { id } });
/** Records money raised. */
export const addInflow = (id: string, b: Body<'post', '/api/villagefund/pools/{id}/inflows'>) =>
  client.post('/api/villagefund/pools/{id}/inflows', { path: { id }, body: b });
/** Money raised from a sheet: nothing is taken when a row is bad. */
export const importInflows = (id: string, file: Blob) => {
  const f = new FormData();
  f.append('file', file);
  return client.post('/api/villagefund/pools/{id}/inflows/import', { path: { id }, body: f });
};
/** A pool's pledged collective assets 集体资产担保, with the value still pledged. */
export const getPledges = (id: string) => client.get('/api/villagefund/pools/{id}/pledges', { path: { id } });
/** Registers a pledged asset. */
export const addPledge = (id: string, b: Body<'post', '/api/villagefund/pools/{id}/pledges'>) =>
  client.post('/api/villagefund/pools/{id}/pledges', { path: { id }, body: b });
/** Records a pledge released. */
export const releasePledge = (id: string, version: number) =>
  client.post('/api/villagefund/pledges/{id}/release', { path: { id }, body: { version } });
/** Pledges from a sheet: nothing is taken when a row is bad. */
export const importPledges = (id: string, file: Blob) => {
  const f = new FormData();
  f.append('file', file);
  return client.post('/api/villagefund/pools/{id}/pledges/import', { path: { id }, body: f });
};
/** The pledge register as Excel. */
export const pledgesXlsx = (id: string) =>
  client.url('/api/villagefund/pools/{id}/pledges.xlsx', { path: { id } });
export { ASSET_KINDS } from '../../../server/modules/villagefund/villagefund.rules.ts';
/** Projects in scope. */
export const listProjects = (q: Query<'get', '/api/villagefund/projects'>) =>
  client.get('/api/villagefund/projects', { query: q });
/** One project. */
export const getProject = (id: string) => client.get('/api/villagefund/projects/{id}', { path: { id } });
/** Applies (Idempotency-Key: safe to send again). */
export const applyProject = (b: Body<'post', '/api/villagefund/projects'>, key: string) =>
  client.post('/api/villagefund/projects', { body: b, headers: { 'idempotency-key': key } });
/** Takes a step. */
export const takeStep = (id: string, b: Body<'post', '/api/villagefund/projects/{id}/steps'>) =>
  client.post('/api/villagefund/projects/{id}/steps', { path: { id }, body: b });
/** Records a panel visit. */
export const addVisit = (id: string, b: Body<'post', '/api/villagefund/projects/{id}/visits'>) =>
  client.post('/api/villagefund/projects/{id}/visits', { path: { id }, body: b });
/** Runs the online analysis. */
export const analyse = (id: string) =>
  client.post('/api/villagefund/projects/{id}/analysis', { path: { id } });
/** Sets the plan. */
export const setPlan = (id: string, b: Body<'put', '/api/villagefund/projects/{id}/plan'>) =>
  client.put('/api/villagefund/projects/{id}/plan', { path: { id }, body: b });
/** Asks for a batch. */
export const requestBatch = (
  id: string,
  b: Body<'post', '/api/villagefund/projects/{id}/batches'>,
  key: string,
) =>
  client.post('/api/villagefund/projects/{id}/batches', {
    path: { id },
    body: b,
    headers: { 'idempotency-key': key },
  });
/** Approves, rejects or pays a batch. */
export const decideBatch = (id: string, b: { decision: 'approve' | 'reject' | 'pay'; note?: string }) =>
  client.post('/api/villagefund/batches/{id}/decision', { path: { id }, body: b });
/** Records a yearly review. */
export const addReview = (id: string, b: Body<'post', '/api/villagefund/projects/{id}/reviews'>) =>
  client.post('/api/villagefund/projects/{id}/reviews', { path: { id }, body: b });
/** Figures of a node. */
export const getFigures = (nodeId: string, year?: number) =>
  client.get('/api/villagefund/figures', { query: { nodeId, year } });
/** Where the printable feasibility report is. */
export const reportUrl = (id: string) =>
  client.url('/api/villagefund/projects/{id}/report', { path: { id } });
/** Where the Excel exports are. */
export const projectsXlsx = (nodeId?: string) =>
  client.url('/api/villagefund/export/projects.xlsx', { query: { nodeId } });
export const ledgerXlsx = (id: string) =>
  client.url('/api/villagefund/pools/{id}/ledger.xlsx', { path: { id } });

/** Fen as 万元 text: 7,400,000 fen → "7.40 万元"... */
export function wan(fen: number): string {
  return `${(fen / 1_000_000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 万元`;
}
/** Fen as 元 text. */
export function yuan(fen: number): string {
  return `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
}
/** 万元 typed in a form as fen. */
export const fenOfWan = (w: number) => Math.round(w * 1_000_000);
