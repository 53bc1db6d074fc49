/** The accounts API as the pages use it: typed from the server's own zod schemas. */
import type { z } from 'zod';
import { client } from '../../app/client.ts';
import type {
  createUserBody,
  grantBody,
  policyBody,
  userPage,
  userView,
} from '../../../server/modules/accounts/accounts.schemas.ts';

/** An account as the list shows it, with its grants and what the actor may do with it. */
export type UserView = z.infer<typeof userView>;
/** A page of accounts. */
export type UserPage = z.infer<typeof userPage>;
/** The security policy. */
export type Policy = z.infer<typeof policyBody>;

/** Accounts within the actor's scope, newest first, searchable by username or name. */
export const listUsers = (p: { q?: string; limit: number; offset: number }) =>
  client.get('/api/accounts/users', { query: p });
/** Creates an account (it must change its password at first login). */
export const createUser = (body: z.input<typeof createUserBody>) =>
  client.post('/api/accounts/users', { body });
/** Disables or re-enables an account. */
export const setDisabled = (id: string, disabled: boolean) =>
  client.post('/api/accounts/users/{id}/disable', { path: { id }, body: { disabled } });
/** Sets a temporary password. */
export const resetPassword = (id: string, password: string) =>
  client.post('/api/accounts/users/{id}/password', { path: { id }, body: { password } });
/** Grants a role on a node. */
export const grantRole = (body: z.input<typeof grantBody>) => client.post('/api/accounts/grants', { body });
/** Revokes a grant. */
export const revokeGrant = (id: string) => client.delete('/api/accounts/grants/{id}', { path: { id } });
/** The security policy. */
export const getPolicy = () => client.get('/api/accounts/policy');
/** Changes the security policy. */
export const putPolicy = (body: Policy) => client.put('/api/accounts/policy', { body });
