/** The mobile party member API as typed functions: types from the server's own zod schemas. */
import type { z } from 'zod';
import type {
  analysisView,
  codeView,
  mapView,
  memberBody,
  memberDetail,
  memberList,
  memberPatch,
  monthTable,
  scanBody,
  scanInfo,
  scanResult,
  serviceBody,
  teamBody,
  teamView,
} from '../../../server/modules/partymembers/partymembers.schemas.ts';
import { api, qs } from '../../app/api.ts';

export { FIVE_CLEARS } from '../../../server/modules/partymembers/partymembers.rules.ts';

export type MemberList = z.infer<typeof memberList>;
export type Member = z.infer<typeof memberDetail>;
export type MonthTable = z.infer<typeof monthTable>;
export type Analysis = z.infer<typeof analysisView>;
export type MapPoints = z.infer<typeof mapView>;
export type Code = z.infer<typeof codeView>;
export type ScanInfo = z.infer<typeof scanInfo>;
export type Team = z.infer<typeof teamView>;

/** The register below a node. */
export const listMembers = (q: {
  nodeId?: string;
  direction?: string;
  status?: string;
  limit?: number;
  offset?: number;
}) => api<MemberList>('GET', `/api/partymembers${qs(q)}`);
/** My own records (a party member). */
export const myRecords = () => api<MemberList>('GET', '/api/partymembers/mine');
/** One member. */
export const getMember = (id: string) => api<Member>('GET', `/api/partymembers/members/${id}`);
/** Registers a mobile member. */
export const createMember = (b: z.input<typeof memberBody>) =>
  api<{ id: string }>('POST', '/api/partymembers', b);
/** Updates the five clears. */
export const updateMember = (id: string, b: z.input<typeof memberPatch>) =>
  api<{ version: number }>('PATCH', `/api/partymembers/members/${id}`, b);
/** Marks a member back home. */
export const markReturned = (id: string, b: { returnedOn: string; version: number }) =>
  api<{ version: number }>('POST', `/api/partymembers/members/${id}/return`, b);
/** Records a vanguard service. */
export const recordService = (id: string, b: z.input<typeof serviceBody>) =>
  api<{ id: string }>('POST', `/api/partymembers/members/${id}/services`, b);
/** A month's inflow or outflow table. */
export const getMonth = (q: { nodeId: string; month: string; direction: 'in' | 'out' | 'return' }) =>
  api<MonthTable>('GET', `/api/partymembers/month${qs(q)}`);
/** The year analysed. */
export const getAnalysis = (q: { nodeId: string; year: number }) =>
  api<Analysis>('GET', `/api/partymembers/analysis${qs(q)}`);
/** Members on the map. */
export const getMap = (nodeId: string) => api<MapPoints>('GET', `/api/partymembers/map${qs({ nodeId })}`);
/** Return codes of a node. */
export const listCodes = (nodeId: string) => api<Code[]>('GET', `/api/partymembers/codes${qs({ nodeId })}`);
/** Issues a return code. */
export const createCode = (b: { nodeId: string; personId?: string | null }) =>
  api<Code>('POST', '/api/partymembers/codes', b);
/** The scan page's information. */
export const getScanInfo = (token: string) => api<ScanInfo>('GET', `/api/partymembers/scan/${token}`);
/** Sends the scan. */
export const sendScan = (token: string, b: z.input<typeof scanBody>) =>
  api<z.infer<typeof scanResult>>('POST', `/api/partymembers/scan/${token}`, b);
/** Vanguard teams below a node. */
export const listTeams = (nodeId: string, year?: number) =>
  api<Team[]>('GET', `/api/partymembers/teams${qs({ nodeId, year })}`);
/** Sets up a team. */
export const createTeam = (b: z.input<typeof teamBody>) =>
  api<{ id: string }>('POST', '/api/partymembers/teams', b);
/** Imports the register. */
export const importMembers = (nodeId: string, file: File) => {
  const f = new FormData();
  f.append('file', file);
  return api<{ created: number; updated: number }>('POST', `/api/partymembers/import${qs({ nodeId })}`, f);
};
/** Export links. */
export const exportMembersUrl = (nodeId: string) => `/api/partymembers/export/members.xlsx${qs({ nodeId })}`;
export const exportMonthUrl = (nodeId: string, month: string, direction: 'in' | 'out') =>
  `/api/partymembers/export/${direction}.xlsx${qs({ nodeId, month })}`;
