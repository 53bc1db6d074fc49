/**
 * The organisation tree: create, rename and move nodes (a move carries its whole subtree and every
 * grant with it, since grants and records point at node ids), a lazy tree, search by name or
 * pinyin initials, the party organisations on each node, and the tree in and out of Excel
 * (org.sheets.service.ts).
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { looksLikePinyin, pinyinFull, pinyinInitials } from '../../platform/pinyin.ts';
import { addPartyOrg, createPartyOrgLifetime } from './org.lifetime.service.ts';
import { createOrgSheets } from './org.sheets.service.ts';
import * as repo from './org.repository.ts';
import {
  canParent,
  childPath,
  codeFits,
  moveCreatesCycle,
  rootPath,
  type Level,
  type PartyOrgKind,
} from './org.rules.ts';

type NodeRow = Awaited<ReturnType<typeof repo.findNode>> & object;
/** What a new node is: under which parent, of which level, named what. */
export interface NewNode {
  /** Named ahead by the import (a row's children point at it before it is made). */
  id?: string;
  parentId: string;
  level: Level;
  name: string;
  code?: string | null;
  sort?: number;
}

/** A node as the API shows it: no internal path, plus what the actor may do with it. */
export interface NodeView {
  id: string;
  parentId: string | null;
  districtId: string;
  level: Level;
  name: string;
  code: string | null;
  depth: number;
  initials: string;
  version: number;
  childCount?: number;
  can: { write: boolean };
}

export type OrgService = ReturnType<typeof createOrgService>;

