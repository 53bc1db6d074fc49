/** The creation API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export { LEVELS, STATES } from '../../../server/modules/creation/creation.rules.ts';

export type ProgrammeList = Res<'get', '/api/creation/programmes'>;
export type Programme = ProgrammeList['items'][number];
export type DeclarationRow = Res<'get', '/api/creation/declarations'>['items'][number];
export type Declaration = Res<'get', '/api/creation/declarations/{id}'>;
export type Publicity = Res<'get', '/api/creation/declarations/{id}/publicity'>;
export type IndexView = Res<'get', '/api/creation/index'>;
export type IndexOrg = IndexView['orgs'][number];
export type ProgrammeInput = Body<'post', '/api/creation/programmes'>;
export type DeclarationInput = Body<'post', '/api/creation/declarations'>;
export type SelfInput = Body<'put', '/api/creation/declarations/{id}/self'>;
export type ScoreInput = Body<'post', '/api/creation/declarations/{id}/scores'>;
export type MoveInput = Body<'post', '/api/creation/declarations/{id}/moves'>;
export type IndexScoreInput = Body<'post', '/api/creation/index/scores'>;
export type RectifyInput = Body<'post', '/api/creation/index/rectifications'>;
export type ScoresImport = Res<'post', '/api/creation/index/scores/import'>;

/** The programmes in scope. */
export const listProgrammes = () => client.get('/api/creation/programmes');
/** Defines a programme. */
export const createProgramme = (body: ProgrammeInput) => client.post('/api/creation/programmes', { body });
/** A programme's standard as Excel. */
export const standardExportUrl = (id: string) =>
  client.url('/api/creation/programmes/{id}/standard/export', { path: { id } });
/** Declarations under a node, of a year. */
export const listDeclarations = (q: { nodeId?: string; year?: number; programmeId?: string }) =>
  client.get('/api/creation/declarations', { query: q });
/** Declarations as Excel. */
export const declarationsExportUrl = (q: { nodeId?: string; year?: number; programmeId?: string }) =>
  client.url('/api/creation/declarations/export', { query: q });
/** Declares a level. */
export const declare = (body: DeclarationInput) => client.post('/api/creation/declarations', { body });
/** One declaration. */
export const getDeclaration = (id: string) => client.get('/api/creation/declarations/{id}', { path: { id } });
/** Saves the self-assessment. */
export const saveSelf = (id: string, body: SelfInput) =>
  client.put('/api/creation/declarations/{id}/self', { path: { id }, body });
/** Scores one indicator. */
export const scoreItem = (id: string, body: ScoreInput) =>
  client.post('/api/creation/declarations/{id}/scores', { path: { id }, body });
/** Moves a declaration. */
export const moveDeclaration = (id: string, body: MoveInput) =>
  client.post('/api/creation/declarations/{id}/moves', { path: { id }, body });
/** The district re-checks 复核 a named title that is due or has lapsed. */
export const recheckTitle = (id: string, body: Body<'post', '/api/creation/declarations/{id}/recheck'>) =>
  client.post('/api/creation/declarations/{id}/recheck', { path: { id }, body });
/** The printable 公示. */
export const getPublicity = (id: string) =>
  client.get('/api/creation/declarations/{id}/publicity', { path: { id } });
/** The pioneer index of a year. */
export const getIndex = (year: number, nodeId?: string) =>
  client.get('/api/creation/index', { query: { year, nodeId } });
/** The index as Excel. */
export const indexExportUrl = (year: number, nodeId?: string) =>
  client.url('/api/creation/index/export', { query: { year, nodeId } });
/** Scores an organisation for a quarter. */
export const scoreIndex = (body: IndexScoreInput) => client.post('/api/creation/index/scores', { body });
/** The quarter's scores sheet of the organisations the user may score under a node. */
export const scoresSheetUrl = (nodeId: string, year: number, quarter: number) =>
  client.url('/api/creation/index/scores/sheet', { query: { nodeId, year, quarter } });
/** Checks (dryRun) or applies a quarter's filled scores sheet. */
export const importScores =
  (nodeId: string, year: number, quarter: number) => (file: File, dryRun: boolean) => {
    const body = new FormData();
    body.append('file', file);
    return client.post('/api/creation/index/scores/import', {
      query: { nodeId, year, quarter, dryRun: dryRun ? '1' : '0' },
      body,
    });
  };
/** Records a 整改. */
export const rectify = (body: RectifyInput) => client.post('/api/creation/index/rectifications', { body });
