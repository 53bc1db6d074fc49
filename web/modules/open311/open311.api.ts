/** Typed calls of the Open311 admin API; types inferred from the server's zod schemas. */
import type { z } from 'zod';
import type {
  createdKeyView,
  keyView,
  settingsView,
} from '../../../server/modules/open311/open311.schemas.ts';
import { api, qs } from '../../app/api.ts';

/** An API key as listed. */
export type Open311Key = z.infer<typeof keyView>;
/** What a district publishes. */
export type Open311Settings = z.infer<typeof settingsView>;

/** Keys in the user's scope. */
export const listKeys = () => api<Open311Key[]>('GET', '/api/open311/keys');
/** Makes a key on a node; the secret comes back this once. */
export const createKey = (body: { name: string; nodeId: string }) =>
  api<z.infer<typeof createdKeyView>>('POST', '/api/open311/keys', body);
/** Revokes a key. */
export const revokeKey = (id: string) => api<{ ok: boolean }>('DELETE', `/api/open311/keys/${id}`);
/** What a district publishes. */
export const getSettings = (districtId: string) =>
  api<Open311Settings>('GET', `/api/open311/settings${qs({ districtId })}`);
/** Changes what a district publishes. */
export const saveSettings = (body: { districtId: string; publish: boolean; version: number }) =>
  api<Open311Settings>('PUT', '/api/open311/settings', body);
