/** The venues API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Query, type Res } from '../../app/client.ts';

export { LEVELS, BOOKERS } from '../../../server/modules/venues/venues.rules.ts';

export type VenueList = Res<'get', '/api/venues'>;
export type VenueSummary = VenueList['venues'][number];
export type Venue = Res<'get', '/api/venues/{id}'>;
export type Booking = Res<'get', '/api/venues/bookings/mine'>[number];
export type Figures = Res<'get', '/api/venues/figures'>;
export type Near = Res<'get', '/api/venues/near'>;
export type BookingInput = Body<'post', '/api/venues/bookings'>;
export type MoveInput = Body<'post', '/api/venues/bookings/{id}/moves'>;
export type VenuesImport = Res<'post', '/api/venues/import'>;

/** The venues of the district, searched. */
export const listVenues = (query: Query<'get', '/api/venues'>) => client.get('/api/venues', { query });
/** One venue with its rooms. */
export const getVenue = (id: string) => client.get('/api/venues/{id}', { path: { id } });
/** A venue's week of bookings from a day. */
export const getWeek = (id: string, from: string) =>
  client.get('/api/venues/{id}/week', { path: { id }, query: { from } });
/** Books a room (Idempotency-Key: safe to send again from a phone). */
export const book = (body: BookingInput, key: string) =>
  client.post('/api/venues/bookings', { body, headers: { 'idempotency-key': key } });
/** Moves a booking: approve, reject, cancel, no-show, record. */
export const moveBooking = (id: string, body: MoveInput) =>
  client.post('/api/venues/bookings/{id}/moves', { path: { id }, body });
/** Checks in by the door's QR (Idempotency-Key). */
export const checkIn = (venueId: string, code: string, key: string) =>
  client.post('/api/venues/checkin', { body: { venueId, code }, headers: { 'idempotency-key': key } });
/** My bookings. */
export const myBookings = () => client.get('/api/venues/bookings/mine');
/** Bookings waiting for approval. */
export const approvals = () => client.get('/api/venues/approvals');
/** The figures under a node. */
export const getFigures = (nodeId?: string) => client.get('/api/venues/figures', { query: { nodeId } });
/** The 10-minute circle of a community. */
export const getNear = (query: Query<'get', '/api/venues/near'>) => client.get('/api/venues/near', { query });
/** Checks (dryRun) or applies an import of the register. */
export const importVenues = (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/venues/import', { query: { dryRun: dryRun ? '1' : '0' }, body });
};
export const venuesExportUrl = (nodeId?: string) => client.url('/api/venues/export', { query: { nodeId } });
