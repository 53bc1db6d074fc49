/** The campaigns API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export { KINDS, OUTCOMES, SIGN_STATUSES, STAGES } from '../../../server/modules/campaigns/campaigns.rules.ts';

export type Campaign = Res<'get', '/api/campaigns/{id}'>;
export type Household = Res<'get', '/api/campaigns/{id}/households'>[number];
export type HouseholdDetail = Res<'get', '/api/campaigns/households/{id}'>;
export type Team = Res<'get', '/api/campaigns/{id}/teams'>[number];
export type PendingRecord = Res<'get', '/api/campaigns/{id}/confirmations'>[number];
export type Bulletin = Res<'get', '/api/campaigns/{id}/bulletin'>;
export type HouseholdsImport = Res<'post', '/api/campaigns/{id}/households/import'>;
export type CampaignInput = Body<'post', '/api/campaigns'>;
export type VisitInput = Body<'post', '/api/campaigns/households/{id}/visits'>;
export type HouseholdEdit = Body<'patch', '/api/campaigns/households/{id}'>;

/** The drives the user sees. */
export const listCampaigns = (nodeId?: string) => client.get('/api/campaigns', { query: { nodeId } });
/** Opens a drive. */
export const createCampaign = (body: CampaignInput) => client.post('/api/campaigns', { body });
/** One drive. */
export const getCampaign = (id: string) => client.get('/api/campaigns/{id}', { path: { id } });
/** Moves its stage. */
export const moveStage = (id: string, body: Body<'post', '/api/campaigns/{id}/stage'>) =>
  client.post('/api/campaigns/{id}/stage', { path: { id }, body });
/** Its teams. */
export const getTeams = (id: string) => client.get('/api/campaigns/{id}/teams', { path: { id } });
/** Forms a team. */
export const addTeam = (id: string, name: string) =>
  client.post('/api/campaigns/{id}/teams', { path: { id }, body: { name } });
/** Adds a cadre to a team. */
export const addMember = (id: string, body: Body<'post', '/api/campaigns/teams/{id}/members'>) =>
  client.post('/api/campaigns/teams/{id}/members', { path: { id }, body });
/** Renames a team. */
export const renameTeam = (id: string, name: string) =>
  client.patch('/api/campaigns/teams/{id}', { path: { id }, body: { name } });
/** Disbands a team that did no work. */
export const deleteTeam = (id: string) => client.delete('/api/campaigns/teams/{id}', { path: { id } });
/** Edits a member (name, leader, team). */
export const editMember = (id: string, body: Body<'patch', '/api/campaigns/members/{id}'>) =>
  client.patch('/api/campaigns/members/{id}', { path: { id }, body });
/** Removes a member who logged no work. */
export const deleteMember = (id: string) => client.delete('/api/campaigns/members/{id}', { path: { id } });
/** Corrects a household. */
export const editHousehold = (id: string, body: HouseholdEdit) =>
  client.patch('/api/campaigns/households/{id}', { path: { id }, body });
/** Removes a household with no work. */
export const deleteHousehold = (id: string) =>
  client.delete('/api/campaigns/households/{id}', { path: { id } });
/** Gives households to a team. */
export const assign = (id: string, body: Body<'post', '/api/campaigns/{id}/assign'>) =>
  client.post('/api/campaigns/{id}/assign', { path: { id }, body });
/** Its households. */
export const getHouseholds = (
  id: string,
  query?: { teamId?: string; status?: Household['signStatus'] | 'overdue' | 'unassigned'; q?: string },
) => client.get('/api/campaigns/{id}/households', { path: { id }, query });
/** Adds one household. */
export const addHousehold = (id: string, body: Body<'post', '/api/campaigns/{id}/households'>) =>
  client.post('/api/campaigns/{id}/households', { path: { id }, body });
/** One household with its visits and records. */
export const getHousehold = (id: string) => client.get('/api/campaigns/households/{id}', { path: { id } });
/** Logs a visit (Idempotency-Key: safe to send again). */
export const logVisit = (id: string, body: VisitInput, key: string) =>
  client.post('/api/campaigns/households/{id}/visits', {
    path: { id },
    body,
    headers: { 'idempotency-key': key },
  });
/** Records a signing or moving out (Idempotency-Key: safe to send again). */
export const recordStep = (
  id: string,
  body: Body<'post', '/api/campaigns/households/{id}/records'>,
  key: string,
) =>
  client.post('/api/campaigns/households/{id}/records', {
    path: { id },
    body,
    headers: { 'idempotency-key': key },
  });
/** Records waiting for the office. */
export const getConfirmations = (id: string) =>
  client.get('/api/campaigns/{id}/confirmations', { path: { id } });
/** Confirms or refuses a record. */
export const decide = (id: string, body: Body<'post', '/api/campaigns/records/{id}/decision'>) =>
  client.post('/api/campaigns/records/{id}/decision', { path: { id }, body });
/** The bulletin of a day. */
export const getBulletin = (id: string, date?: string) =>
  client.get('/api/campaigns/{id}/bulletin', { path: { id }, query: { date } });
/** Checks (dryRun) or applies an import of the households. */
export const importHouseholds = (id: string) => (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/campaigns/{id}/households/import', {
    path: { id },
    query: { dryRun: dryRun ? '1' : '0' },
    body,
  });
};
export const householdsExportUrl = (id: string) =>
  client.url('/api/campaigns/{id}/households/export', { path: { id } });
