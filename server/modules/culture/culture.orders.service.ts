/**
 * Performance orders 点演 (seed 003: 46 troupes, 460+ performances a year, 166,000+ person-times):
 * a community orders a programme for a day and half-day (a troupe is never booked twice on one
 * half-day: a unique index, a 409); the troupe accepts or declines, performs and records the
 * audience and the volunteers who served; the community rates it. Orders come from phones: an
 * Idempotency-Key is honoured.
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import type { z } from 'zod';
import { checkUpdated, leads, todayOf, type CultureDeps } from './culture.core.ts';
import * as repo from './culture.repository.ts';
import * as starsRepo from './culture.stars.repository.ts';
import { ORDER_MOVES, orderActions, orderDayProblem, type OrderState, type Side } from './culture.rules.ts';
import type { orderBody, orderMoveBody } from './culture.schemas.ts';

/** The sides the actor takes on an order: the ordering community's, the troupe's, both or none. */
export function sidesOf(ctx: RequestContext, o: repo.OrderRow): Side[] {
  const out: Side[] = [];
  if (can(ctx.actor, 'culture.order', o.path)) out.push('community');
  if (leads(ctx, { leader_user_id: o.leader_user_id, path: o.team_path })) out.push('troupe');
  return out;
}

/** Builds the order verbs. */
export function createOrdersService(deps: CultureDeps) {
  const { db } = deps;

  const view = (ctx: RequestContext, o: repo.OrderRow) => ({
    id: o.id,
    nodeId: o.node_id,
    nodeName: o.node_name,
    programmeId: o.programme_id,
    programmeTitle: o.programme_title,
    teamId: o.team_id,
    teamName: o.team_name,
    onDay: o.on_day,
    half: o.half as 'am',
    place: o.place,
    state: o.state as OrderState,
    note: o.note,
    audience: o.audience,
    rating: o.rating,
    comment: o.comment,
    version: o.version,
    actions: orderActions(o.state as OrderState, sidesOf(ctx, o), o.on_day, todayOf(deps)),
  });

  /** The teams whose orders the actor answers: those it leads and those under its manage grants. */
  async function troupeTeams(exec: Executor, ctx: RequestContext) {
    const led = ctx.actor ? await repo.teamsLedBy(exec, ctx.actor.userId) : [];
    const roots = scopePaths(ctx.actor, 'culture.manage');
    const districtIds = [...new Set(ctx.actor?.grants.map((g) => g.districtId) ?? [])];
    const managed = roots.length ? await repo.findTeams(exec, { districtIds, under: roots }) : [];
    return [...new Set([...led, ...managed.map((t) => t.id)])];
  }

  return {
    troupeTeams,

    /** Orders a programme for a community in the actor's scope. */
    async order(ctx: RequestContext, b: z.infer<typeof orderBody>, idempotencyKey?: string) {
      const actor = requirePermission(ctx, 'culture.order');
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key: idempotencyKey, payload: b },
          async () => {
            const node = await nodeFor(trx, ctx, b.nodeId, 'culture.order');
            const p = await repo.findProgramme(trx, b.programmeId);
            if (!p || p.district_id !== node.district_id)
              throw new InvalidError([{ field: 'programmeId', key: 'culture.no_such_programme' }]);
            const dayProblem = orderDayProblem(b.onDay, todayOf(deps));
            if (dayProblem) throw new InvalidError([{ field: 'onDay', key: `culture.${dayProblem}` }]);
            if (await repo.halfDayTaken(trx, p.district_id, p.team_id, b.onDay, b.half))
              throw new ConflictError('culture.half_day_taken');
            const id = uuidv7();
            await repo
              .insertOrders(trx, [
                {
                  district_id: node.district_id,
                  id,
                  node_id: node.id,
                  programme_id: p.id,
                  team_id: p.team_id,
                  on_day: b.onDay,
                  half: b.half,
                  place: b.place,
                  state: 'ordered',
                  note: b.note,
                  ordered_by: actor.userId,
                },
              ])
              .catch((e: { code?: string }) => {
                if (e.code === '23505') throw new ConflictError('culture.half_day_taken');
                throw e;
              });
            await deps.auditor.append(trx, ctx, {
              action: 'culture.order.create',
              objectType: 'culture_order',
              objectId: id,
              districtId: node.district_id,
              detail: { programme: p.id, team: p.team_id, on: b.onDay, half: b.half },
            });
            const team = (await repo.findTeam(trx, p.team_id))!;
            const params = { node: node.name, title: p.title, day: b.onDay };
            await deps.notify.send(trx, [
              {
                districtId: node.district_id,
                ...(team.leader_user_id ? { userId: team.leader_user_id } : { nodeId: team.node_id }),
                kind: 'culture.ordered',
                title: t('zh-CN', 'culture.notice.ordered', params),
                titleKey: 'culture.notice.ordered',
                titleParams: params,
                link: '/culture/orders?side=troupe',
                objectType: 'culture_order',
                objectId: id,
              },
            ]);
            return { id, state: 'ordered' as const };
          },
        );
        return result;
      });
    },

    /** The orders the actor placed (community side) or must answer (troupe side). */
    async orders(ctx: RequestContext, q: { side?: Side; state?: string }) {
      const side = q.side ?? (can(ctx.actor, 'culture.order') ? 'community' : 'troupe');
      if (side === 'community') {
        requirePermission(ctx, 'culture.order');
        const rows = await repo.findOrders(db, {
          under: scopePaths(ctx.actor, 'culture.order'),
          state: q.state,
        });
        return { orders: rows.map((o) => view(ctx, o)) };
      }
      requirePermission(ctx, 'culture.lead');
      const rows = await repo.findOrders(db, { teamIds: await troupeTeams(db, ctx), state: q.state });
      return { orders: rows.map((o) => view(ctx, o)) };
    },

    /** Moves an order: accept, decline, cancel, perform (audience and who served), rate. */
    async move(ctx: RequestContext, id: string, b: z.infer<typeof orderMoveBody>) {
      requirePermission(ctx, 'culture.read');
      return db.transaction().execute(async (trx) => {
        const o = await repo.findOrder(trx, id, true);
        const sides = o ? sidesOf(ctx, o) : [];
        if (!o || sides.length === 0) throw new NotFoundError();
        if (!sides.includes(ORDER_MOVES[b.action].by)) throw new NotFoundError();
        if (!orderActions(o.state as OrderState, sides, o.on_day, todayOf(deps)).includes(b.action))
          throw new ConflictError('culture.wrong_state');
        const move = ORDER_MOVES[b.action];
        const set: Parameters<typeof repo.updateOrder>[2] = { state: move.to };
        if (b.action === 'perform') {
          if (b.audience === undefined)
            throw new InvalidError([{ field: 'audience', key: 'culture.audience_required' }]);
          set.audience = b.audience;
          const members = new Set((await repo.findMembers(trx, o.district_id, o.team_id)).map((m) => m.id));
          const strangers = b.served.findIndex((s) => !members.has(s.memberId));
          if (strangers >= 0)
            throw new InvalidError([{ field: `served.${strangers}.memberId`, key: 'culture.not_a_member' }]);
          const byLead = o.leader_user_id === ctx.actor!.userId;
          await starsRepo.insertHours(
            trx,
            b.served.map((s) => ({
              district_id: o.district_id,
              id: uuidv7(),
              member_id: s.memberId,
              team_id: o.team_id,
              order_id: o.id,
              duty: o.programme_title,
              served_on: o.on_day,
              hours: s.hours,
              state: byLead ? 'confirmed' : 'pending',
              confirmed_by: byLead ? ctx.actor!.userId : null,
            })),
          );
        }
        if (b.action === 'rate') {
          if (b.rating === undefined)
            throw new InvalidError([{ field: 'rating', key: 'culture.rating_required' }]);
          set.rating = b.rating;
          set.comment = b.note;
        } else if (b.note) set.note = b.note;
        checkUpdated(await repo.updateOrder(trx, { districtId: o.district_id, id, version: b.version }, set));
        await deps.auditor.append(trx, ctx, {
          action: `culture.order.${b.action}`,
          objectType: 'culture_order',
          objectId: id,
          districtId: o.district_id,
          detail: {
            from: o.state,
            to: move.to,
            audience: b.audience,
            rating: b.rating,
            served: b.served.length,
          },
        });
        const toCommunity = move.by === 'troupe';
        const params = { title: o.programme_title, day: o.on_day, team: o.team_name, node: o.node_name };
        await deps.notify.send(trx, [
          {
            districtId: o.district_id,
            ...(toCommunity
              ? { nodeId: o.node_id }
              : o.leader_user_id
                ? { userId: o.leader_user_id }
                : { nodeId: o.team_node_id }),
            kind: `culture.${b.action}`,
            title: t('zh-CN', `culture.notice.${b.action}`, params),
            titleKey: `culture.notice.${b.action}`,
            titleParams: params,
            link: toCommunity ? '/culture/orders' : '/culture/orders?side=troupe',
            objectType: 'culture_order',
            objectId: id,
          },
        ]);
        return { ok: true as const };
      });
    },
  };
}
