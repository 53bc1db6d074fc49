/** The partyworkers API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export {
  END_REASONS,
  GRADES,
  QUALIFICATIONS,
} from '../../../server/modules/partyworkers/partyworkers.rules.ts';

export type Register = Res<'get', '/api/partyworkers/register'>;
export type PostRow = Register['posts'][number];
export type WorkerRow = Register['workers'][number];
export type Worker = Res<'get', '/api/partyworkers/workers/{id}'>;
export type RegisterImport = Res<'post', '/api/partyworkers/register/import'>;
export type PlaceInput = Body<'post', '/api/partyworkers/workers'>;

/** The register under a node: posts, workers in office (or gone), figures. */
export const getRegister = (nodeId?: string, state: 'active' | 'ended' = 'active') =>
  client.get('/api/partyworkers/register', { query: { nodeId, state } });
/** Sets a street's or community's posts. */
export const setPosts = (nodeId: string, body: Body<'put', '/api/partyworkers/posts/{nodeId}'>) =>
  client.put('/api/partyworkers/posts/{nodeId}', { path: { nodeId }, body });
/** Sets the district's yearly target. */
export const setTarget = (body: Body<'put', '/api/partyworkers/settings'>) =>
  client.put('/api/partyworkers/settings', { body });
/** Places a worker in a vacant post. */
export const place = (body: PlaceInput) => client.post('/api/partyworkers/workers', { body });
/** One worker with logs and appraisals. */
export const getWorker = (id: string) => client.get('/api/partyworkers/workers/{id}', { path: { id } });
/** Renews a contract. */
export const renew = (id: string, body: Body<'post', '/api/partyworkers/workers/{id}/renew'>) =>
  client.post('/api/partyworkers/workers/{id}/renew', { path: { id }, body });
/** Ends a placement. */
export const endPlacement = (id: string, body: Body<'post', '/api/partyworkers/workers/{id}/end'>) =>
  client.post('/api/partyworkers/workers/{id}/end', { path: { id }, body });
/** Writes a month's log. */
export const writeLog = (id: string, body: Body<'put', '/api/partyworkers/workers/{id}/logs'>) =>
  client.put('/api/partyworkers/workers/{id}/logs', { path: { id }, body });
/** Appraises a year. */
export const appraise = (id: string, body: Body<'post', '/api/partyworkers/workers/{id}/appraisals'>) =>
  client.post('/api/partyworkers/workers/{id}/appraisals', { path: { id }, body });
/** Checks (dryRun) or applies an import of the register. */
export const importRegister = (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/partyworkers/register/import', { query: { dryRun: dryRun ? '1' : '0' }, body });
};
export const registerExportUrl = (nodeId?: string) =>
  client.url('/api/partyworkers/register/export', { query: { nodeId } });
