/** The linkage API as typed functions: types from the server's own zod schemas. */
import type { z } from 'zod';
import type {
  answerBody,
  caseBody,
  caseView,
  expertBody,
  expertPatch,
  expertRole,
  figuresView,
  holdBody,
  importResult,
  itemBody,
  itemMoveBody,
  itemView,
  linkBody,
  linkDetail,
  linkView,
  problemView,
  rolesView,
  rosterView,
  sessionBody,
  sessionDetail,
  sessionView,
} from '../../../server/modules/linkage/linkage.schemas.ts';
import { api, qs } from '../../app/api.ts';

export { LINK_KINDS, HOST_KINDS, SESSION_FORMATS } from '../../../server/modules/linkage/linkage.rules.ts';

export type Link = z.infer<typeof linkView>;
export type LinkDetail = z.infer<typeof linkDetail>;
export type Item = z.infer<typeof itemView>;
export type Roster = z.infer<typeof rosterView>;
export type Roles = z.infer<typeof rolesView>;
export type ExpertRole = z.infer<typeof expertRole>;
export type Case = z.infer<typeof caseView>;
export type Session = z.infer<typeof sessionView>;
export type SessionDetail = z.infer<typeof sessionDetail>;
export type Problem = z.infer<typeof problemView>;
export type Figures = z.infer<typeof figuresView>;
export type LinkInput = z.input<typeof linkBody>;
export type ItemInput = z.input<typeof itemBody>;
export type ExpertInput = z.input<typeof expertBody>;
export type SessionInput = z.input<typeof sessionBody>;

/** Links under a node. */
export const listLinks = (nodeId?: string, kind?: string) =>
  api<Link[]>('GET', `/api/linkage/links${qs({ nodeId, kind })}`);
export const createLink = (b: LinkInput) => api<{ id: string }>('POST', '/api/linkage/links', b);
export const getLink = (id: string) => api<LinkDetail>('GET', `/api/linkage/links/${id}`);
export const addItem = (linkId: string, b: ItemInput) =>
  api<{ id: string }>('POST', `/api/linkage/links/${linkId}/items`, b);
export const moveItem = (id: string, b: z.input<typeof itemMoveBody>) =>
  api<Item>('POST', `/api/linkage/items/${id}/moves`, b);
/** Ends a link on a day (officers who keep the register). */
export const endLink = (id: string, endedOn: string) =>
  api<{ ok: true }>('POST', `/api/linkage/links/${id}/end`, { endedOn });
export const linksExportUrl = (nodeId?: string) => `/api/linkage/links/export${qs({ nodeId })}`;

/** The roster on the tree. */
export const getRoster = (nodeId?: string) => api<Roster>('GET', `/api/linkage/experts${qs({ nodeId })}`);
export const getRoles = (nodeId: string) => api<Roles>('GET', `/api/linkage/roles${qs({ nodeId })}`);
/** Sets the district's roster roles (officers of the district). */
export const setRoles = (nodeId: string, roles: ExpertRole[]) =>
  api<Roles>('PUT', '/api/linkage/roles', { nodeId, roles });
/** Changes a roster member's unit, office hours or whether they are on duty. */
export const updateExpert = (id: string, b: z.input<typeof expertPatch>) =>
  api<{ ok: true }>('PATCH', `/api/linkage/experts/${id}`, b);
export const addExpert = (b: ExpertInput) => api<{ id: string }>('POST', '/api/linkage/experts', b);
export const listCases = (id: string) => api<Case[]>('GET', `/api/linkage/experts/${id}/cases`);
export const addCase = (id: string, b: z.input<typeof caseBody>) =>
  api<{ id: string }>('POST', `/api/linkage/experts/${id}/cases`, b);
export const importRoster = (nodeId: string, file: File) => {
  const f = new FormData();
  f.append('file', file);
  return api<z.infer<typeof importResult>>('POST', `/api/linkage/experts/import${qs({ nodeId })}`, f);
};
export const rosterExportUrl = (nodeId?: string) => `/api/linkage/experts/export${qs({ nodeId })}`;

/** Sessions in a year. */
export const listSessions = (nodeId?: string, year?: number) =>
  api<Session[]>('GET', `/api/linkage/sessions${qs({ nodeId, year })}`);
export const scheduleSession = (b: SessionInput, key: string) =>
  api<{ id: string }>('POST', '/api/linkage/sessions', b, { 'idempotency-key': key });
export const getSession = (id: string) => api<SessionDetail>('GET', `/api/linkage/sessions/${id}`);
export const recordSession = (id: string, b: z.input<typeof holdBody>) =>
  api<{ state: string }>('POST', `/api/linkage/sessions/${id}/record`, b);
export const answerProblem = (id: string, b: z.input<typeof answerBody>) =>
  api<Problem>('POST', `/api/linkage/problems/${id}/answer`, b);
export const openProblems = (nodeId?: string) =>
  api<Problem[]>('GET', `/api/linkage/problems${qs({ nodeId })}`);
export const sessionsExportUrl = (nodeId?: string, year?: number) =>
  `/api/linkage/sessions/export${qs({ nodeId, year })}`;
export const getFigures = (nodeId?: string, year?: number) =>
  api<Figures>('GET', `/api/linkage/figures${qs({ nodeId, year })}`);
