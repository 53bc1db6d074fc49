/**
 * Orders of the marketplace: a resident orders 点单 (from a list, or a need in their own words),
 * a social organisation accepts 接单 (the first accept wins, whoever else tries gets 409),
 * delivers, and the resident rates it once. Phones retry: every write takes an Idempotency-Key,
 * and an accept, delivery or rating sent again answers as the first did. The resident is told of
 * every step; the organisation of its rating.
 */
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { grantedPath, orderView, pathsAbove, requireOrg, type ServicesDeps } from './services.core.ts';
import * as repo from './services.repository.ts';
import { ORDER_MACHINE, type OrderAction } from './services.rules.ts';
import type { actionBody, actionResult, orderBody, orderQuery } from './services.schemas.ts';

/** Builds the order verbs. */
export function createOrdersService(deps: ServicesDeps) {
  const { db, auditor, pii, orgs } = deps;

  /** Tells the resident (or another account) of a step, inside the step's transaction. */
  async function tell(
    trx: Executor,
    o: repo.OrderRow,
    userId: string,
    key: string,
    title: string,
    params = {},
  ) {
    await deps.notify.send(trx, [
      {
        districtId: o.district_id,
        userId,
        kind: `services.${key}`,
        title,
        titleKey: `services.notice.${key}`,
        titleParams: { title: o.title, org: o.org_name ?? '', ...params },
        link: `/services/orders/${o.id}`,
        objectType: 'services_order',
        objectId: o.id,
      },
    ]);
  }

  /**
   * An order the actor may see: their own, their organisation's, open ones in their scope, or an
   * officer's. `accepting` also lets an organisation see one it could have accepted that another has
   * just taken, so the second of two concurrent accepts is told 409 (taken), not 404.
   */
  async function visibleOrder(
    ctx: RequestContext,
    id: string,
    exec: Executor = db,
    lock = false,
    accepting = false,
  ) {
    const o = await repo.findOrder(exec, id, lock);
    const actor = ctx.actor;
    if (!o || !actor) throw new NotFoundError();
    if (o.resident_user_id === actor.userId || can(actor, 'services.manage', o.path)) return o;
    if (can(actor, 'services.accept', o.path)) {
      const mine = await orgs.staffOrg(actor.userId);
      if (
        mine &&
        (o.org_id === mine.id ||
          ((o.state === 'open' || (accepting && o.state === 'accepted')) &&
            (!o.provider_org_id || o.provider_org_id === mine.id)))
      )
        return o;
    }
    throw new NotFoundError();
  }

  return {
    /** 点单: a resident orders an item of a list, or raises a need of their own (residents' needs list). */
    async placeOrder(ctx: RequestContext, input: z.infer<typeof orderBody>, key?: string) {
      const actor = requirePermission(ctx, 'services.order');
      const home = actor.grants.find((g) => g.role === 'resident');
      if (!home) throw new NotFoundError();
      let item: repo.ItemRow | undefined;
      if (input.itemId) {
        item = await repo.findItem(db, input.itemId);
        const reaches =
          item &&
          (home.path.startsWith(item.path) || item.path.startsWith(home.path)) &&
          item.district_id === home.districtId;
        if (!item || !reaches) throw new NotFoundError();
        if (!item.open) throw new ConflictError('services.item_closed');
      } else {
        const missing = [
          ...(!input.category ? [{ field: 'category', key: 'services.required' }] : []),
          ...(!input.title ? [{ field: 'title', key: 'services.required' }] : []),
        ];
        if (missing.length) throw new InvalidError(missing);
      }
      const id = uuidv7();
      const { result } = await db.transaction().execute((trx) =>
        withIdempotency(trx, { userId: actor.userId, key, payload: input, answer: { id } }, async () => {
          await repo.insertOrder(trx, {
            district_id: home.districtId,
            id,
            node_id: home.nodeId,
            item_id: item?.id ?? null,
            list: item?.list ?? 'resident',
            category: item?.category ?? input.category!,
            title: item?.title ?? input.title!,
            note: input.note ?? '',
            resident_user_id: actor.userId,
            resident_label: actor.displayName,
            contact_phone_enc: input.contactPhone ? pii.encrypt(input.contactPhone) : null,
            provider_org_id: item?.provider_org_id ?? null,
            state: 'open',
          });
          await auditor.append(trx, ctx, {
            action: 'services.order',
            objectType: 'services_order',
            objectId: id,
            districtId: home.districtId,
            detail: { itemId: item?.id ?? null, list: item?.list ?? 'resident' },
          });
          const o = (await repo.findOrder(trx, id))!;
          await tell(trx, o, actor.userId, 'placed', `您的点单“${o.title}”已发布，等待社会组织接单`);
          return { id };
        }),
      );
      return result;
    },

    /** Orders as the view asks: mine (a resident), open (waiting, for an organisation), ours (accepted by it), all (officers). */
    async listOrders(ctx: RequestContext, q: z.infer<typeof orderQuery>) {
      const actor = requirePermission(ctx, 'services.read');
      const path = q.nodeId ? await grantedPath(db, actor, q.nodeId) : undefined;
      const myOrg = q.view === 'open' || q.view === 'ours' ? await requireOrg(orgs, ctx) : null;
      const view: repo.OrdersView =
        q.view === 'mine'
          ? { view: 'mine', userId: actor.userId }
          : q.view === 'ours'
            ? { view: 'ours', orgId: myOrg!.id }
            : q.view === 'open'
              ? { view: 'open', orgId: myOrg!.id, scope: scopePaths(actor, 'services.accept') }
              : { view: 'all', scope: scopePaths(actor, 'services.manage') };
      const page = await repo.findOrders(db, view, {
        state: q.state,
        path,
        limit: q.limit,
        offset: q.offset,
      });
      const mine = myOrg ?? (can(actor, 'services.accept') ? await orgs.staffOrg(actor.userId) : null);
      return { items: page.items.map((o) => orderView(o, ctx, mine, pii)), total: page.total };
    },

    /** One order as the reader may see it. */
    async getOrder(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'services.read');
      const o = await visibleOrder(ctx, id);
      const mine = can(ctx.actor, 'services.accept') ? await orgs.staffOrg(ctx.actor!.userId) : null;
      return orderView(o, ctx, mine, pii);
    },

    /**
     * Takes a step on an order: accept or deliver (the organisation's staff), rate or cancel (the
     * resident). The accept is one conditional UPDATE, so of two organisations the first wins; a
     * step already taken the same way answers `replayed: true`, one taken otherwise is 409.
     */
    async act(
      ctx: RequestContext,
      id: string,
      input: z.infer<typeof actionBody>,
      key?: string,
    ): Promise<z.infer<typeof actionResult>> {
      const action = input.action as OrderAction;
      const rule = ORDER_MACHINE[action];
      const actor = requirePermission(ctx, rule.by === 'org' ? 'services.accept' : 'services.order');
      if (action === 'rate' && !input.rating)
        throw new InvalidError([{ field: 'rating', key: 'services.required' }]);
      const myOrg = rule.by === 'org' ? await requireOrg(orgs, ctx) : null;
      return db.transaction().execute(async (trx) => {
        const { result, replayed } = await withIdempotency(
          trx,
          { userId: actor.userId, key, payload: { id, ...input } },
          async () => {
            const o = await visibleOrder(ctx, id, trx, action !== 'accept', action === 'accept');
            if (rule.by === 'resident' && o.resident_user_id !== actor.userId) throw new NotFoundError();
            if (rule.by === 'org' && !can(actor, 'services.accept', o.path)) throw new NotFoundError();
            if (!(rule.from as readonly string[]).includes(o.state)) {
              // the same step sent again by the same party: answer as the first time
              const same =
                (action === 'accept' && o.org_id === myOrg!.id && o.state !== 'open') ||
                (action === 'deliver' &&
                  o.org_id === myOrg!.id &&
                  ['delivered', 'rated'].includes(o.state)) ||
                (action === 'rate' && o.state === 'rated' && o.rating === input.rating) ||
                (action === 'cancel' && o.state === 'cancelled');
              if (same) return { state: o.state as 'open', replayed: true };
              throw new ConflictError(
                action === 'accept'
                  ? 'services.taken'
                  : action === 'rate' && o.state === 'rated'
                    ? 'services.rated_already'
                    : 'services.wrong_state',
              );
            }
            if (action === 'accept') {
              const won = await repo.acceptOrder(trx, {
                districtId: o.district_id,
                id: o.id,
                orgId: myOrg!.id,
                orgName: myOrg!.name,
                userId: actor.userId,
              });
              if (!won) {
                const now = await repo.findOrder(trx, o.id);
                if (now?.org_id === myOrg!.id) return { state: 'accepted' as const, replayed: true };
                throw new ConflictError('services.taken');
              }
            } else {
              if (rule.by === 'org' && o.org_id !== myOrg!.id) throw new NotFoundError();
              const now = new Date();
              const set =
                action === 'deliver'
                  ? { state: 'delivered', delivered_at: now, delivery_note: input.note ?? '' }
                  : action === 'rate'
                    ? {
                        state: 'rated',
                        rating: input.rating!,
                        rating_comment: input.comment ?? '',
                        rated_at: now,
                      }
                    : { state: 'cancelled', cancelled_at: now };
              if (!(await repo.moveOrder(trx, o.district_id, o.id, o.state, set)))
                throw new ConflictError('services.wrong_state');
            }
            const after = (await repo.findOrder(trx, o.id))!;
            await auditor.append(trx, ctx, {
              action: `services.${action}`,
              objectType: 'services_order',
              objectId: o.id,
              districtId: o.district_id,
              detail: { orgId: after.org_id, ...(action === 'rate' ? { rating: input.rating } : {}) },
            });
            if (action === 'accept')
              await tell(
                trx,
                after,
                after.resident_user_id,
                'accepted',
                `您的点单“${after.title}”已由${after.org_name}接单`,
              );
            if (action === 'deliver')
              await tell(
                trx,
                after,
                after.resident_user_id,
                'delivered',
                `“${after.title}”已服务完成，请评价`,
              );
            if (action === 'rate') {
              await tell(trx, after, after.resident_user_id, 'rated', `感谢您对“${after.title}”的评价`, {
                rating: input.rating,
              });
              if (after.accepted_by)
                await tell(
                  trx,
                  after,
                  after.accepted_by,
                  'org_rated',
                  `“${after.title}”获得居民评价：${input.rating} 星`,
                  {
                    rating: input.rating,
                  },
                );
            }
            return { state: after.state as 'open', replayed: false };
          },
        );
        return replayed ? { ...result, replayed: true } : result;
      });
    },

    /** The nodes over the actor's homes (items there reach them). */
    pathsAbove,
  };
}
