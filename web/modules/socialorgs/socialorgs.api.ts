/** The support API (instructors, talents, bases) as typed functions: types are the routes' own. */
import { client, type Body, type Res } from '../../app/client.ts';

export {
  BASE_KINDS,
  CERT_LEVELS,
  LINKS,
  TALENT_KINDS,
} from '../../../server/modules/socialorgs/socialorgs.support.rules.ts';

export type InstructorList = Res<'get', '/api/socialorgs/instructors'>;
export type InstructorRow = InstructorList['items'][number];
export type Instructor = Res<'get', '/api/socialorgs/instructors/{id}'>;
export type Coverage = Res<'get', '/api/socialorgs/coverage'>;
export type TalentList = Res<'get', '/api/socialorgs/talents'>;
export type TalentRow = TalentList['items'][number];
export type BaseList = Res<'get', '/api/socialorgs/bases'>;
export type BaseRow = BaseList['items'][number];
export type Base = Res<'get', '/api/socialorgs/bases/{id}'>;
export type InstructorInput = Body<'post', '/api/socialorgs/instructors'>;
export type AssignmentInput = Body<'post', '/api/socialorgs/instructors/{id}/assignments'>;
export type VisitInput = Body<'post', '/api/socialorgs/instructors/{id}/visits'>;
export type TalentInput = Body<'post', '/api/socialorgs/talents'>;
export type TrainingInput = Body<'post', '/api/socialorgs/talents/{id}/trainings'>;
export type BaseInput = Body<'post', '/api/socialorgs/bases'>;
export type SettlementInput = Body<'post', '/api/socialorgs/bases/{id}/settlements'>;
export type LinkInput = Body<'post', '/api/socialorgs/bases/{id}/links'>;

const form = (file: File) => {
  const f = new FormData();
  f.append('file', file);
  return f;
};

/** The roster under a node. */
export const listInstructors = (nodeId?: string) =>
  client.get('/api/socialorgs/instructors', { query: { nodeId } });
/** The roster as Excel. */
export const instructorsExportUrl = (nodeId?: string) =>
  client.url('/api/socialorgs/instructors/export', { query: { nodeId } });
/** Imports a roster onto a node. */
export const importInstructors = (nodeId: string, file: File) =>
  client.post('/api/socialorgs/instructors/import', { query: { nodeId }, body: form(file) });
/** Adds an instructor. */
export const createInstructor = (body: InstructorInput) =>
  client.post('/api/socialorgs/instructors', { body });
/** One instructor. */
export const getInstructor = (id: string) => client.get('/api/socialorgs/instructors/{id}', { path: { id } });
/** Sends an instructor. */
export const assignInstructor = (id: string, body: AssignmentInput) =>
  client.post('/api/socialorgs/instructors/{id}/assignments', { path: { id }, body });
/** Logs a visit (the key makes a resend harmless). */
export const logVisit = (id: string, body: VisitInput, key: string) =>
  client.post('/api/socialorgs/instructors/{id}/visits', {
    path: { id },
    body,
    headers: { 'idempotency-key': key },
  });
/** Coverage under a node. */
export const getCoverage = (nodeId?: string) => client.get('/api/socialorgs/coverage', { query: { nodeId } });

/** The talent register under a node. */
export const listTalents = (nodeId?: string) => client.get('/api/socialorgs/talents', { query: { nodeId } });
/** The talent register as Excel. */
export const talentsExportUrl = (nodeId?: string) =>
  client.url('/api/socialorgs/talents/export', { query: { nodeId } });
/** Imports talents onto a street or community. */
export const importTalents = (nodeId: string, file: File) =>
  client.post('/api/socialorgs/talents/import', { query: { nodeId }, body: form(file) });
/** Registers a talent. */
export const createTalent = (body: TalentInput) => client.post('/api/socialorgs/talents', { body });
/** Records a training. */
export const addTraining = (id: string, body: TrainingInput) =>
  client.post('/api/socialorgs/talents/{id}/trainings', { path: { id }, body });

/** Bases under a node, with a year's link records. */
export const listBases = (nodeId?: string, year?: number) =>
  client.get('/api/socialorgs/bases', { query: { nodeId, year } });
/** Registers a base. */
export const createBase = (body: BaseInput) => client.post('/api/socialorgs/bases', { body });
/** One base. */
export const getBase = (id: string, year?: number) =>
  client.get('/api/socialorgs/bases/{id}', { path: { id }, query: { year } });
/** Settles an organisation. */
export const settleOrg = (id: string, body: SettlementInput) =>
  client.post('/api/socialorgs/bases/{id}/settlements', { path: { id }, body });
/** Records a four-link activity. */
export const addLink = (id: string, body: LinkInput) =>
  client.post('/api/socialorgs/bases/{id}/links', { path: { id }, body });
