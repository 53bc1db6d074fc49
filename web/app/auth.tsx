/** Who is logged in, and what they may do: the server's abilities drive every button. */
import { createContext, useContext, type ReactNode } from 'react';

/** /api/auth/me as the server sends it. */
export interface Me {
  authenticated: boolean;
  mfaPending?: boolean;
  totpEnrolled?: boolean;
  lang: 'zh-CN' | 'en-US';
  user?: {
    id: string;
    username: string;
    displayName: string;
    personId: string | null;
    mustChangePassword: boolean;
  };
  grants?: { id: string; role: string; nodeId: string; nodeName: string; districtId: string }[];
  abilities?: string[];
  csrfToken?: string;
}

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
