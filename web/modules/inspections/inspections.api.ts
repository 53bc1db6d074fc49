/** The inspections API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Query, type Res } from '../../app/client.ts';

export type Round = Res<'get', '/api/inspections/rounds'>[number];
export type Unit = Round['units'][number];
export type Finding = Res<'get', '/api/inspections/findings'>[number];
export type FindingDetail = Res<'get', '/api/inspections/findings/{id}'>;
export type RoundInput = Body<'post', '/api/inspections/rounds'>;
export type FindingInput = Body<'post', '/api/inspections/findings'>;
export type MoveInput = Body<'post', '/api/inspections/findings/{id}/moves'>;
export type FindingFilter = Query<'get', '/api/inspections/findings'>;
export type FindingImport = Res<'post', '/api/inspections/rounds/{id}/import'>;

export const getSettings = (nodeId: string) => client.get('/api/inspections/settings', { query: { nodeId } });
export const listRounds = () => client.get('/api/inspections/rounds', { query: {} });
export const createRound = (b: RoundInput) => client.post('/api/inspections/rounds', { body: b });
export const listFindings = (q: FindingFilter) => client.get('/api/inspections/findings', { query: q });
export const getFinding = (id: string) => client.get('/api/inspections/findings/{id}', { path: { id } });
export const recordFinding = (b: FindingInput) => client.post('/api/inspections/findings', { body: b });
export const moveFinding = (id: string, b: MoveInput) =>
  client.post('/api/inspections/findings/{id}/moves', { path: { id }, body: b });
export const handOver = (id: string, b: { reason: string; version: number }) =>
  client.post('/api/inspections/findings/{id}/handover', { path: { id }, body: b });
export const issueFeedback = (id: string, version: number) =>
  client.post('/api/inspections/units/{id}/feedback', { path: { id }, body: { version } });
export const feedbackUrl = (id: string) =>
  client.url('/api/inspections/units/{id}/feedback', { path: { id } });
export const exportUrl = (roundId?: string) => client.url('/api/inspections/export', { query: { roundId } });
export const importFindings = (roundId: string) => (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/inspections/rounds/{id}/import', {
    path: { id: roundId },
    query: { dryRun: dryRun ? '1' : '0' },
    body,
  });
};
