/**
 * The organisation tree as other modules read it: a node with its ancestors (its chain), kept in
 * memory while every change to `org_nodes` is heard on channel `gz_org` (a statement trigger sends
 * it in the writing transaction), so the hot paths that need a node's path, level, district and
 * ancestors on every request (the event intake) read nothing. Also the few uncached reads other
 * modules need of the tree (a node's children, a district's departments). No permission checks:
 * the caller decides what its actor may do with a node. Its statements are in org.tree.repository.ts.
 */
import { cacheInvalidatedByNotify, noChanges, type Changes } from '../../platform/db/changes.ts';
import type { Db } from '../../platform/db/db.ts';
import { selectChildren, selectDepartments, selectNodeChains } from './org.tree.repository.ts';

/** A node as other modules see it. `path` is the materialised path of ids ('/a/b/c/'). */
export interface OrgTreeNode {
  id: string;
  districtId: string;
  parentId: string | null;
  level: string;
  name: string;
  /** Administrative code (GB/T 2260) where the node has one. */
  code: string | null;
  path: string;
}

/** A node with its ancestors, root first (the node itself last). */
export interface NodeChain {
  node: OrgTreeNode;
  chain: OrgTreeNode[];
}

/** The org tree's public reads. */
export type OrgTree = ReturnType<typeof createOrgTree>;

/** How many nodes with their ancestors a process keeps (a district has ~2,000 down to grids). */
const KEPT_NODES = 20_000;

/**
 * Builds the tree's public reads. `changes` (LISTEN/NOTIFY) lets nodes be kept in memory; without
 * it every call reads the database.
 */
export function createOrgTree(deps: { db: Db; changes?: Changes }) {
  const { db } = deps;
  const kept = cacheInvalidatedByNotify<NodeChain>(deps.changes ?? noChanges, 'gz_org', KEPT_NODES);

  /** Nodes with their ancestors by id; an id that is not a node is absent. */
  async function nodeChains(ids: string[]): Promise<Map<string, NodeChain>> {
    return kept.getMany(ids, (missing) => selectNodeChains(db, missing));
  }

  return {
    nodeChains,

    /** A node with its ancestors, root first (undefined when there is no such node). */
    async nodeChain(id: string): Promise<NodeChain | undefined> {
      return (await nodeChains([id])).get(id);
    },

    /** One node (undefined when there is no such node). */
    async findNode(id: string): Promise<OrgTreeNode | undefined> {
      return (await nodeChains([id])).get(id)?.node;
    },

    /** Nodes by id; ids that are not nodes are absent. */
    async findNodes(ids: string[]): Promise<Map<string, OrgTreeNode>> {
      const m = await nodeChains(ids);
      return new Map([...m].map(([id, c]) => [id, c.node]));
    },

    /** The children of a node (read afresh). */
    children: (parentId: string) => selectChildren(db, parentId),

    /** A district's departments (read afresh). */
    departments: (districtId: string) => selectDepartments(db, districtId),

    /** After this process changed the tree: forget what is kept at once (others hear gz_org). */
    forget() {
      kept.forget();
    },
  };
}
