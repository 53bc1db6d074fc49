/** The property API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type PathsOf, type Query, type Res } from '../../app/client.ts';

export { BATCHES, CRITERIA_KINDS, ISSUE_KINDS } from '../../../server/modules/property/property.rules.ts';

/** A property company with its rating of the year. */
export type Company = Res<'get', '/api/property/companies'>[number];
/** A compound as the list shows it. */
export type Compound = Res<'get', '/api/property/compounds'>[number];
/** A compound's problem list: committee, issues, meetings. */
export type ProblemList = Res<'get', '/api/property/compounds/{id}'>;
export type Issue = ProblemList['issues'][number];
/** The criteria of a kind of rating. */
export type Criteria = Res<'get', '/api/property/criteria'>;
/** The kind of criteria (company rating or compound service quality). */
export type CriteriaKind = Query<'get', '/api/property/criteria'>['kind'];
/** A new company, compound, committee member and problem-list item as sent. */
export type CompanyInput = Body<'post', '/api/property/companies'>;
export type CompoundInput = Body<'post', '/api/property/compounds'>;
export type MemberInput = Body<'post', '/api/property/compounds/{id}/committee'>;
export type IssueInput = Body<'post', '/api/property/compounds/{id}/issues'>;
/** A step of a problem-list item as sent (decisions are taken only by a meeting). */
export type IssueMove = Body<'post', '/api/property/issues/{id}/transitions'>;
/** Which actions of an item open the step form: all but the meeting's decision. */
export const isMove = (a: Issue['actions'][number]): a is IssueMove['action'] => a !== 'decide';

/** Every value each route knows, in the order the forms show them. */
const branchKinds: Record<CompoundInput['branchKind'] & string, true> = {
  party_branch: true,
  work_branch: true,
  none: true,
};
export const BRANCH_KINDS = Object.keys(branchKinds) as CompoundInput['branchKind'][];
const posts: Record<MemberInput['post'], true> = { director: true, deputy: true, member: true };
export const POSTS = Object.keys(posts) as MemberInput['post'][];

/** What an export can be asked for. */
export type ExportQuery = Query<'get', '/api/property/export'>;
/** The registers that can be imported (one route each). */
export type ImportWhat =
  PathsOf<'post'> extends infer P ? (P extends `/api/property/import/${infer W}` ? W : never) : never;

export const listCompanies = (query: Query<'get', '/api/property/companies'>) =>
  client.get('/api/property/companies', { query });
export const createCompany = (body: CompanyInput) => client.post('/api/property/companies', { body });
export const linkStaff = (id: string, username: string) =>
  client.post('/api/property/companies/{id}/staff', { path: { id }, body: { username } });
export const getRating = (id: string, year: number) =>
  client.get('/api/property/companies/{id}/rating', { path: { id }, query: { year } });
export const rateCompany = (id: string, year: number, scores: Record<string, number>, comment: string) =>
  client.put('/api/property/companies/{id}/rating', { path: { id }, body: { year, scores, comment } });
export const publishRating = (id: string, year: number) =>
  client.post('/api/property/companies/{id}/rating/publish', { path: { id }, body: { year } });
export const getCriteria = (nodeId: string, kind: CriteriaKind) =>
  client.get('/api/property/criteria', { query: { nodeId, kind } });
export const setCriteria = (body: Body<'put', '/api/property/criteria'>) =>
  client.put('/api/property/criteria', { body });

export const listCompounds = (query: Query<'get', '/api/property/compounds'>) =>
  client.get('/api/property/compounds', { query });
export const createCompound = (body: CompoundInput) => client.post('/api/property/compounds', { body });
export const getProblemList = (id: string) => client.get('/api/property/compounds/{id}', { path: { id } });
export const addMember = (id: string, body: MemberInput) =>
  client.post('/api/property/compounds/{id}/committee', { path: { id }, body });
export const linkCommittee = (id: string, username: string) =>
  client.post('/api/property/compounds/{id}/committee-accounts', { path: { id }, body: { username } });
export const addIssue = (id: string, body: IssueInput) =>
  client.post('/api/property/compounds/{id}/issues', { path: { id }, body });
export const moveIssue = (id: string, action: IssueMove['action'], version: number, note: string) =>
  client.post('/api/property/issues/{id}/transitions', { path: { id }, body: { action, version, note } });
export const holdMeeting = (id: string, body: Body<'post', '/api/property/compounds/{id}/meetings'>) =>
  client.post('/api/property/compounds/{id}/meetings', { path: { id }, body });
export const getQuality = (id: string, year: number) =>
  client.get('/api/property/compounds/{id}/quality', { path: { id }, query: { year } });
export const scoreQuality = (id: string, year: number, quarter: number, scores: Record<string, number>) =>
  client.put('/api/property/compounds/{id}/quality', { path: { id }, body: { year, quarter, scores } });
export const setCampaign = (id: string, year: number, campaign: boolean) =>
  client.put('/api/property/compounds/{id}/campaign', { path: { id }, body: { year, campaign } });
export const getRanking = (query: Query<'get', '/api/property/ranking'>) =>
  client.get('/api/property/ranking', { query });
export const getFees = (query: Query<'get', '/api/property/fees'>) =>
  client.get('/api/property/fees', { query });
export const recordFees = (id: string, rows: Body<'put', '/api/property/compounds/{id}/fees'>['rows']) =>
  client.put('/api/property/compounds/{id}/fees', { path: { id }, body: { rows } });
export const importRegister = (what: ImportWhat, nodeId: string, file: File) => {
  const fd = new FormData();
  fd.append('file', file);
  return client.post(`/api/property/import/${what}`, { query: { nodeId }, body: fd });
};
export const exportUrl = (query: ExportQuery) => client.url('/api/property/export', { query });
export const getPublicCommunity = (id: string) =>
  client.get('/api/public/property/communities/{id}', { path: { id } });
