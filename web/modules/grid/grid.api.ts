/**
 * The grid API as the pages call it: one typed function per route, types the routes' own from
 * web/app/api.generated.ts (so a renamed field fails the type check in every page), constant lists
 * from the server's pure rules. Pages hold no URL of their own.
 */
import { client, type Body, type Query, type Res } from '../../app/client.ts';
import type { RegisterKind } from '../../../server/modules/grid/grid.rules.ts';

export {
  REGISTER_KINDS,
  VISIT_CATEGORIES,
  VISIT_RESULTS,
  type RegisterKind,
  type VisitCategory,
} from '../../../server/modules/grid/grid.rules.ts';
export { EVENT_CATEGORIES, EVENT_STATES, FINAL_STATES } from '../../../server/modules/events/events.rules.ts';

/** A grid or micro-grid with its outline and workers. */
export type Grid = Res<'get', '/api/grid/grids'>[number];
/** Who serves a grid, and how. */
export type Assignment = Res<'get', '/api/grid/assignments'>[number];
/** A register record, personal fields masked. */
export type RegisterRecord = RecordPage['items'][number];
/** A page of a register. */
export type RecordPage = Res<'get', '/api/grid/registers/{kind}'>;
/** One change in a record's history. */
export type HistoryEntry = Res<'get', '/api/grid/registers/{kind}/{id}/history'>[number];
/** An import preview with every bad row. */
export type ImportPreview = Res<'post', '/api/grid/registers/{kind}/import'>;
/** An import's progress and failed rows. */
export type ImportStatus = Res<'get', '/api/grid/registers/{kind}/import/{importId}'>;
/** A visit rule applying at a node. */
export type VisitRule = Res<'get', '/api/grid/visit-rules'>[number];
/** One record due for a visit. */
export type DueItem = DueList['today'][number];
/** The worker's due list. */
export type DueList = Res<'get', '/api/grid/due'>;
/** A visit as listed. */
export type Visit = Res<'get', '/api/grid/visits'>[number];
/** Visit compliance under a node. */
export type Compliance = Res<'get', '/api/grid/compliance'>;
/** One row of the compliance tables. */
export type ComplianceRow = Compliance['total'];
/** 我当网格员 figures per cadre. */
export type CadreStats = Res<'get', '/api/grid/cadre-stats'>;
/** A civilisation patrol. */
export type Patrol = Res<'get', '/api/grid/patrols'>[number];
/** What a patrol is logged with. */
export type PatrolInput = Body<'post', '/api/grid/patrols'>;
/** A grid head's walks of this week. */
export type HeadDue = Res<'get', '/api/grid/head/due'>;
/** Grid-head patrol coverage under a node. */
export type Coverage = Res<'get', '/api/grid/patrol-coverage'>;
/** The district's assessment standards. */
export type Standards = Res<'get', '/api/grid/standards'>;
/** One assessment standard. */
export type Standard = Standards['list'][number];
/** What a standards import did. */
export type StandardsImport = Res<'post', '/api/grid/standards/import'>;
/** The standard an event is tagged to. */
export type EventStandard = Res<'get', '/api/grid/events/{id}/standard'>;
/** A node's readiness per assessment project. */
export type Readiness = Res<'get', '/api/grid/readiness'>;
/** The phone's queue as sent. */
export type SyncOps = Body<'post', '/api/grid/sync'>['ops'];
/** Each op's outcome. */
export type SyncResponse = Res<'post', '/api/grid/sync'>;
/** The events dashboard of a node (events module). */
export type EventsDashboard = Res<'get', '/api/events/dashboard'>;
/** Children ranked by rates (events module). */
export type EventsRanking = Res<'get', '/api/events/rates/ranking'>;

/** A node and period for lists. */
export interface Range {
  nodeId: string;
  from?: string;
  to?: string;
}

/** Grids in reach, or under a node. */
export const listGrids = (nodeId?: string) => client.get('/api/grid/grids', { query: { nodeId } });
/** Sets or clears a grid's outline. */
export const setOutline = (id: string, body: { geojson: unknown; version: number }) =>
  client.put('/api/grid/grids/{id}/outline', { path: { id }, body });

/** Assignments on a node's subtree. */
export const listAssignments = (nodeId: string) => client.get('/api/grid/assignments', { query: { nodeId } });
/** Assigns someone to a grid. */
export const assign = (body: Body<'post', '/api/grid/assignments'>) =>
  client.post('/api/grid/assignments', { body });
/** Ends an assignment. */
export const endAssignment = (id: string) => client.delete('/api/grid/assignments/{id}', { path: { id } });
/** My assignments. */
export const myAssignments = () => client.get('/api/grid/me');

/** A page of a register. */
export const listRecords = (
  kind: RegisterKind,
  q: { nodeId: string; q?: string; limit?: number; offset?: number },
) => client.get('/api/grid/registers/{kind}', { path: { kind }, query: q });
/** A record's history. */
export const recordHistory = (kind: RegisterKind, id: string) =>
  client.get('/api/grid/registers/{kind}/{id}/history', { path: { kind, id } });
