/** The people API as the pages use it: typed from the server's own zod schemas, one function per call. */
import type { z } from 'zod';
import { client, type Query } from '../../app/client.ts';
import type {
  addIdentityBody,
  createPersonBody,
  identityView,
  importPreview,
  personDetail,
  personList,
  personListItem,
  revealBody,
  revealed,
  updatePersonBody,
} from '../../../server/modules/people/people.schemas.ts';
import type { partyOrgView } from '../../../server/modules/org/org.schemas.ts';

export { GENDERS, IDENTITY_KINDS, REVEAL_REASONS } from '../../../server/modules/people/people.kinds.ts';

/** One row of the people list: personal data arrives masked. */
export type PersonListItem = z.infer<typeof personListItem>;
/** A page of the list. */
export type PersonList = z.infer<typeof personList>;
/** One identity held by a person, with the names of the ids it holds. */
export type Identity = z.infer<typeof identityView>;
/** GET /api/people/:id */
export type PersonDetail = z.infer<typeof personDetail>;
/** The plaintext, audited on the server. */
export type Revealed = z.infer<typeof revealed>;
/** Why personal data is revealed. */
export type RevealInput = z.infer<typeof revealBody>;
/** The import preview: counts, the destination node and the row-by-row report. */
export type ImportPreview = z.infer<typeof importPreview>;
/** A new person. */
export type CreatePersonInput = z.input<typeof createPersonBody>;
/** An edit of a person. */
export type UpdatePersonInput = z.input<typeof updatePersonBody>;
/** A new identity. */
export type AddIdentityInput = z.input<typeof addIdentityBody>;
/** A party organisation. */
export type PartyOrg = z.infer<typeof partyOrgView>;

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
