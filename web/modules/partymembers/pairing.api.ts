/** The 结对联系 API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Query, type Res } from '../../app/client.ts';

export type PairList = Res<'get', '/api/partymembers/pairs'>;
export type Pair = PairList['items'][number];
export type PairDetail = Res<'get', '/api/partymembers/pairs/{id}'>;
export type Unpaired = Res<'get', '/api/partymembers/pairs/unpaired'>[number];
export type Help = Res<'get', '/api/partymembers/help'>[number];
export type PairImport = Res<'post', '/api/partymembers/pairs/import'>;

/** Pairs below a node. */
export const listPairs = (q: Query<'get', '/api/partymembers/pairs'>) =>
  client.get('/api/partymembers/pairs', { query: q });
/** My pairs (a party member keeping in touch). */
export const myPairs = () => client.get('/api/partymembers/pairs/mine');
/** Outflowing members with no pair. */
export const listUnpaired = (nodeId?: string) =>
  client.get('/api/partymembers/pairs/unpaired', { query: { nodeId } });
/** Resident members who may keep in touch with a member. */
export const listCandidates = (memberId: string) =>
  client.get('/api/partymembers/pairs/candidates', { query: { memberId } });
/** Pairs a member. */
export const createPair = (b: Body<'post', '/api/partymembers/pairs'>) =>
  client.post('/api/partymembers/pairs', { body: b });
/** One pair. */
export const endPair = (id: string, b: Body<'post', '/api/partymembers/pairs/{id}/end'>) =>
  client.post('/api/partymembers/pairs/{id}/end', { path: { id }, body: b });
export const getPair = (id: string) => client.get('/api/partymembers/pairs/{id}', { path: { id } });
/** Logs a contact (one key per submission, so a retry logs it once). */
export const logContact = (
  id: string,
  b: Body<'post', '/api/partymembers/pairs/{id}/contacts'>,
  key: string,
) =>
  client.post('/api/partymembers/pairs/{id}/contacts', {
    path: { id },
    body: b,
    headers: { 'idempotency-key': key },
  });
/** Records a make-up study item. */
export const recordStudy = (id: string, b: Body<'post', '/api/partymembers/pairs/{id}/study'>) =>
  client.post('/api/partymembers/pairs/{id}/study', { path: { id }, body: b });
/** Help requests below a node. */
export const listHelp = (q: Query<'get', '/api/partymembers/help'>) =>
  client.get('/api/partymembers/help', { query: q });
/** Marks a help request helped. */
export const markHelped = (id: string, b: { note: string; version: number }) =>
  client.post('/api/partymembers/help/{id}/helped', { path: { id }, body: b });
/** Bulk pairing from Excel (dry run first). */
export const importPairs = (nodeId: string) => (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/partymembers/pairs/import', {
    query: { nodeId, dryRun: dryRun ? '1' : '0' },
    body,
  });
};
/** The pairs' export link. */
export const exportPairsUrl = (nodeId: string) =>
  client.url('/api/partymembers/export/pairs.xlsx', { query: { nodeId } });
