/** The people API as the pages use it: typed by the routes' own types (web/app/api.generated.ts), one function per call. */
import { client, type Body, type Query, type Res } from '../../app/client.ts';

export { GENDERS, IDENTITY_KINDS, REVEAL_REASONS } from '../../../server/modules/people/people.kinds.ts';

/** One row of the people list: personal data arrives masked. */
export type PersonListItem = PersonList['items'][number];
/** A page of the list. */
export type PersonList = Res<'get', '/api/people'>;
/** One identity held by a person, with the names of the ids it holds. */
export type Identity = PersonDetail['identities'][number];
/** GET /api/people/:id */
export type PersonDetail = Res<'get', '/api/people/{id}'>;
/** The plaintext, audited on the server. */
export type Revealed = Res<'post', '/api/people/{id}/reveal'>;
/** Why personal data is revealed. */
export type RevealInput = Body<'post', '/api/people/{id}/reveal'>;
/** The import preview: counts, the destination node and the row-by-row report. */
export type ImportPreview = Res<'post', '/api/people/import/preview'>;
/** A new person. */
export type CreatePersonInput = Body<'post', '/api/people'>;
/** An edit of a person. */
export type UpdatePersonInput = Body<'patch', '/api/people/{id}'>;
/** A new identity. */
export type AddIdentityInput = Body<'post', '/api/people/{id}/identities'>;
/** A party organisation. */
export type PartyOrg = Res<'get', '/api/org/nodes/{id}/party-orgs'>[number];

/** The list's filters. */
export type PeopleFilters = Pick<Query<'get', '/api/people'>, 'nodeId' | 'q' | 'identity'>;

/** A page of people in scope. */
export const listPeople = (f: PeopleFilters & { limit: number; offset: number }) =>
  client.get('/api/people', { query: { ...f } });
/** One person, masked. */
export const getPerson = (id: string) => client.get('/api/people/{id}', { path: { id } });
/** Reveals a person's personal data for a reason (audited). */
export const revealPerson = (id: string, why: RevealInput) =>
  client.post('/api/people/{id}/reveal', { path: { id }, body: why });
/** Registers a person. */
export const createPerson = (body: CreatePersonInput) => client.post('/api/people', { body });
/** Edits a person (with the version seen). */
export const updatePerson = (id: string, body: UpdatePersonInput) =>
  client.patch('/api/people/{id}', { path: { id }, body });
/** Gives a person an identity. */
export const addIdentity = (id: string, body: AddIdentityInput) =>
  client.post('/api/people/{id}/identities', { path: { id }, body });
/** Takes an identity away. */
export const removeIdentity = (id: string, identityId: string) =>
  client.delete('/api/people/{id}/identities/{identityId}', { path: { id, identityId } });
/** Uploads a register for its preview. */
export const previewImport = (file: File, nodeId?: string, mapping?: Record<string, number | null>) => {
  const form = new FormData();
  form.append('file', file);
  const m = mapping ? JSON.stringify(mapping) : undefined;
  return client.post('/api/people/import/preview', { query: { nodeId, mapping: m }, body: form });
};
/** Imports a previewed batch. */
export const commitImport = (batchId: string, mode: 'valid' | 'all') =>
  client.post('/api/people/import/{batchId}/commit', { path: { batchId }, body: { mode } });
/** The address of the empty import template. */
export const templateUrl = () => client.url('/api/people/import/template.xlsx');
/** The address of the filtered list as Excel (masked). */
export const exportUrl = (f: PeopleFilters) => client.url('/api/people/export.xlsx', { query: { ...f } });
/** Party organisations on a node and below it (for a party member's organisation). */
export const partyOrgsUnder = (nodeId: string) =>
  client.get('/api/org/nodes/{id}/party-orgs', { path: { id: nodeId }, query: { deep: '1' } });
