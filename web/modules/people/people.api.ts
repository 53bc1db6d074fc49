/** Shapes of the people API as the pages use them (see the agreed contract). */

/** One row of the people list: personal data arrives masked. */
export interface PersonListItem {
  id: string;
  name: string;
  gender: 'M' | 'F';
  birthDate: string;
  nationalId: string;
  phone: string | null;
  nodeId: string;
  nodeName: string;
  identities: string[];
}

/** One identity held by a person, with its kind-specific attributes. */
export interface Identity {
  id: string;
  kind: string;
  attrs: Record<string, unknown>;
}

/** GET /api/people/:id */
export interface PersonDetail extends Omit<PersonListItem, 'identities'> {
  address: string | null;
  identities: Identity[];
  version: number;
  can: { write: boolean; reveal: boolean };
}

/** POST /api/people/:id/reveal: the plaintext, audited on the server. */
export interface Revealed {
  nationalId: string;
  phone: string | null;
  birthDate: string;
  address: string | null;
}

/** POST /api/people/import/preview */
export interface ImportPreview {
  batchId: string;
  total: number;
  valid: number;
  invalid: number;
  errors: { row: number; column: string; reason: string }[];
}

/** The identity kinds a person may hold. */
export const IDENTITY_KINDS = [
  'resident',
  'party_member',
  'cadre',
  'grid_worker',
  'volunteer',
  'deputy',
] as const;
