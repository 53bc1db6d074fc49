/** The eldercare API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Query, type Res } from '../../app/client.ts';

export { STATION_KINDS } from '../../../server/modules/eldercare/eldercare.rules.ts';

export type Station = Res<'get', '/api/eldercare/stations'>[number];
export type Reach = Res<'get', '/api/eldercare/stations/{id}/reach'>;
export type Ticket = Res<'get', '/api/eldercare/tickets'>[number];
export type StationImport = Res<'post', '/api/eldercare/stations/import'>;
export type StationInput = Body<'post', '/api/eldercare/stations'>;
export type TicketInput = Body<'post', '/api/eldercare/tickets'>;
export type MoveInput = Body<'post', '/api/eldercare/tickets/{id}/moves'>;

/** Stations under a node. */
export const listStations = (nodeId?: string) => client.get('/api/eldercare/stations', { query: { nodeId } });
/** Sets up a station. */
export const createStation = (body: StationInput) => client.post('/api/eldercare/stations', { body });
/** The grids and households within a station's circle. */
export const getReach = (id: string) => client.get('/api/eldercare/stations/{id}/reach', { path: { id } });
/** Checks (dryRun) or applies an import of stations from an .xlsx or CSV in the export's columns. */
export const importStations = (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/eldercare/stations/import', { query: { dryRun: dryRun ? '1' : '0' }, body });
};
export const stationsExportUrl = (nodeId?: string) =>
  client.url('/api/eldercare/stations/export', { query: { nodeId } });
/** Tickets under a node, or mine. */
export const listTickets = (query: Query<'get', '/api/eldercare/tickets'>) =>
  client.get('/api/eldercare/tickets', { query });
/** Asks a station for a service (Idempotency-Key: safe to send again). */
export const requestTicket = (body: TicketInput, key: string) =>
  client.post('/api/eldercare/tickets', { body, headers: { 'idempotency-key': key } });
/** Assigns, completes, rates or cancels a ticket. */
export const moveTicket = (id: string, body: MoveInput) =>
  client.post('/api/eldercare/tickets/{id}/moves', { path: { id }, body });
export const ticketsExportUrl = (nodeId?: string) =>
  client.url('/api/eldercare/tickets/export', { query: { nodeId } });
