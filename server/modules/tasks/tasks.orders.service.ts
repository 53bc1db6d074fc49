/**
 * The orders 三令: the register (and as a workbook), officers' drafts, edits, issuing with the next
 * gapless number, dismissal, acknowledgement, the printable page and PDF, and the consequences an
 * issued order led to.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { scopePaths } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, DomainError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { TasksCore } from './tasks.core.ts';
import type { OrderDocument } from './tasks.documents.ts';
import * as ordersRepo from './tasks.orders.repository.ts';
import * as repo from './tasks.repository.ts';
import {
  assertCommendable,
  assertTransition,
  ORDER_MACHINE,
  type EvalStatus,
  type OrderStatus,
  type OrderType,
} from './tasks.rules.ts';
import type { ConsequenceKind, Indicator } from './tasks.schemas.ts';
import { consequenceView, endOfDay, startOfDay, type OrdersQuery } from './tasks.views.ts';
import { insertOrder, type createTasksWrites } from './tasks.writes.ts';

/** Builds the order verbs. */
export function createOrders(deps: {
  core: TasksCore;
  writes: ReturnType<typeof createTasksWrites>;
  auditor: Auditor;
}) {
  const { core, writes, auditor } = deps;
  const { db } = core;

  /**
   * An order the actor manages, locked for a move: 404 outside the actor's reach, 409 when the move
   * is not allowed from its state or the version the client saw is stale. The order and its new state.
   */
  async function lockManagedOrderFor(
    ctx: RequestContext,
    trx: Executor,
    id: string,
    move: 'edit' | 'issue' | 'dismiss',
    version: number,
  ) {
    const order = await core.lockManagedOrder(ctx, trx, id);
    const to = assertTransition(ORDER_MACHINE, order.status as OrderStatus, move);
    if (order.version !== version) throw new ConflictError('error.stale');
    return { order, to };
  }

  /** An order as it stands after a change in the transaction, as the actor sees it. */
  async function orderViewAfter(trx: Executor, ctx: RequestContext, id: string) {
    return (await core.orderViews([(await repo.findOrder(trx, id))!], trx, ctx.actor))[0];
  }

  async function documentOf(ctx: RequestContext, id: string): Promise<OrderDocument> {
    requirePermission(ctx, 'tasks.read');
    const { order, task } = await core.visibleOrder(ctx, id);
    const ms = await repo.milestonesOf(db, task.district_id, [task.id]);
    const units = await repo.unitsOf(db, [task.id]);
    return {
      typeName: core.typeName(order.type as OrderType),
      type: order.type as OrderType,
      status: order.status as OrderStatus,
      number: order.number,
      title: order.title,
      body: order.body,
      taskTitle: task.title,
      goal: task.goal,
      units: units.map((u) => u.name),
      commander: order.commander_name,
      indicators: ((task.indicators as Indicator[]) ?? []).map((i) => `${i.name}：${i.target}${i.unit}`),
      milestones: ms.map((m) => ({ title: m.title, due: m.due_date, weight: Number(m.weight) })),
      deadline: task.deadline,
      issuedOn: order.issued_at ? shanghaiDay(new Date(order.issued_at)) : null,
    };
  }

  /** The register of orders (drafts only to managers), filtered by type, status, unit and date. */
  async function orders(ctx: RequestContext, q: OrdersQuery) {
    const actor = requirePermission(ctx, 'tasks.read');
    const rows = await ordersRepo.ordersInScope(
      db,
      scopePaths(actor, 'tasks.manage'),
      scopePaths(actor, 'tasks.read'),
      {
        ...q,
        from: q.from ? startOfDay(q.from) : undefined,
        to: q.to ? endOfDay(q.to) : undefined,
      },
    );
    return core.orderViews(rows, db, ctx.actor);
  }

  return {
    orders,

    /** The register as an Excel workbook. */
    async exportOrders(ctx: RequestContext, q: OrdersQuery) {
      const rows = await orders(ctx, q);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const uses = await ordersRepo.consequencesOfOrders(db, [...byId.keys()]);
      const { ordersWorkbook } = await import('./tasks.export.ts');
      return ordersWorkbook(
        rows,
        uses.map((c) => ({
          orderNumber: byId.get(c.order_id)!.number,
          orderTitle: byId.get(c.order_id)!.title,
          kind: c.kind,
          points: Number(c.points),
          note: c.note,
          subject: c.node_name ?? (c.subject_person_id ? (byId.get(c.order_id)!.commanderName ?? '') : ''),
        })),
      );
    },

    /** One order. */
    async getOrder(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'tasks.read');
      const { order } = await core.visibleOrder(ctx, id);
      return (await core.orderViews([order], db, ctx.actor))[0];
    },

    /** An officer drafts a commendation or accountability order (a commendation never for a red task). */
    async draftOrder(
      ctx: RequestContext,
      input: {
        taskId: string;
        type: 'commendation' | 'accountability';
        title?: string;
        body?: string;
        reason: string;
      },
    ) {
      requirePermission(ctx, 'tasks.manage');
      const t0 = await repo.findTask(db, input.taskId);
      if (
        !t0 ||
        t0.kind !== 'list_task' ||
        !can(ctx.actor, 'tasks.manage', await core.pathOf(t0.district_id))
      )
        throw new NotFoundError();
      return db.transaction().execute(async (trx) => {
        const task = (await repo.findTask(trx, input.taskId, true))!;
        if (task.status !== 'awarded' && task.status !== 'completed')
          throw new ConflictError('tasks.task_not_in_progress');
        if (input.type === 'commendation') assertCommendable(task.eval_status as EvalStatus | null);
        const open = await ordersRepo.liveOrderOfType(trx, task, input.type);
        if (open) throw new ConflictError('tasks.order_exists');
        const units = await repo.unitsOf(trx, [task.id]);
        const id = await insertOrder(trx, task, {
          type: input.type,
          origin: 'officer',
          title: input.title,
          body: input.body,
          reason: input.reason,
          lead: units.find((u) => u.lead) ?? null,
          unitsText: units.map((u) => u.name).join('、'),
        });
        await auditor.append(trx, ctx, {
          action: 'tasks.order.draft',
          objectType: 'tasks_order',
          objectId: id,
          districtId: task.district_id,
          detail: { type: input.type, taskId: task.id, reason: input.reason },
        });
        return orderViewAfter(trx, ctx, id);
      });
    },

    /** Edits a draft order's title or text, with a reason. */
    async editOrder(
      ctx: RequestContext,
      id: string,
      input: { title?: string; body?: string; reason: string; version: number },
    ) {
      requirePermission(ctx, 'tasks.manage');
      return db.transaction().execute(async (trx) => {
        const { order } = await lockManagedOrderFor(ctx, trx, id, 'edit', input.version);
        await ordersRepo.updateOrderText(trx, order, {
          title: input.title ?? order.title,
          body: input.body ?? order.body,
          version: order.version + 1,
        });
        await auditor.append(trx, ctx, {
          action: 'tasks.order.edit',
          objectType: 'tasks_order',
          objectId: id,
          districtId: order.district_id,
          detail: { reason: input.reason, title: input.title !== undefined, body: input.body !== undefined },
        });
        return orderViewAfter(trx, ctx, id);
      });
    },

    /** An officer issues a draft (the official number is taken now), with a reason. */
    async issueOrder(ctx: RequestContext, id: string, input: { reason: string; version: number }) {
      requirePermission(ctx, 'tasks.manage');
      const o0 = await repo.findOrder(db, id);
      if (!o0) throw new NotFoundError();
      const dName = await core.districtName(ctx, o0.district_id);
      return db.transaction().execute(async (trx) => {
        const { order } = await lockManagedOrderFor(ctx, trx, id, 'issue', input.version);
        const task = (await repo.findTask(trx, order.task_id, true))!;
        if (order.type === 'commendation') assertCommendable(task.eval_status as EvalStatus | null);
        if (order.type === 'accountability') {
          const pending = await ordersRepo.pendingExemptionOf(trx, order.district_id, id);
          if (pending) throw new ConflictError('tasks.exemption_pending');
        }
        await writes.issueInTrx(
          trx,
          ctx,
          { ...order, type: order.type as OrderType },
          task,
          input.reason,
          dName,
        );
        return orderViewAfter(trx, ctx, id);
      });
    },

    /** An officer dismisses a draft, with a reason. */
    async dismissOrder(ctx: RequestContext, id: string, input: { reason: string; version: number }) {
      requirePermission(ctx, 'tasks.manage');
      return db.transaction().execute(async (trx) => {
        const { order, to } = await lockManagedOrderFor(ctx, trx, id, 'dismiss', input.version);
        await ordersRepo.markOrderDismissed(trx, order, {
          status: to,
          decision_reason: input.reason,
          version: order.version + 1,
        });
        await auditor.append(trx, ctx, {
          action: 'tasks.order.dismiss',
          objectType: 'tasks_order',
          objectId: id,
          districtId: order.district_id,
          detail: { reason: input.reason, type: order.type },
        });
        return orderViewAfter(trx, ctx, id);
      });
    },

    /** The leader (or the unit) acknowledges receipt of an issued order. */
    async acknowledgeOrder(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'tasks.acknowledge');
      return db.transaction().execute(async (trx) => {
        const order = await repo.findOrder(trx, id, true);
        if (!order) throw new NotFoundError();
        const task = (await repo.findTask(trx, order.task_id))!;
        const mine =
          order.commander_account_id === actor.userId ||
          (await core.isOwnUnit(trx, actor, task, 'tasks.acknowledge'));
        if (!mine) throw new NotFoundError();
        assertTransition(ORDER_MACHINE, order.status as OrderStatus, 'acknowledge');
        const r = await ordersRepo.insertAcknowledgement(trx, order.district_id, id, actor.userId);
        if (Number(r.numInsertedOrUpdatedRows ?? 0) > 0)
          await auditor.append(trx, ctx, {
            action: 'tasks.order.acknowledge',
            objectType: 'tasks_order',
            objectId: id,
            districtId: order.district_id,
          });
        return (await core.orderViews([order], trx, ctx.actor))[0];
      });
    },

    /** The printable A4 page of an order (official-document style). */
    async orderHtml(ctx: RequestContext, id: string) {
      const { orderHtml } = await import('./tasks.documents.ts');
      return orderHtml(await documentOf(ctx, id));
    },

    /** The order as a PDF (503 with a clear message when the server has no Chinese font). */
    async orderPdf(ctx: RequestContext, id: string) {
      const doc = await documentOf(ctx, id);
      const { orderPdf, findCjkFont } = await import('./tasks.documents.ts');
      const font = findCjkFont();
      if (!font) throw new DomainError(503, 'tasks.no_cjk_font');
      return { pdf: await orderPdf(doc, font), fileName: `${doc.number ?? doc.title}.pdf` };
    },

    /** Consequences recorded for an order. */
    async consequences(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'tasks.read');
      const { order } = await core.visibleOrder(ctx, id);
      const rows = await ordersRepo.consequencesOfOrder(db, order.district_id, id);
      return rows.map(consequenceView);
    },

    /** Records what an issued order led to: notice, score change, points, award, file entry. */
    async recordConsequences(
      ctx: RequestContext,
      id: string,
      input: {
        items: {
          kind: ConsequenceKind;
          points: number;
          note: string;
          subjectNodeId?: string | null;
          subjectPersonId?: string | null;
        }[];
      },
    ) {
      requirePermission(ctx, 'tasks.manage');
      return db.transaction().execute(async (trx) => {
        const order = await core.lockManagedOrder(ctx, trx, id);
        assertTransition(ORDER_MACHINE, order.status as OrderStatus, 'consequences');
        const rows = input.items.map((i) => ({
          district_id: order.district_id,
          id: uuidv7(),
          order_id: id,
          kind: i.kind,
          points: i.points,
          note: i.note,
          subject_node_id: i.subjectNodeId ?? order.unit_node_id,
          subject_person_id: i.subjectPersonId ?? order.commander_person_id,
          recorded_by: ctx.actor!.userId,
        }));
        const inserted = await ordersRepo.insertConsequences(trx, rows);
        await auditor.append(trx, ctx, {
          action: 'tasks.order.consequences',
          objectType: 'tasks_order',
          objectId: id,
          districtId: order.district_id,
          detail: { items: input.items.map((i) => ({ kind: i.kind, points: i.points })) },
        });
        return inserted.map(consequenceView);
      });
    },
  };
}
