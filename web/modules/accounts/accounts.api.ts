/** The accounts API as the pages use it: typed from the server's own zod schemas. */
import type { z } from 'zod';
import { api, qs } from '../../app/api.ts';
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
  api<UserPage>('GET', `/api/accounts/users${qs(p)}`);
/** Creates an account (it must change its password at first login). */
export const createUser = (body: z.input<typeof createUserBody>) =>
  api<{ id: string }>('POST', '/api/accounts/users', body);
/** Disables or re-enables an account. */
export const setDisabled = (id: string, disabled: boolean) =>
  api('POST', `/api/accounts/users/${id}/disable`, { disabled });
/** Sets a temporary password. */
export const resetPassword = (id: string, password: string) =>
  api('POST', `/api/accounts/users/${id}/password`, { password });
/** Grants a role on a node. */
export const grantRole = (body: z.input<typeof grantBody>) =>
  api<{ id: string }>('POST', '/api/accounts/grants', body);
/** Revokes a grant. */
export const revokeGrant = (id: string) => api('DELETE', `/api/accounts/grants/${id}`);
/** The security policy. */
export const getPolicy = () => api<Policy>('GET', '/api/accounts/policy');
/** Changes the security policy. */
export const putPolicy = (body: Policy) => api('PUT', '/api/accounts/policy', body);
