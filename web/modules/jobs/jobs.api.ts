/** The jobs API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Query, type Res } from '../../app/client.ts';

export { NEED_HOURS, POSTING_HOURS, WORK_KINDS } from '../../../server/modules/jobs/jobs.rules.ts';

export type Station = Res<'get', '/api/jobs/stations'>[number];
export type Fair = Res<'get', '/api/jobs/fairs'>[number];
export type Posting = Res<'get', '/api/jobs/postings'>[number];
export type Ticket = Res<'get', '/api/jobs/tickets'>[number];
export type Rec = Ticket['recommendations'][number];
export type PostingImport = Res<'post', '/api/jobs/postings/import'>;
export type StationInput = Body<'post', '/api/jobs/stations'>;
export type FairInput = Body<'post', '/api/jobs/fairs'>;
export type PostingInput = Body<'post', '/api/jobs/postings'>;
export type NeedInput = Body<'post', '/api/jobs/tickets'>;
export type MoveInput = Body<'post', '/api/jobs/tickets/{id}/moves'>;
export type RecMoveInput = Body<'post', '/api/jobs/tickets/{id}/recommendations/{recId}/moves'>;

export const listStations = (nodeId?: string) => client.get('/api/jobs/stations', { query: { nodeId } });
export const createStation = (body: StationInput) => client.post('/api/jobs/stations', { body });
export const listFairs = (nodeId?: string) => client.get('/api/jobs/fairs', { query: { nodeId } });
export const createFair = (body: FairInput) => client.post('/api/jobs/fairs', { body });
export const listPostings = (query: Query<'get', '/api/jobs/postings'>) =>
  client.get('/api/jobs/postings', { query });
export const createPosting = (body: PostingInput) => client.post('/api/jobs/postings', { body });
export const closePosting = (id: string, closed: boolean, version: number) =>
  client.patch('/api/jobs/postings/{id}', { path: { id }, body: { closed, version } });
export const importPostings = (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/jobs/postings/import', { query: { dryRun: dryRun ? '1' : '0' }, body });
};
export const postingsExportUrl = (nodeId?: string) =>
  client.url('/api/jobs/postings/export', { query: { nodeId } });
export const listTickets = (query: Query<'get', '/api/jobs/tickets'>) =>
  client.get('/api/jobs/tickets', { query });
/** Files a need (Idempotency-Key: safe to send again from a phone). */
export const fileNeed = (body: NeedInput, key: string) =>
  client.post('/api/jobs/tickets', { body, headers: { 'idempotency-key': key } });
export const getMatches = (id: string) => client.get('/api/jobs/tickets/{id}/matches', { path: { id } });
export const recommend = (id: string, postingId: string, version: number) =>
  client.post('/api/jobs/tickets/{id}/recommendations', { path: { id }, body: { postingId, version } });
export const moveTicket = (id: string, body: MoveInput) =>
  client.post('/api/jobs/tickets/{id}/moves', { path: { id }, body });
export const moveRec = (id: string, recId: string, body: RecMoveInput) =>
  client.post('/api/jobs/tickets/{id}/recommendations/{recId}/moves', { path: { id, recId }, body });
export const ticketsExportUrl = (nodeId?: string) =>
  client.url('/api/jobs/tickets/export', { query: { nodeId } });

/** Pay in fen as a monthly range in yuan: 4,500–5,500 元/月. */
export const payRange = (min: number, max: number) =>
  `${(min / 100).toLocaleString('en-US')}–${(max / 100).toLocaleString('en-US')}`;
