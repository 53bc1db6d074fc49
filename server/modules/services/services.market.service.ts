/**
 * The lists and the leaderboards: items of the four lists published by officers (government
 * purchase, community needs) and by social organisations (their offers), read by residents
 * below them; the three live leaderboards 比武榜 and the two rates of a node, computed from the
 * orders on every read; and the public part of a community's page (no login).
 */
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { ForbiddenError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { cellText, readRows, readTable } from '../../platform/sheets/index.ts';
import {
  grantedPath,
  pathsAbove,
  requireOrg,
  shanghaiYear,
  thisYear,
  type MarketOrgs,
} from './services.core.ts';
import * as repo from './services.repository.ts';
import {
  byAccepted,
  byCategory,
  byGoodRate,
  rates,
  SERVICE_CATEGORIES,
  type List,
  type ServiceCategory,
} from './services.rules.ts';
import { CATEGORY_ZH, LIST_ZH } from './services.workbench.service.ts';
import type { boardQuery, boardsView, itemBody, itemQuery, itemView } from './services.schemas.ts';

/** Builds the list and leaderboard verbs. */
export function createMarketService(deps: { db: Db; auditor: Pick<Auditor, 'append'>; orgs: MarketOrgs }) {
  const { db, auditor, orgs } = deps;

  function itemOut(
    i: repo.ItemRow,
    ctx: RequestContext,
    names: Map<string, { name: string }>,
  ): z.infer<typeof itemView> {
    const actor = ctx.actor;
    const home = actor?.grants.find((g) => g.role === 'resident' && g.districtId === i.district_id);
    return {
      id: i.id,
      nodeId: i.node_id,
      nodeName: i.node_name,
      list: i.list as List,
      category: i.category as ServiceCategory,
      title: i.title,
      description: i.description,
      providerOrgName: i.provider_org_id ? (names.get(i.provider_org_id)?.name ?? null) : null,
      open: i.open,
      orders: i.orders,
      can: {
        order:
          i.open &&
          !!home &&
          can(actor, 'services.order') &&
          (home.path.startsWith(i.path) || i.path.startsWith(home.path)),
        close: can(actor, 'services.manage', i.path),
      },
    };
  }

  /** The year's figures and the three leaderboards of a subtree. */
  async function boardsOf(
    node: { id: string; district_id: string; path: string; name: string },
    year: number,
  ) {
    const { from, to } = shanghaiYear(year);
    const [counts, perOrg, perCategory] = await Promise.all([
      repo.countsUnder(db, node.district_id, node.path, from, to),
      repo.tallyByOrg(db, node.district_id, node.path, from, to),
      repo.tallyByCategory(db, node.district_id, node.path, from, to),
    ]);
    const r = rates(counts);
    const tallies = perOrg.map((o) => ({
      orgId: o.org_id!,
      accepted: o.accepted,
      rated: o.rated,
      good: o.good,
    }));
    const name = new Map(perOrg.map((o) => [o.org_id!, o.org_name ?? '']));
    const named = <T extends { orgId: string }>(x: T) => ({ ...x, name: name.get(x.orgId) ?? '' });
    return {
      nodeId: node.id,
      nodeName: node.name,
      year,
      figures: { ...counts, acceptanceRate: r.acceptance, goodRate: r.good },
      byCategory: byCategory(perCategory),
      byAccepted: byAccepted(tallies).slice(0, 20).map(named),
      byGoodRate: byGoodRate(tallies).slice(0, 20).map(named),
    } satisfies z.infer<typeof boardsView>;
  }

  return {
    /**
     * Publishes an item: officers put government-purchase and community-need items on nodes in
     * their scope; a social organisation's staff put its offers on nodes in theirs.
     */
    async publishItem(ctx: RequestContext, input: z.infer<typeof itemBody>) {
      const offer = input.list === 'offer';
      const action = offer ? 'services.accept' : 'services.manage';
      const actor = requirePermission(ctx, action);
      const n = await nodeFor(db, ctx, input.nodeId, action);
      const org = offer ? await requireOrg(orgs, ctx) : null;
      if (org && org.districtId !== n.district_id) throw new NotFoundError();
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertItem(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          list: input.list,
          category: input.category,
          title: input.title,
          description: input.description ?? '',
          provider_org_id: org?.id ?? null,
          created_by: actor.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'services.publish',
          objectType: 'services_item',
          objectId: id,
          districtId: n.district_id,
          detail: { list: input.list, title: input.title },
        });
      });
      return { id };
    },

    /** Items the actor sees: in their subtree, and those over a resident's home. */
    async listItems(ctx: RequestContext, q: z.infer<typeof itemQuery>) {
      const actor = requirePermission(ctx, 'services.read');
      const path = q.nodeId ? await grantedPath(db, actor, q.nodeId) : undefined;
      const rows = await repo.findItems(
        db,
        nodeInPaths('i.node_id', scopePaths(actor, 'services.read')),
        path ? [] : pathsAbove(actor, 'services.read'),
        { list: q.list, category: q.category, path },
      );
      const names = await orgs.orgNames(rows.flatMap((r) => (r.provider_org_id ? [r.provider_org_id] : [])));
      return rows.map((r) => itemOut(r, ctx, names));
    },

    /** Opens or closes an item for orders (officers; an organisation its own offers). */
    async setItemOpen(ctx: RequestContext, id: string, open: boolean) {
      const actor = requirePermission(ctx, 'services.read');
      const i = await repo.findItem(db, id);
      if (!i || !actor.grants.some((g) => i.path.startsWith(g.path))) throw new NotFoundError();
      const own = i.provider_org_id && (await orgs.staffOrg(actor.userId))?.id === i.provider_org_id;
      if (!can(actor, 'services.manage', i.path) && !own) throw new ForbiddenError();
      await db.transaction().execute(async (trx) => {
        await repo.setItemOpen(trx, i.district_id, i.id, open);
        await auditor.append(trx, ctx, {
          action: open ? 'services.item_open' : 'services.item_close',
          objectType: 'services_item',
          objectId: i.id,
          districtId: i.district_id,
        });
      });
      return { ok: true as const };
    },

    /** The year's figures and the three leaderboards under a node (default: the actor's first root). */
    async boards(ctx: RequestContext, q: z.infer<typeof boardQuery>) {
      const actor = requirePermission(ctx, 'services.read');
      const nodeId = q.nodeId ?? actor.grants.find((g) => can(actor, 'services.read', g.path))?.nodeId;
      const n = nodeId ? await repo.findNode(db, nodeId) : undefined;
      if (!n || !can(actor, 'services.read', n.path)) throw new NotFoundError();
      return boardsOf(n, q.year ?? thisYear());
    },

    /** A community's marketplace for its public page: open items reaching it and its district's leaderboards. */
    async publicServices(communityId: string) {
      const n = await repo.findNode(db, communityId);
      if (!n || n.level !== 'community') throw new NotFoundError();
      const ids = n.path.split('/').filter(Boolean);
      const above = ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
      const rows = await repo.findItems(db, nodeInPaths('i.node_id', [n.path]), above, {
        openOnly: true,
        limit: 50,
      });
      const names = await orgs.orgNames(rows.flatMap((r) => (r.provider_org_id ? [r.provider_org_id] : [])));
      const anon = { actor: null, ip: '', userAgent: '', lang: 'zh-CN' as const };
      const district = await repo.findNode(db, n.district_id);
      return {
        items: rows.map((r) => {
          const { can: _c, orders: _o, ...rest } = itemOut(r, anon, names);
          return rest;
        }),
        boards: await boardsOf(district ?? n, thisYear()),
      };
    },

    /**
     * Government-purchase and community-need items from a sheet (清单, 类别, 服务项目, 说明) onto a
     * node; a file with any bad row publishes nothing and names every bad row.
     */
    async importItems(ctx: RequestContext, nodeId: string, file: Buffer) {
      const actor = requirePermission(ctx, 'services.manage');
      const n = await nodeFor(db, ctx, nodeId, 'services.manage');
      const table = readTable(await readRows(file, { maxRows: 2000 }), [
        { key: 'list', label: '清单', synonyms: ['清单类别', 'list'], required: true },
        { key: 'category', label: '类别', synonyms: ['服务类别', 'category'], required: true },
        { key: 'title', label: '服务项目', synonyms: ['项目名称', '服务内容', 'title'], required: true },
        { key: 'description', label: '说明', synonyms: ['项目说明', 'description'] },
      ]);
      const errors: { row: number; field: string; message: string }[] = [];
      const codeOf = (m: Record<string, string>, v: string) =>
        v in m ? v : Object.entries(m).find(([, zh]) => zh === v)?.[0];
      const rows = table.rows.map((r) => {
        const cell = (k: string) => cellText(r.cells[k] ?? null);
        const bad = (field: string) =>
          errors.push({
            row: r.row,
            field,
            message: t(ctx.lang, 'services.bad_value', { value: cell(field) }),
          });
        const list = codeOf({ government: LIST_ZH.government, community: LIST_ZH.community }, cell('list'));
        if (!list) bad('list');
        const category = codeOf(CATEGORY_ZH, cell('category'));
        if (!category || !(SERVICE_CATEGORIES as readonly string[]).includes(category)) bad('category');
        const title = cell('title');
        if (!title || title.length > 100) bad('title');
        return {
          district_id: n.district_id,
          id: uuidv7(),
          node_id: n.id,
          list: list ?? '',
          category: category ?? '',
          title,
          description: cell('description').slice(0, 2000),
          provider_org_id: null,
          created_by: actor.userId,
        };
      });
      if (errors.length) return { created: 0, errors };
      await db.transaction().execute(async (trx) => {
        for (const row of rows) await repo.insertItem(trx, row);
        await auditor.append(trx, ctx, {
          action: 'services.import_items',
          objectType: 'org_node',
          objectId: n.id,
          districtId: n.district_id,
          detail: { created: rows.length },
        });
      });
      return { created: rows.length, errors: [] };
    },

    boardsOf,
  };
}
