/**
 * The grid API as the pages call it: one typed function per route, types inferred from the
 * server's own zod schemas (so a renamed field fails the type check in every page), constant lists
 * from the server's pure rules. Pages hold no URL of their own.
 */
import type { z } from 'zod';
import { api, qs } from '../../app/api.ts';
import type {
  assignmentBody,
  assignmentView,
  cadreStatsView,
  complianceView,
  coverageView,
  headDueView,
  readinessView,
  eventStandardView,
  standardsImportResult,
  standardsView,
  createPatrolBody,
  dueItem,
  dueList,
  gridView,
  historyView,
  importPreview,
  importStatus,
  patrolView,
  recordPage,
  recordView,
  syncBody,
  syncResponse,
  visitRuleBody,
  visitRuleView,
  visitView,
} from '../../../server/modules/grid/grid.schemas.ts';
import type { RegisterKind } from '../../../server/modules/grid/grid.rules.ts';
// the events figures the grid dashboard shows, until web/modules/events offers them
import type { dashboardView, rankingView } from '../../../server/modules/events/events.schemas.ts';

export {
  REGISTER_KINDS,
  VISIT_CATEGORIES,
  VISIT_RESULTS,
  type RegisterKind,
  type VisitCategory,
} from '../../../server/modules/grid/grid.rules.ts';
export { EVENT_CATEGORIES, EVENT_STATES, FINAL_STATES } from '../../../server/modules/events/events.rules.ts';

/** A grid or micro-grid with its outline and workers. */
export type Grid = z.infer<typeof gridView>;
/** Who serves a grid, and how. */
export type Assignment = z.infer<typeof assignmentView>;
/** A register record, personal fields masked. */
export type RegisterRecord = z.infer<typeof recordView>;
/** A page of a register. */
export type RecordPage = z.infer<typeof recordPage>;
/** One change in a record's history. */
export type HistoryEntry = z.infer<typeof historyView>;
/** An import preview with every bad row. */
export type ImportPreview = z.infer<typeof importPreview>;
/** An import's progress and failed rows. */
export type ImportStatus = z.infer<typeof importStatus>;
/** A visit rule applying at a node. */
export type VisitRule = z.infer<typeof visitRuleView>;
/** One record due for a visit. */
export type DueItem = z.infer<typeof dueItem>;
/** The worker's due list. */
export type DueList = z.infer<typeof dueList>;
/** A visit as listed. */
export type Visit = z.infer<typeof visitView>;
/** Visit compliance under a node. */
export type Compliance = z.infer<typeof complianceView>;
/** One row of the compliance tables. */
export type ComplianceRow = Compliance['total'];
/** 我当网格员 figures per cadre. */
export type CadreStats = z.infer<typeof cadreStatsView>;
/** A civilisation patrol. */
export type Patrol = z.infer<typeof patrolView>;
/** What a patrol is logged with. */
export type PatrolInput = z.input<typeof createPatrolBody>;
/** A grid head's walks of this week. */
export type HeadDue = z.infer<typeof headDueView>;
/** Grid-head patrol coverage under a node. */
export type Coverage = z.infer<typeof coverageView>;
/** The district's assessment standards. */
export type Standards = z.infer<typeof standardsView>;
/** One assessment standard. */
export type Standard = Standards['list'][number];
/** What a standards import did. */
export type StandardsImport = z.infer<typeof standardsImportResult>;
/** The standard an event is tagged to. */
export type EventStandard = z.infer<typeof eventStandardView>;
/** A node's readiness per assessment project. */
export type Readiness = z.infer<typeof readinessView>;
/** The phone's queue as sent. */
export type SyncOps = z.input<typeof syncBody>['ops'];
/** Each op's outcome. */
export type SyncResponse = z.infer<typeof syncResponse>;
/** The events dashboard of a node (events module). */
export type EventsDashboard = z.infer<typeof dashboardView>;
/** Children ranked by rates (events module). */
export type EventsRanking = z.infer<typeof rankingView>;

/** A node and period for lists. */
export interface Range {
  nodeId: string;
  from?: string;
  to?: string;
}

/** Grids in reach, or under a node. */
export const listGrids = (nodeId?: string) => api<Grid[]>('GET', `/api/grid/grids${qs({ nodeId })}`);
/** Sets or clears a grid's outline. */
export const setOutline = (id: string, body: { geojson: unknown; version: number }) =>
  api<{ version: number }>('PUT', `/api/grid/grids/${id}/outline`, body);

/** Assignments on a node's subtree. */
export const listAssignments = (nodeId: string) =>
  api<Assignment[]>('GET', `/api/grid/assignments${qs({ nodeId })}`);
/** Assigns someone to a grid. */
export const assign = (body: z.input<typeof assignmentBody>) =>
  api<{ id: string }>('POST', '/api/grid/assignments', body);
/** Ends an assignment. */
export const endAssignment = (id: string) => api<{ ok: boolean }>('DELETE', `/api/grid/assignments/${id}`);
/** My assignments. */
export const myAssignments = () => api<Assignment[]>('GET', '/api/grid/me');

