/**
 * Applications to a 专班招募令: a cadre applies to one post of an open order with a statement (one
 * application per order and cadre, a retry answers the same one), withdraws before selection; the
 * organisation department shortlists, selects (with the day the member starts) or rejects, and the
 * applicant is told.
 */
import type { z } from 'zod';
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { rowFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { applicationOut, postsOf, todayOf, type TaskforcesDeps } from './taskforces.core.ts';
import * as repo from './taskforces.repository.ts';
import { applicationMove, orderOpen, type ApplicationState } from './taskforces.rules.ts';
import type { applyBody, decideBody } from './taskforces.schemas.ts';

/** Builds the application verbs; visibleOrder is the orders' own visibility check. */
export function createApplicationsService(
  deps: TaskforcesDeps & { visibleOrder: (ctx: RequestContext, id: string) => Promise<repo.OrderRow> },
) {
  const { db, auditor } = deps;

  return {
    /** A cadre applies to a post of an open order; applying again answers the same application. */
    async apply(ctx: RequestContext, orderId: string, b: z.infer<typeof applyBody>) {
      const actor = requirePermission(ctx, 'taskforces.apply');
      const o = await deps.visibleOrder(ctx, orderId);
      if (!actor.personId) throw new ConflictError('taskforces.not_cadre');
      const [cadre] = await deps.cadres.cadresOf(o.district_id, { personIds: [actor.personId] });
      if (!cadre) throw new ConflictError('taskforces.not_cadre');
      const earlier = await repo.findApplicationOf(db, o.district_id, o.id, actor.personId);
      if (earlier) return { id: earlier.id };
      if (!orderOpen({ openFrom: o.open_from, openTo: o.open_to, closed: o.closed }, todayOf(deps)))
        throw new ConflictError('taskforces.closed');
      if (!postsOf(o)[b.postIndex])
        throw new InvalidError([{ field: 'postIndex', key: 'taskforces.bad_post' }]);
      if (o.audience === 'retired' && !b.retiredLeader)
        throw new InvalidError([{ field: 'retiredLeader', key: 'taskforces.retired_only' }]);
      return db.transaction().execute(async (trx) => {
        // closed meanwhile (the department closing it early): no application after the closing
        if (await repo.orderClosedLocked(trx, o.district_id, o.id))
          throw new ConflictError('taskforces.closed');
        const id = uuidv7();
        const r = await repo.insertApplication(trx, {
          district_id: o.district_id,
          id,
          order_id: o.id,
          person_id: actor.personId!,
          person_name: cadre.name,
          unit_node_id: cadre.unitNodeId,
          user_id: actor.userId,
          post_index: b.postIndex,
          statement: b.statement,
          retired_leader: b.retiredLeader,
          state: 'applied',
        });
        if (!r.numInsertedOrUpdatedRows) {
          // a concurrent retry stored it first: the same application
          const same = await repo.findApplicationOf(trx, o.district_id, o.id, actor.personId!);
          return { id: same!.id };
        }
        await auditor.append(trx, ctx, {
          action: 'taskforces.apply',
          objectType: 'taskforces_application',
          objectId: id,
          districtId: o.district_id,
          detail: { order: o.number, post: b.postIndex, retiredLeader: b.retiredLeader },
        });
        return { id };
      });
    },

    /** The applicant withdraws their application before a decision on it. */
    async withdraw(ctx: RequestContext, id: string, version: number) {
      const actor = requirePermission(ctx, 'taskforces.apply');
      return db.transaction().execute(async (trx) => {
        const a = await repo.findApplication(trx, id, true);
        if (!a || !actor.personId || a.person_id !== actor.personId) throw new NotFoundError();
        if (a.version !== version) throw new ConflictError('taskforces.stale');
        const to = applicationMove(a.state as ApplicationState, 'withdraw', 'applicant');
        if (!to) throw new ConflictError('taskforces.wrong_state');
        const r = await repo.updateApplication(trx, a.district_id, a.id, a.version, { state: to });
        if (!r.numUpdatedRows) throw new ConflictError('taskforces.stale');
        await auditor.append(trx, ctx, {
          action: 'taskforces.withdraw',
          objectType: 'taskforces_application',
          objectId: a.id,
          districtId: a.district_id,
        });
        return applicationOut(ctx, (await repo.findApplication(trx, id))!);
      });
    },

    /** The department shortlists, selects (from a start day) or rejects an application; the applicant is told. */
    async decide(ctx: RequestContext, id: string, b: z.infer<typeof decideBody>) {
      return db.transaction().execute(async (trx) => {
        const a = await rowFor(ctx, 'taskforces.manage', () => repo.findApplication(trx, id, true));
        if (a.version !== b.version) throw new ConflictError('taskforces.stale');
        const to = applicationMove(a.state as ApplicationState, b.action, 'department');
        if (!to) throw new ConflictError('taskforces.wrong_state');
        if (b.action === 'reject' && !b.note)
          throw new InvalidError([{ field: 'note', key: 'taskforces.note_required' }]);
        if (b.action === 'select' && !b.startDate)
          throw new InvalidError([{ field: 'startDate', key: 'taskforces.start_required' }]);
        const r = await repo.updateApplication(trx, a.district_id, a.id, a.version, {
          state: to,
          decision_note: b.note ?? a.decision_note,
          decided_by: ctx.actor!.userId,
          decided_at: new Date(),
          start_date: b.action === 'select' ? b.startDate : null,
        });
        if (!r.numUpdatedRows) throw new ConflictError('taskforces.stale');
        await auditor.append(trx, ctx, {
          action: `taskforces.${b.action}`,
          objectType: 'taskforces_application',
          objectId: a.id,
          districtId: a.district_id,
          detail: { from: a.state, to, startDate: b.startDate ?? null },
        });
        if (a.user_id && (to === 'selected' || to === 'rejected'))
          await deps.notify.send(trx, [
            {
              districtId: a.district_id,
              userId: a.user_id,
              kind: 'taskforces.decided',
              title: `您报名的“${a.order_name}”：${to === 'selected' ? '已选用' : '未选用'}`,
              titleKey: 'taskforces.notice.decided',
              titleParams: { name: a.order_name, state: { $t: `taskforces.state.${to}` } },
              link: '/taskforces',
              objectType: 'taskforces_application',
              objectId: a.id,
            },
          ]);
        return applicationOut(ctx, (await repo.findApplication(trx, id))!);
      });
    },

    /** Applications: of an order (the department), or the actor's own (mine, or a cadre). */
    async applications(ctx: RequestContext, q: { orderId?: string; mine?: '0' | '1' }) {
      const actor = requirePermission(ctx, 'taskforces.read');
      const manage = scopePaths(actor, 'taskforces.manage');
      if (q.mine === '1' || !manage.length) {
        if (!actor.personId) return [];
        const rows = await repo.findApplicationsOfPerson(db, actor.personId, q.orderId);
        return rows.map((a) => applicationOut(ctx, a));
      }
      if (q.orderId) await deps.visibleOrder(ctx, q.orderId);
      const rows = await repo.findApplications(db, nodeInPaths('o.node_id', manage), { orderId: q.orderId });
      return rows.map((a) => applicationOut(ctx, a));
    },
  };
}
