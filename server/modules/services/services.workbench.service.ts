/**
 * The marketplace on the home page and dashboards: what waits for a social organisation (orders
 * to accept, to deliver), for a resident (deliveries to rate) and for an officer (orders open
 * over three days); the figures of a node (orders placed, accepted, acceptance rate, good-rating
 * rate: Putuo's 971 / 844 / 100%); and the Excel registers of items and orders.
 */
import { sql } from 'kysely';
import { can, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Db } from '../../platform/db/db.ts';
import { t } from '../../platform/i18n.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { shanghaiMinute } from '../../platform/time.ts';
import { shanghaiYear, type MarketOrgs } from './services.core.ts';
import * as repo from './services.repository.ts';
import { rates } from './services.rules.ts';

/** The lists' Chinese names (Excel). */
export const LIST_ZH: Record<string, string> = {
  government: '政府购买',
  community: '社区需求',
  resident: '群众需要',
  offer: '社会组织参与',
};
const STATE_ZH: Record<string, string> = {
  open: '待接单',
  accepted: '已接单',
  delivered: '已服务',
  rated: '已评价',
  cancelled: '已取消',
};
/** The categories' Chinese names (Excel). */
export const CATEGORY_ZH: Record<string, string> = {
  elderly: '养老服务',
  children: '儿童关爱',
  mediation: '矛盾调解',
  health: '健康服务',
  culture: '文体活动',
  repair: '便民维修',
  legal: '法律咨询',
  employment: '就业帮扶',
};

/** Builds the home-page, dashboard and export verbs. */
export function createMarketWorkbench(deps: { db: Db; orgs: MarketOrgs }) {
  const { db, orgs } = deps;

  async function line(
    ctx: RequestContext,
    key: string,
    where: ReturnType<typeof sql<boolean>>,
    state: string,
    href: string,
    level: TodoItem['level'],
  ): Promise<TodoItem[]> {
    const w = await repo.waiting(db, where, state);
    if (!w.count) return [];
    return [
      {
        key: `services.${key}`,
        module: 'services',
        label: t(ctx.lang, `services.todo.${key}`),
        count: w.count,
        href,
        level,
        entries: w.rows.map((o) => ({ id: o.id, title: o.title, href: `/services/orders/${o.id}` })),
      },
    ];
  }

  return {
    /** What waits for the actor in the marketplace. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const actor = ctx.actor;
      if (!actor) return [];
      const out: TodoItem[] = [];
      if (can(actor, 'services.order'))
        out.push(
          ...(await line(
            ctx,
            'to_rate',
            sql<boolean>`o.resident_user_id = ${actor.userId}`,
            'delivered',
            '/services/orders',
            'normal',
          )),
        );
      if (can(actor, 'services.accept')) {
        const org = await orgs.staffOrg(actor.userId);
        if (org) {
          const scope = nodeInPaths('o.node_id', scopePaths(actor, 'services.accept'));
          out.push(
            ...(await line(
              ctx,
              'to_accept',
              sql<boolean>`(o.provider_org_id IS NULL OR o.provider_org_id = ${org.id}) AND ${scope}`,
              'open',
              '/services/orders?view=open',
              'yellow',
            )),
            ...(await line(
              ctx,
              'to_deliver',
              sql<boolean>`o.org_id = ${org.id}`,
              'accepted',
              '/services/orders?view=ours',
              'normal',
            )),
          );
        }
      }
      if (can(actor, 'services.manage'))
        out.push(
          ...(await line(
            ctx,
            'unaccepted',
            sql<boolean>`o.placed_at < now() - interval '3 days' AND ${nodeInPaths('o.node_id', scopePaths(actor, 'services.manage'))}`,
            'open',
            '/services/orders?view=all',
            'red',
          )),
        );
      return out;
    },

    /** The node's year: orders placed, accepted, acceptance rate, good-rating rate. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      if (!can(ctx.actor, 'services.read', node.path)) return [];
      const { from, to } = shanghaiYear(year);
      const c = await repo.countsUnder(db, node.districtId, node.path, from, to);
      const r = rates(c);
      const stat = statMaker(ctx.lang, 'services', 'definition', { year });
      return [
        stat('placed', c.placed, 'count'),
        stat('accepted', c.accepted, 'count'),
        stat('acceptance_rate', r.acceptance, 'percent'),
        stat('good_rate', r.good, 'percent'),
      ];
    },

    /** The orders (and the items) under a node or the actor's scope, as an Excel workbook. */
    async exportSheet(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await readRoots(db, ctx, 'services.export', q.nodeId);
      const orders = await repo.findOrders(
        db,
        { view: 'all', scope: paths, placed: q.year ? shanghaiYear(q.year) : undefined },
        { limit: 100_000, offset: 0 },
      );
      const items = await repo.findItems(db, nodeInPaths('i.node_id', paths), [], { limit: 100_000 });
      const time = (d: Date | null) => (d ? shanghaiMinute(d) : '');
      return writeWorkbook([
        {
          name: t(ctx.lang, 'services.sheet.orders'),
          columns: [
            { key: 'placedAt', header: '点单时间', width: 17 },
            { key: 'node', header: '社区', width: 14 },
            { key: 'list', header: '清单', width: 12 },
            { key: 'category', header: '类别', width: 10 },
            { key: 'title', header: '服务内容', width: 30 },
            { key: 'resident', header: '居民', width: 10 },
            { key: 'state', header: '状态', width: 8 },
            { key: 'org', header: '接单组织', width: 24 },
            { key: 'acceptedAt', header: '接单时间', width: 17 },
            { key: 'deliveredAt', header: '服务完成', width: 17 },
            { key: 'rating', header: '评价（星）', width: 10, type: 'number' },
            { key: 'comment', header: '评价内容', width: 30 },
          ],
          rows: orders.items.map((o) => ({
            placedAt: time(o.placed_at),
            node: o.node_name,
            list: LIST_ZH[o.list],
            category: CATEGORY_ZH[o.category] ?? o.category,
            title: o.title,
            resident: o.resident_label,
            state: STATE_ZH[o.state],
            org: o.org_name ?? '',
            acceptedAt: time(o.accepted_at),
            deliveredAt: time(o.delivered_at),
            rating: o.rating,
            comment: o.rating_comment ?? '',
          })),
        },
        {
          name: t(ctx.lang, 'services.sheet.items'),
          columns: [
            { key: 'list', header: '清单', width: 12 },
            { key: 'category', header: '类别', width: 10 },
            { key: 'title', header: '服务项目', width: 30 },
            { key: 'description', header: '说明', width: 40 },
            { key: 'node', header: '发布节点', width: 14 },
            { key: 'open', header: '状态', width: 8 },
            { key: 'orders', header: '点单数', width: 8, type: 'number' },
          ],
          rows: items.map((i) => ({
            list: LIST_ZH[i.list],
            category: CATEGORY_ZH[i.category] ?? i.category,
            title: i.title,
            description: i.description,
            node: i.node_name,
            open: i.open ? '可点单' : '已关闭',
            orders: i.orders,
          })),
        },
      ]);
    },
  };
}
