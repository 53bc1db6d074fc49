/** The secretaries API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export { METHODS, END_REASONS } from '../../../server/modules/secretaries/secretaries.rules.ts';

export type Roster = Res<'get', '/api/secretaries/roster'>;
export type RosterEntry = Roster['entries'][number];
export type Term = Res<'get', '/api/secretaries/communities/{id}/terms'>[number];
export type Selection = Res<'get', '/api/secretaries/selections/{id}'>;
export type Candidate = Selection['candidates'][number];
export type RosterImport = Res<'post', '/api/secretaries/roster/import'>;
export type AppointInput = Body<'post', '/api/secretaries/terms'>;
export type SelectionInput = Body<'post', '/api/secretaries/selections'>;
export type MoveInput = Body<'post', '/api/secretaries/candidates/{id}/moves'>;
export type ElectionInput = Body<'post', '/api/secretaries/elections'>;

/** The roster under a node. */
export const getRoster = (nodeId?: string) => client.get('/api/secretaries/roster', { query: { nodeId } });
/** A community's terms, newest first. */
export const getHistory = (id: string) =>
  client.get('/api/secretaries/communities/{id}/terms', { path: { id } });
/** Appoints a secretary to a vacant community. */
export const appoint = (body: AppointInput) => client.post('/api/secretaries/terms', { body });
/** Ends a term. */
export const endTerm = (id: string, body: Body<'post', '/api/secretaries/terms/{id}/end'>) =>
  client.post('/api/secretaries/terms/{id}/end', { path: { id }, body });
/** Rotates a secretary to a vacant community. */
export const rotate = (body: Body<'post', '/api/secretaries/rotations'>) =>
  client.post('/api/secretaries/rotations', { body });
/** Rotations in scope. */
export const getRotations = (nodeId?: string) =>
  client.get('/api/secretaries/rotations', { query: { nodeId } });
/** 两委换届 rounds in scope. */
export const getElections = (nodeId?: string) =>
  client.get('/api/secretaries/elections', { query: { nodeId } });
/** Records a round. */
export const recordElection = (body: ElectionInput) => client.post('/api/secretaries/elections', { body });
/** Checks (dryRun) or applies an import of the roster. */
export const importRoster = (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/secretaries/roster/import', { query: { dryRun: dryRun ? '1' : '0' }, body });
};
export const rosterExportUrl = (nodeId?: string) =>
  client.url('/api/secretaries/roster/export', { query: { nodeId } });
/** Selections the user may see. */
export const listSelections = () => client.get('/api/secretaries/selections');
/** One selection. */
export const getSelection = (id: string) => client.get('/api/secretaries/selections/{id}', { path: { id } });
/** Publishes a selection. */
export const createSelection = (body: SelectionInput) => client.post('/api/secretaries/selections', { body });
/** Registers (a cadre for themself; an officer with a name). */
export const registerFor = (id: string, body: Body<'post', '/api/secretaries/selections/{id}/candidates'>) =>
  client.post('/api/secretaries/selections/{id}/candidates', { path: { id }, body });
/** Moves a candidate. */
export const moveCandidate = (id: string, body: MoveInput) =>
  client.post('/api/secretaries/candidates/{id}/moves', { path: { id }, body });
