/** The accounts API as the pages use it: typed by the routes' own types (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

/** An account as the list shows it, with its grants and what the actor may do with it. */
export type UserView = UserPage['items'][number];
/** A page of accounts. */
export type UserPage = Res<'get', '/api/accounts/users'>;
/** The security policy. */
export type Policy = Body<'put', '/api/accounts/policy'>;

/** Accounts within the actor's scope, newest first, searchable by username or name. */
export const listUsers = (p: { q?: string; limit: number; offset: number }) =>
  client.get('/api/accounts/users', { query: p });
/** The accounts register as .xlsx (the same accounts as the list), for the auditors. */
export const usersExportUrl = () => client.url('/api/accounts/users/export.xlsx');
/** Creates an account (it must change its password at first login). */
export const createUser = (body: Body<'post', '/api/accounts/users'>) =>
  client.post('/api/accounts/users', { body });
/** Disables or re-enables an account. */
export const setDisabled = (id: string, disabled: boolean) =>
  client.post('/api/accounts/users/{id}/disable', { path: { id }, body: { disabled } });
/** Sets a temporary password. */
export const resetPassword = (id: string, password: string) =>
  client.post('/api/accounts/users/{id}/password', { path: { id }, body: { password } });
/** Grants a role on a node. */
export const grantRole = (body: Body<'post', '/api/accounts/grants'>) =>
  client.post('/api/accounts/grants', { body });
/** Revokes a grant. */
export const revokeGrant = (id: string) => client.delete('/api/accounts/grants/{id}', { path: { id } });
/** The security policy. */
export const getPolicy = () => client.get('/api/accounts/policy');
/** Changes the security policy. */
export const putPolicy = (body: Policy) => client.put('/api/accounts/policy', { body });