/** Builds the org service. */
export function createOrgService(deps: {
  db: Db;
  auditor: Auditor;
  /**
   * Called after a write to the tree commits (what keeps names or paths in memory forgets them):
   * 'move' when paths changed, 'node' for a node created or renamed.
   */
  afterWrite?: (what: 'move' | 'node') => void;
}) {
  const { db, auditor } = deps;

  const view = (ctx: RequestContext, n: NodeRow & { child_count?: number | null }): NodeView => ({
    id: n.id,
    parentId: n.parent_id,
    districtId: n.district_id,
    level: n.level as Level,
    name: n.name,
    code: n.code,
    depth: n.depth,
    initials: n.name_initials,
    version: n.version,
    childCount: n.child_count ?? undefined,
    can: { write: can(ctx.actor, 'org.write', n.path) },
  });

  /** A node the actor may see for action, else 404. */
  async function visibleNode(
    ctx: RequestContext,
    id: string,
    action: string,
    exec: Executor = db,
    lock = false,
  ) {
    const n = await repo.findNode(exec, id, lock);
    if (!n || !can(ctx.actor, action, n.path)) throw new NotFoundError();
    return n;
  }

  async function insertNode(
    trx: Executor,
    parent: NodeRow | null,
    input: {
      id?: string;
      level: Level;
      name: string;
      code?: string | null;
      sort?: number;
      districtId?: string;
    },
  ) {
    const id = input.id ?? uuidv7();
    const path = parent ? childPath(parent.path, id) : rootPath(id);
    // a district is its own tenant; below it, nodes share the district's key; a city keys itself
    const districtId =
      input.level === 'district' || input.level === 'city' ? id : (input.districtId ?? parent!.district_id);
    await repo.insertNode(trx, {
      district_id: districtId,
      id,
      parent_id: parent?.id ?? null,
      level: input.level,
      name: input.name,
      code: input.code ?? null,
      path,
      depth: parent ? parent.depth + 1 : 0,
      name_initials: pinyinInitials(input.name),
      name_pinyin: pinyinFull(input.name),
      sort: input.sort ?? 0,
    });
    return { id, districtId, path };
  }

  function checkShape(parent: NodeRow | null, level: Level, code: string | null | undefined) {
    const fields = [];
    if (parent && !canParent(parent.level as Level, level))
      fields.push({ field: 'level', key: 'org.bad_level' });
    if (!codeFits(level, code)) fields.push({ field: 'code', key: 'org.bad_code' });
    if (fields.length) throw new InvalidError(fields);
  }

  /**
   * The one create path (the API's and the import's): inside trx, under a parent the actor may
   * write (locked), of a level that fits it, with a name no sibling has; audited.
   */
  async function createIn(trx: Executor, ctx: RequestContext, input: NewNode) {
    const parent = await visibleNode(ctx, input.parentId, 'org.write', trx, true);
    checkShape(parent, input.level, input.code);
    if (await repo.findChildNamed(trx, parent.id, input.name))
      throw new InvalidError([{ field: 'name', key: 'org.name_taken' }]);
    const made = await insertNode(trx, parent, input);
    await auditor.append(trx, ctx, {
      action: 'org.node.create',
      objectType: 'org_node',
      objectId: made.id,
      districtId: made.districtId,
      detail: { parentId: parent.id, level: input.level, name: input.name, code: input.code ?? null },
    });
    return { id: made.id };
  }

  return {
    ...createPartyOrgLifetime(deps),
    ...createOrgSheets({ ...deps, visibleNode, createIn }),
    /** The subtree roots the actor may browse: where the tree page starts. */
    async roots(ctx: RequestContext): Promise<NodeView[]> {
      const actor = requirePermission(ctx, 'org.read');
      const paths = scopePaths(actor, 'org.read');
      return (await repo.nodesAtPaths(db, paths)).map((r) => view(ctx, r));
    },

    /** Children of a node, for the lazy tree. */
    async children(ctx: RequestContext, id: string): Promise<NodeView[]> {
      requirePermission(ctx, 'org.read');
      await visibleNode(ctx, id, 'org.read');
      return (await repo.children(db, id)).map((r) => view(ctx, r));
    },

    /** One node with its ancestors inside the actor's scope (a breadcrumb). */
    async get(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'org.read');
      const n = await visibleNode(ctx, id, 'org.read');
      const ancestorIds = n.path.split('/').filter(Boolean).slice(0, -1);
      const ancestors = (await repo.findNodes(db, ancestorIds))
        .filter((a) => can(ctx.actor, 'org.read', a.path))
        .sort((a, b) => a.depth - b.depth);
      return {
        ...view(ctx, n),
        ancestors: ancestors.map((a) => ({ id: a.id, name: a.name, level: a.level as Level })),
      };
    },

    /** Finds nodes by name, full pinyin or pinyin initials (「ftjd」 finds 福田街道), inside scope. */
    async search(ctx: RequestContext, input: { q: string; level?: Level; limit: number }) {
      const actor = requirePermission(ctx, 'org.read');
      const q = input.q.trim();
      const rows = await repo.searchNodes(db, scopePaths(actor, 'org.read'), {
        q,
        pinyin: looksLikePinyin(q),
        level: input.level,
        limit: input.limit,
      });
      const ancestorIds = [...new Set(rows.flatMap((r) => r.path.split('/').filter(Boolean).slice(0, -1)))];
      const names = new Map((await repo.findNodes(db, ancestorIds)).map((a) => [a.id, a.name]));
      return rows.map((r) => ({
        ...view(ctx, r),
        pathNames: r.path
          .split('/')
          .filter(Boolean)
          .slice(0, -1)
          .map((a) => names.get(a) ?? '')
          .filter(Boolean),
      }));
    },

    /** Creates a node under a parent the actor may write. */
    async createNode(ctx: RequestContext, input: NewNode) {
      requirePermission(ctx, 'org.write');
      return db
        .transaction()
        .execute((trx) => createIn(trx, ctx, input))
        .finally(() => deps.afterWrite?.('node'));
    },

    /** Renames a node (and/or changes its code), checking the version the client saw. */
    async updateNode(
      ctx: RequestContext,
      id: string,
      input: { name?: string; code?: string | null; version: number },
    ) {
      requirePermission(ctx, 'org.write');
      return db
        .transaction()
        .execute(async (trx) => {
          const n = await visibleNode(ctx, id, 'org.write', trx, true);
          if (n.version !== input.version) throw new ConflictError('error.stale');
          const code = input.code === undefined ? n.code : input.code;
          if (!codeFits(n.level as Level, code))
            throw new InvalidError([{ field: 'code', key: 'org.bad_code' }]);
          const name = input.name ?? n.name;
          await repo.renameNode(trx, id, {
            name,
            code,
            name_initials: pinyinInitials(name),
            name_pinyin: pinyinFull(name),
            version: n.version + 1,
          });
          await auditor.append(trx, ctx, {
            action: 'org.node.update',
            objectType: 'org_node',
            objectId: id,
            districtId: n.district_id,
            detail: { from: { name: n.name, code: n.code }, to: { name, code } },
          });
          return { version: n.version + 1 };
        })
        .finally(() => deps.afterWrite?.('node'));
    },

    /**
     * Moves a node and its subtree under a new parent in the same district. Every descendant's path
     * is rewritten in one statement; grants and records follow because they refer to node ids.
     */
    async moveNode(ctx: RequestContext, id: string, input: { newParentId: string; version: number }) {
      requirePermission(ctx, 'org.write');
      const moved = await db.transaction().execute(async (trx) => {
        // one move at a time per installation keeps concurrent moves from crossing paths
        await repo.lockMoves(trx);
        const n = await visibleNode(ctx, id, 'org.write', trx, true);
        const parent = await visibleNode(ctx, input.newParentId, 'org.write', trx, true);
        if (n.version !== input.version) throw new ConflictError('error.stale');
        if (moveCreatesCycle(n.path, parent.path)) throw new ConflictError('org.move_cycle');
        if (n.level === 'district' || n.level === 'city' || parent.district_id !== n.district_id)
          throw new ConflictError('org.move_cross_district');
        if (!canParent(parent.level as Level, n.level as Level))
          throw new InvalidError([{ field: 'newParentId', key: 'org.bad_level' }]);
        const newPath = childPath(parent.path, n.id);
        await repo.rewriteSubtree(trx, n.path, newPath, parent.depth + 1 - n.depth);
        await repo.setParent(trx, id, parent.id, n.version + 1);
        await auditor.append(trx, ctx, {
          action: 'org.node.move',
          objectType: 'org_node',
          objectId: id,
          districtId: n.district_id,
          detail: { fromParentId: n.parent_id, toParentId: parent.id },
        });
        return { version: n.version + 1 };
      });
      deps.afterWrite?.('move');
      return moved;
    },

    /** Party organisations on a node (and, with deep, its subtree). */
    async partyOrgs(ctx: RequestContext, nodeId: string, deep = false) {
      requirePermission(ctx, 'org.read');
      const n = await visibleNode(ctx, nodeId, 'org.read');
      const rows = await repo.partyOrgsOn(db, deep ? { underPath: n.path } : { nodeId });
      return rows.map((r) => ({
        id: r.id,
        nodeId: r.node_id,
        nodeName: r.node_name,
        parentOrgId: r.parent_org_id,
        kind: r.kind as PartyOrgKind,
        name: r.name,
        version: r.version,
        establishedOn: r.established_on,
        dissolvedOn: r.dissolved_on,
        plannedEnd: r.planned_end,
        can: { write: can(ctx.actor, 'org.party.write', r.path) },
      }));
    },

    /** Creates a party organisation on a node; its parent organisation sits on that node or above. */
    async createPartyOrg(
      ctx: RequestContext,
      input: { nodeId: string; kind: PartyOrgKind; name: string; parentOrgId?: string | null },
    ) {
      requirePermission(ctx, 'org.party.write');
      return db.transaction().execute(async (trx) => {
        const n = await visibleNode(ctx, input.nodeId, 'org.party.write', trx);
        return { id: await addPartyOrg(trx, auditor, ctx, n, input) };
      });
    },

    /**
     * A node with its path and district, for other modules' scope checks (null when it does not
     * exist). No permission check: callers decide what the actor may do there.
     */
    async findNode(nodeId: string) {
      const n = await repo.findNode(db, nodeId);
      return n
        ? { id: n.id, districtId: n.district_id, path: n.path, level: n.level as Level, name: n.name }
        : null;
    },

    /**
     * Party organisations by id with their node's district and path, for other modules' checks (a
     * person's branch must hang above the person or within the actor's scope). No permission check.
     */
    async partyOrgBriefs(
      ids: string[],
    ): Promise<{ id: string; districtId: string; nodeId: string; path: string; name: string }[]> {
      const rows = await repo.partyOrgsById(db, [...new Set(ids)].slice(0, 1000));
      return rows.map((r) => ({
        id: r.id,
        districtId: r.district_id,
        nodeId: r.node_id,
        path: r.path,
        name: r.name,
      }));
    },

    /** Names of nodes by id, for other modules' views (no permission check: names only). */
    async nodeNames(ids: string[]): Promise<Map<string, string>> {
      const rows = await repo.findNodes(db, [...new Set(ids)].slice(0, 1000));
      return new Map(rows.map((r) => [r.id, r.name]));
    },

    /** Nodes of some levels inside subtrees (path order, at most limit), for other modules' lists. */
    async nodesUnder(paths: string[], levels: Level[], limit: number) {
      return (await repo.nodesUnder(db, paths, levels, limit)).map((n) => ({
        id: n.id,
        districtId: n.district_id,
        path: n.path,
        level: n.level as Level,
        name: n.name,
      }));
    },

    /** The path of a node, for other modules' scope checks (null when it does not exist). */
    async pathOf(nodeId: string): Promise<string | null> {
      return (await repo.findNode(db, nodeId))?.path ?? null;
    },

    /** Creates a whole tree with no actor: the installer and the demo seed only. */
    async bootstrapNode(
      trx: Executor,
      parent: { id: string; district_id: string; path: string; depth: number; level: string } | null,
      input: { id?: string; level: Level; name: string; code?: string | null; sort?: number },
    ) {
      return insertNode(trx, parent as NodeRow | null, input);
    },
  };
}
