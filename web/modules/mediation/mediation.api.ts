/** The mediation API as typed functions: types from the server's own zod schemas. */
import type { z } from 'zod';
import type {
  caseDetail,
  caseList,
  casesQuery,
  figuresView,
  hearingBody,
  intakeBody,
  partyBody,
  revealView,
  roomBody,
  roomView,
  stepsBody,
  stepsView,
  transitionBody,
} from '../../../server/modules/mediation/mediation.schemas.ts';
import type { eventPage } from '../../../server/modules/events/events.schemas.ts';
import { api, qs } from '../../app/api.ts';

export { CATEGORIES } from '../../../server/modules/mediation/mediation.rules.ts';

export type CaseList = z.infer<typeof caseList>;
export type Case = z.infer<typeof caseDetail>;
export type Room = z.infer<typeof roomView>;
export type Figures = z.infer<typeof figuresView>;
export type Steps = z.infer<typeof stepsView>;
export type Revealed = z.infer<typeof revealView>;
export type TransitionInput = z.input<typeof transitionBody>;

export const listCases = (q: Partial<z.infer<typeof casesQuery>>) =>
  api<CaseList>('GET', `/api/mediation/cases${qs(q)}`);
export const getCase = (id: string) => api<Case>('GET', `/api/mediation/cases/${id}`);
export const intake = (b: z.input<typeof intakeBody>) =>
  api<{ id: string; number: string }>('POST', '/api/mediation/cases', b);
export const fromEvent = (eventId: string, category: string, roomId?: string) =>
  api<{ id: string; number: string }>('POST', '/api/mediation/cases/from-event', {
    eventId,
    category,
    roomId,
  });
export const addParties = (id: string, parties: z.input<typeof partyBody>[]) =>
  api('POST', `/api/mediation/cases/${id}/parties`, { parties });
export const reveal = (id: string, reason: string) =>
  api<Revealed>('POST', `/api/mediation/cases/${id}/parties/reveal`, { reason });
export const hear = (id: string, b: z.input<typeof hearingBody>) =>
  api<{ id: string }>('POST', `/api/mediation/cases/${id}/hearings`, b);
export const transition = (id: string, b: TransitionInput) =>
  api<{ state: string; result: string | null }>('POST', `/api/mediation/cases/${id}/transitions`, b);
export const referPsych = (id: string, toName: string, note: string) =>
  api('POST', `/api/mediation/cases/${id}/psych`, { toName, note });
export const psychOutcome = (id: string, outcome: 'done' | 'declined', note: string) =>
  api('POST', `/api/mediation/cases/${id}/psych/outcome`, { outcome, note });
export const agreementUrl = (id: string) => `/api/mediation/cases/${id}/agreement.html`;
export const listRooms = (nodeId?: string) => api<Room[]>('GET', `/api/mediation/rooms${qs({ nodeId })}`);
export const createRoom = (b: z.input<typeof roomBody>) =>
  api<{ id: string }>('POST', '/api/mediation/rooms', b);
export const addMediator = (id: string, username: string) =>
  api('POST', `/api/mediation/rooms/${id}/mediators`, { username });
export const getSteps = (nodeId: string) => api<Steps>('GET', `/api/mediation/steps?nodeId=${nodeId}`);
export const setSteps = (b: z.input<typeof stepsBody>) => api('PUT', '/api/mediation/steps', b);
export const stepsExportUrl = (nodeId?: string) => `/api/mediation/export${qs({ what: 'steps', nodeId })}`;
export const getFigures = (q: { nodeId?: string; year?: number }) =>
  api<Figures>('GET', `/api/mediation/figures${qs(q)}`);
export const exportUrl = (q: { nodeId?: string; year?: number }) => `/api/mediation/export${qs(q)}`;
/** Dispute events the user can read (events module), to turn into cases. */
export const disputeEvents = () =>
  api<z.infer<typeof eventPage>>('GET', '/api/events?category=dispute&limit=50');
