/** The assessment API as typed calls: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Query, type Res } from '../../app/client.ts';

/** A sheet with its items, scores and what the reader may do. */
export type SheetDetail = Res<'get', '/api/assessment/sheets/{id}'>;
/** A score as a sheet's save, review or assessment sends it. */
export type ScoreEntry = Body<'put', '/api/assessment/me/sheets/{id}'>['items'][number];
/** The district's assessment of a sheet as sent. */
export type AssessInput = Body<'post', '/api/assessment/sheets/{id}/assess'>;
/** A new indicator as sent. */
export type IndicatorInput = Body<'post', '/api/assessment/indicators'>;
/** A person's portrait. */
export type Portrait = Res<'get', '/api/assessment/portraits/{personId}'>;
/** What a grade import (preview or import) answers. */
export type GradeImport = Res<'post', '/api/assessment/cycles/{id}/grades/preview'>;
/** A unit as 联系点/观测点 with its group and leader. */
export type Unit = Res<'get', '/api/assessment/units'>[number];
/** An observation of a unit. */
export type Observation = Res<'get', '/api/assessment/observations'>[number];
/** An observation, and points asked by hand, as sent. */
export type ObservationInput = Body<'post', '/api/assessment/observations'>;
export type PointsInput = Body<'post', '/api/assessment/points'>;
/** The district's settings (quota of 好, points per order). */
export type Settings = Res<'get', '/api/assessment/settings'>;

/** Which cadres a sheet list shows. */
export type SheetsQuery = Query<'get', '/api/assessment/cycles/{id}/sheets'>;
/** The intake and talk lists (梯队): every list the route knows, in the order the page shows them. */
export type IntakeList = Query<'get', '/api/assessment/results/intake'>['list'];
const intakeLists: Record<IntakeList, true> = { eagle: true, class: true, frontline: true, talks: true };
export const INTAKE_LISTS = Object.keys(intakeLists) as IntakeList[];

/** An observation's ratings and the kinds of order worth points, in the order the field page shows them. */
const ratings: Record<Observation['rating'], true> = { positive: true, neutral: true, negative: true };
export const RATINGS = Object.keys(ratings) as Observation['rating'][];
const orderKinds: Record<keyof Settings['orderPoints'], true> = {
  responsibility: true,
  commendation: true,
  accountability: true,
};
export const ORDER_KINDS = Object.keys(orderKinds) as (keyof Settings['orderPoints'])[];

/** An upload of one file. */
function upload(file: File): FormData {
  const f = new FormData();
  f.append('file', file);
  return f;
}

