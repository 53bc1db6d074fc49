/** Who is logged in, and what they may do: the server's abilities drive every button. */
import { createContext, useContext, type ReactNode } from 'react';
import type { Res } from './client.ts';

/** /api/auth/me as the server sends it. */
export type Me = Res<'get', '/api/auth/me'>;

interface AuthValue {
  me: Me | undefined;
  /** True when the user holds the action somewhere in their subtree (per-object flags come with objects). */
  can: (ability: string) => boolean;
  refresh: () => Promise<void>;
}

const AuthContext = createContext<AuthValue>({ me: undefined, can: () => false, refresh: async () => {} });

/** Provides the auth value (the shell fills it from /api/auth/me). */
export function AuthProvider(props: { value: AuthValue; children: ReactNode }) {
  return <AuthContext.Provider value={props.value}>{props.children}</AuthContext.Provider>;
}

/** The logged-in user, can(ability) and refresh(). */
export function useMe(): AuthValue {
  return useContext(AuthContext);
}

/** Renders children only when the user has the ability. */
export function Can(props: { ability: string; children: ReactNode }) {
  const { can } = useMe();
  return can(props.ability) ? <>{props.children}</> : null;
}
