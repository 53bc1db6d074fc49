/** The projects API as typed functions: types from the server's own zod schemas. */
import type { z } from 'zod';
import type {
  ballotDetail,
  ballotSummary,
  figuresView,
  menuItem,
  projectDetail,
  projectList,
  projectQuery,
  publicCommunity,
  unitScores,
} from '../../../server/modules/projects/projects.schemas.ts';
import { api, qs } from '../../app/api.ts';

export { CATEGORIES, STAGES } from '../../../server/modules/projects/projects.rules.ts';

/** A project as lists show it, and the list. */
export type ProjectList = z.infer<typeof projectList>;
export type ProjectSummary = ProjectList['items'][number];
/** A project with its budget, work and ratings. */
export type Project = z.infer<typeof projectDetail>;
/** A community's menu item. */
export type MenuItem = z.infer<typeof menuItem>;
/** A deputies' ballot, in a list and in full. */
export type BallotSummary = z.infer<typeof ballotSummary>;
export type Ballot = z.infer<typeof ballotDetail>;
/** The year's figures of a node. */
export type Figures = z.infer<typeof figuresView>;
/** Units' scores. */
export type UnitScores = z.infer<typeof unitScores>;
/** A community's public projects. */
export type PublicProjects = z.infer<typeof publicCommunity>;
/** Filters of the project list. */
export type ProjectQuery = Partial<z.infer<typeof projectQuery>>;

/** Projects in my scope. */
export const listProjects = (q: ProjectQuery) => api<ProjectList>('GET', `/api/projects${qs(q)}`);
/** One project. */
export const getProject = (id: string) => api<Project>('GET', `/api/projects/${id}`);
/** Orders a micro project 点菜 (Idempotency-Key: safe to send again). */
export const orderProject = (
  body: { nodeId: string; menuItemId?: string; title?: string; description?: string; category?: string },
  key: string,
) => api<{ id: string }>('POST', '/api/projects', body, { 'idempotency-key': key });
/** Takes a step of the project's life. */
export const takeStep = (id: string, body: { action: string; reason?: string; note?: string }) =>
  api<{ stage: string }>('POST', `/api/projects/${id}/transitions`, body);
/** Sets the budget (amounts in 元 as text). */
export const setBudget = (
  id: string,
  body: { publicYuan: string; socialYuan: string; socialSource?: string; version: number },
) => api('PUT', `/api/projects/${id}/budget`, body);
/** Adds a milestone. */
export const addMilestone = (id: string, body: { title: string; dueOn: string }) =>
  api<{ id: string }>('POST', `/api/projects/${id}/milestones`, body);
/** Marks a milestone done. */
export const completeMilestone = (id: string, milestoneId: string, note: string) =>
  api<{ progress: number }>('POST', `/api/projects/${id}/milestones/${milestoneId}/done`, { note });
/** Adds a contractor. */
export const addContractor = (
  id: string,
  body: { name: string; role: string; contactName?: string; phone?: string },
) => api<{ id: string }>('POST', `/api/projects/${id}/contractors`, body);
/** Uploads a photo of the work. */
export function addPhoto(id: string, file: File) {
  const fd = new FormData();
  fd.append('file', file);
  return api<{ id: string }>('POST', `/api/projects/${id}/photos`, fd);
}
/** A photo's address. */
export const photoUrl = (photoId: string) => `/api/projects/photos/${photoId}`;
/** Adds a progress or supervision note. */
export const addNote = (id: string, text: string) =>
  api<{ id: string }>('POST', `/api/projects/${id}/notes`, { text });
/** Rates satisfaction 1–5. */
export const rateProject = (id: string, score: number, comment?: string) =>
  api<{ added: boolean; score: number }>('POST', `/api/projects/${id}/ratings`, { score, comment });
/** A community's menu. */
export const getMenu = (nodeId: string) => api<MenuItem[]>('GET', `/api/projects/menu${qs({ nodeId })}`);
/** Puts a project on the menu. */
export const addMenuItem = (body: {
  nodeId: string;
  title: string;
  description?: string;
  category: string;
  estimateYuan: string;
}) => api<{ id: string }>('POST', '/api/projects/menu', body);
/** Takes a project off the menu. */
export const retireMenuItem = (id: string) => api('DELETE', `/api/projects/menu/${id}`);
/** Ballots in my scope. */
export const listBallots = (q: { year?: number; nodeId?: string }) =>
  api<BallotSummary[]>('GET', `/api/projects/ballots${qs(q)}`);
/** One ballot. */
export const getBallot = (id: string) => api<Ballot>('GET', `/api/projects/ballots/${id}`);
/** Sets up a ballot. */
export const createBallot = (body: { nodeId: string; year: number; title: string; seats: number }) =>
  api<{ id: string }>('POST', '/api/projects/ballots', body);
/** Adds a candidate. */
export const addCandidate = (
  id: string,
  body: { title: string; description?: string; category?: string; publicYuan?: string; socialYuan?: string },
) => api<{ id: string }>('POST', `/api/projects/ballots/${id}/candidates`, body);
/** Imports a candidate list. */
export function importCandidates(id: string, file: File) {
  const fd = new FormData();
  fd.append('file', file);
  return api<{ added: number; errors: { row: number; field: string; message: string }[] }>(
    'POST',
    `/api/projects/ballots/${id}/import`,
    fd,
  );
}
/** Opens the deputies' vote. */
export const openVote = (id: string, closesAt: string) =>
  api<{ voteId: string }>('POST', `/api/projects/ballots/${id}/open`, { closesAt });
/** The year's figures. */
export const getFigures = (year: number, nodeId?: string) =>
  api<Figures>('GET', `/api/projects/figures${qs({ year, nodeId })}`);
/** Units' scores. */
export const getUnitScores = (year: number, nodeId?: string) =>
  api<UnitScores>('GET', `/api/projects/unit-scores${qs({ year, nodeId })}`);
/** The Excel register's address. */
export const exportUrl = (year: number, nodeId?: string) => `/api/projects/export${qs({ year, nodeId })}`;
/** A community's public projects. */
export const getPublicProjects = (communityId: string) =>
  api<PublicProjects>('GET', `/api/public/projects/${communityId}`);
