/** The incentives API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export {
  AREAS,
  CARE_KINDS,
  TALK_OUTCOMES,
  TALK_REASONS,
} from '../../../server/modules/incentives/incentives.rules.ts';

export type Catalogue = Res<'get', '/api/incentives/measures'>;
export type CatalogueImport = Res<'post', '/api/incentives/measures/import'>;
export type GrantList = Res<'get', '/api/incentives/grants'>;
export type GrantRow = GrantList['items'][number];
export type Grant = Res<'get', '/api/incentives/grants/{id}'>;
export type Cadre = Res<'get', '/api/incentives/cadres'>[number];
export type Commendation = Res<'get', '/api/incentives/commendations'>[number];
export type Mine = Res<'get', '/api/incentives/mine'>;
export type RestRow = Res<'get', '/api/incentives/rests'>['items'][number];
export type Figures = Res<'get', '/api/incentives/figures'>;
export type CareList = Res<'get', '/api/incentives/care'>;
export type TalkList = Res<'get', '/api/incentives/talks'>;
export type GrantInput = Body<'post', '/api/incentives/grants'>;
export type RestInput = Body<'post', '/api/incentives/rests'>;
export type CareInput = Body<'post', '/api/incentives/care'>;
export type TalkInput = Body<'post', '/api/incentives/talks'>;

/** The district's catalogue. */
export const getCatalogue = () => client.get('/api/incentives/measures', {});
/** The catalogue as Excel. */
export const catalogueExportUrl = () => client.url('/api/incentives/measures/export', {});
/** Checks (dryRun) or applies a catalogue import for a district. */
export const importCatalogue = (nodeId: string) => (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/incentives/measures/import', {
    query: { nodeId, dryRun: dryRun ? '1' : '0' },
    body,
  });
};
/** The cadres of the actor's units. */
export const listCadres = () => client.get('/api/incentives/cadres', {});
/** The 嘉奖令 a proposal for a cadre may follow. */
export const listCommendations = (personId: string) =>
  client.get('/api/incentives/commendations', { query: { personId } });
/** Grants in scope of a year. */
export const listGrants = (year?: number) => client.get('/api/incentives/grants', { query: { year } });
/** Grants as Excel. */
export const grantsExportUrl = (year?: number) =>
  client.url('/api/incentives/grants/export', { query: { year } });
/** A unit proposes. */
export const proposeGrant = (body: GrantInput, key: string) =>
  client.post('/api/incentives/grants', { body, headers: { 'idempotency-key': key } });
/** One grant. */
export const getGrant = (id: string) => client.get('/api/incentives/grants/{id}', { path: { id } });
/** Approves, rejects or withdraws. */
export const moveGrant = (id: string, body: Body<'post', '/api/incentives/grants/{id}/moves'>) =>
  client.post('/api/incentives/grants/{id}/moves', { path: { id }, body });
/** The printable 激励决定. */
export const getDecision = (id: string) =>
  client.get('/api/incentives/grants/{id}/decision', { path: { id } });
/** The cadre's own page. */
export const getMine = () => client.get('/api/incentives/mine', {});
/** Rest periods in scope. */
export const listRests = (year?: number) => client.get('/api/incentives/rests', { query: { year } });
/** The cadre books a rest period. */
export const bookRest = (body: RestInput, key: string) =>
  client.post('/api/incentives/rests', { body, headers: { 'idempotency-key': key } });
/** Approves, rejects or cancels a rest period. */
export const moveRest = (id: string, body: Body<'post', '/api/incentives/rests/{id}/moves'>) =>
  client.post('/api/incentives/rests/{id}/moves', { path: { id }, body });
/** The printable 休整休养通知. */
export const getNotice = (id: string) => client.get('/api/incentives/rests/{id}/notice', { path: { id } });
/** Care records of a year. */
export const listCare = (year?: number) => client.get('/api/incentives/care', { query: { year } });
/** Records care. */
export const addCare = (body: CareInput) => client.post('/api/incentives/care', { body });
/** Records a follow-up. */
export const followUp = (id: string, body: Body<'post', '/api/incentives/care/{id}/follow-up'>) =>
  client.post('/api/incentives/care/{id}/follow-up', { path: { id }, body });
/** Talks of a year. */
export const listTalks = (year?: number) => client.get('/api/incentives/talks', { query: { year } });
/** Records a talk. */
export const addTalk = (body: TalkInput) => client.post('/api/incentives/talks', { body });
/** The figures of a year. */
export const getFigures = (year?: number) => client.get('/api/incentives/figures', { query: { year } });
