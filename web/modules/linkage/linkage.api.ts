/** The linkage API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export { LINK_KINDS, HOST_KINDS, SESSION_FORMATS } from '../../../server/modules/linkage/linkage.rules.ts';

/** A link with its items. */
export type LinkDetail = Res<'get', '/api/linkage/links/{id}'>;
/** An item of a link, with the moves the reader may make. */
export type Item = LinkDetail['items'][number];
/** A move of an item as sent. */
export type ItemMove = Body<'post', '/api/linkage/items/{id}/moves'>;
/** The roster on the tree. */
export type Roster = Res<'get', '/api/linkage/experts'>;
/** A role of the district's roster. */
export type ExpertRole = Body<'put', '/api/linkage/roles'>['roles'][number];
/** The groups of roster roles (官 officials, 师 professionals): every group the route knows. */
const roleGroups: Record<ExpertRole['grp'], true> = { official: true, professional: true };
export const ROLE_GROUPS = Object.keys(roleGroups) as ExpertRole['grp'][];
/** A session as the list shows it, and with its problems. */
export type Session = Res<'get', '/api/linkage/sessions'>[number];
export type SessionDetail = Res<'get', '/api/linkage/sessions/{id}'>;
/** A problem raised at a session. */
export type Problem = Res<'get', '/api/linkage/problems'>[number];
/** The linkage figures of a node. */
export type Figures = Res<'get', '/api/linkage/figures'>;
/** A new link, roster member and session as sent. */
export type LinkInput = Body<'post', '/api/linkage/links'>;
export type ExpertInput = Body<'post', '/api/linkage/experts'>;
export type SessionInput = Body<'post', '/api/linkage/sessions'>;

/** Links under a node. */
export const listLinks = (nodeId?: string, kind?: LinkInput['kind']) =>
  client.get('/api/linkage/links', { query: { nodeId, kind } });
export const createLink = (body: LinkInput) => client.post('/api/linkage/links', { body });
export const getLink = (id: string) => client.get('/api/linkage/links/{id}', { path: { id } });
export const addItem = (linkId: string, body: Body<'post', '/api/linkage/links/{id}/items'>) =>
  client.post('/api/linkage/links/{id}/items', { path: { id: linkId }, body });
export const moveItem = (id: string, body: ItemMove) =>
  client.post('/api/linkage/items/{id}/moves', { path: { id }, body });
/** Ends a link on a day (officers who keep the register). */
export const endLink = (id: string, endedOn: string) =>
  client.post('/api/linkage/links/{id}/end', { path: { id }, body: { endedOn } });
export const linksExportUrl = (nodeId?: string) =>
  client.url('/api/linkage/links/export', { query: { nodeId } });

/** The roster on the tree. */
export const getRoster = (nodeId?: string) => client.get('/api/linkage/experts', { query: { nodeId } });
export const getRoles = (nodeId: string) => client.get('/api/linkage/roles', { query: { nodeId } });
/** Sets the district's roster roles (officers of the district). */
export const setRoles = (nodeId: string, roles: ExpertRole[]) =>
  client.put('/api/linkage/roles', { body: { nodeId, roles } });
/** Changes a roster member's unit, office hours or whether they are on duty. */
export const updateExpert = (id: string, body: Body<'patch', '/api/linkage/experts/{id}'>) =>
  client.patch('/api/linkage/experts/{id}', { path: { id }, body });
export const addExpert = (body: ExpertInput) => client.post('/api/linkage/experts', { body });
export const listCases = (id: string) => client.get('/api/linkage/experts/{id}/cases', { path: { id } });
export const addCase = (id: string, body: Body<'post', '/api/linkage/experts/{id}/cases'>) =>
  client.post('/api/linkage/experts/{id}/cases', { path: { id }, body });
export const importRoster = (nodeId: string, file: File) => {
  const f = new FormData();
  f.append('file', file);
  return client.post('/api/linkage/experts/import', { query: { nodeId }, body: f });
};
export const rosterExportUrl = (nodeId?: string) =>
  client.url('/api/linkage/experts/export', { query: { nodeId } });

/** Sessions in a year. */
export const listSessions = (nodeId?: string, year?: number) =>
  client.get('/api/linkage/sessions', { query: { nodeId, year } });
export const scheduleSession = (body: SessionInput, key: string) =>
  client.post('/api/linkage/sessions', { body, headers: { 'idempotency-key': key } });
export const getSession = (id: string) => client.get('/api/linkage/sessions/{id}', { path: { id } });
export const recordSession = (id: string, body: Body<'post', '/api/linkage/sessions/{id}/record'>) =>
  client.post('/api/linkage/sessions/{id}/record', { path: { id }, body });
export const answerProblem = (id: string, body: Body<'post', '/api/linkage/problems/{id}/answer'>) =>
  client.post('/api/linkage/problems/{id}/answer', { path: { id }, body });
export const openProblems = (nodeId?: string) => client.get('/api/linkage/problems', { query: { nodeId } });
export const sessionsExportUrl = (nodeId?: string, year?: number) =>
  client.url('/api/linkage/sessions/export', { query: { nodeId, year } });
export const getFigures = (nodeId?: string, year?: number) =>
  client.get('/api/linkage/figures', { query: { nodeId, year } });