/** The calls, one per route. */
export const assessmentApi = {
  /** A provincial/city ranking sheet: top and bottom bands propose 区管领导 situations (dryRun checks only). */
  importRankings: (districtId: string, file: File, dryRun: boolean) =>
    client.post('/api/assessment/months/rankings/import', {
      query: { districtId, dryRun: dryRun ? '1' : '0' },
      body: upload(file),
    }),
  rankingsTemplate: () => client.url('/api/assessment/months/rankings/template.xlsx'),
  /** Declarations of a status in scope. */
  declarationsOf: (districtId: string, status: 'declared' | 'reviewed' | 'confirmed' | 'rejected') =>
    client.get('/api/assessment/months/declarations', { query: { districtId, status } }),
  cycles: (districtId: string) => client.get('/api/assessment/cycles', { query: { districtId } }),
  board: (id: string) => client.get('/api/assessment/cycles/{id}/board', { path: { id } }),
  remind: (id: string) => client.post('/api/assessment/cycles/{id}/remind', { path: { id } }),
  feedback: (id: string, unitNodeId: string) =>
    client.post('/api/assessment/cycles/{id}/feedback', { path: { id }, body: { unitNodeId } }),
  publish: (id: string, unitNodeId: string) =>
    client.post('/api/assessment/cycles/{id}/publish', { path: { id }, body: { unitNodeId } }),
  sheets: (id: string, query: SheetsQuery = {}) =>
    client.get('/api/assessment/cycles/{id}/sheets', { path: { id }, query }),
  ranking: (id: string, unitNodeId?: string) =>
    client.get('/api/assessment/cycles/{id}/ranking', { path: { id }, query: { unitNodeId } }),
  rankingXlsx: (id: string) => client.url('/api/assessment/cycles/{id}/ranking.xlsx', { path: { id } }),
  gradesXlsx: (id: string) => client.url('/api/assessment/cycles/{id}/grades.xlsx', { path: { id } }),
  gradesImport: (id: string, step: 'preview' | 'import', file: File) =>
    client.post(`/api/assessment/cycles/{id}/grades/${step}`, { path: { id }, body: upload(file) }),
  mySheets: () => client.get('/api/assessment/me/sheets'),
  mySheet: (id: string) => client.get('/api/assessment/me/sheets/{id}', { path: { id } }),
  saveMySheet: (id: string, body: Body<'put', '/api/assessment/me/sheets/{id}'>) =>
    client.put('/api/assessment/me/sheets/{id}', { path: { id }, body }),
  submitMySheet: (id: string, version: number) =>
    client.post('/api/assessment/me/sheets/{id}/submit', { path: { id }, body: { version } }),
  sheet: (id: string) => client.get('/api/assessment/sheets/{id}', { path: { id } }),
  review: (id: string, body: Body<'post', '/api/assessment/sheets/{id}/review'>) =>
    client.post('/api/assessment/sheets/{id}/review', { path: { id }, body }),
  returnSheet: (id: string, reason: string, version: number) =>
    client.post('/api/assessment/sheets/{id}/return', { path: { id }, body: { reason, version } }),
  assess: (id: string, body: AssessInput) =>
    client.post('/api/assessment/sheets/{id}/assess', { path: { id }, body }),
  printUrl: (id: string) => client.url('/api/assessment/sheets/{id}/print', { path: { id } }),
  indicators: (districtId: string, quarter: string) =>
    client.get('/api/assessment/indicators', { query: { districtId, quarter } }),
  addIndicator: (body: IndicatorInput) => client.post('/api/assessment/indicators', { body }),
  deleteIndicator: (id: string) => client.delete('/api/assessment/indicators/{id}', { path: { id } }),
  indicatorsXlsx: (districtId: string, quarter: string) =>
    client.url('/api/assessment/indicators.xlsx', { query: { districtId, quarter } }),
  importIndicators: (districtId: string, quarter: string, file: File) =>
    client.post('/api/assessment/indicators/import', { query: { districtId, quarter }, body: upload(file) }),
  ledger: (personId: string, year?: number) =>
    client.get('/api/assessment/points/people/{personId}', { path: { personId }, query: { year } }),
  months: (personId: string, year?: number) =>
    client.get('/api/assessment/months/people/{personId}', { path: { personId }, query: { year } }),
  portrait: (personId: string) => client.get('/api/assessment/portraits/{personId}', { path: { personId } }),
  myReports: () => client.get('/api/assessment/me/reports'),
  logReport: (body: Body<'post', '/api/assessment/me/reports'>, key: string) =>
    client.post('/api/assessment/me/reports', { body, headers: { 'idempotency-key': key } }),
  addReportFile: (id: string, file: File) =>
    client.post('/api/assessment/me/reports/{id}/files', { path: { id }, body: upload(file) }),
  reportFileUrl: (id: string, fileId: string) =>
    client.url('/api/assessment/reports/{id}/files/{fileId}', { path: { id, fileId } }),
  reports: (query: Query<'get', '/api/assessment/reports'>) =>
    client.get('/api/assessment/reports', { query }),
  decideReport: (id: string, body: Body<'post', '/api/assessment/reports/{id}/decide'>) =>
    client.post('/api/assessment/reports/{id}/decide', { path: { id }, body }),
  pqFile: (personId: string) => client.get('/api/assessment/pq/people/{personId}', { path: { personId } }),
  pqPrintUrl: (personId: string) =>
    client.url('/api/assessment/pq/people/{personId}/print', { path: { personId } }),
  pointsRanking: (districtId: string, quarter: string) =>
    client.get('/api/assessment/points/ranking', { query: { districtId, quarter } }),
  pointsRankingXlsx: (districtId: string, quarter: string) =>
    client.url('/api/assessment/points/ranking.xlsx', { query: { districtId, quarter } }),
  pendingPoints: (districtId: string) =>
    client.get('/api/assessment/points/pending', { query: { districtId } }),
  decidePoints: (id: string, decision: 'approve' | 'reject') =>
    client.post('/api/assessment/points/{id}/decide', { path: { id }, body: { decision } }),
  eligibility: (districtId: string, quarter?: string) =>
    client.get('/api/assessment/results/eligibility', { query: { districtId, quarter } }),
  eligibilityXlsx: (districtId: string, quarter?: string) =>
    client.url('/api/assessment/results/eligibility.xlsx', { query: { districtId, quarter } }),
  intake: (
    districtId: string,
    list: Query<'get', '/api/assessment/results/intake'>['list'],
    quarter?: string,
  ) => client.get('/api/assessment/results/intake', { query: { districtId, list, quarter } }),
  intakeXlsx: (districtId: string, list: IntakeList, quarter?: string) =>
    client.url('/api/assessment/results/intake.xlsx', { query: { districtId, list, quarter } }),
  stars: (districtId: string, quarter?: string) =>
    client.get('/api/assessment/results/stars', { query: { districtId, quarter } }),
  rotationAlerts: (districtId: string) =>
    client.get('/api/assessment/rotation/alerts', { query: { districtId } }),
  rotationXlsx: (districtId: string) =>
    client.url('/api/assessment/rotation/alerts.xlsx', { query: { districtId } }),
  suggest: (body: Body<'post', '/api/assessment/suggest'>) =>
    client.post('/api/assessment/suggest', { body }),
  units: (districtId: string) => client.get('/api/assessment/units', { query: { districtId } }),
  setUnit: (nodeId: string, body: Body<'put', '/api/assessment/units/{nodeId}'>) =>
    client.put('/api/assessment/units/{nodeId}', { path: { nodeId }, body }),
  observations: (districtId: string) => client.get('/api/assessment/observations', { query: { districtId } }),
  observe: (body: ObservationInput) => client.post('/api/assessment/observations', { body }),
  requestPoints: (body: PointsInput) => client.post('/api/assessment/points', { body }),
  settings: (districtId: string) => client.get('/api/assessment/settings', { query: { districtId } }),
  saveSettings: (body: Body<'put', '/api/assessment/settings'>) =>
    client.put('/api/assessment/settings', { body }),
};
