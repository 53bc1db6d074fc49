/** The organisation node picked in the layout's tree, shared with every page. */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useMe } from './auth.tsx';
import type { Res } from './client.ts';

/** A node of the organisation tree as the API sends it (GET /api/org/roots, /children, /search). */
export type OrgNode = Res<'get', '/api/org/roots'>[number] & { pathNames?: string[] };

interface SelectedNodeValue {
  /** The selected node, or null for "my whole scope". */
  node: OrgNode | null;
  select: (node: OrgNode | null) => void;
}

const SelectedNodeContext = createContext<SelectedNodeValue>({ node: null, select: () => {} });

/** Holds the selected node for the layout and its pages (remembered per user for the tab). */
export function SelectedNodeProvider(props: { children: ReactNode }) {
  const { me } = useMe();
  const key = `gz_node:${me?.user?.id ?? ''}`;
  const [state, setState] = useState<{ key: string; node: OrgNode | null }>(() => ({ key, node: load(key) }));
  // another user in this tab (or a new login) starts from their own last choice
  const node = state.key === key ? state.node : load(key);
  const value = useMemo(
    () => ({
      node,
      select: (n: OrgNode | null) => {
        setState({ key, node: n });
        try {
          if (n) sessionStorage.setItem(key, JSON.stringify(n));
          else sessionStorage.removeItem(key);
        } catch {}
      },
    }),
    [node, key],
  );
  return <SelectedNodeContext.Provider value={value}>{props.children}</SelectedNodeContext.Provider>;
}

function load(key: string): OrgNode | null {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as OrgNode) : null;
  } catch {
    return null;
  }
}

/** The node selected in the layout's tree (null = the user's whole scope) and a way to change it. */
export function useSelectedNode(): SelectedNodeValue {
  return useContext(SelectedNodeContext);
}

/** The node a page works on: the one picked in the tree, else the node of the user's first grant. */
export function usePageNode(): string | undefined {
  const { me } = useMe();
  const { node } = useSelectedNode();
  return node?.id ?? me?.grants?.[0]?.nodeId;
}

/** The node a resident's pages are about: the one picked in the tree, else the resident's community. */
export function useResidentNode(): string | undefined {
  const { me } = useMe();
  const { node } = useSelectedNode();
  return node?.id ?? me?.grants?.find((g) => g.role === 'resident')?.nodeId;
}
