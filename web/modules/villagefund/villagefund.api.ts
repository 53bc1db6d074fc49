/** The 强村富民 fund API as typed functions: types from the server's own zod schemas. */
import type { z } from 'zod';
import type {
  applyBody,
  batchBody,
  figuresView,
  inflowBody,
  ledgerView,
  planBody,
  poolView,
  projectDetail,
  projectSummary,
  reviewBody,
  visitBody,
} from '../../../server/modules/villagefund/villagefund.schemas.ts';
import { api, qs } from '../../app/api.ts';

export {
  CATEGORIES,
  PANEL_UNITS,
  RISK_FACTORS,
  SOURCES,
  STAGES,
} from '../../../server/modules/villagefund/villagefund.rules.ts';

export type Pool = z.infer<typeof poolView>;
export type LedgerEntry = z.infer<typeof ledgerView>;
export type ProjectSummary = z.infer<typeof projectSummary>;
export type Project = z.infer<typeof projectDetail>;
export type Figures = z.infer<typeof figuresView>;

/** Pools in scope. */
export const listPools = (nodeId?: string) => api<Pool[]>('GET', `/api/villagefund/pools${qs({ nodeId })}`);
/** One pool. */
export const getPool = (id: string) => api<Pool>('GET', `/api/villagefund/pools/${id}`);
/** Sets up a pool. */
export const createPool = (b: { nodeId: string; name: string }) =>
  api<{ id: string }>('POST', '/api/villagefund/pools', b);
/** A pool's ledger. */
export const getLedger = (id: string) => api<LedgerEntry[]>('GET', `/api/villagefund/pools/${id}/ledger`);
/** Records money raised. */
export const addInflow = (id: string, b: z.input<typeof inflowBody>) =>
  api<{ id: string }>('POST', `/api/villagefund/pools/${id}/inflows`, b);
/** Money raised from a sheet: nothing is taken when a row is bad. */
export const importInflows = (id: string, file: Blob) => {
  const f = new FormData();
  f.append('file', file);
  return api<{ imported: number; errors: { row: number; field: string; message: string }[] }>(
    'POST',
    `/api/villagefund/pools/${id}/inflows/import`,
    f,
  );
};
/** Projects in scope. */
export const listProjects = (q: { nodeId?: string; stage?: string }) =>
  api<ProjectSummary[]>('GET', `/api/villagefund/projects${qs(q)}`);
/** One project. */
export const getProject = (id: string) => api<Project>('GET', `/api/villagefund/projects/${id}`);
/** Applies (Idempotency-Key: safe to send again). */
export const applyProject = (b: z.input<typeof applyBody>, key: string) =>
  api<{ id: string }>('POST', '/api/villagefund/projects', b, { 'idempotency-key': key });
/** Takes a step. */
export const takeStep = (
  id: string,
  b: { step: string; version: number; note?: string; recoveredFen?: number },
) => api<{ stage: string }>('POST', `/api/villagefund/projects/${id}/steps`, b);
/** Records a panel visit. */
export const addVisit = (id: string, b: z.input<typeof visitBody>) =>
  api<{ id: string }>('POST', `/api/villagefund/projects/${id}/visits`, b);
/** Runs the online analysis. */
export const analyse = (id: string) => api('POST', `/api/villagefund/projects/${id}/analysis`);
/** Sets the plan. */
export const setPlan = (id: string, b: z.input<typeof planBody>) =>
  api('PUT', `/api/villagefund/projects/${id}/plan`, b);
/** Asks for a batch. */
export const requestBatch = (id: string, b: z.input<typeof batchBody>, key: string) =>
  api<{ id: string }>('POST', `/api/villagefund/projects/${id}/batches`, b, { 'idempotency-key': key });
/** Approves, rejects or pays a batch. */
export const decideBatch = (id: string, b: { decision: 'approve' | 'reject' | 'pay'; note?: string }) =>
  api('POST', `/api/villagefund/batches/${id}/decision`, b);
/** Records a yearly review. */
export const addReview = (id: string, b: z.input<typeof reviewBody>) =>
  api<{ score: number; grade: string }>('POST', `/api/villagefund/projects/${id}/reviews`, b);
/** Figures of a node. */
export const getFigures = (nodeId: string, year?: number) =>
  api<Figures>('GET', `/api/villagefund/figures${qs({ nodeId, year })}`);
/** Where the printable feasibility report is. */
export const reportUrl = (id: string) => `/api/villagefund/projects/${id}/report`;
/** Where the Excel exports are. */
export const projectsXlsx = (nodeId?: string) => `/api/villagefund/export/projects.xlsx${qs({ nodeId })}`;
export const ledgerXlsx = (id: string) => `/api/villagefund/pools/${id}/ledger.xlsx`;

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
