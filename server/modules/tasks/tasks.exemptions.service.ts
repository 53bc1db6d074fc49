/** 容错 exemptions: a unit applies before its accountability order is issued; the organisation department grants or refuses. */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { TasksCore } from './tasks.core.ts';
import * as ordersRepo from './tasks.orders.repository.ts';
import * as repo from './tasks.repository.ts';
import {
  assertTransition,
  EXEMPTION_MACHINE,
  ORDER_MACHINE,
  type ExemptionStatus,
  type OrderStatus,
} from './tasks.rules.ts';
import { exemptionView } from './tasks.views.ts';

/** Builds the exemption verbs. */
export function createExemptions(deps: { core: TasksCore; auditor: Auditor }) {
  const { core, auditor } = deps;
  const { db } = core;

  return {
    /** Exemption applications on an order. */
    async exemptions(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'tasks.read');
      const { order } = await core.visibleOrder(ctx, id);
      const rows = await ordersRepo.exemptionsOfOrder(db, order.district_id, id);
      return rows.map(exemptionView);
    },

    /** The unit applies for 容错 exemption before the accountability order is issued. */
    async applyExemption(
      ctx: RequestContext,
      input: { orderId: string; grounds: string; innovation: string },
    ) {
      const actor = requirePermission(ctx, 'tasks.exempt');
      return db.transaction().execute(async (trx) => {
        const order = await repo.findOrder(trx, input.orderId, true);
        if (!order) throw new NotFoundError();
        const task = (await repo.findTask(trx, order.task_id))!;
        if (!(await core.isOwnUnit(trx, actor, task, 'tasks.exempt'))) throw new NotFoundError();
        if (order.type !== 'accountability') throw new ConflictError('tasks.exemption_only_accountability');
        assertTransition(ORDER_MACHINE, order.status as OrderStatus, 'exempt');
        const id = uuidv7();
        const r = await ordersRepo.insertExemption(trx, {
          district_id: order.district_id,
          id,
          task_id: order.task_id,
          order_id: order.id,
          applicant_user_id: actor.userId,
          grounds: input.grounds,
          innovation: input.innovation,
        });
        if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) throw new ConflictError('tasks.exemption_pending');
        await auditor.append(trx, ctx, {
          action: 'tasks.exemption.apply',
          objectType: 'tasks_exemption',
          objectId: id,
          districtId: order.district_id,
          detail: { orderId: order.id, taskId: order.task_id },
        });
        return { id };
      });
    },

    /** The organisation department grants (the draft is dismissed) or refuses an exemption, with reasons. */
    async decideExemption(
      ctx: RequestContext,
      id: string,
      input: { decision: 'grant' | 'refuse'; reason: string },
    ) {
      requirePermission(ctx, 'tasks.manage');
      const x0 = await ordersRepo.findExemptionKey(db, id);
      if (!x0 || !can(ctx.actor, 'tasks.manage', await core.pathOf(x0.district_id)))
        throw new NotFoundError();
      return db.transaction().execute(async (trx) => {
        const order = (await repo.findOrder(trx, x0.order_id, true))!;
        const x = (await ordersRepo.lockExemption(trx, x0.district_id, id))!;
        const to = assertTransition(EXEMPTION_MACHINE, x.status as ExemptionStatus, input.decision);
        if (input.decision === 'grant') {
          const dismissed = assertTransition(ORDER_MACHINE, order.status as OrderStatus, 'dismiss');
          await ordersRepo.markOrderDismissed(trx, order, {
            status: dismissed,
            decision_reason: `容错免责：${input.reason}`,
            version: order.version + 1,
          });
          await auditor.append(trx, ctx, {
            action: 'tasks.order.dismiss',
            objectType: 'tasks_order',
            objectId: order.id,
            districtId: order.district_id,
            detail: { reason: input.reason, exemptionId: id },
          });
        }
        const updated = await ordersRepo.decideExemptionRow(trx, x, {
          status: to,
          decision_reason: input.reason,
          decided_by: ctx.actor!.userId,
        });
        await auditor.append(trx, ctx, {
          action: `tasks.exemption.${input.decision}`,
          objectType: 'tasks_exemption',
          objectId: id,
          districtId: x.district_id,
          detail: { reason: input.reason, orderId: order.id },
        });
        return exemptionView(updated);
      });
    },
  };
}
