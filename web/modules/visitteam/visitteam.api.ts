/** The visitteam API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export { CHECK_ITEMS } from '../../../server/modules/visitteam/visitteam.rules.ts';

export type Overview = Res<'get', '/api/visitteam'>;
export type RoundRow = Overview['rounds'][number];
export type MemberRow = Overview['members'][number];
export type Round = Res<'get', '/api/visitteam/rounds/{id}'>;
export type Finding = Round['findingList'][number];
export type MembersImport = Res<'post', '/api/visitteam/members/import'>;
export type MemberInput = Body<'post', '/api/visitteam/members'>;
export type RoundInput = Body<'post', '/api/visitteam/rounds'>;
export type FindingInput = Body<'post', '/api/visitteam/rounds/{id}/findings'>;

/** The roster, the year's rounds and the figures. */
export const getOverview = (year?: number) => client.get('/api/visitteam', { query: { year } });
/** Adds a member to the roster. */
export const addMember = (body: MemberInput) => client.post('/api/visitteam/members', { body });
/** Schedules a round. */
export const scheduleRound = (body: RoundInput) => client.post('/api/visitteam/rounds', { body });
/** One round with members and findings. */
export const getRound = (id: string) => client.get('/api/visitteam/rounds/{id}', { path: { id } });
/** Sets the members on a round. */
export const staffRound = (id: string, body: Body<'put', '/api/visitteam/rounds/{id}/members'>) =>
  client.put('/api/visitteam/rounds/{id}/members', { path: { id }, body });
/** Records a finding (Idempotency-Key: safe to send again from a phone). */
export const recordFinding = (id: string, body: FindingInput, key: string) =>
  client.post('/api/visitteam/rounds/{id}/findings', {
    path: { id },
    body,
    headers: { 'idempotency-key': key },
  });
/** Marks a finding fixed. */
export const fixFinding = (id: string, body: Body<'post', '/api/visitteam/findings/{id}/fix'>) =>
  client.post('/api/visitteam/findings/{id}/fix', { path: { id }, body });
/** Checks (dryRun) or applies an import of the roster. */
export const importMembers = (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/visitteam/members/import', { query: { dryRun: dryRun ? '1' : '0' }, body });
};
export const membersExportUrl = () => client.url('/api/visitteam/members/export');
