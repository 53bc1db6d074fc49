/** The mediation API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Query, type Res } from '../../app/client.ts';

export { CATEGORIES } from '../../../server/modules/mediation/mediation.rules.ts';

export type CaseList = Res<'get', '/api/mediation/cases'>;
export type Case = Res<'get', '/api/mediation/cases/{id}'>;
export type Room = Res<'get', '/api/mediation/rooms'>[number];
export type Figures = Res<'get', '/api/mediation/figures'>;
export type Steps = Res<'get', '/api/mediation/steps'>;
export type Revealed = Res<'post', '/api/mediation/cases/{id}/parties/reveal'>;
export type IntakeInput = Body<'post', '/api/mediation/cases'>;
export type PartyInput = Body<'post', '/api/mediation/cases/{id}/parties'>['parties'][number];
export type HearingInput = Body<'post', '/api/mediation/cases/{id}/hearings'>;
export type TransitionInput = Body<'post', '/api/mediation/cases/{id}/transitions'>;
export type RoomInput = Body<'post', '/api/mediation/rooms'>;
export type StepsInput = Body<'put', '/api/mediation/steps'>;
export type CasesQuery = Query<'get', '/api/mediation/cases'>;
export type CaseImport = Res<'post', '/api/mediation/cases/import'>;
export type FiguresQuery = Query<'get', '/api/mediation/figures'>;

/** Cases in my scope. */
export const listCases = (query: CasesQuery) => client.get('/api/mediation/cases', { query });
/** One case. */
export const getCase = (id: string) => client.get('/api/mediation/cases/{id}', { path: { id } });
/** Takes in a dispute. */
export const intake = (body: IntakeInput) => client.post('/api/mediation/cases', { body });
/** Turns a dispute event into a case. */
export const fromEvent = (eventId: string, category: IntakeInput['category'], roomId?: string) =>
  client.post('/api/mediation/cases/from-event', { body: { eventId, category, roomId } });
/** Adds parties. */
export const addParties = (id: string, parties: PartyInput[]) =>
  client.post('/api/mediation/cases/{id}/parties', { path: { id }, body: { parties } });
/** Shows the parties' masked details, with the reason recorded. */
export const reveal = (id: string, reason: string) =>
  client.post('/api/mediation/cases/{id}/parties/reveal', { path: { id }, body: { reason } });
/** Records a hearing. */
export const hear = (id: string, body: HearingInput) =>
  client.post('/api/mediation/cases/{id}/hearings', { path: { id }, body });
/** Moves a case on. */
export const transition = (id: string, body: TransitionInput) =>
  client.post('/api/mediation/cases/{id}/transitions', { path: { id }, body });
/** Refers the parties to psychological counselling. */
export const referPsych = (id: string, toName: string, note: string) =>
  client.post('/api/mediation/cases/{id}/psych', { path: { id }, body: { toName, note } });
/** Records the counselling's outcome. */
export const psychOutcome = (id: string, outcome: 'done' | 'declined', note: string) =>
  client.post('/api/mediation/cases/{id}/psych/outcome', { path: { id }, body: { outcome, note } });
export const agreementUrl = (id: string) =>
  client.url('/api/mediation/cases/{id}/agreement.html', { path: { id } });
/** Mediation rooms under a node. */
export const listRooms = (nodeId?: string) => client.get('/api/mediation/rooms', { query: { nodeId } });
/** The rooms and the mediators roster under a node as .xlsx. */
export const roomsExportUrl = (nodeId?: string) =>
  client.url('/api/mediation/rooms/export', { query: { nodeId } });
/** Sets up a room. */
export const createRoom = (body: RoomInput) => client.post('/api/mediation/rooms', { body });
/** Adds a mediator to a room. */
export const addMediator = (id: string, username: string) =>
  client.post('/api/mediation/rooms/{id}/mediators', { path: { id }, body: { username } });
/** The steps of a node. */
export const getSteps = (nodeId: string) => client.get('/api/mediation/steps', { query: { nodeId } });
/** Changes the steps. */
export const setSteps = (body: StepsInput) => client.put('/api/mediation/steps', { body });
export const stepsExportUrl = (nodeId?: string) =>
  client.url('/api/mediation/export', { query: { what: 'steps', nodeId } });
/** The mediation figures of a node and year. */
export const getFigures = (query: FiguresQuery) => client.get('/api/mediation/figures', { query });
export const exportUrl = (query: FiguresQuery) => client.url('/api/mediation/export', { query });
/** Dispute events the user can read (events module), to turn into cases. */
export const disputeEvents = () => client.get('/api/events', { query: { category: 'dispute', limit: 50 } });
/** Receives the cases a file names (.xlsx or CSV); dryRun only says what would happen. */
export const importCases = (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/mediation/cases/import', { query: { dryRun: dryRun ? '1' : '0' }, body });
};
/** The case register's import template (.xlsx). */
export const casesTemplateUrl = () => client.url('/api/mediation/cases/import/template.xlsx');
