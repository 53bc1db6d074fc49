/** Typed calls of the events API; types inferred from the server's own zod schemas so pages cannot drift. */
import type { z } from 'zod';
import type {
  dashboardView,
  departmentOption,
  eventDetail,
  eventPage,
  eventView,
  preventionBody,
  preventionView,
  ratesView,
  residentReportBody,
  reviewBody,
  settingsView,
} from '../../../server/modules/events/events.schemas.ts';
import { api, qs } from '../../app/api.ts';

/** One event as the API shows it. */
export type EventItem = z.infer<typeof eventView>;
/** One event with its history and evaluation. */
export type EventDetail = z.infer<typeof eventDetail>;
/** A page of events. */
export type EventPage = z.infer<typeof eventPage>;
/** A department an event may be dispatched to. */
export type DepartmentOption = z.infer<typeof departmentOption>;
/** A prevention item. */
export type PreventionItem = z.infer<typeof preventionView>;
/** A district's events settings. */
export type EventsSettings = z.infer<typeof settingsView>;
/** A node's dashboard. */
export type Dashboard = z.infer<typeof dashboardView>;
/** Rates with their trend. */
export type Rates = z.infer<typeof ratesView>;

/** The filters of the event list. */
export interface EventFilter {
  nodeId?: string;
  departmentId?: string;
  state?: string;
  category?: string;
  mine?: boolean;
  q?: string;
  limit?: number;
  offset?: number;
}

/** Events in the user's scope. */
export const listEvents = (f: EventFilter) =>
  api<EventPage>('GET', `/api/events${qs({ ...f, mine: f.mine ? '1' : undefined })}`);
/** One event with its history. */
export const getEvent = (id: string) => api<EventDetail>('GET', `/api/events/${id}`);
/** Moves an event (receive, dispatch, …); 409 carries the current copy. */
export const transition = (id: string, body: Record<string, unknown>, key?: string) =>
  api<EventItem>('POST', `/api/events/${id}/transitions`, body, key ? { 'idempotency-key': key } : {});
/** The departments an event may be dispatched to. */
export const departmentsFor = (id: string) => api<DepartmentOption[]>('GET', `/api/events/${id}/departments`);
/** Adds an internal note or a public reply. */
export const addNote = (id: string, body: { text: string; public: boolean }) =>
  api<EventItem>('POST', `/api/events/${id}/notes`, body);
/** Uploads a photo (its type is read from its bytes on the server). */
export const uploadPhoto = (id: string, file: Blob, name: string) => {
  const fd = new FormData();
  fd.append('file', file, name);
  return api<{ id: string }>('POST', `/api/events/${id}/photos`, fd);
};
/** The URL of a photo's bytes (for <img>). */
export const photoUrl = (id: string, photoId: string) => `/api/events/${id}/photos/${photoId}`;
/** A resident reports a problem at a place. */
export const reportAsResident = (body: z.input<typeof residentReportBody>, key: string) =>
  api<EventItem>('POST', '/api/events/resident', body, { 'idempotency-key': key });
/** Records an event's evaluation. */
export const evaluate = (id: string, body: { fixed: boolean; residentsAgree: boolean; note: string }) =>
  api<EventItem>('POST', `/api/events/${id}/evaluation`, body);
/** Prevention items in scope. */
export const listPrevention = (q: { nodeId?: string; state?: string }) =>
  api<PreventionItem[]>('GET', `/api/events/prevention${qs(q)}`);
/** Opens a prevention item. */
export const createPrevention = (body: z.input<typeof preventionBody>) =>
  api<PreventionItem>('POST', '/api/events/prevention', body);
/** Reviews a prevention item. */
export const reviewPrevention = (id: string, body: z.input<typeof reviewBody>) =>
  api<PreventionItem>('POST', `/api/events/prevention/${id}/reviews`, body);
/** A district's settings. */
export const getSettings = (districtId: string) =>
  api<EventsSettings>('GET', `/api/events/settings${qs({ districtId })}`);
/** Changes a district's settings. */
export const saveSettings = (body: {
  districtId: string;
  recurrence: EventsSettings['recurrence'];
  version: number;
}) => api<EventsSettings>('PUT', '/api/events/settings', body);
