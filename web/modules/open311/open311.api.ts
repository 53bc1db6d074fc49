/** Typed calls of the Open311 admin API; types are the routes' own (web/app/api.generated.ts). */
import { client, type Res } from '../../app/client.ts';

/** An API key as listed. */
export type Open311Key = Res<'get', '/api/open311/keys'>[number];
/** What a district publishes. */
export type Open311Settings = Res<'get', '/api/open311/settings'>;

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
