/**
 * What every tasks use case shares: the org lookups, the scope checks (run as SQL on the caller's
 * executor), and the views of tasks and orders as the API shows them.
 */
import {
  can,
  requirePermission,
  scopePaths,
  type Actor,
  type RequestContext,
} from '../../platform/access/access.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { InvalidError, NotFoundError, nullWhenHidden } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import type { OrgService } from '../org/index.ts';
import * as ordersRepo from './tasks.orders.repository.ts';
import * as repo from './tasks.repository.ts';
import * as scope from './tasks.scope.repository.ts';
import type { EvalStatus, OrderStatus, OrderTrigger, OrderType, TaskStatus } from './tasks.rules.ts';
import type { TaskInput } from './tasks.schemas.ts';
import { iso, taskCode } from './tasks.views.ts';

/** The org module's reads the tasks module uses. */
export type TasksOrg = Pick<OrgService, 'pathOf' | 'get' | 'partyOrgs'>;

/** Builds the shared helpers. */
export function createTasksCore(deps: { db: Db; org: TasksOrg }) {
  const { db, org } = deps;

  /** The district node (404 when unknown or not a district). */
  async function districtNode(ctx: RequestContext, districtId: string) {
    const n = await org.get(ctx, districtId).catch(nullWhenHidden);
    if (!n || n.level !== 'district') throw new NotFoundError();
    return n;
  }

  /** The path of a node, or 404. */
  async function pathOf(nodeId: string): Promise<string> {
    const p = await org.pathOf(nodeId);
    if (!p) throw new NotFoundError();
    return p;
  }

  /** Requires action over the district (404 when the district is outside the actor's scope). */
  async function requireOver(ctx: RequestContext, action: string, districtId: string): Promise<Actor> {
    const actor = requirePermission(ctx, action);
    if (!can(actor, action, await pathOf(districtId))) throw new NotFoundError();
    return actor;
  }

  /** A node the actor acts for (holds action on it), with its name; 422 otherwise. */
  async function unitNode(ctx: RequestContext, nodeId: string, action: string, field: string) {
    const p = await org.pathOf(nodeId);
    if (!p || !can(ctx.actor, action, p)) throw new InvalidError([{ field, key: 'tasks.node_outside' }]);
    const n = await org.get(ctx, nodeId).catch(nullWhenHidden);
    if (!n) throw new InvalidError([{ field, key: 'tasks.node_outside' }]);
    return { id: n.id, name: n.name, districtId: n.districtId, path: p };
  }

  /** The district's name for official numbers, read before a transaction opens (404 outside scope). */
  async function districtName(ctx: RequestContext, districtId: string): Promise<string> {
    const d = await org.get(ctx, districtId).catch(nullWhenHidden);
    if (!d) throw new NotFoundError();
    return d.name;
  }

  /** Districts where the actor holds action (grants' districts). */
  const districtsOf = (actor: Actor | null, action: string) => [
    ...new Set((actor?.grants ?? []).filter((g) => can(actor, action, g.path)).map((g) => g.districtId)),
  ];

  /** SQL: tasks the actor may see (same rule as canSeeTask), for lists. */
  const taskScope = (actor: Actor | null) => scope.taskScope(actor, districtsOf(actor, 'tasks.read'));

  /** Whether the actor may manage a task. */
  async function canManageTask(exec: Executor, actor: Actor | null, task: repo.TaskRow): Promise<boolean> {
    return !!(await scope.managedTaskId(exec, actor, task));
  }

  /** Whether the actor acts (action) for one of the task's awarded units. */
  async function isOwnUnit(exec: Executor, actor: Actor | null, task: repo.TaskRow, action: string) {
    return !!(await scope.ownAwardUnit(exec, actor, task, action));
  }

  /**
   * Whether a task is visible: managers of its district; its own units (and a party project's
   * community); and any unit of the district while the task is open for claiming.
   */
  async function canSeeTask(exec: Executor, actor: Actor | null, task: repo.TaskRow): Promise<boolean> {
    return !!(await scope.visibleTaskId(exec, actor, task, districtsOf(actor, 'tasks.read')));
  }

  /** A task the actor may see, else 404. */
  async function visibleTask(ctx: RequestContext, id: string, exec: Executor = db, lock = false) {
    const task = await repo.findTask(exec, id, lock);
    if (!task || !(await canSeeTask(exec, ctx.actor, task))) throw new NotFoundError();
    return task;
  }

  /** An order the actor may see (through its task), else 404. */
  async function visibleOrder(ctx: RequestContext, id: string, exec: Executor = db, lock = false) {
    const o = await repo.findOrder(exec, id, lock);
    if (!o) throw new NotFoundError();
    const task = await repo.findTask(exec, o.task_id);
    if (!task || !(await canSeeTask(exec, ctx.actor, task))) throw new NotFoundError();
    // drafts are internal to the organisation department until issued, except to the unit concerned
    return { order: o, task };
  }

  /** Locks an order the actor manages (404 otherwise). */
  async function lockManagedOrder(ctx: RequestContext, trx: Executor, id: string) {
    const order = await repo.findOrder(trx, id, true);
    if (!order) throw new NotFoundError();
    if (!(await scope.managedOrderId(trx, ctx.actor, order.district_id, id))) throw new NotFoundError();
    return order;
  }

  const typeName = (type: OrderType) => t('zh-CN', `tasks.type.${type}`);

  // ------------------------------------------------------------ views

  async function taskViews(ctx: RequestContext, rows: repo.TaskRow[], exec: Executor = db) {
    const ids = rows.map((r) => r.id);
    const [units, evals] = await Promise.all([
      repo.unitsOf(exec, ids),
      repo.plannedAtLastEvaluation(exec, rows),
    ]);
    const byTask = new Map<string, typeof units>();
    for (const u of units) byTask.set(u.task_id, [...(byTask.get(u.task_id) ?? []), u]);
    const evalOf = new Map(evals.map((e) => [e.task_id, e]));
    return rows.map((r) => {
      const e = evalOf.get(r.id);
      return {
        id: r.id,
        listId: r.list_id,
        districtId: r.district_id,
        kind: r.kind as 'list_task' | 'party_project',
        no: r.no,
        title: r.title,
        category: r.category as TaskInput['category'],
        source: r.source as 'top_down' | 'bottom_up',
        status: r.status as TaskStatus,
        evalStatus: (r.eval_status as EvalStatus | null) ?? null,
        redSince: r.red_since,
        plannedProgress: r.status === 'completed' ? 100 : Number(e?.planned ?? 0),
        actualProgress: Number(r.actual_progress),
        deadline: r.deadline,
        responsibleNodeId: r.responsible_node_id,
        responsibleName: r.responsible_name,
        units: (byTask.get(r.id) ?? []).map((u) => ({
          nodeId: u.node_id,
          name: u.name,
          partyOrgId: u.party_org_id,
          lead: u.lead,
        })),
        commanderName: r.commander_name,
        beneficiaries: r.beneficiaries,
        version: r.version,
        code: taskCode(r),
      };
    });
  }

  /**
   * Orders as the API shows them, with every unit that received each (all the units its task was
   * awarded to: the ledger and the leaderboard count an order for each of them) and what the actor
   * may do with it.
   */
  async function orderViews(rows: repo.OrderRow[], exec: Executor = db, actor: Actor | null = null) {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const taskIds = [...new Set(rows.map((r) => r.task_id))];
    const districts = [...new Set(rows.map((r) => r.district_id))];
    const [titles, acks, pending, units, own, managed, mineAck] = await Promise.all([
      ordersRepo.taskTitles(exec, taskIds),
      ordersRepo.firstAcknowledgements(exec, ids),
      ordersRepo.ordersWithPendingExemption(exec, ids),
      repo.unitsOf(exec, taskIds),
      actor
        ? ordersRepo.awardUnitsIn(exec, taskIds, scopePaths(actor, 'tasks.read'))
        : Promise.resolve([] as { task_id: string; node_id: string }[]),
      actor && can(actor, 'tasks.manage')
        ? Promise.all(
            districts.map(async (id) => ({
              id,
              ok: can(actor, 'tasks.manage', (await org.pathOf(id)) ?? '-'),
            })),
          ).then((r) => r.filter((x) => x.ok))
        : Promise.resolve([] as { id: string }[]),
      actor
        ? ordersRepo.acknowledgedBy(exec, ids, actor.userId)
        : Promise.resolve([] as { order_id: string }[]),
    ]);
    const title = new Map(titles.map((r) => [r.id, r.title]));
    const ack = new Map(acks.map((a) => [a.order_id, a.at]));
    const pend = new Set(pending.map((p) => p.order_id));
    const unitsOf = new Map<string, { nodeId: string; name: string; lead: boolean }[]>();
    for (const u of units)
      unitsOf.set(u.task_id, [
        ...(unitsOf.get(u.task_id) ?? []),
        { nodeId: u.node_id, name: u.name, lead: u.lead },
      ]);
    const ownTask = new Set(own.map((o) => o.task_id));
    const manages = new Set(managed.map((m) => m.id));
    const acked = new Set(mineAck.map((a) => a.order_id));
    return rows.map((o) => {
      const manage = manages.has(o.district_id);
      const draft = o.status === 'draft';
      const issued = o.status === 'issued';
      const mine = ownTask.has(o.task_id) || (!!actor && o.commander_account_id === actor.userId);
      return {
        id: o.id,
        districtId: o.district_id,
        taskId: o.task_id,
        taskTitle: title.get(o.task_id) ?? '',
        type: o.type as OrderType,
        status: o.status as OrderStatus,
        number: o.number,
        year: o.year,
        title: o.title,
        body: o.body,
        proposalReason: o.proposal_reason,
        trigger: (o.trigger as OrderTrigger | null) ?? null,
        origin: o.origin as 'award' | 'evaluation' | 'officer',
        decisionReason: o.decision_reason,
        unitNodeId: o.unit_node_id,
        unitName: o.unit_name,
        units: unitsOf.get(o.task_id) ?? [],
        commanderName: o.commander_name,
        issuedAt: iso(o.issued_at),
        createdAt: iso(o.created_at)!,
        acknowledgedAt: iso(ack.get(o.id) as Date | undefined),
        version: o.version,
        pendingExemption: pend.has(o.id),
        can: {
          edit: manage && draft,
          // 签发 waits while a 容错 application on the draft is pending
          issue: manage && draft && !pend.has(o.id),
          dismiss: manage && draft,
          acknowledge: issued && mine && !acked.has(o.id) && !!actor && can(actor, 'tasks.acknowledge'),
          exempt:
            draft &&
            o.type === 'accountability' &&
            !pend.has(o.id) &&
            ownTask.has(o.task_id) &&
            !!actor &&
            can(actor, 'tasks.exempt'),
          consequences: manage && issued,
          decideExemption: manage && pend.has(o.id),
        },
      };
    });
  }

  return {
    db,
    org,
    districtNode,
    pathOf,
    requireOver,
    unitNode,
    districtName,
    districtsOf,
    taskScope,
    canManageTask,
    isOwnUnit,
    canSeeTask,
    visibleTask,
    visibleOrder,
    lockManagedOrder,
    typeName,
    taskViews,
    orderViews,
  };
}

/** The shared helpers every use-case family is built on. */
export type TasksCore = ReturnType<typeof createTasksCore>;
