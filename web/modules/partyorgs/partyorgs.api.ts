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
import { client, type Body, type Query } from '../../app/client.ts';

export { ORG_CLASSES, LEVELS, RATINGS, EXTENTS } from '../../../server/modules/partyorgs/partyorgs.rules.ts';

export type Activity = z.infer<typeof activityView>;
export type MenuItem = z.infer<typeof menuView>;
export type Criteria = z.infer<typeof criteriaView>;
export type Grades = z.infer<typeof gradesView>;
export type Report = z.infer<typeof reportView>;

export const listActivities = (q: Query<'get', '/api/partyorgs/activities'>) =>
  client.get('/api/partyorgs/activities', { query: q });
export const planActivity = (b: z.input<typeof planBody>) =>
  client.post('/api/partyorgs/activities', { body: b });
export const recordActivity = (id: string, b: z.input<typeof recordBody>) =>
  client.post('/api/partyorgs/activities/{id}/record', { path: { id }, body: b });
export const listMenu = (nodeId: string) => client.get('/api/partyorgs/menu', { query: { nodeId } });
export const addMenuItem = (b: { nodeId: string; title: string; description?: string }) =>
  client.post('/api/partyorgs/menu', { body: b });
export const orderMenu = (id: string, b: z.input<typeof orderBody>) =>
  client.post('/api/partyorgs/menu/{id}/order', { path: { id }, body: b });
export const getCriteria = (nodeId: string) => client.get('/api/partyorgs/criteria', { query: { nodeId } });
export const getGrades = (q: { nodeId: string; year: number }) =>
  client.get('/api/partyorgs/grades', { query: q });
export const gradeOrg = (b: z.input<typeof gradeBody>) => client.post('/api/partyorgs/grades', { body: b });
export const listReports = (q: { nodeId: string; year: number }) =>
  client.get('/api/partyorgs/reports', { query: q });
export const submitReport = (b: z.input<typeof reportBody>) =>
  client.post('/api/partyorgs/reports', { body: b });
export const rateReport = (id: string, b: Body<'post', '/api/partyorgs/reports/{id}/rate'>) =>
  client.post('/api/partyorgs/reports/{id}/rate', { path: { id }, body: b });
export const importActivities = (nodeId: string, file: File) => {
  const f = new FormData();
  f.append('file', file);
  return client.post('/api/partyorgs/import/activities', { query: { nodeId }, body: f });
};
export const exportActivitiesUrl = (nodeId: string, year: number) =>
  client.url('/api/partyorgs/export/activities.xlsx', { query: { nodeId, year } });
export const exportGradesUrl = (nodeId: string, year: number) =>
  client.url('/api/partyorgs/export/grades.xlsx', { query: { nodeId, year } });
