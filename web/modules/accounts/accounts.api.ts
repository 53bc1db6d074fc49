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

/** What an accounts import did or would do, with each new account's initial password (once). */
export type UserImport = Res<'post', '/api/accounts/users/import'>;
/** What a grants import did or would do. */
export type GrantImport = Res<'post', '/api/accounts/grants/import'>;
const fileForm = (file: File) => {
  const f = new FormData();
  f.append('file', file);
  return f;
};
/** Makes the accounts an .xlsx or CSV names (账号, 姓名); dryRun only checks. */
export const importUsers = (file: File, dryRun: boolean) =>
  client.post('/api/accounts/users/import', {
    query: { dryRun: dryRun ? '1' : '0' },
    body: fileForm(file),
  });
/** Grants the roles an .xlsx or CSV names (账号, 角色, 授权范围); dryRun only checks. */
export const importGrants = (file: File, dryRun: boolean) =>
  client.post('/api/accounts/grants/import', {
    query: { dryRun: dryRun ? '1' : '0' },
    body: fileForm(file),
  });
