/** The contests API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export type Contest = Res<'get', '/api/contests/{id}'>;
export type Round = Contest['rounds'][number];
export type Entry = Res<'get', '/api/contests/rounds/{id}/entries'>[number];
export type Ranking = Res<'get', '/api/contests/rounds/{id}/ranking'>;
export type Scores = Body<'post', '/api/contests/entries/{id}/scores'>['scores'];
export type ScoreImport = Res<'post', '/api/contests/{id}/scores/import'>;
export type Weights = Contest['weights'];

export const listContests = () => client.get('/api/contests', { query: {} });
export const getBoard = () => client.get('/api/contests/board', { query: {} });
export const getSetup = () => client.get('/api/contests/setup');
export const createContest = (b: Body<'post', '/api/contests'>) => client.post('/api/contests', { body: b });
export const updateContest = (id: string, b: Body<'put', '/api/contests/{id}'>) =>
  client.put('/api/contests/{id}', { path: { id }, body: b });
export const deleteContest = (id: string) => client.delete('/api/contests/{id}', { path: { id } });
export const getContest = (id: string) => client.get('/api/contests/{id}', { path: { id } });
export const getOverall = (id: string) => client.get('/api/contests/{id}/ranking', { path: { id } });
export const addRound = (id: string, b: Body<'post', '/api/contests/{id}/rounds'>) =>
  client.post('/api/contests/{id}/rounds', { path: { id }, body: b });
export const openRound = (id: string, version: number) =>
  client.post('/api/contests/rounds/{id}/open', { path: { id }, body: { version } });
export const publishRound = (id: string, version: number) =>
  client.post('/api/contests/rounds/{id}/publish', { path: { id }, body: { version } });
export const listEntries = (id: string) => client.get('/api/contests/rounds/{id}/entries', { path: { id } });
export const submitEntry = (id: string, b: Body<'put', '/api/contests/rounds/{id}/entry'>) =>
  client.put('/api/contests/rounds/{id}/entry', { path: { id }, body: b });
export const scoreEntry = (id: string, scores: Scores) =>
  client.post('/api/contests/entries/{id}/scores', { path: { id }, body: { scores } });
export const getRanking = (id: string) => client.get('/api/contests/rounds/{id}/ranking', { path: { id } });
export const exportUrl = (id: string) => client.url('/api/contests/{id}/export', { path: { id } });
export const importScores = (id: string) => (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/contests/{id}/scores/import', {
    path: { id },
    query: { dryRun: dryRun ? '1' : '0' },
    body,
  });
};

/** The five dimensions in the seed's order. */
export const DIMENSIONS = ['profession', 'duty', 'innovation', 'contribution', 'position'] as const;
