/** Typed calls to the assessment API; types inferred from the server's zod schemas so pages cannot drift. */
import type { z } from 'zod';
import { api, qs } from '../../app/api.ts';
import type * as s from '../../../server/modules/assessment/assessment.schemas.ts';

export type Cycle = z.infer<typeof s.cycleView>;
export type Board = z.infer<typeof s.boardView>;
export type SheetSummary = z.infer<typeof s.sheetSummary>;
export type SheetDetail = z.infer<typeof s.sheetDetail>;
export type RankingRow = z.infer<typeof s.rankingRow>;
export type Indicators = z.infer<typeof s.indicatorsView>;
export type IndicatorInput = z.input<typeof s.indicatorInput>;
export type Ledger = z.infer<typeof s.ledgerView>;
export type Months = z.infer<typeof s.monthsView>;
export type Portrait = z.infer<typeof s.portraitView>;
export type Report = z.infer<typeof s.reportView>;
export type ReportInput = z.input<typeof s.reportBody>;
export type PqFile = z.infer<typeof s.pqFileView>;
export type PointsRow = z.infer<typeof s.pointsRankingRow>;
export type PointsRequest = z.infer<typeof s.pointsRequestView>;
export type Eligibility = z.infer<typeof s.eligibilityRow>;
export type Intake = z.infer<typeof s.intakeRow>;
export type Star = z.infer<typeof s.starRow>;
export type RotationAlert = z.infer<typeof s.rotationAlertRow>;
export type Declaration = z.infer<typeof s.declarationView>;
export type Suggestion = z.infer<typeof s.suggestionView>;
export type ScoreEntry = z.input<typeof s.saveSheetBody>['items'][number];
export type AssessInput = z.input<typeof s.assessSheetBody>;
export type GradeImport = z.infer<typeof s.gradeImportView>;

