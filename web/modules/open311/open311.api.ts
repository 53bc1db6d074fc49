/** Typed calls of the Open311 admin API; types inferred from the server's zod schemas. */
import type { z } from 'zod';
import type {
  keyView,
  settingsView,
} from '../../../server/modules/open311/open311.schemas.ts';
import { client } from '../../app/client.ts';

/** An API key as listed. */
export type Open311Key = z.infer<typeof keyView>;
/** What a district publishes. */
export type Open311Settings = z.infer<typeof settingsView>;

/** Keys in the user's scope. */
export const listKeys = () => client.get('/api/open311/keys');
/** Makes a key on a node; the secret comes back this once. */
export const createKey = (body: { name: string; nodeId: string }) =>
  client.post('/api/open311/keys', { body });
/** Revokes a key. */
export const revokeKey = (id: string) => client.delete('/api/open311/keys/{id}', { path: { id } });
/** What a district publishes. */
export const getSettings = (districtId: string) =>
  client.get('/api/open311/settings', { query: { districtId } });
/** Changes what a district publishes. */
export const saveSettings = (body: { districtId: string; publish: boolean; version: number }) =>
  client.put('/api/open311/settings', { body });
