/** The honours API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export type Awards = Res<'get', '/api/honours/awards'>;
export type Nomination = Res<'get', '/api/honours/nominations'>[number];
export type Board = Res<'get', '/api/honours/board/{nodeId}'>;
export type NominationInput = Body<'post', '/api/honours/nominations'>;
export type NominationImport = Res<'post', '/api/honours/nominations/import'>;

export const getAwards = (nodeId: string) => client.get('/api/honours/awards', { query: { nodeId } });
export const createAward = (b: { nodeId: string; name: string; categories?: string[] }) =>
  client.post('/api/honours/awards', { body: b });
export const listNominations = (q: { nodeId?: string; year?: number; mine?: boolean }) =>
  client.get('/api/honours/nominations', { query: q });
export const nominate = (b: NominationInput) => client.post('/api/honours/nominations', { body: b });
export const review = (id: string, b: Body<'post', '/api/honours/nominations/{id}/review'>) =>
  client.post('/api/honours/nominations/{id}/review', { path: { id }, body: b });
export const getBoard = (nodeId: string, year?: number) =>
  client.get('/api/honours/board/{nodeId}', { path: { nodeId }, query: { year } });
export const getPublicBoard = (nodeId: string, year?: number) =>
  client.get('/api/public/honours/{nodeId}', { path: { nodeId }, query: { year } });
export const honoursExportUrl = (nodeId?: string, year?: number) =>
  client.url('/api/honours/export', { query: { nodeId, year } });
/** Nominates the people a file names (.xlsx or CSV); dryRun only says what would happen. */
export const importNominations = (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/honours/nominations/import', { query: { dryRun: dryRun ? '1' : '0' }, body });
};
/** The nominations register's import template (.xlsx). */
export const nominationsTemplateUrl = () => client.url('/api/honours/nominations/import/template.xlsx');