/** A page of a register. */
export const listRecords = (
  kind: RegisterKind,
  q: { nodeId: string; q?: string; limit?: number; offset?: number },
) => api<RecordPage>('GET', `/api/grid/registers/${kind}${qs(q)}`);
/** A record's history. */
export const recordHistory = (kind: RegisterKind, id: string) =>
  api<HistoryEntry[]>('GET', `/api/grid/registers/${kind}/${id}/history`);
/** Uploads a register file (.xlsx or CSV) for a preview, with a corrected column mapping if any. */
export const previewImport = (
  kind: RegisterKind,
  nodeId: string,
  file: File,
  mapping?: Record<string, number | null>,
) => {
  const form = new FormData();
  form.append('file', file);
  return api<ImportPreview>(
    'POST',
    `/api/grid/registers/${kind}/import${qs({ nodeId, mapping: mapping && JSON.stringify(mapping) })}`,
    form,
  );
};
/** Commits a previewed import (in batches on the server; answers when done). */
export const commitImport = (kind: RegisterKind, importId: string, body: { allOrNothing: boolean }) =>
  api<ImportStatus>('POST', `/api/grid/registers/${kind}/import/${importId}/commit`, {
    confirm: true,
    ...body,
  });
/** How far an import's commit has come. */
export const importStatusOf = (kind: RegisterKind, importId: string) =>
  api<ImportStatus>('GET', `/api/grid/registers/${kind}/import/${importId}`);
/** Where a register's Excel export downloads from. */
export const exportUrl = (kind: RegisterKind, nodeId: string) =>
  `/api/grid/registers/${kind}/export${qs({ nodeId })}`;

/** Visit rules applying at a node. */
export const listVisitRules = (nodeId: string) =>
  api<VisitRule[]>('GET', `/api/grid/visit-rules${qs({ nodeId })}`);
/** Sets a visit rule. */
export const setVisitRule = (body: z.input<typeof visitRuleBody>) =>
  api<{ id: string }>('PUT', '/api/grid/visit-rules', body);

/** My due list. */
export const dueListOf = (date?: string) => api<DueList>('GET', `/api/grid/due${qs({ date })}`);
/** Visits under a node. */
export const listVisits = (q: Range) => api<Visit[]>('GET', `/api/grid/visits${qs({ ...q })}`);
/** Visit compliance under a node over a period (today by default), with its definition. */
export const complianceOf = (q: { nodeId: string; from?: string; to?: string }) =>
  api<Compliance>('GET', `/api/grid/compliance${qs(q)}`);
/** 我当网格员 figures. */
export const cadreStatsOf = (q: Range) => api<CadreStats>('GET', `/api/grid/cadre-stats${qs({ ...q })}`);

/** Patrols under a node. */
export const listPatrols = (q: Range) => api<Patrol[]>('GET', `/api/grid/patrols${qs({ ...q })}`);
/** Logs a patrol with its Idempotency-Key. */
export const logPatrol = (body: PatrolInput, key: string) =>
  api<Patrol>('POST', '/api/grid/patrols', body, { 'idempotency-key': key });

/** My grids as head 网格长 and this week's walks. */
export const headDueOf = () => api<HeadDue>('GET', '/api/grid/head/due');
/** Grid-head patrol coverage under a node over a period (the last four weeks by default). */
export const coverageOf = (q: Range) => api<Coverage>('GET', `/api/grid/patrol-coverage${qs({ ...q })}`);
/** The district's assessment standards (from any node in it). */
export const listStandards = (nodeId: string) =>
  api<Standards>('GET', `/api/grid/standards${qs({ nodeId })}`);
/** Replaces the district's standards from a spreadsheet. */
export const importStandards = (nodeId: string, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return api<StandardsImport>('POST', `/api/grid/standards/import${qs({ nodeId })}`, form);
};
/** Where the standards' Excel export downloads from. */
export const standardsExportUrl = (nodeId: string) => `/api/grid/standards/export${qs({ nodeId })}`;
/** A node's readiness per assessment project. */
export const readinessOf = (nodeId: string) => api<Readiness>('GET', `/api/grid/readiness${qs({ nodeId })}`);
/** Tags an event to an assessment standard. */
export const tagEventStandard = (eventId: string, standardId: string) =>
  api<{ ok: boolean }>('PUT', `/api/grid/events/${eventId}/standard`, { standardId });

/** Replays the phone's queue. */
export const syncOps = (ops: SyncOps) => api<SyncResponse>('POST', '/api/grid/sync', { ops });
/** Uploads a queued photo of an event (events module), with its Idempotency-Key. */
export const uploadEventPhoto = (eventId: string, file: Blob, name: string, key: string) => {
  const form = new FormData();
  form.append('file', file, name);
  return api<{ id: string }>('POST', `/api/events/${eventId}/photos`, form, { 'idempotency-key': key });
};

/** The events dashboard of a node or department (events module). */
export const eventsDashboard = (q: Record<string, string | undefined>) =>
  api<EventsDashboard>('GET', `/api/events/dashboard${qs(q)}`);
/** Children ranked by rates (events module). */
export const eventsRanking = (q: Record<string, string | undefined>) =>
  api<EventsRanking>('GET', `/api/events/rates/ranking${qs(q)}`);
/** Where an event opens (events module's page). */
export const eventHref = (id: string) => `/events/${id}`;
