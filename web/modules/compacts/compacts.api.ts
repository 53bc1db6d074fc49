/** The compacts API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export { ITEM_KINDS, GRADES } from '../../../server/modules/compacts/compacts.rules.ts';

export type ContractList = Res<'get', '/api/compacts/contracts'>;
export type ContractRow = ContractList['items'][number];
export type Contract = Res<'get', '/api/compacts/contracts/{id}'>;
export type Item = Contract['items'][number];
export type MeetingList = Res<'get', '/api/compacts/meetings'>;
export type MeetingRow = MeetingList['items'][number];
export type Meeting = Res<'get', '/api/compacts/meetings/{id}'>;
export type ResourceImport = Res<'post', '/api/compacts/contracts/{id}/resources/import'>;
export type ContractInput = Body<'post', '/api/compacts/contracts'>;
export type ItemInput = Body<'post', '/api/compacts/contracts/{id}/items'>;
export type MeetingInput = Body<'post', '/api/compacts/meetings'>;
export type HoldInput = Body<'post', '/api/compacts/meetings/{id}/hold'>;

/** Contracts under a node whose term touches a year. */
export const listContracts = (nodeId?: string, year?: number) =>
  client.get('/api/compacts/contracts', { query: { nodeId, year } });
/** Contracts and projects as Excel. */
export const exportUrl = (nodeId?: string, year?: number) =>
  client.url('/api/compacts/export', { query: { nodeId, year } });
/** The units a contract may be drafted with. */
export const listUnits = () => client.get('/api/compacts/units');
/** Drafts a contract. */
export const createContract = (body: ContractInput) => client.post('/api/compacts/contracts', { body });
/** One contract with a year's evaluation. */
export const getContract = (id: string, year?: number) =>
  client.get('/api/compacts/contracts/{id}', { path: { id }, query: { year } });
/** The unit signs. */
export const signContract = (id: string, version: number, signer: string) =>
  client.post('/api/compacts/contracts/{id}/sign', { path: { id }, body: { version, signer } });
/** Adds an item to a list. */
export const addItem = (id: string, body: ItemInput) =>
  client.post('/api/compacts/contracts/{id}/items', { path: { id }, body });
/** Marks a project done. */
export const markDone = (id: string, version: number, doneOn: string) =>
  client.post('/api/compacts/items/{id}/done', { path: { id }, body: { version, doneOn } });
/** The resource list's import template. */
export const resourceTemplateUrl = () => client.url('/api/compacts/resources/template.xlsx');
/** Checks (dryRun) or applies a resource list import. */
export const importResources = (id: string) => (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/compacts/contracts/{id}/resources/import', {
    path: { id },
    query: { dryRun: dryRun ? '1' : '0' },
    body,
  });
};
/** Round tables of a year. */
export const listMeetings = (nodeId?: string, year?: number) =>
  client.get('/api/compacts/meetings', { query: { nodeId, year } });
/** Schedules a round table. */
export const scheduleMeeting = (body: MeetingInput) => client.post('/api/compacts/meetings', { body });
/** One round table. */
export const getMeeting = (id: string) => client.get('/api/compacts/meetings/{id}', { path: { id } });
/** Records a round table held. */
export const holdMeeting = (id: string, body: HoldInput) =>
  client.post('/api/compacts/meetings/{id}/hold', { path: { id }, body });
