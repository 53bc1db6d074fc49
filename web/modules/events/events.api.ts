/** Typed calls of the events API; types are the routes' own, from web/app/api.generated.ts. */
import { client, type Body, type Query, type Res } from '../../app/client.ts';

/** One event as the API shows it. */
export type EventItem = Res<'get', '/api/events'>['items'][number];
/** One event with its history and evaluation. */
export type EventDetail = Res<'get', '/api/events/{id}'>;
/** A page of events. */
export type EventPage = Res<'get', '/api/events'>;
/** A department an event may be dispatched to. */
export type DepartmentOption = Res<'get', '/api/events/{id}/departments'>[number];
/** A prevention item. */
export type PreventionItem = Res<'get', '/api/events/prevention'>[number];
/** A district's events settings. */
export type EventsSettings = Res<'get', '/api/events/settings'>;
/** A node's dashboard. */
export type Dashboard = Res<'get', '/api/events/dashboard'>;
/** Rates with their trend. */
export type Rates = Res<'get', '/api/events/rates'>;

/** The filters of the event list. */
export type EventFilter = Omit<Query<'get', '/api/events'>, 'mine'> & { mine?: boolean };

/** Events in the user's scope. */
export const listEvents = (f: EventFilter) =>
  client.get('/api/events', { query: { ...f, mine: f.mine ? '1' : undefined } });
/** The events of the list's filters as an Excel register 事件台账 (a download link). */
export const eventsExportUrl = (f: Omit<EventFilter, 'limit' | 'offset'>) =>
  client.url('/api/events/export', { query: { ...f, mine: f.mine ? '1' : undefined } });
/** One event with its history. */
export const getEvent = (id: string) => client.get('/api/events/{id}', { path: { id } });
/** Moves an event (receive, dispatch, …); 409 carries the current copy. */
export const transition = (id: string, body: Body<'post', '/api/events/{id}/transitions'>, key?: string) =>
  client.post('/api/events/{id}/transitions', {
    path: { id },
    body,
    headers: key ? { 'idempotency-key': key } : {},
  });
/** The departments an event may be dispatched to. */
export const departmentsFor = (id: string) => client.get('/api/events/{id}/departments', { path: { id } });
/** Adds an internal note or a public reply. */
export const addNote = (id: string, body: { text: string; public: boolean }) =>
  client.post('/api/events/{id}/notes', { path: { id }, body });
/** Uploads a photo (its type is read from its bytes on the server). */
export const uploadPhoto = (id: string, file: Blob, name: string) => {
  const fd = new FormData();
  fd.append('file', file, name);
  return client.post('/api/events/{id}/photos', { path: { id }, body: fd });
};
/** The URL of a photo's bytes (for <img>). */
export const photoUrl = (id: string, photoId: string) =>
  client.url('/api/events/{id}/photos/{photoId}', { path: { id, photoId } });
/** A resident reports a problem at a place. */
export const reportAsResident = (body: Body<'post', '/api/events/resident'>, key: string) =>
  client.post('/api/events/resident', { body, headers: { 'idempotency-key': key } });
/** Records an event's evaluation. */
export const evaluate = (id: string, body: { fixed: boolean; residentsAgree: boolean; note: string }) =>
  client.post('/api/events/{id}/evaluation', { path: { id }, body });
/** Prevention items in scope. */
export const listPrevention = (q: Query<'get', '/api/events/prevention'>) =>
  client.get('/api/events/prevention', { query: q });
/** The prevention items in scope as an Excel file (a download link). */
export const preventionExportUrl = (q: Query<'get', '/api/events/prevention/export'>) =>
  client.url('/api/events/prevention/export', { query: q });
/** Opens a prevention item. */
export const createPrevention = (body: Body<'post', '/api/events/prevention'>) =>
  client.post('/api/events/prevention', { body });
/** Reviews a prevention item. */
export const reviewPrevention = (id: string, body: Body<'post', '/api/events/prevention/{id}/reviews'>) =>
  client.post('/api/events/prevention/{id}/reviews', { path: { id }, body });
/** A district's settings. */
export const getSettings = (districtId: string) =>
  client.get('/api/events/settings', { query: { districtId } });
/** Changes a district's settings. */
export const saveSettings = (body: {
  districtId: string;
  recurrence: EventsSettings['recurrence'];
  version: number;
}) => client.put('/api/events/settings', { body });