/** Uploads a register file (.xlsx or CSV) for a preview, with a corrected column mapping if any. */
export const previewImport = (
  kind: RegisterKind,
  nodeId: string,
  file: File,
  mapping?: Record<string, number | null>,
) => {
  const form = new FormData();
  form.append('file', file);
  return client.post('/api/grid/registers/{kind}/import', {
    path: { kind },
    query: { nodeId, mapping: mapping && JSON.stringify(mapping) },
    body: form,
  });
};
/** Commits a previewed import (in batches on the server; answers when done). */
export const commitImport = (kind: RegisterKind, importId: string, body: { allOrNothing: boolean }) =>
  client.post('/api/grid/registers/{kind}/import/{importId}/commit', {
    path: { kind, importId },
    body: {
      confirm: true,
      ...body,
    },
  });
/** How far an import's commit has come. */
export const importStatusOf = (kind: RegisterKind, importId: string) =>
  client.get('/api/grid/registers/{kind}/import/{importId}', { path: { kind, importId } });
/** Where a register's Excel export downloads from. */
export const exportUrl = (kind: RegisterKind, nodeId: string) =>
  client.url('/api/grid/registers/{kind}/export', { path: { kind }, query: { nodeId } });

/** Visit rules applying at a node. */
export const listVisitRules = (nodeId: string) => client.get('/api/grid/visit-rules', { query: { nodeId } });
/** Sets a visit rule. */
export const setVisitRule = (body: Body<'put', '/api/grid/visit-rules'>) =>
  client.put('/api/grid/visit-rules', { body });

/** My due list. */
export const dueListOf = (date?: string) => client.get('/api/grid/due', { query: { date } });
/** Visits under a node. */
export const listVisits = (q: Range) => client.get('/api/grid/visits', { query: { ...q } });
/** Visit compliance under a node over a period (today by default), with its definition. */
export const complianceOf = (q: { nodeId: string; from?: string; to?: string }) =>
  client.get('/api/grid/compliance', { query: q });
/** 我当网格员 figures. */
export const cadreStatsOf = (q: Range) => client.get('/api/grid/cadre-stats', { query: { ...q } });

/** Patrols under a node. */
export const listPatrols = (q: Range) => client.get('/api/grid/patrols', { query: { ...q } });
/** Logs a patrol with its Idempotency-Key. */
export const logPatrol = (body: PatrolInput, key: string) =>
  client.post('/api/grid/patrols', { body, headers: { 'idempotency-key': key } });

/** My grids as head 网格长 and this week's walks. */
export const headDueOf = () => client.get('/api/grid/head/due');
/** Grid-head patrol coverage under a node over a period (the last four weeks by default). */
export const coverageOf = (q: Range) => client.get('/api/grid/patrol-coverage', { query: { ...q } });
/** The same coverage as Excel (per area and per head). */
export const coverageExportUrl = (nodeId: string) =>
  client.url('/api/grid/patrol-coverage/export', { query: { nodeId } });
/** The district's assessment standards (from any node in it). */
export const listStandards = (nodeId: string) => client.get('/api/grid/standards', { query: { nodeId } });
/** Replaces the district's standards from a spreadsheet. */
export const importStandards = (nodeId: string, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return client.post('/api/grid/standards/import', { query: { nodeId }, body: form });
};
/** Where the standards' Excel export downloads from. */
export const standardsExportUrl = (nodeId: string) =>
  client.url('/api/grid/standards/export', { query: { nodeId } });
/** A node's readiness per assessment project. */
export const readinessOf = (nodeId: string) => client.get('/api/grid/readiness', { query: { nodeId } });
/** The standard an event is tagged to (its own tag, else its patrol finding's). */
export const eventStandard = (id: string) => client.get('/api/grid/events/{id}/standard', { path: { id } });
/** Tags an event to an assessment standard. */
export const tagEventStandard = (eventId: string, standardId: string) =>
  client.put('/api/grid/events/{id}/standard', { path: { id: eventId }, body: { standardId } });

/** Replays the phone's queue. */
export const syncOps = (ops: SyncOps) => client.post('/api/grid/sync', { body: { ops } });
/** Uploads a queued photo of an event (events module), with its Idempotency-Key. */
export const uploadEventPhoto = (eventId: string, file: Blob, name: string, key: string) => {
  const form = new FormData();
  form.append('file', file, name);
  return client.post('/api/events/{id}/photos', {
    path: { id: eventId },
    body: form,
    headers: { 'idempotency-key': key },
  });
};

/** The events dashboard of a node or department (events module). */
export const eventsDashboard = (q: Query<'get', '/api/events/dashboard'>) =>
  client.get('/api/events/dashboard', { query: q });
/** Children ranked by rates (events module). */
export const eventsRanking = (q: Query<'get', '/api/events/rates/ranking'>) =>
  client.get('/api/events/rates/ranking', { query: q });
/** Where an event opens (events module's page). */
export const eventHref = (id: string) => `/events/${id}`;
