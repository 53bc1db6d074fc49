/** The party-organisation quality API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Query, type Res } from '../../app/client.ts';

export { ORG_CLASSES, LEVELS, RATINGS, EXTENTS } from '../../../server/modules/partyorgs/partyorgs.rules.ts';

export type Activity = Res<'get', '/api/partyorgs/activities'>[number];
export type MenuItem = Res<'get', '/api/partyorgs/menu'>[number];
export type Criteria = Res<'get', '/api/partyorgs/criteria'>;
export type Grades = Res<'get', '/api/partyorgs/grades'>;
export type Report = Res<'get', '/api/partyorgs/reports'>[number];

export const listActivities = (q: Query<'get', '/api/partyorgs/activities'>) =>
  client.get('/api/partyorgs/activities', { query: q });
export const planActivity = (b: Body<'post', '/api/partyorgs/activities'>) =>
  client.post('/api/partyorgs/activities', { body: b });
export const recordActivity = (id: string, b: Body<'post', '/api/partyorgs/activities/{id}/record'>) =>
  client.post('/api/partyorgs/activities/{id}/record', { path: { id }, body: b });
export const listMenu = (nodeId: string) => client.get('/api/partyorgs/menu', { query: { nodeId } });
export const addMenuItem = (b: { nodeId: string; title: string; description?: string }) =>
  client.post('/api/partyorgs/menu', { body: b });
export const orderMenu = (id: string, b: Body<'post', '/api/partyorgs/menu/{id}/order'>) =>
  client.post('/api/partyorgs/menu/{id}/order', { path: { id }, body: b });
export const getCriteria = (nodeId: string) => client.get('/api/partyorgs/criteria', { query: { nodeId } });
export const getGrades = (q: { nodeId: string; year: number }) =>
  client.get('/api/partyorgs/grades', { query: q });
export const gradeOrg = (b: Body<'post', '/api/partyorgs/grades'>) =>
  client.post('/api/partyorgs/grades', { body: b });
export const listReports = (q: { nodeId: string; year: number }) =>
  client.get('/api/partyorgs/reports', { query: q });
export const submitReport = (b: Body<'post', '/api/partyorgs/reports'>) =>
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

/** Temporary party organisations (headquarters party groups, temporary project branches) are kept by the org module. */
export type PartyOrg = Res<'get', '/api/org/nodes/{id}/party-orgs'>[number];
export const listPartyOrgsUnder = (nodeId: string) =>
  client.get('/api/org/nodes/{id}/party-orgs', { path: { id: nodeId }, query: { deep: '1' } });
export const createTemporaryOrg = (b: Body<'post', '/api/org/party-orgs/temporary'>) =>
  client.post('/api/org/party-orgs/temporary', { body: b });
export const editTemporaryOrg = (id: string, b: Body<'patch', '/api/org/party-orgs/{id}/temporary'>) =>
  client.patch('/api/org/party-orgs/{id}/temporary', { path: { id }, body: b });
export const dissolveTemporaryOrg = (id: string, b: Body<'post', '/api/org/party-orgs/{id}/dissolve'>) =>
  client.post('/api/org/party-orgs/{id}/dissolve', { path: { id }, body: b });
export const exportTemporaryUrl = (nodeId: string) =>
  client.url('/api/partyorgs/export/temporary.xlsx', { query: { nodeId } });