const A = '/api/assessment';
/** The calls, one per route. */
export const assessmentApi = {
  cycles: (districtId: string) => api<Cycle[]>('GET', `${A}/cycles${qs({ districtId })}`),
  dispatch: (b: z.input<typeof s.dispatchBody>) =>
    api<{ id: string; sheets: number }>('POST', `${A}/cycles`, b),
  board: (id: string) => api<Board>('GET', `${A}/cycles/${id}/board`),
  remind: (id: string) => api<{ reminded: number }>('POST', `${A}/cycles/${id}/remind`),
  feedback: (id: string, unitNodeId: string) =>
    api<{ moved: number }>('POST', `${A}/cycles/${id}/feedback`, { unitNodeId }),
  publish: (id: string, unitNodeId: string) =>
    api<{ moved: number }>('POST', `${A}/cycles/${id}/publish`, { unitNodeId }),
  sheets: (id: string, f: { unitNodeId?: string; status?: string } = {}) =>
    api<SheetSummary[]>('GET', `${A}/cycles/${id}/sheets${qs(f)}`),
  ranking: (id: string, unitNodeId?: string) =>
    api<RankingRow[]>('GET', `${A}/cycles/${id}/ranking${qs({ unitNodeId })}`),
  rankingXlsx: (id: string) => `${A}/cycles/${id}/ranking.xlsx`,
  gradesXlsx: (id: string) => `${A}/cycles/${id}/grades.xlsx`,
  gradesImport: (id: string, step: 'preview' | 'import', file: File) => {
    const f = new FormData();
    f.append('file', file);
    return api<GradeImport>('POST', `${A}/cycles/${id}/grades/${step}`, f);
  },
  mySheets: () => api<SheetSummary[]>('GET', `${A}/me/sheets`),
  mySheet: (id: string) => api<SheetDetail>('GET', `${A}/me/sheets/${id}`),
  saveMySheet: (id: string, b: { items: ScoreEntry[]; summary: string; version: number }) =>
    api<SheetDetail>('PUT', `${A}/me/sheets/${id}`, b),
  submitMySheet: (id: string, version: number) =>
    api<SheetDetail>('POST', `${A}/me/sheets/${id}/submit`, { version }),
  sheet: (id: string) => api<SheetDetail>('GET', `${A}/sheets/${id}`),
  review: (
    id: string,
    b: { items: ScoreEntry[]; unitComment: string; postMismatch: boolean; version: number },
  ) => api<SheetDetail>('POST', `${A}/sheets/${id}/review`, b),
  returnSheet: (id: string, reason: string, version: number) =>
    api<SheetDetail>('POST', `${A}/sheets/${id}/return`, { reason, version }),
  assess: (id: string, b: AssessInput) => api<SheetDetail>('POST', `${A}/sheets/${id}/assess`, b),
  printUrl: (id: string) => `${A}/sheets/${id}/print`,
  indicators: (districtId: string, quarter: string) =>
    api<Indicators>('GET', `${A}/indicators${qs({ districtId, quarter })}`),
  addIndicator: (b: IndicatorInput) => api<{ id: string }>('POST', `${A}/indicators`, b),
  deleteIndicator: (id: string) => api<{ ok: true }>('DELETE', `${A}/indicators/${id}`),
  copyIndicators: (districtId: string, from: string, to: string) =>
    api<{ copied: number }>('POST', `${A}/indicators/copy`, { districtId, from, to }),
  indicatorsXlsx: (districtId: string, quarter: string) =>
    `${A}/indicators.xlsx${qs({ districtId, quarter })}`,
  importIndicators: (districtId: string, quarter: string, file: File) => {
    const f = new FormData();
    f.append('file', file);
    return api<{ imported: number; errors: { row: number; column: string; reason: string }[] }>(
      'POST',
      `${A}/indicators/import${qs({ districtId, quarter })}`,
      f,
    );
  },
  ledger: (personId: string, year?: number) =>
    api<Ledger>('GET', `${A}/points/people/${personId}${qs({ year })}`),
  months: (personId: string, year?: number) =>
    api<Months>('GET', `${A}/months/people/${personId}${qs({ year })}`),
  portrait: (personId: string) => api<Portrait>('GET', `${A}/portraits/${personId}`),
  myReports: () => api<Report[]>('GET', `${A}/me/reports`),
  logReport: (b: ReportInput, key: string) =>
    api<{ id: string }>('POST', `${A}/me/reports`, b, { 'idempotency-key': key }),
  addReportFile: (id: string, file: File) => {
    const f = new FormData();
    f.append('file', file);
    return api<{ id: string }>('POST', `${A}/me/reports/${id}/files`, f);
  },
  reportFileUrl: (id: string, fileId: string) => `${A}/reports/${id}/files/${fileId}`,
  reports: (q: z.input<typeof s.reportsQuery>) => api<Report[]>('GET', `${A}/reports${qs(q)}`),
  decideReport: (id: string, b: z.input<typeof s.decideReportBody>) =>
    api<Report>('POST', `${A}/reports/${id}/decide`, b),
  pqFile: (personId: string) => api<PqFile>('GET', `${A}/pq/people/${personId}`),
  pqPrintUrl: (personId: string) => `${A}/pq/people/${personId}/print`,
  pointsRanking: (districtId: string, quarter: string) =>
    api<PointsRow[]>('GET', `${A}/points/ranking${qs({ districtId, quarter })}`),
  pointsRankingXlsx: (districtId: string, quarter: string) =>
    `${A}/points/ranking.xlsx${qs({ districtId, quarter })}`,
  pendingPoints: (districtId: string) =>
    api<PointsRequest[]>('GET', `${A}/points/pending${qs({ districtId })}`),
  decidePoints: (id: string, decision: 'approve' | 'reject') =>
    api<{ id: string }>('POST', `${A}/points/${id}/decide`, { decision }),
  declarations: (districtId: string, status?: string) =>
    api<Declaration[]>('GET', `${A}/months/declarations${qs({ districtId, status })}`),
  declare: (b: z.input<typeof s.declarationBody>) =>
    api<{ id: string }>('POST', `${A}/months/declarations`, b),
  reviewDeclaration: (id: string, reviewers: string, version: number) =>
    api<Declaration>('POST', `${A}/months/declarations/${id}/review`, { reviewers, version }),
  confirmDeclaration: (id: string, version: number) =>
    api<Declaration>('POST', `${A}/months/declarations/${id}/confirm`, { version }),
  eligibility: (districtId: string, quarter?: string) =>
    api<Eligibility[]>('GET', `${A}/results/eligibility${qs({ districtId, quarter })}`),
  eligibilityXlsx: (districtId: string, quarter?: string) =>
    `${A}/results/eligibility.xlsx${qs({ districtId, quarter })}`,
  intake: (districtId: string, list: string, quarter?: string) =>
    api<Intake[]>('GET', `${A}/results/intake${qs({ districtId, list, quarter })}`),
  intakeXlsx: (districtId: string, list: string, quarter?: string) =>
    `${A}/results/intake.xlsx${qs({ districtId, list, quarter })}`,
  stars: (districtId: string, quarter?: string) =>
    api<Star[]>('GET', `${A}/results/stars${qs({ districtId, quarter })}`),
  rotationAlerts: (districtId: string) =>
    api<RotationAlert[]>('GET', `${A}/rotation/alerts${qs({ districtId })}`),
  rotationXlsx: (districtId: string) => `${A}/rotation/alerts.xlsx${qs({ districtId })}`,
  planRotation: (b: z.input<typeof s.rotationPlanBody>) =>
    api<{ id: string }>('POST', `${A}/rotation/plans`, b),
  suggest: (b: z.input<typeof s.suggestBody>) => api<Suggestion[]>('POST', `${A}/suggest`, b),
};
