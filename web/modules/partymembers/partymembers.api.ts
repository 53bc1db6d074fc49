/** The mobile party member API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Query, type Res } from '../../app/client.ts';

export { FIVE_CLEARS } from '../../../server/modules/partymembers/partymembers.rules.ts';

export type MemberList = Res<'get', '/api/partymembers'>;
export type Member = Res<'get', '/api/partymembers/members/{id}'>;
export type MonthTable = Res<'get', '/api/partymembers/month'>;
export type Analysis = Res<'get', '/api/partymembers/analysis'>;
export type MapPoints = Res<'get', '/api/partymembers/map'>;
export type Code = Res<'get', '/api/partymembers/codes'>[number];
export type ScanInfo = Res<'get', '/api/partymembers/scan/{token}'>;
export type Team = Res<'get', '/api/partymembers/teams'>[number];

/** The register below a node. */
export const listMembers = (q: Query<'get', '/api/partymembers'>) =>
  client.get('/api/partymembers', { query: q });
/** My own records (a party member). */
export const myRecords = () => client.get('/api/partymembers/mine');
/** One member. */
export const getMember = (id: string) => client.get('/api/partymembers/members/{id}', { path: { id } });
/** Registers a mobile member. */
export const createMember = (b: Body<'post', '/api/partymembers'>) =>
  client.post('/api/partymembers', { body: b });
/** Updates the five clears. */
export const updateMember = (id: string, b: Body<'patch', '/api/partymembers/members/{id}'>) =>
  client.patch('/api/partymembers/members/{id}', { path: { id }, body: b });
/** Marks a member back home. */
export const markReturned = (id: string, b: { returnedOn: string; version: number }) =>
  client.post('/api/partymembers/members/{id}/return', { path: { id }, body: b });
/** Records a vanguard service. */
export const recordService = (id: string, b: Body<'post', '/api/partymembers/members/{id}/services'>) =>
  client.post('/api/partymembers/members/{id}/services', { path: { id }, body: b });
/** A month's inflow or outflow table. */
export const getMonth = (q: { nodeId: string; month: string; direction: 'in' | 'out' | 'return' }) =>
  client.get('/api/partymembers/month', { query: q });
/** The year analysed. */
export const getAnalysis = (q: { nodeId: string; year: number }) =>
  client.get('/api/partymembers/analysis', { query: q });
/** Members on the map. */
export const getMap = (nodeId: string) => client.get('/api/partymembers/map', { query: { nodeId } });
/** Return codes of a node. */
export const listCodes = (nodeId: string) => client.get('/api/partymembers/codes', { query: { nodeId } });
/** Issues a return code. */
export const createCode = (b: { nodeId: string; personId?: string | null }) =>
  client.post('/api/partymembers/codes', { body: b });
/** The scan page's information. */
export const getScanInfo = (token: string) =>
  client.get('/api/partymembers/scan/{token}', { path: { token } });
/** Sends the scan. */
export const sendScan = (token: string, b: Body<'post', '/api/partymembers/scan/{token}'>) =>
  client.post('/api/partymembers/scan/{token}', { path: { token }, body: b });
/** Vanguard teams below a node. */
export const listTeams = (nodeId: string, year?: number) =>
  client.get('/api/partymembers/teams', { query: { nodeId, year } });
/** Sets up a team. */
export const createTeam = (b: Body<'post', '/api/partymembers/teams'>) =>
  client.post('/api/partymembers/teams', { body: b });
/** Imports the register. */
export const importMembers = (nodeId: string, file: File) => {
  const f = new FormData();
  f.append('file', file);
  return client.post('/api/partymembers/import', { query: { nodeId }, body: f });
};
/** Export links. */
export const exportMembersUrl = (nodeId: string) =>
  client.url('/api/partymembers/export/members.xlsx', { query: { nodeId } });
export const exportMonthUrl = (nodeId: string, month: string, direction: 'in' | 'out') =>
  client.url(`/api/partymembers/export/${direction}.xlsx`, { query: { nodeId, month } });
