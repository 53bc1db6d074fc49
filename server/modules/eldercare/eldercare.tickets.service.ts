/**
 * Service tickets 服务工单 of 一老一小 (seed 001 设置“服务工单”): a resident asks a station for a
 * service, the community assigns it, whoever serves marks it done, the resident rates it. Names and
 * phones go out masked; the phone is kept encrypted.
 */
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { phoneColumns } from '../../platform/pii/phone.ts';
import { maskName } from '../../platform/pii/pii.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { checkUpdated, type EldercareCore, type EldercareDeps } from './eldercare.core.ts';
import * as repo from './eldercare.repository.ts';
import {
  ticketActions,
  ticketMove,
  ticketNumber,
  type TicketActor,
  type TicketState,
} from './eldercare.rules.ts';
import type { moveBody, ticketBody, ticketView } from './eldercare.schemas.ts';

/** Builds the ticket verbs. */
export function createTicketsService(deps: EldercareDeps & { core: EldercareCore }) {
  const { db, auditor, pii } = deps;

  /** The parts the actor plays on a ticket. */
  function rolesOn(ctx: RequestContext, x: repo.TicketRow): TicketActor[] {
    const me = ctx.actor?.userId;
    const r: TicketActor[] = [];
    if (can(ctx.actor, 'eldercare.manage', x.path)) r.push('manage', 'serve');
    else if (can(ctx.actor, 'eldercare.serve', x.path) || (me && x.assignee_user_id === me)) r.push('serve');
    if (me && x.requester_user_id === me) r.push('requester');
    return r;
  }

  const out = (ctx: RequestContext, x: repo.TicketRow): z.infer<typeof ticketView> => ({
    id: x.id,
    number: x.number,
    stationId: x.station_id,
    stationName: x.station_name,
    stationKind: x.station_kind as never,
    nodeName: x.node_name,
    service: x.service,
    description: x.description,
    requesterName: maskName(x.requester_name),
    phone: x.phone_mask,
    state: x.state as TicketState,
    assigneeName: x.assignee_name,
    doneNote: x.done_note,
    rating: x.rating,
    ratingComment: x.rating_comment,
    createdAt: x.created_at.toISOString(),
    doneAt: x.done_at?.toISOString() ?? null,
    version: x.version,
    actions: ticketActions(x.state as TicketState, rolesOn(ctx, x)),
  });

  /** A ticket the actor plays a part on; 404 otherwise. */
  async function visibleTicket(ctx: RequestContext, id: string, exec: Executor = db, lock = false) {
    requirePermission(ctx, 'eldercare.read');
    const x = await repo.findTicket(exec, id, lock);
    if (!x || rolesOn(ctx, x).length === 0) throw new NotFoundError();
    return x;
  }

  async function tell(
    trx: Executor,
    x: repo.TicketRow,
    userId: string | null,
    key: string,
    params: Record<string, unknown>,
    title: string,
  ) {
    if (!userId) return;
    await deps.notify.send(trx, [
      {
        districtId: x.district_id,
        userId,
        kind: `eldercare.${key}`,
        title,
        titleKey: `eldercare.notice.${key}`,
        titleParams: { number: x.number, ...params },
        link: '/eldercare/tickets',
        objectType: 'eldercare_ticket',
        objectId: x.id,
      },
    ]);
  }

  return {
    /** Tickets: an officer's or server's in scope, a resident's own. */
    async listTickets(
      ctx: RequestContext,
      q: { nodeId?: string; stationId?: string; state?: TicketState; mine?: boolean },
    ) {
      const actor = requirePermission(ctx, 'eldercare.read');
      const paths = [...scopePaths(actor, 'eldercare.manage'), ...scopePaths(actor, 'eldercare.serve')];
      const states = q.state ? [q.state] : undefined;
      let rows: repo.TicketRow[] = [];
      if (!q.mine && paths.length) {
        const roots = q.nodeId ? await deps.core.roots(ctx, 'eldercare.read', q.nodeId) : paths;
        const inside = roots.filter((r) => paths.some((p) => r.startsWith(p)));
        rows = await repo.findTickets(db, {
          inScope: nodeInPaths('t.node_id', inside),
          stationId: q.stationId,
          states,
        });
      }
      if (q.mine || !paths.length) {
        const mine = await repo.findTickets(db, { requester: actor.userId, stationId: q.stationId, states });
        const assigned = await repo.findTickets(db, {
          assignee: actor.userId,
          stationId: q.stationId,
          states,
        });
        const seen = new Set<string>();
        rows = [...mine, ...assigned].filter((r) => !seen.has(r.id) && seen.add(r.id));
      }
      return rows.map((x) => out(ctx, x));
    },

    /** A resident asks a station for a service (idempotent for phones); the community is told. */
    async requestTicket(ctx: RequestContext, b: z.infer<typeof ticketBody>, key?: string) {
      const actor = requirePermission(ctx, 'eldercare.request');
      return db.transaction().execute(async (trx) => {
        const s = await repo.findStation(trx, b.stationId);
        if (!s || !can(actor, 'eldercare.request', s.path)) throw new NotFoundError();
        if (!s.active) throw new ConflictError('eldercare.station_closed');
        const phone = phoneColumns(pii, b.phone, { field: 'phone', key: 'eldercare.bad_phone' });
        const { result } = await withIdempotency(trx, { userId: actor.userId, key, payload: b }, async () => {
          const id = uuidv7();
          const number = ticketNumber(shanghaiDay(), id);
          await repo.insertTicket(trx, {
            district_id: s.district_id,
            id,
            number,
            station_id: s.id,
            node_id: s.node_id,
            service: b.service,
            description: b.description,
            requester_user_id: actor.userId,
            requester_name: b.contactName || actor.displayName,
            ...phone,
            state: 'requested',
          });
          await auditor.append(trx, ctx, {
            action: 'eldercare.ticket.request',
            objectType: 'eldercare_ticket',
            objectId: id,
            districtId: s.district_id,
            detail: { station: s.name, service: b.service },
          });
          await deps.notify.send(trx, [
            {
              districtId: s.district_id,
              nodeId: s.node_id,
              kind: 'eldercare.new',
              title: `新的服务工单 ${number}：${b.service}`,
              titleKey: 'eldercare.notice.new',
              titleParams: { number, service: b.service },
              link: '/eldercare/tickets',
              objectType: 'eldercare_ticket',
              objectId: id,
            },
          ]);
          return { id, number };
        });
        return result;
      });
    },

    /** Moves a ticket: assign (the community), complete (who serves), rate (the resident), cancel. */
    async moveTicket(ctx: RequestContext, id: string, b: z.infer<typeof moveBody>) {
      return db.transaction().execute(async (trx) => {
        const x = await visibleTicket(ctx, id, trx, true);
        if (x.version !== b.version) throw new ConflictError('eldercare.stale');
        const roles = rolesOn(ctx, x);
        const to = ticketMove(x.state as TicketState, b.action, roles);
        if (!to) {
          // the move exists from here but not for this actor: 403; otherwise the state is wrong: 409
          if (ticketMove(x.state as TicketState, b.action, ['manage', 'serve', 'requester']))
            throw new ForbiddenError(
              b.action === 'rate' || b.action === 'cancel' ? 'eldercare.not_yours' : undefined,
            );
          throw new ConflictError('eldercare.wrong_state');
        }
        if (b.action === 'assign' && !b.assigneeName)
          throw new InvalidError([{ field: 'assigneeName', key: 'eldercare.assignee_required' }]);
        if (b.action === 'rate' && !b.rating)
          throw new InvalidError([{ field: 'rating', key: 'eldercare.rating_required' }]);
        const now = new Date();
        const set =
          b.action === 'assign'
            ? {
                state: to,
                assignee_name: b.assigneeName!,
                assignee_user_id: b.assigneeUserId ?? null,
                assigned_at: now,
              }
            : b.action === 'complete'
              ? { state: to, done_at: now, done_note: b.note ?? '' }
              : b.action === 'rate'
                ? { state: to, rating: b.rating!, rating_comment: b.note ?? '', rated_at: now }
                : { state: to };
        checkUpdated(await repo.updateTicket(trx, x.district_id, x.id, x.version, set));
        await auditor.append(trx, ctx, {
          action: `eldercare.ticket.${b.action}`,
          objectType: 'eldercare_ticket',
          objectId: x.id,
          districtId: x.district_id,
          detail: { from: x.state, to, rating: b.rating },
        });
        if (b.action === 'assign') {
          await tell(
            trx,
            x,
            x.requester_user_id,
            'assigned',
            { name: b.assigneeName },
            `服务工单 ${x.number} 已派单`,
          );
          if (b.assigneeUserId && b.assigneeUserId !== ctx.actor!.userId)
            await tell(
              trx,
              x,
              b.assigneeUserId,
              'assigned',
              { name: b.assigneeName },
              `服务工单 ${x.number} 已派给您`,
            );
        }
        if (b.action === 'complete')
          await tell(trx, x, x.requester_user_id, 'done', {}, `服务工单 ${x.number} 已完成，请评价`);
        return out(ctx, (await repo.findTicket(trx, id))!);
      });
    },
  };
}
