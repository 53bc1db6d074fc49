/** The party-organisation quality API as typed functions: types from the server's own zod schemas. */
import type { z } from 'zod';
import type {
  activityView,
  criteriaView,
  gradeBody,
  gradesView,
  menuView,
  orderBody,
  planBody,
  recordBody,
  reportBody,
  reportView,
} from '../../../server/modules/partyorgs/partyorgs.schemas.ts';
import { api, qs } from '../../app/api.ts';

export { ORG_CLASSES, LEVELS, RATINGS, EXTENTS } from '../../../server/modules/partyorgs/partyorgs.rules.ts';

export type Activity = z.infer<typeof activityView>;
export type MenuItem = z.infer<typeof menuView>;
export type Criteria = z.infer<typeof criteriaView>;
export type Grades = z.infer<typeof gradesView>;
export type Report = z.infer<typeof reportView>;

export const listActivities = (q: { nodeId: string; year: number; status?: string }) =>
  api<Activity[]>('GET', `/api/partyorgs/activities${qs(q)}`);
export const planActivity = (b: z.input<typeof planBody>) =>
  api<{ id: string }>('POST', '/api/partyorgs/activities', b);
export const recordActivity = (id: string, b: z.input<typeof recordBody>) =>
  api<{ version: number }>('POST', `/api/partyorgs/activities/${id}/record`, b);
export const listMenu = (nodeId: string) => api<MenuItem[]>('GET', `/api/partyorgs/menu${qs({ nodeId })}`);
export const addMenuItem = (b: { nodeId: string; title: string; description?: string }) =>
  api<{ id: string }>('POST', '/api/partyorgs/menu', b);
export const orderMenu = (id: string, b: z.input<typeof orderBody>) =>
  api<{ id: string }>('POST', `/api/partyorgs/menu/${id}/order`, b);
export const getCriteria = (nodeId: string) =>
  api<Criteria>('GET', `/api/partyorgs/criteria${qs({ nodeId })}`);
export const getGrades = (q: { nodeId: string; year: number }) =>
  api<Grades>('GET', `/api/partyorgs/grades${qs(q)}`);
export const gradeOrg = (b: z.input<typeof gradeBody>) =>
  api<{ total: number; maxTotal: number; level: string; version: number }>(
    'POST',
    '/api/partyorgs/grades',
    b,
  );
export const listReports = (q: { nodeId: string; year: number }) =>
  api<Report[]>('GET', `/api/partyorgs/reports${qs(q)}`);
export const submitReport = (b: z.input<typeof reportBody>) =>
  api<{ id: string }>('POST', '/api/partyorgs/reports', b);
export const rateReport = (id: string, b: { rating: string; note?: string; version: number }) =>
  api<{ version: number }>('POST', `/api/partyorgs/reports/${id}/rate`, b);
export const importActivities = (nodeId: string, file: File) => {
  const f = new FormData();
  f.append('file', file);
  return api<{ created: number }>('POST', `/api/partyorgs/import/activities${qs({ nodeId })}`, f);
};
export const exportActivitiesUrl = (nodeId: string, year: number) =>
  `/api/partyorgs/export/activities.xlsx${qs({ nodeId, year })}`;
export const exportGradesUrl = (nodeId: string, year: number) =>
  `/api/partyorgs/export/grades.xlsx${qs({ nodeId, year })}`;
