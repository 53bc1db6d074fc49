/** The eldercare API as typed functions: types from the server's own zod schemas. */
import type { z } from 'zod';
import type {
  moveBody,
  reachView,
  stationBody,
  stationView,
  ticketBody,
  ticketView,
} from '../../../server/modules/eldercare/eldercare.schemas.ts';
import { api, qs } from '../../app/api.ts';

export { STATION_KINDS } from '../../../server/modules/eldercare/eldercare.rules.ts';

export type Station = z.infer<typeof stationView>;
export type Reach = z.infer<typeof reachView>;
export type Ticket = z.infer<typeof ticketView>;
export type StationInput = z.input<typeof stationBody>;
export type TicketInput = z.input<typeof ticketBody>;

export const listStations = (nodeId?: string) =>
  api<Station[]>('GET', `/api/eldercare/stations${qs({ nodeId })}`);
export const createStation = (b: StationInput) => api<{ id: string }>('POST', '/api/eldercare/stations', b);
export const getReach = (id: string) => api<Reach>('GET', `/api/eldercare/stations/${id}/reach`);
export const stationsExportUrl = (nodeId?: string) => `/api/eldercare/stations/export${qs({ nodeId })}`;
export const listTickets = (q: { nodeId?: string; mine?: boolean }) =>
  api<Ticket[]>('GET', `/api/eldercare/tickets${qs(q)}`);
export const requestTicket = (b: TicketInput, key: string) =>
  api<{ id: string; number: string }>('POST', '/api/eldercare/tickets', b, { 'idempotency-key': key });
export const moveTicket = (id: string, b: z.input<typeof moveBody>) =>
  api<Ticket>('POST', `/api/eldercare/tickets/${id}/moves`, b);
export const ticketsExportUrl = (nodeId?: string) => `/api/eldercare/tickets/export${qs({ nodeId })}`;
