/** The people API as the pages use it: typed from the server's own zod schemas, one function per call. */
import type { z } from 'zod';
import { api, qs } from '../../app/api.ts';
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
export interface PeopleFilters {
  nodeId?: string;
  q?: string;
  identity?: string;
}

/** A page of people in scope. */
export const listPeople = (f: PeopleFilters & { limit: number; offset: number }) =>
  api<PersonList>('GET', `/api/people${qs({ ...f })}`);
/** One person, masked. */
export const getPerson = (id: string) => api<PersonDetail>('GET', `/api/people/${id}`);
/** Reveals a person's personal data for a reason (audited). */
export const revealPerson = (id: string, why: RevealInput) =>
  api<Revealed>('POST', `/api/people/${id}/reveal`, why);
/** Registers a person. */
export const createPerson = (body: CreatePersonInput) => api<{ id: string }>('POST', '/api/people', body);
/** Edits a person (with the version seen). */
export const updatePerson = (id: string, body: UpdatePersonInput) =>
  api<{ version: number }>('PATCH', `/api/people/${id}`, body);
/** Gives a person an identity. */
export const addIdentity = (id: string, body: AddIdentityInput) =>
  api<{ id: string }>('POST', `/api/people/${id}/identities`, body);
/** Takes an identity away. */
export const removeIdentity = (id: string, identityId: string) =>
  api('DELETE', `/api/people/${id}/identities/${identityId}`);
/** Uploads a register for its preview. */
export const previewImport = (file: File, nodeId?: string, mapping?: Record<string, number | null>) => {
  const form = new FormData();
  form.append('file', file);
  const m = mapping ? JSON.stringify(mapping) : undefined;
  return api<ImportPreview>('POST', `/api/people/import/preview${qs({ nodeId, mapping: m })}`, form);
};
/** Imports a previewed batch. */
export const commitImport = (batchId: string, mode: 'valid' | 'all') =>
  api<{ imported: number }>('POST', `/api/people/import/${batchId}/commit`, { mode });
/** The address of the empty import template. */
export const templateUrl = () => '/api/people/import/template.xlsx';
/** The address of the filtered list as Excel (masked). */
export const exportUrl = (f: PeopleFilters) => `/api/people/export.xlsx${qs({ ...f })}`;
/** Party organisations on a node and below it (for a party member's organisation). */
export const partyOrgsUnder = (nodeId: string) =>
  api<PartyOrg[]>('GET', `/api/org/nodes/${nodeId}/party-orgs?deep=1`);
