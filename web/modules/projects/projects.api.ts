/** The projects API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Query, type Res } from '../../app/client.ts';

export { CATEGORIES, STAGES } from '../../../server/modules/projects/projects.rules.ts';

/** A project as lists show it, and the list. */
export type ProjectList = Res<'get', '/api/projects'>;
export type ProjectSummary = ProjectList['items'][number];
/** A project with its budget, work and ratings. */
export type Project = Res<'get', '/api/projects/{id}'>;
/** A community's menu item. */
export type MenuItem = Res<'get', '/api/projects/menu'>[number];
/** A deputies' ballot, in a list and in full. */
export type BallotSummary = Res<'get', '/api/projects/ballots'>[number];
export type Ballot = Res<'get', '/api/projects/ballots/{id}'>;
/** The year's figures of a node. */
export type Figures = Res<'get', '/api/projects/figures'>;
/** Units' scores. */
export type UnitScores = Res<'get', '/api/projects/unit-scores'>;
/** A community's public projects. */
export type PublicProjects = Res<'get', '/api/public/projects/{id}'>;
/** Filters of the project list. */
export type ProjectQuery = Query<'get', '/api/projects'>;

/** Projects in my scope. */
export const listProjects = (q: ProjectQuery) => client.get('/api/projects', { query: q });
/** One project. */
export const getProject = (id: string) => client.get('/api/projects/{id}', { path: { id } });
/** Orders a micro project 点菜 (Idempotency-Key: safe to send again). */
export const orderProject = (body: Body<'post', '/api/projects'>, key: string) =>
  client.post('/api/projects', { body, headers: { 'idempotency-key': key } });
/** Takes a step of the project's life. */
export const takeStep = (id: string, body: Body<'post', '/api/projects/{id}/transitions'>) =>
  client.post('/api/projects/{id}/transitions', { path: { id }, body });
/** Sets the budget (amounts in 元 as text). */
export const setBudget = (
  id: string,
  body: { publicYuan: string; socialYuan: string; socialSource?: string; version: number },
) => client.put('/api/projects/{id}/budget', { path: { id }, body });
/** Adds a milestone. */
export const addMilestone = (id: string, body: { title: string; dueOn: string }) =>
  client.post('/api/projects/{id}/milestones', { path: { id }, body });
/** Marks a milestone done. */
export const completeMilestone = (id: string, milestoneId: string, note: string) =>
  client.post('/api/projects/{id}/milestones/{milestoneId}/done', {
    path: { id, milestoneId },
    body: { note },
  });
/** Adds a contractor. */
export const addContractor = (id: string, body: Body<'post', '/api/projects/{id}/contractors'>) =>
  client.post('/api/projects/{id}/contractors', { path: { id }, body });
/** Uploads a photo of the work. */
export function addPhoto(id: string, file: File) {
  const fd = new FormData();
  fd.append('file', file);
  return client.post('/api/projects/{id}/photos', { path: { id }, body: fd });
}
/** A photo's address. */
export const photoUrl = (photoId: string) =>
  client.url('/api/projects/photos/{id}', { path: { id: photoId } });
/** Adds a progress or supervision note. */
export const addNote = (id: string, text: string) =>
  client.post('/api/projects/{id}/notes', { path: { id }, body: { text } });
/** Rates satisfaction 1–5. */
export const rateProject = (id: string, score: number, comment?: string) =>
  client.post('/api/projects/{id}/ratings', { path: { id }, body: { score, comment } });
/** A community's menu. */
export const getMenu = (nodeId: string) => client.get('/api/projects/menu', { query: { nodeId } });
/** Puts a project on the menu. */
export const addMenuItem = (body: Body<'post', '/api/projects/menu'>) =>
  client.post('/api/projects/menu', { body });
/** Takes a project off the menu. */
export const retireMenuItem = (id: string) => client.delete('/api/projects/menu/{id}', { path: { id } });
/** Ballots in my scope. */
export const listBallots = (q: { year?: number; nodeId?: string }) =>
  client.get('/api/projects/ballots', { query: q });
/** One ballot. */
export const getBallot = (id: string) => client.get('/api/projects/ballots/{id}', { path: { id } });
/** Sets up a ballot. */
export const createBallot = (body: { nodeId: string; year: number; title: string; seats: number }) =>
  client.post('/api/projects/ballots', { body });
/** Adds a candidate. */
export const addCandidate = (id: string, body: Body<'post', '/api/projects/ballots/{id}/candidates'>) =>
  client.post('/api/projects/ballots/{id}/candidates', { path: { id }, body });
/** Imports a candidate list. */
export function importCandidates(id: string, file: File) {
  const fd = new FormData();
  fd.append('file', file);
  return client.post('/api/projects/ballots/{id}/import', { path: { id }, body: fd });
}
/** Opens the deputies' vote. */
export const openVote = (id: string, closesAt: string) =>
  client.post('/api/projects/ballots/{id}/open', { path: { id }, body: { closesAt } });
/** The year's figures. */
export const getFigures = (year: number, nodeId?: string) =>
  client.get('/api/projects/figures', { query: { year, nodeId } });
/** Units' scores. */
export const getUnitScores = (year: number, nodeId?: string) =>
  client.get('/api/projects/unit-scores', { query: { year, nodeId } });
/** The Excel register's address. */
export const exportUrl = (year: number, nodeId?: string) =>
  client.url('/api/projects/export', { query: { year, nodeId } });
/** A community's public projects. */
export const getPublicProjects = (communityId: string) =>
  client.get('/api/public/projects/{id}', { path: { id: communityId } });
