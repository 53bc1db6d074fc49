/**
 * 一榜三令 use cases: the yearly list and bottom-up proposals, claiming and the atomic award with its
 * responsibility order, progress, the daily evaluation and the draft orders it proposes, issuing
 * with gapless official numbers, fault-tolerance exemptions, consequences, rankings, the public
 * page and party-building project claiming (the same claiming machinery, kind = party_project).
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import {
  can,
  requirePermission,
  scopePaths,
  type Actor,
  type RequestContext,
} from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, DomainError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotificationInput, NotifyService } from '../notify/index.ts';
import type { OrgService } from '../org/index.ts';
import * as repo from './tasks.repository.ts';
import { DEFAULT_TASKS_SETTINGS } from './tasks.manifest.ts';
import {
  APPLICATION_MACHINE,
  EXEMPTION_MACHINE,
  LIST_MACHINE,
  ORDER_MACHINE,
  TASK_MACHINE,
  actualProgress,
  allDone,
  assertCommendable,
  assertTransition,
  badMilestoneDates,
  dayNumber,
  indicatorsMet,
  orderNumber,
  planMilestones,
  proposeOrders,
  rankTasks,
  rankUnits,
  type EvalSettings,
  type EvalStatus,
  type ExemptionStatus,
  type ListStatus,
  type OrderStatus,
  type OrderTrigger,
  type OrderType,
  type TaskStatus,
  TRIGGER_OF,
  transition,
} from './tasks.rules.ts';
import type { ConsequenceKind, Indicator, TaskInput } from './tasks.schemas.ts';
import type { OrderDocument } from './tasks.documents.ts';
import { createTasksFeed } from './tasks.feed.ts';
import { createTasksWorkbench } from './tasks.workbench.service.ts';
import { createProjectsService } from './tasks.projects.service.ts';

type Deps = {
  db: Db;
  auditor: Auditor;
  org: Pick<OrgService, 'pathOf' | 'get' | 'partyOrgs'>;
  notify: Pick<NotifyService, 'send' | 'sendSelect'>;
};

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);
/** The instant a Shanghai calendar day starts. */
const startOfDay = (d: string) => new Date(d + 'T00:00:00+08:00');
/** The instant after a Shanghai calendar day ends. */
const endOfDay = (d: string) => new Date(startOfDay(d).getTime() + 86_400_000);

type TasksQuery = {
  status?: TaskStatus;
  evalStatus?: EvalStatus;
  category?: string;
  kind?: string;
  listId?: string;
  q?: string;
};
type OrdersQuery = {
  type?: OrderType;
  status?: OrderStatus;
  unitNodeId?: string;
  taskId?: string;
  from?: string;
  to?: string;
};

export type TasksService = ReturnType<typeof createTasksService>;

/** Builds the tasks service. */
export function createTasksService(deps: Deps) {
  const { db, auditor, org, notify } = deps;

  /** A district's thresholds as the API shows them (version 0: the defaults, never saved). */
  async function settingsView(exec: Executor, districtId: string, canEdit: boolean) {
    const r = await repo.findSettings(exec, districtId);
    const d = DEFAULT_TASKS_SETTINGS;
    return {
      districtId,
      yellowMargin: r?.yellow_margin ?? d.yellowMargin,
      redMargin: r?.red_margin ?? d.redMargin,
      redDaysForAccountability: r?.red_days_for_accountability ?? d.redDaysForAccountability,
      deadlineNoticeDays: r?.deadline_notice_days ?? d.deadlineNoticeDays,
      rankingLagPlaces: r?.ranking_lag_places ?? d.rankingLagPlaces,
      rankingLagDays: r?.ranking_lag_days ?? d.rankingLagDays,
      indicatorGraceDays: r?.indicator_grace_days ?? d.indicatorGraceDays,
      version: r?.version ?? 0,
      isDefault: !r,
      defaults: { ...d },
      updatedAt: iso(r?.updated_at),
      canEdit,
    };
  }

  /** The district node (404 when unknown or not a district). */
  async function districtNode(ctx: RequestContext, districtId: string) {
    const n = await org.get(ctx, districtId).catch(() => null);
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
    const n = await org.get(ctx, nodeId).catch(() => null);
    if (!n) throw new InvalidError([{ field, key: 'tasks.node_outside' }]);
    return { id: n.id, name: n.name, districtId: n.districtId, path: p };
  }

  // Scope checks run as SQL on the caller's executor (never a second connection inside a
  // transaction: under a burst of requests that would exhaust the pool and deadlock).

  /** SQL: the actor manages the task row t (its district's org dept.; a party project's community). */
  function manageScope(actor: Actor | null): Expression<SqlBool> {
    return sql<SqlBool>`(${nodeInPaths('t.district_id', scopePaths(actor, 'tasks.manage'))}
      OR (t.kind = 'party_project' AND ${nodeInPaths('t.owner_node_id', scopePaths(actor, 'tasks.party.manage'))}))`;
  }

  /** Whether the actor may manage a task. */
  async function canManageTask(exec: Executor, actor: Actor | null, task: repo.TaskRow): Promise<boolean> {
    const r = await exec
      .selectFrom('tasks_tasks as t')
      .select('t.id')
      .where('t.district_id', '=', task.district_id)
      .where('t.id', '=', task.id)
      .where(manageScope(actor))
      .executeTakeFirst();
    return !!r;
  }

  /** Whether the actor acts (action) for one of the task's awarded units. */
  async function isOwnUnit(exec: Executor, actor: Actor | null, task: repo.TaskRow, action: string) {
    const r = await exec
      .selectFrom('tasks_award_units as u')
      .select('u.node_id')
      .where('u.district_id', '=', task.district_id)
      .where('u.task_id', '=', task.id)
      .where(nodeInPaths('u.node_id', scopePaths(actor, action)))
      .executeTakeFirst();
    return !!r;
  }

  /** Districts where the actor holds action (grants' districts). */
  const districtsOf = (actor: Actor | null, action: string) => [
    ...new Set((actor?.grants ?? []).filter((g) => can(actor, action, g.path)).map((g) => g.districtId)),
  ];

  /**
   * Whether a task is visible: managers of its district; its own units (and a party project's
   * community); and any unit of the district while the task is open for claiming.
   */
  async function canSeeTask(exec: Executor, actor: Actor | null, task: repo.TaskRow): Promise<boolean> {
    const r = await exec
      .selectFrom('tasks_tasks as t')
      .select('t.id')
      .where('t.district_id', '=', task.district_id)
      .where('t.id', '=', task.id)
      .where(taskScope(actor))
      .executeTakeFirst();
    return !!r;
  }

  /** A task the actor may see, else 404. */
  async function visibleTask(ctx: RequestContext, id: string, exec: Executor = db, lock = false) {
    const task = await repo.findTask(exec, id, lock);
    if (!task || !(await canSeeTask(exec, ctx.actor, task))) throw new NotFoundError();
    return task;
  }

  /** SQL: tasks the actor may see (same rule as canSeeTask), for lists. */
  function taskScope(actor: Actor | null): Expression<SqlBool> {
    const read = scopePaths(actor, 'tasks.read');
    const districts = districtsOf(actor, 'tasks.read');
    return sql<SqlBool>`(${manageScope(actor)}
      OR ${nodeInPaths('t.owner_node_id', read)}
      OR ${nodeInPaths('t.responsible_node_id', read)}
      OR (t.status = 'published' AND ${districts.length ? sql<SqlBool>`t.district_id = ANY(${sql.val(districts)}::uuid[])` : sql<SqlBool>`false`})
      OR EXISTS (SELECT 1 FROM tasks_award_units u WHERE u.district_id = t.district_id AND u.task_id = t.id
                 AND ${nodeInPaths('u.node_id', read)}))`;
  }

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
      exec.selectFrom('tasks_tasks').select(['id', 'title']).where('id', 'in', taskIds).execute(),
      exec
        .selectFrom('tasks_acknowledgements')
        .select(['order_id', (eb) => eb.fn.min('at').as('at')])
        .where('order_id', 'in', ids)
        .groupBy('order_id')
        .execute(),
      exec
        .selectFrom('tasks_exemptions')
        .select('order_id')
        .where('order_id', 'in', ids)
        .where('status', '=', 'pending')
        .execute(),
      repo.unitsOf(exec, taskIds),
      actor
        ? exec
            .selectFrom('tasks_award_units as u')
            .select(['u.task_id', 'u.node_id'])
            .where('u.task_id', 'in', taskIds)
            .where(nodeInPaths('u.node_id', scopePaths(actor, 'tasks.read')))
            .execute()
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
        ? exec
            .selectFrom('tasks_acknowledgements')
            .select('order_id')
            .where('order_id', 'in', ids)
            .where('user_id', '=', actor.userId)
            .execute()
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

  /** An order the actor may see (through its task), else 404. */
  async function visibleOrder(ctx: RequestContext, id: string, exec: Executor = db, lock = false) {
    const o = await repo.findOrder(exec, id, lock);
    if (!o) throw new NotFoundError();
    const task = await repo.findTask(exec, o.task_id);
    if (!task || !(await canSeeTask(exec, ctx.actor, task))) throw new NotFoundError();
    // drafts are internal to the organisation department until issued, except to the unit concerned
    return { order: o, task };
  }

  // ------------------------------------------------------------ writing helpers

  function checkTaskInput(input: TaskInput, startDate: string) {
    const fields = [];
    if (dayNumber(input.deadline) < dayNumber(startDate))
      fields.push({ field: 'deadline', key: 'tasks.deadline_before_start' });
    for (const i of badMilestoneDates(input.milestones, startDate, input.deadline))
      fields.push({ field: `milestones.${i}.dueDate`, key: 'tasks.milestone_dates' });
    if (fields.length) throw new InvalidError(fields);
  }

  async function insertTask(
    trx: Executor,
    v: {
      districtId: string;
      listId: string | null;
      kind: 'list_task' | 'party_project';
      year: number;
      source: 'top_down' | 'bottom_up';
      status: TaskStatus;
      input: TaskInput;
      responsible: { id: string; name: string } | null;
      ownerNodeId?: string | null;
    },
  ) {
    const startDate = v.input.startDate ?? `${v.year}-01-01`;
    checkTaskInput(v.input, startDate);
    const next = await trx
      .selectFrom('tasks_tasks')
      .select((eb) => eb.fn.coalesce(eb.fn.max('no'), sql<number>`0`).as('n'))
      .where('district_id', '=', v.districtId)
      .where('year', '=', v.year)
      .where('kind', '=', v.kind)
      .executeTakeFirstOrThrow();
    const id = uuidv7();
    await trx
      .insertInto('tasks_tasks')
      .values({
        district_id: v.districtId,
        id,
        list_id: v.listId,
        kind: v.kind,
        year: v.year,
        no: Number(next.n) + 1,
        title: v.input.title,
        category: v.input.category,
        source: v.source,
        goal: v.input.goal,
        indicators: JSON.stringify(v.input.indicators.map((i) => ({ ...i, actual: i.actual ?? null }))),
        start_date: startDate,
        deadline: v.input.deadline,
        investment: v.input.investment ?? null,
        responsible_node_id: v.responsible?.id ?? null,
        responsible_name: v.responsible?.name ?? null,
        owner_node_id: v.ownerNodeId ?? null,
        status: v.status,
      })
      .execute();
    await trx
      .insertInto('tasks_milestones')
      .values(
        planMilestones(v.input.milestones, startDate).map((m) => ({
          district_id: v.districtId,
          task_id: id,
          seq: m.seq,
          title: m.title,
          weight: m.weight,
          due_date: m.dueDate,
          planned_from: m.plannedFrom,
        })),
      )
      .execute();
    return id;
  }

  async function bumpList(trx: Executor, list: repo.ListRow) {
    await trx
      .updateTable('tasks_lists')
      .set({ version: list.version + 1, updated_at: new Date() })
      .where('district_id', '=', list.district_id)
      .where('id', '=', list.id)
      .execute();
  }

  /** Notices to every unit of a task. */
  async function unitNotices(
    trx: Executor,
    task: { district_id: string; id: string },
    base: Omit<NotificationInput, 'districtId' | 'nodeId'>,
  ) {
    const units = await repo.unitsOf(trx, [task.id]);
    await notify.send(
      trx,
      units.map((u) => ({
        ...base,
        districtId: task.district_id,
        nodeId: u.node_id,
        dedupeKey: base.dedupeKey ? `${base.dedupeKey}:${u.node_id}` : null,
      })),
    );
  }

  /** The text of an order, from its task (a snapshot kept with the order). */
  async function orderBody(
    trx: Executor,
    task: repo.TaskRow,
    type: OrderType,
    units: string,
    commander: string | null,
  ) {
    const ms = await repo.milestonesOf(trx, task.district_id, [task.id]);
    const ind = (task.indicators as Indicator[]) ?? [];
    const lines = [
      `任务：${task.title}`,
      `责任单位：${units || '—'}`,
      `挂帅领导：${commander ?? '—'}`,
      `目标：${task.goal}`,
      ind.length ? `指标：${ind.map((i) => `${i.name} ${i.target}${i.unit}`).join('；')}` : '',
      `节点：${ms.map((m) => `${m.seq}. ${m.title}（${m.due_date}，权重 ${m.weight}）`).join('；')}`,
      `完成时限：${task.deadline}`,
    ].filter(Boolean);
    const lead =
      type === 'responsibility'
        ? '经研究，现将下列任务交由责任单位揭榜实施，挂帅领导对任务完成负总责，务必按期保质完成。'
        : type === 'commendation'
          ? '该任务按期完成，指标全部达标，成效明显，特予嘉奖。'
          : '该任务推进不力，依据有关规定予以问责。';
    return [lead, ...lines].join('\n');
  }

  const typeName = (type: OrderType) => t('zh-CN', `tasks.type.${type}`);

  /** The district's name for official numbers, read before a transaction opens (404 outside scope). */
  async function districtName(ctx: RequestContext, districtId: string): Promise<string> {
    const d = await org.get(ctx, districtId).catch(() => null);
    if (!d) throw new NotFoundError();
    return d.name;
  }

  /** Issues an order inside trx: takes the next number of its series and tells the units. */
  async function issueInTrx(
    trx: Executor,
    ctx: RequestContext,
    order: { district_id: string; id: string; type: OrderType; task_id: string },
    task: { district_id: string; id: string; title: string },
    reason: string,
    districtName: string,
  ) {
    const year = Number(shanghaiDay().slice(0, 4));
    const seq = await repo.takeOrderSeq(trx, order.district_id, year, order.type);
    const number = orderNumber(districtName, order.type, year, seq);
    await trx
      .updateTable('tasks_orders')
      .set((eb) => ({
        status: 'issued',
        year,
        seq,
        number,
        issued_at: new Date(),
        issued_by: ctx.actor!.userId,
        decided_at: new Date(),
        decision_reason: reason,
        version: eb('version', '+', 1),
      }))
      .where('district_id', '=', order.district_id)
      .where('id', '=', order.id)
      .execute();
    await auditor.append(trx, ctx, {
      action: 'tasks.order.issue',
      objectType: 'tasks_order',
      objectId: order.id,
      districtId: order.district_id,
      detail: { type: order.type, number, taskId: order.task_id, reason },
    });
    await unitNotices(trx, task, {
      kind: 'tasks.order_issued',
      title: t('zh-CN', 'tasks.notify.issued', { type: typeName(order.type), number, title: task.title }),
      titleKey: 'tasks.notify.issued',
      titleParams: { type: { $t: `tasks.type.${order.type}` }, number, title: task.title },
      objectType: 'tasks_order',
      objectId: order.id,
      link: `/tasks/orders/${order.id}`,
    });
    return { seq, number };
  }

  /** Inserts a draft order (from the award, the evaluation or an officer). */
  async function insertOrder(
    trx: Executor,
    task: repo.TaskRow,
    v: {
      type: OrderType;
      origin: 'award' | 'evaluation' | 'officer';
      title?: string;
      body?: string;
      reason: string | null;
      trigger?: OrderTrigger | null;
      lead: { node_id: string; name: string } | null;
      unitsText: string;
    },
  ) {
    const id = uuidv7();
    const title =
      v.title ??
      (v.type === 'responsibility'
        ? `关于“${task.title}”揭榜挂帅的责任令`
        : v.type === 'commendation'
          ? `关于对“${task.title}”责任单位予以嘉奖的决定`
          : `关于对“${task.title}”责任单位予以问责的决定`);
    await trx
      .insertInto('tasks_orders')
      .values({
        district_id: task.district_id,
        id,
        task_id: task.id,
        type: v.type,
        status: 'draft',
        year: Number(shanghaiDay().slice(0, 4)),
        title,
        body: v.body ?? (await orderBody(trx, task, v.type, v.unitsText, task.commander_name)),
        origin: v.origin,
        proposal_reason: v.reason,
        trigger: v.trigger ?? null,
        unit_node_id: v.lead?.node_id ?? null,
        unit_name: v.lead?.name ?? null,
        commander_name: task.commander_name,
        commander_person_id: task.commander_person_id,
        commander_account_id: task.commander_account_id,
      })
      .execute();
    return id;
  }

  // ------------------------------------------------------------ the evaluation core

  /**
   * Evaluates districts on a day in one transaction, set-based (a handful of statements whatever
   * the number of tasks); no actor needed, so the scheduler may call it. One audit entry per district.
   */
  async function runEvaluation(ctx: RequestContext | null, districtIds: string[] | null, day: string) {
    const ids = [
      ...new Set(
        districtIds ??
          (await db.selectFrom('tasks_lists').select('district_id').distinct().execute()).map(
            (r) => r.district_id,
          ),
      ),
    ];
    const total = {
      day,
      evaluated: 0,
      yellow: 0,
      red: 0,
      commendationDrafts: 0,
      accountabilityDrafts: 0,
      deadlineNotices: 0,
    };
    if (!ids.length) return total;
    return db.transaction().execute(async (trx) => {
      // the statement is planned as costly at city scale, and JIT-compiling it takes longer than
      // running it (seconds on a busy machine): a plain daily aggregate does not need JIT
      await sql`SET LOCAL jit = off`.execute(trx);
      // each district's own thresholds (one read; the defaults for districts that set none)
      const settings = await repo.settingsOf(trx, ids, DEFAULT_TASKS_SETTINGS);
      const { evaluated, changed, longRed, longLag } = await repo.evaluateDistricts(trx, ids, day, settings);
      // colour changes to yellow or red → the units are told
      const warn = changed.filter((c) => c.status === 'yellow' || c.status === 'red');
      if (warn.length) {
        // built by PostgreSQL from the changes and the tasks' units: a heavy day has thousands
        const [yPre, yPost] = t('zh-CN', 'tasks.notify.yellow', { title: '\u0001' }).split('\u0001');
        const [rPre, rPost] = t('zh-CN', 'tasks.notify.red', { title: '\u0001' }).split('\u0001');
        await notify.sendSelect(
          trx,
          repo.warningNotices(warn, day, { yellow: [yPre, yPost], red: [rPre, rPost] }),
        );
      }
      // draft orders the rules propose (never issued here)
      const cands = await repo.orderCandidates(trx, ids, day, settings, longRed, longLag);
      const drafts: { id: string; type: OrderType; taskId: string; districtId: string }[] = [];
      for (const c of cands) {
        const p = proposeOrders(
          {
            status: c.status as TaskStatus,
            evalStatus: (c.eval_status as EvalStatus) ?? 'normal',
            redSince: c.red_since,
            deadline: c.deadline,
            completedOn: c.completed_on,
            lagSince: c.lag_since,
            indicators: (c.indicators as Indicator[]) ?? [],
            violations: c.violations,
            hasAccountability: c.has_accountability,
            hasCommendation: c.has_commendation,
          },
          day,
          settings.get(c.district_id)!,
        );
        for (const type of ['commendation', 'accountability'] as const) {
          const why = p[type];
          if (!why) continue;
          const task = (await repo.findTask(trx, c.id))!;
          const units = await repo.unitsOf(trx, [c.id]);
          const id = await insertOrder(trx, task, {
            type,
            origin: 'evaluation',
            reason: why,
            trigger: TRIGGER_OF[why] ?? null,
            lead: units.find((u) => u.lead) ?? null,
            unitsText: units.map((u) => u.name).join('、'),
          });
          drafts.push({ id, type, taskId: c.id, districtId: c.district_id });
        }
      }
      // deadlines within N days → one notice per task, unit and deadline
      const soon = await repo.deadlinesSoon(trx, ids, day, settings);
      const deadlineNotices = await notify.send(
        trx,
        soon.map((d) => ({
          districtId: d.district_id,
          nodeId: d.node_id,
          kind: 'tasks.deadline',
          title: t('zh-CN', 'tasks.notify.deadline', { title: d.title, deadline: d.deadline }),
          titleKey: 'tasks.notify.deadline',
          titleParams: { title: d.title, deadline: d.deadline },
          objectType: 'tasks_task',
          objectId: d.task_id,
          link: `/tasks/tasks/${d.task_id}`,
          dedupeKey: `tasks.deadline:${d.task_id}:${d.deadline}:${d.node_id}`,
        })),
      );
      // one entry per district, appended together
      const who = ctx ?? { actor: null, ip: '', userAgent: 'scheduler' };
      await auditor.appendAll(
        trx,
        ids.map((districtId) => ({
          ctx: who,
          entry: {
            action: 'tasks.evaluate',
            objectType: 'tasks_district',
            objectId: districtId,
            districtId,
            actorName: ctx?.actor ? undefined : 'system',
            detail: {
              day,
              changed: changed
                .filter((c) => c.district_id === districtId)
                .map((c) => ({ task: c.task_id, from: c.old_status, to: c.status })),
              drafts: drafts
                .filter((d) => d.districtId === districtId)
                .map((d) => ({ id: d.id, type: d.type, task: d.taskId })),
            },
          },
        })),
      );
      total.evaluated = evaluated;
      total.yellow = changed.filter((c) => c.status === 'yellow').length;
      total.red = changed.filter((c) => c.status === 'red').length;
      total.commendationDrafts = drafts.filter((d) => d.type === 'commendation').length;
      total.accountabilityDrafts = drafts.filter((d) => d.type === 'accountability').length;
      total.deadlineNotices = deadlineNotices;
      return total;
    });
  }

  // ------------------------------------------------------------ points (cadre-assessment feed)

  async function points(q: {
    nodeId?: string;
    personId?: string;
    from: string;
    to: string;
    districtIds?: string[];
  }) {
    const from = startOfDay(q.from);
    const to = endOfDay(q.to);
    const inDistricts = (col: string) =>
      q.districtIds
        ? sql<SqlBool>`${sql.ref(col)} = ANY(${sql.val(q.districtIds)}::uuid[])`
        : sql<SqlBool>`true`;
    const subject = (o: 'o' | 'c') =>
      sql<SqlBool>`(${q.nodeId ? sql`${sql.ref(o === 'o' ? 'o.unit_node_id' : 'c.subject_node_id')} = ${q.nodeId}` : sql`false`}
        OR ${q.personId ? sql`${sql.ref(o === 'o' ? 'o.commander_person_id' : 'c.subject_person_id')} = ${q.personId}` : sql`false`})`;
    const orders = await db
      .selectFrom('tasks_orders as o')
      .innerJoin('tasks_tasks as t', (j) =>
        j.onRef('t.district_id', '=', 'o.district_id').onRef('t.id', '=', 'o.task_id'),
      )
      .select(['o.id', 'o.type', 'o.number', 't.title', 'o.issued_at'])
      .where('o.status', '=', 'issued')
      .where(inDistricts('o.district_id'))
      .where('o.issued_at', '>=', from)
      .where('o.issued_at', '<', to)
      .where(
        q.nodeId
          ? sql<SqlBool>`(${subject('o')} OR EXISTS (SELECT 1 FROM tasks_award_units u WHERE u.district_id = o.district_id AND u.task_id = o.task_id AND u.node_id = ${q.nodeId}))`
          : subject('o'),
      )
      .orderBy('o.issued_at')
      .execute();
    const cons = await db
      .selectFrom('tasks_consequences as c')
      .innerJoin('tasks_orders as o', (j) =>
        j.onRef('o.district_id', '=', 'c.district_id').onRef('o.id', '=', 'c.order_id'),
      )
      .select([
        'c.id',
        'c.order_id',
        'c.kind',
        'c.points',
        'c.note',
        'c.subject_node_id',
        'c.subject_person_id',
        'c.created_at',
      ])
      .where('o.issued_at', '>=', from)
      .where('o.issued_at', '<', to)
      .where(inDistricts('c.district_id'))
      .where(subject('c'))
      .orderBy('c.created_at')
      .execute();
    const consequences = cons.map(consequenceView);
    return {
      orders: orders.map((o) => ({
        orderId: o.id,
        type: o.type as OrderType,
        number: o.number,
        taskTitle: o.title,
        issuedAt: iso(o.issued_at)!,
      })),
      consequences,
      totalPoints: Math.round(consequences.reduce((s, c) => s + c.points, 0) * 100) / 100,
    };
  }

  function consequenceView(c: {
    id: string;
    order_id: string;
    kind: string;
    points: number;
    note: string;
    subject_node_id: string | null;
    subject_person_id: string | null;
    created_at: Date;
  }) {
    return {
      id: c.id,
      orderId: c.order_id,
      kind: c.kind as ConsequenceKind,
      points: Number(c.points),
      note: c.note,
      subjectNodeId: c.subject_node_id,
      subjectPersonId: c.subject_person_id,
      createdAt: iso(c.created_at)!,
    };
  }

  async function documentOf(ctx: RequestContext, id: string): Promise<OrderDocument> {
    requirePermission(ctx, 'tasks.read');
    const { order, task } = await visibleOrder(ctx, id);
    const ms = await repo.milestonesOf(db, task.district_id, [task.id]);
    const units = await repo.unitsOf(db, [task.id]);
    return {
      typeName: typeName(order.type as OrderType),
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

  // ------------------------------------------------------------ the verbs

  return {
    /** What the modules acting on results read (orders, typed consequences, points, tasks, performance). */
    feed: createTasksFeed({ db }),
    /** The home page's to-do lines and the node dashboard's figures. */
    ...createTasksWorkbench({ db }),
    /** 重大项目: the register by stage, Excel in and out. */
    ...createProjectsService({ db, auditor, org }),

    /** Lists in the actor's scope. */
    async lists(ctx: RequestContext, q: { districtId?: string; year?: number }) {
      const actor = requirePermission(ctx, 'tasks.read');
      const districts = districtsOf(actor, 'tasks.read');
      let query = db
        .selectFrom('tasks_lists as l')
        .selectAll('l')
        .select((eb) =>
          eb
            .selectFrom('tasks_tasks as t')
            .select(eb.fn.countAll<number>().as('c'))
            .whereRef('t.district_id', '=', 'l.district_id')
            .whereRef('t.list_id', '=', 'l.id')
            .where('t.status', '<>', 'cancelled')
            .as('task_count'),
        )
        .where(
          // units of the district see its lists, drafts too, so that they can propose tasks for them
          sql<SqlBool>`(${nodeInPaths('l.district_id', scopePaths(actor, 'tasks.manage'))} OR ${
            districts.length
              ? sql<SqlBool>`l.district_id = ANY(${sql.val(districts)}::uuid[])`
              : sql<SqlBool>`false`
          })`,
        );
      if (q.districtId) query = query.where('l.district_id', '=', q.districtId);
      if (q.year) query = query.where('l.year', '=', q.year);
      const rows = await query.orderBy('l.year', 'desc').execute();
      return rows.map(listView);
    },

    /** One list (drafts only to its managers). */
    async getList(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'tasks.read');
      const l = await repo.findList(db, id);
      if (!l) throw new NotFoundError();
      const manage = can(actor, 'tasks.manage', await pathOf(l.district_id));
      // units of the district see its lists, drafts too, so that they can propose tasks for them
      if (!manage && !districtsOf(actor, 'tasks.read').includes(l.district_id)) throw new NotFoundError();
      const c = await db
        .selectFrom('tasks_tasks')
        .select((eb) => eb.fn.countAll<number>().as('c'))
        .where('district_id', '=', l.district_id)
        .where('list_id', '=', l.id)
        .where('status', '<>', 'cancelled')
        .executeTakeFirstOrThrow();
      return listView({ ...l, task_count: c.c });
    },

    /** Creates the district's draft list for a year (one per district per year). */
    async createList(ctx: RequestContext, input: { districtId: string; year: number; title: string }) {
      await requireOver(ctx, 'tasks.manage', input.districtId);
      const district = await org.get(ctx, input.districtId);
      if (district.level !== 'district')
        throw new InvalidError([{ field: 'districtId', key: 'tasks.node_other_district' }]);
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        const r = await trx
          .insertInto('tasks_lists')
          .values({ district_id: input.districtId, id, year: input.year, title: input.title })
          .onConflict((oc) => oc.columns(['district_id', 'year']).doNothing())
          .executeTakeFirst();
        if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) throw new ConflictError('tasks.list_exists');
        await auditor.append(trx, ctx, {
          action: 'tasks.list.create',
          objectType: 'tasks_list',
          objectId: id,
          districtId: input.districtId,
          detail: { year: input.year, title: input.title },
        });
        return { id };
      });
    },

    /** Adds a top-down task to a draft list. */
    async addTask(ctx: RequestContext, listId: string, input: TaskInput) {
      requirePermission(ctx, 'tasks.manage');
      const l0 = await repo.findList(db, listId);
      if (!l0 || !can(ctx.actor, 'tasks.manage', await pathOf(l0.district_id))) throw new NotFoundError();
      const responsible = input.responsibleNodeId
        ? await unitNode(ctx, input.responsibleNodeId, 'tasks.manage', 'responsibleNodeId')
        : null;
      if (responsible && responsible.districtId !== l0.district_id)
        throw new InvalidError([{ field: 'responsibleNodeId', key: 'tasks.node_other_district' }]);
      return db.transaction().execute(async (trx) => {
        const list = (await repo.findList(trx, listId, true))!;
        assertTransition(LIST_MACHINE, list.status as ListStatus, 'edit');
        const id = await insertTask(trx, {
          districtId: list.district_id,
          listId: list.id,
          kind: 'list_task',
          year: list.year,
          source: 'top_down',
          status: 'draft',
          input,
          responsible,
        });
        await bumpList(trx, list);
        await auditor.append(trx, ctx, {
          action: 'tasks.task.add',
          objectType: 'tasks_task',
          objectId: id,
          districtId: list.district_id,
          detail: { listId, title: input.title, category: input.category },
        });
        return { id };
      });
    },

    /** Publishes a list: its version is frozen and its tasks open for claiming. */
    async publishList(ctx: RequestContext, id: string, input: { version: number }) {
      requirePermission(ctx, 'tasks.manage');
      const l0 = await repo.findList(db, id);
      if (!l0 || !can(ctx.actor, 'tasks.manage', await pathOf(l0.district_id))) throw new NotFoundError();
      return db.transaction().execute(async (trx) => {
        const list = (await repo.findList(trx, id, true))!;
        assertTransition(LIST_MACHINE, list.status as ListStatus, 'publish');
        if (list.version !== input.version) throw new ConflictError('error.stale');
        const tasks = await trx
          .updateTable('tasks_tasks')
          .set({ status: 'published', updated_at: new Date() })
          .where('district_id', '=', list.district_id)
          .where('list_id', '=', list.id)
          .where('status', '=', 'draft')
          .returning('id')
          .execute();
        if (!tasks.length) throw new ConflictError('tasks.list_empty');
        const now = new Date();
        await trx
          .updateTable('tasks_lists')
          .set({
            status: 'published',
            published_version: list.version,
            published_at: now,
            published_by: ctx.actor!.userId,
            updated_at: now,
          })
          .where('district_id', '=', list.district_id)
          .where('id', '=', list.id)
          .execute();
        await auditor.append(trx, ctx, {
          action: 'tasks.list.publish',
          objectType: 'tasks_list',
          objectId: list.id,
          districtId: list.district_id,
          detail: { version: list.version, tasks: tasks.map((x) => x.id) },
        });
        const count = tasks.length;
        return listView({
          ...list,
          status: 'published',
          published_version: list.version,
          published_at: now,
          task_count: count,
        });
      });
    },

    /** Proposals of a list: all to its managers, own unit's to a unit. */
    async proposals(ctx: RequestContext, listId: string) {
      const actor = requirePermission(ctx, 'tasks.read');
      const l = await repo.findList(db, listId);
      if (!l) throw new NotFoundError();
      const manage = can(actor, 'tasks.manage', await pathOf(l.district_id));
      if (!manage && !districtsOf(actor, 'tasks.read').includes(l.district_id)) throw new NotFoundError();
      let q = db
        .selectFrom('tasks_proposals as p')
        .selectAll('p')
        .where('p.district_id', '=', l.district_id)
        .where('p.list_id', '=', l.id);
      if (!manage) q = q.where(nodeInPaths('p.proposer_node_id', scopePaths(actor, 'tasks.propose')));
      const rows = await q.orderBy('p.created_at').execute();
      return rows.map(proposalView);
    },

    /** A unit proposes a task for a draft list (bottom-up). */
    async proposeTask(
      ctx: RequestContext,
      input: TaskInput & { listId: string; proposerNodeId: string; rationale: string },
    ) {
      requirePermission(ctx, 'tasks.propose');
      const unit = await unitNode(ctx, input.proposerNodeId, 'tasks.propose', 'proposerNodeId');
      const l0 = await repo.findList(db, input.listId);
      if (!l0 || l0.district_id !== unit.districtId) throw new NotFoundError();
      checkTaskInput(input, input.startDate ?? `${l0.year}-01-01`);
      return db.transaction().execute(async (trx) => {
        const list = (await repo.findList(trx, input.listId, true))!;
        assertTransition(LIST_MACHINE, list.status as ListStatus, 'edit');
        const id = uuidv7();
        const { listId: _l, proposerNodeId: _p, rationale, ...payload } = input;
        await trx
          .insertInto('tasks_proposals')
          .values({
            district_id: list.district_id,
            id,
            list_id: list.id,
            proposer_node_id: unit.id,
            proposer_name: unit.name,
            proposer_user_id: ctx.actor!.userId,
            rationale,
            payload: JSON.stringify(payload),
            title: input.title,
            category: input.category,
          })
          .execute();
        await auditor.append(trx, ctx, {
          action: 'tasks.proposal.create',
          objectType: 'tasks_proposal',
          objectId: id,
          districtId: list.district_id,
          detail: { listId: list.id, title: input.title, unit: unit.id },
        });
        return { id };
      });
    },

    /** Approves (a task is created), merges into an existing task, or rejects a proposal, with a reason. */
    async decideProposal(
      ctx: RequestContext,
      id: string,
      input: { decision: 'approve' | 'merge' | 'reject'; reason: string; mergeIntoTaskId?: string },
    ) {
      requirePermission(ctx, 'tasks.manage');
      const p0 = await db.selectFrom('tasks_proposals').selectAll().where('id', '=', id).executeTakeFirst();
      if (!p0 || !can(ctx.actor, 'tasks.manage', await pathOf(p0.district_id))) throw new NotFoundError();
      return db.transaction().execute(async (trx) => {
        const list = (await repo.findList(trx, p0.list_id, true))!;
        const p = (await trx
          .selectFrom('tasks_proposals')
          .selectAll()
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirst())!;
        if (p.status !== 'pending') throw new ConflictError('tasks.proposal_decided');
        assertTransition(LIST_MACHINE, list.status as ListStatus, 'edit');
        let taskId: string | null = null;
        if (input.decision === 'approve') {
          taskId = await insertTask(trx, {
            districtId: list.district_id,
            listId: list.id,
            kind: 'list_task',
            year: list.year,
            source: 'bottom_up',
            status: 'draft',
            input: p.payload as unknown as TaskInput,
            responsible: { id: p.proposer_node_id, name: p.proposer_name },
          });
        } else if (input.decision === 'merge') {
          const target = await repo.findTask(trx, input.mergeIntoTaskId!);
          if (!target || target.list_id !== list.id)
            throw new InvalidError([{ field: 'mergeIntoTaskId', key: 'tasks.merge_target' }]);
          taskId = target.id;
        }
        const status = { approve: 'approved', merge: 'merged', reject: 'rejected' }[input.decision];
        const updated = await trx
          .updateTable('tasks_proposals')
          .set({
            status,
            decision_reason: input.reason,
            task_id: taskId,
            decided_by: ctx.actor!.userId,
            decided_at: new Date(),
          })
          .where('district_id', '=', p.district_id)
          .where('id', '=', p.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        if (input.decision !== 'reject') await bumpList(trx, list);
        await auditor.append(trx, ctx, {
          action: `tasks.proposal.${input.decision}`,
          objectType: 'tasks_proposal',
          objectId: p.id,
          districtId: p.district_id,
          detail: { reason: input.reason, taskId },
        });
        await notify.send(trx, [
          {
            districtId: p.district_id,
            nodeId: p.proposer_node_id,
            kind: 'tasks.proposal_decided',
            title: `「${p.title}」：${input.reason}`,
            objectType: 'tasks_proposal',
            objectId: p.id,
          },
        ]);
        return proposalView(updated);
      });
    },

    /** The board: tasks the actor may see, filtered. */
    async tasks(ctx: RequestContext, q: TasksQuery) {
      const actor = requirePermission(ctx, 'tasks.read');
      let query = db
        .selectFrom('tasks_tasks as t')
        .select(repo.TASK_COLUMNS.map((c) => `t.${c}` as const))
        .where(taskScope(actor));
      if (q.status) query = query.where('t.status', '=', q.status);
      else query = query.where('t.status', '<>', 'cancelled');
      if (q.evalStatus) query = query.where('t.eval_status', '=', q.evalStatus);
      if (q.category) query = query.where('t.category', '=', q.category);
      if (q.kind) query = query.where('t.kind', '=', q.kind);
      if (q.listId) query = query.where('t.list_id', '=', q.listId);
      if (q.q) query = query.where('t.title', 'like', '%' + q.q.replace(/[\\%_]/g, (c) => '\\' + c) + '%');
      const rows = await query
        .orderBy('t.year', 'desc')
        .orderBy('t.kind')
        .orderBy('t.no')
        .limit(2000)
        .execute();
      return taskViews(ctx, rows);
    },

    /** The board as an Excel workbook. */
    async exportTasks(ctx: RequestContext, q: TasksQuery) {
      const rows = await this.tasks(ctx, q);
      const { tasksWorkbook } = await import('./tasks.export.ts');
      return tasksWorkbook(rows);
    },

    /** One task with milestones and what the actor may do (404 outside scope). */
    async getTask(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'tasks.read');
      const task = await visibleTask(ctx, id);
      const [view] = await taskViews(ctx, [task]);
      const ms = await repo.milestonesOf(db, task.district_id, [task.id]);
      return {
        ...view,
        goal: task.goal,
        indicators: (task.indicators as Indicator[]) ?? [],
        milestones: ms.map((m) => ({
          seq: m.seq,
          title: m.title,
          weight: Number(m.weight),
          dueDate: m.due_date,
          percent: Number(m.percent),
        })),
        startDate: task.start_date,
        investment: task.investment === null ? null : Number(task.investment),
        completedAt: iso(task.completed_at),
        ownerNodeId: task.owner_node_id,
        code: taskCode(task),
        cancelReason: task.cancel_reason,
        can: await (async () => {
          const manage = await canManageTask(db, ctx.actor, task);
          const ownReport = await isOwnUnit(db, ctx.actor, task, 'tasks.report');
          // 揭榜 is offered while the task is open and none of the actor's units has a live application
          const applied = await db
            .selectFrom('tasks_applications as a')
            .select('a.id')
            .where('a.district_id', '=', task.district_id)
            .where('a.task_id', '=', task.id)
            .where('a.status', '=', 'submitted')
            .where(nodeInPaths('a.applicant_node_id', scopePaths(ctx.actor, 'tasks.apply')))
            .executeTakeFirst();
          return {
            manage,
            report: task.status === 'awarded' && ownReport,
            apply: task.status === 'published' && can(ctx.actor, 'tasks.apply') && !applied,
            cancel: manage && transition(TASK_MACHINE, task.status as TaskStatus, 'cancel').ok,
            draftOrder:
              manage &&
              task.kind === 'list_task' &&
              (task.status === 'awarded' || task.status === 'completed'),
            reportIndicators:
              ownReport &&
              ((task.indicators as Indicator[]) ?? []).length > 0 &&
              (task.status === 'awarded' || task.status === 'completed'),
            recordPerformance: manage && (task.status === 'awarded' || task.status === 'completed'),
          };
        })(),
      };
    },

    /** A task's timeline: plan, reports, colour changes, orders, exemptions, violations, award. */
    async timeline(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'tasks.read');
      const task = await visibleTask(ctx, id);
      const d = task.district_id;
      const [ms, reports, evals, orders, exemptions, violations, award] = await Promise.all([
        repo.milestonesOf(db, d, [id]),
        db
          .selectFrom('tasks_reports')
          .selectAll()
          .where('district_id', '=', d)
          .where('task_id', '=', id)
          .execute(),
        sql<{ day: string; status: string; planned: number; actual: number }>`
          SELECT day::text, status, planned, actual FROM (
            SELECT day, status, planned, actual, lag(status) OVER (ORDER BY day) AS prev
            FROM tasks_evaluations WHERE district_id = ${d} AND task_id = ${id}) e
          WHERE prev IS DISTINCT FROM status`.execute(db),
        db
          .selectFrom('tasks_orders')
          .selectAll()
          .where('district_id', '=', d)
          .where('task_id', '=', id)
          .execute(),
        db
          .selectFrom('tasks_exemptions')
          .selectAll()
          .where('district_id', '=', d)
          .where('task_id', '=', id)
          .execute(),
        db
          .selectFrom('tasks_violations')
          .selectAll()
          .where('district_id', '=', d)
          .where('task_id', '=', id)
          .execute(),
        db
          .selectFrom('tasks_awards')
          .selectAll()
          .where('district_id', '=', d)
          .where('task_id', '=', id)
          .executeTakeFirst(),
      ]);
      const at = (day: string) => new Date(day + 'T00:00:00+08:00').toISOString();
      // the colour an award gives is dated the award day; it is shown at the award, just after it
      const awardDay = award ? shanghaiDay(new Date(award.awarded_at)) : null;
      const out = [
        ...(award
          ? [
              {
                at: iso(award.awarded_at)!,
                kind: 'award' as const,
                title: award.commander_name,
                detail: null,
                status: null,
                refId: null,
              },
            ]
          : []),
        ...ms.map((m) => ({
          at: at(m.due_date),
          kind: 'milestone_due' as const,
          title: m.title,
          detail: `${Number(m.weight)}`,
          status: `${Number(m.percent)}%`,
          refId: String(m.seq),
        })),
        ...reports.map((r) => ({
          at: iso(r.created_at)!,
          kind: 'report' as const,
          title: `#${r.milestone_seq} ${Number(r.percent)}%`,
          detail: r.narrative || null,
          status: null,
          refId: r.id,
        })),
        ...evals.rows.map((e) => ({
          at: e.day === awardDay ? iso(award!.awarded_at)! : at(e.day),
          kind: 'evaluation' as const,
          title: `${Number(e.planned).toFixed(1)}% / ${Number(e.actual).toFixed(1)}%`,
          detail: null,
          status: e.status,
          refId: null,
        })),
        ...orders.map((o) => ({
          at: iso(o.issued_at ?? o.created_at)!,
          kind: 'order' as const,
          title: o.number ? `${o.number} ${o.title}` : o.title,
          detail: o.decision_reason ?? o.proposal_reason,
          status: `${o.type}:${o.status}`,
          refId: o.id,
        })),
        ...exemptions.map((x) => ({
          at: iso(x.decided_at ?? x.created_at)!,
          kind: 'exemption' as const,
          title: x.grounds.slice(0, 100),
          detail: x.decision_reason,
          status: x.status,
          refId: x.id,
        })),
        ...violations.map((v) => ({
          at: at(v.occurred_on),
          kind: 'violation' as const,
          title: v.description.slice(0, 100),
          detail: null,
          status: null,
          refId: v.id,
        })),
      ];
      // a stable sort: at the same instant the award comes first
      return out.sort((a, b) => a.at.localeCompare(b.at));
    },

    /** Progress reports of a task. */
    async reports(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'tasks.read');
      const task = await visibleTask(ctx, id);
      const rows = await db
        .selectFrom('tasks_reports')
        .selectAll()
        .where('district_id', '=', task.district_id)
        .where('task_id', '=', id)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        taskId: r.task_id,
        milestoneSeq: r.milestone_seq,
        percent: Number(r.percent),
        narrative: r.narrative,
        attachments: (r.attachments as { name: string; size: number; mime: string }[]).map((a) => ({
          name: a.name,
          size: a.size,
          mime: a.mime,
        })),
        reporterName: r.reporter_name,
        createdAt: iso(r.created_at)!,
      }));
    },

    /** Applications for a task: all to its managers, own unit's to a unit. */
    async applications(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'tasks.read');
      const task = await visibleTask(ctx, id);
      let q = db
        .selectFrom('tasks_applications as a')
        .selectAll('a')
        .where('a.district_id', '=', task.district_id)
        .where('a.task_id', '=', id);
      if (!(await canManageTask(db, actor, task)))
        q = q.where(nodeInPaths('a.applicant_node_id', scopePaths(actor, 'tasks.read')));
      const rows = await q.orderBy('a.created_at').execute();
      return rows.map((a) => ({
        id: a.id,
        taskId: a.task_id,
        applicantNodeId: a.applicant_node_id,
        applicantName: a.applicant_name,
        partyOrgId: a.party_org_id,
        plan: a.plan,
        commanderName: a.commander_name,
        status: a.status as 'submitted',
        createdAt: iso(a.created_at)!,
      }));
    },

    /** A unit (or a party branch of it) applies for a published task or party project, with a plan. */
    async applyForTask(
      ctx: RequestContext,
      taskId: string,
      input: {
        applicantNodeId: string;
        partyOrgId?: string | null;
        plan: string;
        commanderName?: string;
        commanderPersonId?: string | null;
      },
    ) {
      requirePermission(ctx, 'tasks.apply');
      const unit = await unitNode(ctx, input.applicantNodeId, 'tasks.apply', 'applicantNodeId');
      if (input.partyOrgId) {
        const orgs = await org.partyOrgs(ctx, unit.id, true).catch(() => []);
        if (!orgs.some((o) => o.id === input.partyOrgId))
          throw new InvalidError([{ field: 'partyOrgId', key: 'tasks.party_org_outside' }]);
      }
      return db.transaction().execute(async (trx) => {
        const task = await repo.findTask(trx, taskId, true);
        if (!task || !(await canSeeTask(trx, ctx.actor, task))) throw new NotFoundError();
        if (task.district_id !== unit.districtId)
          throw new InvalidError([{ field: 'applicantNodeId', key: 'tasks.node_other_district' }]);
        assertTransition(TASK_MACHINE, task.status as TaskStatus, 'apply');
        const id = uuidv7();
        const r = await trx
          .insertInto('tasks_applications')
          .values({
            district_id: task.district_id,
            id,
            task_id: task.id,
            applicant_node_id: unit.id,
            applicant_name: unit.name,
            party_org_id: input.partyOrgId ?? null,
            applicant_user_id: ctx.actor!.userId,
            plan: input.plan,
            commander_name: input.commanderName ?? null,
            commander_person_id: input.commanderPersonId ?? null,
          })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0)
          throw new ConflictError('tasks.application_exists');
        await auditor.append(trx, ctx, {
          action: 'tasks.application.create',
          objectType: 'tasks_application',
          objectId: id,
          districtId: task.district_id,
          detail: { taskId, unit: unit.id, partyOrgId: input.partyOrgId ?? null },
        });
        return { id };
      });
    },

    /**
     * Awards a task to one unit or several jointly, with its commanding cadre. Atomic: the task row
     * is locked, so of any number of concurrent awards exactly one succeeds; for a list task the
     * responsibility order is issued with its number in the same transaction.
     */
    async awardTask(
      ctx: RequestContext,
      taskId: string,
      input: {
        applicationIds: string[];
        commanderName: string;
        commanderPersonId?: string | null;
        commanderAccountId?: string | null;
        beneficiaries?: number;
      },
    ) {
      const actor = requirePermission(
        ctx,
        ctx.actor && can(ctx.actor, 'tasks.manage') ? 'tasks.manage' : 'tasks.party.manage',
      );
      const t0 = await repo.findTask(db, taskId);
      if (!t0 || !(await canManageTask(db, actor, t0))) throw new NotFoundError();
      const dName = t0.kind === 'list_task' ? await districtName(ctx, t0.district_id) : '';
      return db.transaction().execute(async (trx) => {
        const task = (await repo.findTask(trx, taskId, true))!;
        assertTransition(TASK_MACHINE, task.status as TaskStatus, 'award');
        const ids = [...new Set(input.applicationIds)];
        const apps = await trx
          .selectFrom('tasks_applications')
          .selectAll()
          .where('district_id', '=', task.district_id)
          .where('task_id', '=', task.id)
          .forUpdate()
          .execute();
        const chosen = ids.map((i) => apps.find((a) => a.id === i));
        if (chosen.some((a) => !a || a.status !== 'submitted'))
          throw new InvalidError([{ field: 'applicationIds', key: 'tasks.application_mismatch' }]);
        await trx
          .insertInto('tasks_awards')
          .values({
            district_id: task.district_id,
            task_id: task.id,
            commander_name: input.commanderName,
            commander_person_id: input.commanderPersonId ?? null,
            commander_account_id: input.commanderAccountId ?? null,
            awarded_by: actor.userId,
          })
          .execute();
        await trx
          .insertInto('tasks_award_units')
          .values(
            chosen.map((a, i) => ({
              district_id: task.district_id,
              task_id: task.id,
              node_id: a!.applicant_node_id,
              name: a!.applicant_name,
              party_org_id: a!.party_org_id,
              application_id: a!.id,
              lead: i === 0,
            })),
          )
          .execute();
        for (const a of apps) {
          const to = assertTransition(
            APPLICATION_MACHINE,
            a.status as 'submitted',
            ids.includes(a.id) ? 'award' : 'decline',
          );
          await trx
            .updateTable('tasks_applications')
            .set({ status: to })
            .where('district_id', '=', a.district_id)
            .where('id', '=', a.id)
            .execute();
        }
        const next = assertTransition(TASK_MACHINE, task.status as TaskStatus, 'award');
        await trx
          .updateTable('tasks_tasks')
          .set((eb) => ({
            status: next,
            commander_name: input.commanderName,
            commander_person_id: input.commanderPersonId ?? null,
            commander_account_id: input.commanderAccountId ?? null,
            beneficiaries: input.beneficiaries ?? task.beneficiaries,
            version: eb('version', '+', 1),
            updated_at: new Date(),
          }))
          .where('district_id', '=', task.district_id)
          .where('id', '=', task.id)
          .execute();
        // the task is normal from its award (with the history row for it), not uncoloured until
        // the first evaluation: that evaluation then writes it only if it lags
        await repo.startEvaluation(trx, task.district_id, task.id);
        await auditor.append(trx, ctx, {
          action: 'tasks.task.award',
          objectType: 'tasks_task',
          objectId: task.id,
          districtId: task.district_id,
          detail: {
            applications: ids,
            commander: input.commanderName,
            units: chosen.map((a) => a!.applicant_node_id),
          },
        });
        await unitNotices(trx, task, {
          kind: 'tasks.award',
          title: t('zh-CN', 'tasks.notify.award', { title: task.title }),
          titleKey: 'tasks.notify.award',
          titleParams: { title: task.title },
          objectType: 'tasks_task',
          objectId: task.id,
          link: `/tasks/tasks/${task.id}`,
        });
        if (task.kind !== 'list_task') return { taskId: task.id, orderId: null, orderNumber: null };
        const fresh = (await repo.findTask(trx, task.id))!;
        const orderId = await insertOrder(trx, fresh, {
          type: 'responsibility',
          origin: 'award',
          reason: null,
          lead: { node_id: chosen[0]!.applicant_node_id, name: chosen[0]!.applicant_name },
          unitsText: chosen.map((a) => a!.applicant_name).join('、'),
        });
        await auditor.append(trx, ctx, {
          action: 'tasks.order.draft',
          objectType: 'tasks_order',
          objectId: orderId,
          districtId: task.district_id,
          detail: { type: 'responsibility', taskId: task.id, origin: 'award' },
        });
        const { number } = await issueInTrx(
          trx,
          ctx,
          { district_id: task.district_id, id: orderId, type: 'responsibility', task_id: task.id },
          task,
          '定榜挂帅',
          dName,
        );
        return { taskId: task.id, orderId, orderNumber: number };
      });
    },

    /**
     * A unit reports one milestone's progress. Idempotent: the Idempotency-Key (or the client id)
     * makes a retry return the first answer without acting again.
     */
    async reportProgress(
      ctx: RequestContext,
      taskId: string,
      input: {
        clientId: string;
        milestoneSeq: number;
        percent: number;
        narrative: string;
        attachments: { name: string; size: number; mime: string; url?: string }[];
        indicatorValues: { index: number; actual: number }[];
        beneficiaries?: number;
      },
      idempotencyKey?: string,
    ) {
      const actor = requirePermission(ctx, 'tasks.report');
      return db.transaction().execute(async (trx) => {
        const { result, replayed } = await withIdempotency(
          trx,
          {
            userId: actor.userId,
            key: idempotencyKey ?? `tasks.report:${input.clientId}`,
            payload: { taskId, ...input },
          },
          async () => {
            const task = await repo.findTask(trx, taskId, true);
            if (!task || !(await isOwnUnit(trx, actor, task, 'tasks.report'))) throw new NotFoundError();
            assertTransition(TASK_MACHINE, task.status as TaskStatus, 'report');
            const ms = await repo.milestonesOf(trx, task.district_id, [task.id]);
            if (!ms.some((m) => m.seq === input.milestoneSeq))
              throw new InvalidError([{ field: 'milestoneSeq', key: 'tasks.milestone_unknown' }]);
            const ind = ((task.indicators as Indicator[]) ?? []).map((i) => ({ ...i }));
            for (const v of input.indicatorValues) {
              if (!ind[v.index])
                throw new InvalidError([{ field: 'indicatorValues', key: 'tasks.indicator_unknown' }]);
              ind[v.index].actual = v.actual;
            }
            const exists = await trx
              .selectFrom('tasks_reports')
              .select('id')
              .where('district_id', '=', task.district_id)
              .where('id', '=', input.clientId)
              .executeTakeFirst();
            if (exists) throw new ConflictError('error.idempotency_mismatch');
            await trx
              .insertInto('tasks_reports')
              .values({
                district_id: task.district_id,
                id: input.clientId,
                task_id: task.id,
                milestone_seq: input.milestoneSeq,
                percent: input.percent,
                narrative: input.narrative,
                attachments: JSON.stringify(input.attachments),
                reporter_user_id: actor.userId,
                reporter_name: actor.displayName,
              })
              .execute();
            await trx
              .updateTable('tasks_milestones')
              .set({ percent: input.percent })
              .where('district_id', '=', task.district_id)
              .where('task_id', '=', task.id)
              .where('seq', '=', input.milestoneSeq)
              .execute();
            const after = ms.map((m) => ({
              seq: m.seq,
              weight: Number(m.weight),
              dueDate: m.due_date,
              percent: m.seq === input.milestoneSeq ? input.percent : Number(m.percent),
            }));
            const actual = Math.round(actualProgress(after) * 1000) / 1000;
            const done = allDone(after);
            const status = done
              ? assertTransition(TASK_MACHINE, task.status as TaskStatus, 'complete')
              : (task.status as TaskStatus);
            await trx
              .updateTable('tasks_tasks')
              .set((eb) => ({
                actual_progress: actual,
                indicators: JSON.stringify(ind),
                beneficiaries: input.beneficiaries ?? task.beneficiaries,
                status,
                ...(done ? { completed_at: new Date(), eval_status: 'normal', red_since: null } : {}),
                version: eb('version', '+', 1),
                updated_at: new Date(),
              }))
              .where('district_id', '=', task.district_id)
              .where('id', '=', task.id)
              .execute();
            await auditor.append(trx, ctx, {
              action: 'tasks.report.create',
              objectType: 'tasks_task',
              objectId: task.id,
              districtId: task.district_id,
              detail: {
                reportId: input.clientId,
                milestone: input.milestoneSeq,
                percent: input.percent,
                actual,
                status,
              },
            });
            return { reportId: input.clientId, actualProgress: actual, status };
          },
        );
        return { ...result, replayed };
      });
    },

    /**
     * The organisation department cancels (撤销) a draft or published task, with a reason; its
     * pending applications are declined and the applicant units told. An awarded task cannot be.
     */
    async cancelTask(ctx: RequestContext, taskId: string, input: { reason: string; version: number }) {
      requirePermission(ctx, 'tasks.manage');
      const t0 = await repo.findTask(db, taskId);
      if (!t0 || !(await canManageTask(db, ctx.actor, t0))) throw new NotFoundError();
      return db.transaction().execute(async (trx) => {
        const task = (await repo.findTask(trx, taskId, true))!;
        const to = assertTransition(TASK_MACHINE, task.status as TaskStatus, 'cancel');
        if (task.version !== input.version) throw new ConflictError('error.stale');
        await trx
          .updateTable('tasks_tasks')
          .set({
            status: to,
            cancelled_at: new Date(),
            cancel_reason: input.reason,
            version: task.version + 1,
            updated_at: new Date(),
          })
          .where('district_id', '=', task.district_id)
          .where('id', '=', task.id)
          .execute();
        const declined = await trx
          .updateTable('tasks_applications')
          .set({ status: 'not_awarded' })
          .where('district_id', '=', task.district_id)
          .where('task_id', '=', task.id)
          .where('status', '=', 'submitted')
          .returning(['applicant_node_id'])
          .execute();
        if (task.list_id) {
          const list = (await repo.findList(trx, task.list_id, true))!;
          if (list.status === 'draft') await bumpList(trx, list);
        }
        await auditor.append(trx, ctx, {
          action: 'tasks.task.cancel',
          objectType: 'tasks_task',
          objectId: task.id,
          districtId: task.district_id,
          detail: { reason: input.reason, from: task.status, applicationsDeclined: declined.length },
        });
        await notify.send(
          trx,
          declined.map((a) => ({
            districtId: task.district_id,
            nodeId: a.applicant_node_id,
            kind: 'tasks.cancelled',
            title: t('zh-CN', 'tasks.notify.cancelled', { title: task.title, reason: input.reason }),
            titleKey: 'tasks.notify.cancelled',
            titleParams: { title: task.title, reason: input.reason },
            objectType: 'tasks_task',
            objectId: task.id,
            link: `/tasks/tasks/${task.id}`,
          })),
        );
        return { id: task.id, status: to, version: task.version + 1 };
      });
    },

    /** A unit withdraws (撤回) its own application before the task is awarded. */
    async withdrawApplication(ctx: RequestContext, applicationId: string) {
      const actor = requirePermission(ctx, 'tasks.apply');
      return db.transaction().execute(async (trx) => {
        const a = await trx
          .selectFrom('tasks_applications as a')
          .selectAll('a')
          .where('a.id', '=', applicationId)
          .where(nodeInPaths('a.applicant_node_id', scopePaths(actor, 'tasks.apply')))
          .forUpdate()
          .executeTakeFirst();
        if (!a) throw new NotFoundError();
        const to = assertTransition(APPLICATION_MACHINE, a.status as 'submitted', 'withdraw');
        await trx
          .updateTable('tasks_applications')
          .set({ status: to })
          .where('district_id', '=', a.district_id)
          .where('id', '=', a.id)
          .execute();
        await auditor.append(trx, ctx, {
          action: 'tasks.application.withdraw',
          objectType: 'tasks_application',
          objectId: a.id,
          districtId: a.district_id,
          detail: { taskId: a.task_id, unit: a.applicant_node_id },
        });
        return { id: a.id, status: to as 'withdrawn' };
      });
    },

    /**
     * A unit reports its quantitative indicators' actual values (量化指标实际值), while the task is in
     * progress or after it is completed: with every indicator met on a task completed on time, the
     * daily evaluation drafts its 嘉奖令; still unmet after the grace days, its 问责令.
     */
    async reportIndicators(
      ctx: RequestContext,
      taskId: string,
      input: { values: { index: number; actual: number }[]; version: number },
    ) {
      const actor = requirePermission(ctx, 'tasks.report');
      return db.transaction().execute(async (trx) => {
        const task = await repo.findTask(trx, taskId, true);
        if (!task || !(await isOwnUnit(trx, actor, task, 'tasks.report'))) throw new NotFoundError();
        if (task.status !== 'awarded' && task.status !== 'completed')
          throw new ConflictError('tasks.indicators_closed');
        if (task.version !== input.version) throw new ConflictError('error.stale');
        const ind = ((task.indicators as Indicator[]) ?? []).map((i) => ({ ...i }));
        const bad = input.values.flatMap((v, i) => (ind[v.index] ? [] : [i]));
        if (bad.length)
          throw new InvalidError(
            bad.map((i) => ({ field: `values.${i}.index`, key: 'tasks.indicator_unknown' })),
          );
        const before = ind.map((i) => i.actual ?? null);
        for (const v of input.values) ind[v.index].actual = v.actual;
        await trx
          .updateTable('tasks_tasks')
          .set({ indicators: JSON.stringify(ind), version: task.version + 1, updated_at: new Date() })
          .where('district_id', '=', task.district_id)
          .where('id', '=', task.id)
          .execute();
        await auditor.append(trx, ctx, {
          action: 'tasks.indicators.report',
          objectType: 'tasks_task',
          objectId: task.id,
          districtId: task.district_id,
          detail: { before, after: ind.map((i) => i.actual ?? null) },
        });
        return {
          id: task.id,
          version: task.version + 1,
          indicators: ind,
          allMet: indicatorsMet(ind),
        };
      });
    },

    /**
     * Records the political performance of a claiming unit (or one of its cadres) on a task (seed
     * 000: 实时记录45个揭榜项目34家挂帅单位党员干部在政治忠诚、政治定力、政治担当、政治能力、政治自律方面的表现);
     * assessment reads it through the feed into the cadre's file.
     */
    async recordPerformance(
      ctx: RequestContext,
      taskId: string,
      input: {
        nodeId: string;
        personId?: string | null;
        aspect: 'loyalty' | 'steadfastness' | 'commitment' | 'capability' | 'discipline';
        positive: boolean;
        note: string;
        occurredOn: string;
      },
    ) {
      requirePermission(ctx, 'tasks.manage');
      const t0 = await repo.findTask(db, taskId);
      if (!t0 || !(await canManageTask(db, ctx.actor, t0))) throw new NotFoundError();
      if (input.occurredOn > shanghaiDay())
        throw new InvalidError([{ field: 'occurredOn', key: 'tasks.day_in_future' }]);
      return db.transaction().execute(async (trx) => {
        const units = await repo.unitsOf(trx, [t0.id]);
        const unit = units.find((u) => u.node_id === input.nodeId);
        if (!unit) throw new InvalidError([{ field: 'nodeId', key: 'tasks.not_award_unit' }]);
        const id = uuidv7();
        const row = {
          district_id: t0.district_id,
          id,
          task_id: t0.id,
          node_id: unit.node_id,
          unit_name: unit.name,
          person_id: input.personId ?? (unit.lead ? t0.commander_person_id : null),
          aspect: input.aspect,
          positive: input.positive,
          note: input.note,
          occurred_on: input.occurredOn,
          recorded_by: ctx.actor!.userId,
        };
        await trx.insertInto('tasks_performance').values(row).execute();
        await auditor.append(trx, ctx, {
          action: 'tasks.performance.record',
          objectType: 'tasks_task',
          objectId: t0.id,
          districtId: t0.district_id,
          detail: {
            id,
            unit: unit.node_id,
            person: row.person_id,
            aspect: input.aspect,
            positive: input.positive,
          },
        });
        return performanceView(row);
      });
    },

    /** The political performance recorded on a task (its managers and its own units). */
    async performance(ctx: RequestContext, taskId: string) {
      requirePermission(ctx, 'tasks.read');
      const task = await visibleTask(ctx, taskId);
      const manage = await canManageTask(db, ctx.actor, task);
      let q = db
        .selectFrom('tasks_performance as p')
        .selectAll('p')
        .where('p.district_id', '=', task.district_id)
        .where('p.task_id', '=', task.id);
      if (!manage) q = q.where(nodeInPaths('p.node_id', scopePaths(ctx.actor, 'tasks.read')));
      return (await q.orderBy('p.occurred_on').orderBy('p.id').execute()).map(performanceView);
    },

    /** Records a rule violation on a task (it leads the evaluation to propose accountability). */
    async recordViolation(
      ctx: RequestContext,
      taskId: string,
      input: { description: string; occurredOn: string },
    ) {
      requirePermission(ctx, 'tasks.manage');
      const t0 = await repo.findTask(db, taskId);
      if (!t0 || !can(ctx.actor, 'tasks.manage', await pathOf(t0.district_id))) throw new NotFoundError();
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        await trx
          .insertInto('tasks_violations')
          .values({
            district_id: t0.district_id,
            id,
            task_id: t0.id,
            description: input.description,
            occurred_on: input.occurredOn,
            recorded_by: ctx.actor!.userId,
          })
          .execute();
        await auditor.append(trx, ctx, {
          action: 'tasks.violation.record',
          objectType: 'tasks_task',
          objectId: t0.id,
          districtId: t0.district_id,
          detail: { violationId: id, occurredOn: input.occurredOn },
        });
        return { id };
      });
    },

    /** The daily evaluation for the scheduler or a benchmark: all districts (null) or some. */
    async runDailyEvaluation(opts: { districtIds?: string[] | null; day?: string } = {}) {
      return runEvaluation(null, opts.districtIds ?? null, opts.day ?? shanghaiDay());
    },

    /** An officer runs the daily evaluation now, for one district or all those it manages. */
    async runDailyEvaluationAs(ctx: RequestContext, input: { districtId?: string; day?: string }) {
      const actor = requirePermission(ctx, 'tasks.manage');
      if (input.districtId) await requireOver(ctx, 'tasks.manage', input.districtId);
      const ids = input.districtId ? [input.districtId] : districtsOf(actor, 'tasks.manage');
      // a run for a day not yet come would record guesses as facts (and send real red-light notices)
      if (input.day && input.day > shanghaiDay())
        throw new InvalidError([{ field: 'day', key: 'tasks.day_in_future' }]);
      return runEvaluation(ctx, ids, input.day ?? shanghaiDay());
    },

    /**
     * A district's evaluation thresholds: for anyone who reads tasks in the district (404 otherwise);
     * canEdit tells whether the actor may change them (the district's organisation department).
     */
    async evaluationSettings(ctx: RequestContext, districtId: string) {
      const actor = requirePermission(ctx, 'tasks.read');
      const path = await pathOf(districtId);
      // a unit's grants name its district; an officer above the district holds read over its path
      const ofMine = districtsOf(actor, 'tasks.read').includes(districtId);
      if (!ofMine && !can(actor, 'tasks.read', path)) throw new NotFoundError();
      if (!ofMine) await districtNode(ctx, districtId);
      return settingsView(db, districtId, can(actor, 'tasks.settings', path));
    },

    /** The district's organisation department sets its thresholds (optimistic version; audited). */
    async updateEvaluationSettings(
      ctx: RequestContext,
      input: Omit<EvalSettings, 'rankingLagPlaces' | 'rankingLagDays' | 'indicatorGraceDays'> &
        Partial<EvalSettings> & { districtId: string; version: number },
    ) {
      await requireOver(ctx, 'tasks.settings', input.districtId);
      await districtNode(ctx, input.districtId);
      if (input.redMargin <= input.yellowMargin)
        throw new InvalidError([{ field: 'redMargin', key: 'tasks.settings.red_above_yellow' }]);
      return db.transaction().execute(async (trx) => {
        const before = await repo.findSettings(trx, input.districtId, true);
        if ((before?.version ?? 0) !== input.version) throw new ConflictError('error.stale');
        const values = {
          yellow_margin: input.yellowMargin,
          red_margin: input.redMargin,
          red_days_for_accountability: input.redDaysForAccountability,
          deadline_notice_days: input.deadlineNoticeDays,
          ranking_lag_places:
            input.rankingLagPlaces ?? before?.ranking_lag_places ?? DEFAULT_TASKS_SETTINGS.rankingLagPlaces,
          ranking_lag_days:
            input.rankingLagDays ?? before?.ranking_lag_days ?? DEFAULT_TASKS_SETTINGS.rankingLagDays,
          indicator_grace_days:
            input.indicatorGraceDays ??
            before?.indicator_grace_days ??
            DEFAULT_TASKS_SETTINGS.indicatorGraceDays,
          updated_by: ctx.actor!.userId,
          updated_at: new Date(),
        };
        if (before) {
          await trx
            .updateTable('tasks_settings')
            .set({ ...values, version: before.version + 1 })
            .where('district_id', '=', input.districtId)
            .execute();
        } else {
          // two first saves at once: the second finds the row the first inserted → stale
          const r = await trx
            .insertInto('tasks_settings')
            .values({ district_id: input.districtId, ...values, version: 1 })
            .onConflict((oc) => oc.column('district_id').doNothing())
            .executeTakeFirst();
          if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) throw new ConflictError('error.stale');
        }
        const d = DEFAULT_TASKS_SETTINGS;
        const old = {
          yellowMargin: before?.yellow_margin ?? d.yellowMargin,
          redMargin: before?.red_margin ?? d.redMargin,
          redDaysForAccountability: before?.red_days_for_accountability ?? d.redDaysForAccountability,
          deadlineNoticeDays: before?.deadline_notice_days ?? d.deadlineNoticeDays,
          rankingLagPlaces: before?.ranking_lag_places ?? d.rankingLagPlaces,
          rankingLagDays: before?.ranking_lag_days ?? d.rankingLagDays,
          indicatorGraceDays: before?.indicator_grace_days ?? d.indicatorGraceDays,
        };
        await auditor.append(trx, ctx, {
          action: 'tasks.settings.update',
          objectType: 'tasks_settings',
          objectId: input.districtId,
          districtId: input.districtId,
          detail: {
            before: old,
            after: {
              yellowMargin: input.yellowMargin,
              redMargin: input.redMargin,
              redDaysForAccountability: input.redDaysForAccountability,
              deadlineNoticeDays: input.deadlineNoticeDays,
              rankingLagPlaces: values.ranking_lag_places,
              rankingLagDays: values.ranking_lag_days,
              indicatorGraceDays: values.indicator_grace_days,
            },
            version: (before?.version ?? 0) + 1,
          },
        });
        return settingsView(trx, input.districtId, true);
      });
    },

    /** The register of orders (drafts only to managers), filtered by type, status, unit and date. */
    async orders(ctx: RequestContext, q: OrdersQuery) {
      const actor = requirePermission(ctx, 'tasks.read');
      const manage = scopePaths(actor, 'tasks.manage');
      const read = scopePaths(actor, 'tasks.read');
      let query = db
        .selectFrom('tasks_orders as o')
        .selectAll('o')
        .where(
          sql<SqlBool>`(${nodeInPaths('o.district_id', manage)} OR EXISTS (SELECT 1 FROM tasks_award_units u
            WHERE u.district_id = o.district_id AND u.task_id = o.task_id AND ${nodeInPaths('u.node_id', read)}))`,
        );
      if (q.type) query = query.where('o.type', '=', q.type);
      if (q.status) query = query.where('o.status', '=', q.status);
      if (q.taskId) query = query.where('o.task_id', '=', q.taskId);
      if (q.unitNodeId)
        query = query.where(
          sql<SqlBool>`EXISTS (SELECT 1 FROM tasks_award_units u WHERE u.district_id = o.district_id AND u.task_id = o.task_id AND u.node_id = ${q.unitNodeId})`,
        );
      const dateCol = sql`coalesce(o.issued_at, o.created_at)`;
      if (q.from) query = query.where(sql<SqlBool>`${dateCol} >= ${startOfDay(q.from)}`);
      if (q.to) query = query.where(sql<SqlBool>`${dateCol} < ${endOfDay(q.to)}`);
      const rows = await query.orderBy(dateCol, 'desc').limit(2000).execute();
      return orderViews(rows, db, ctx.actor);
    },

    /** The register as an Excel workbook. */
    async exportOrders(ctx: RequestContext, q: OrdersQuery) {
      const rows = await this.orders(ctx, q);
      const { ordersWorkbook } = await import('./tasks.export.ts');
      return ordersWorkbook(rows);
    },

    /** One order. */
    async getOrder(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'tasks.read');
      const { order } = await visibleOrder(ctx, id);
      return (await orderViews([order], db, ctx.actor))[0];
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
      if (!t0 || t0.kind !== 'list_task' || !can(ctx.actor, 'tasks.manage', await pathOf(t0.district_id)))
        throw new NotFoundError();
      return db.transaction().execute(async (trx) => {
        const task = (await repo.findTask(trx, input.taskId, true))!;
        if (task.status !== 'awarded' && task.status !== 'completed')
          throw new ConflictError('tasks.task_not_in_progress');
        if (input.type === 'commendation') assertCommendable(task.eval_status as EvalStatus | null);
        const open = await trx
          .selectFrom('tasks_orders')
          .select('id')
          .where('district_id', '=', task.district_id)
          .where('task_id', '=', task.id)
          .where('type', '=', input.type)
          .where('status', '<>', 'dismissed')
          .executeTakeFirst();
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
        return (await orderViews([(await repo.findOrder(trx, id))!], trx, ctx.actor))[0];
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
        const order = await lockManagedOrder(ctx, trx, id);
        assertTransition(ORDER_MACHINE, order.status as OrderStatus, 'edit');
        if (order.version !== input.version) throw new ConflictError('error.stale');
        await trx
          .updateTable('tasks_orders')
          .set({
            title: input.title ?? order.title,
            body: input.body ?? order.body,
            version: order.version + 1,
          })
          .where('district_id', '=', order.district_id)
          .where('id', '=', id)
          .execute();
        await auditor.append(trx, ctx, {
          action: 'tasks.order.edit',
          objectType: 'tasks_order',
          objectId: id,
          districtId: order.district_id,
          detail: { reason: input.reason, title: input.title !== undefined, body: input.body !== undefined },
        });
        return (await orderViews([(await repo.findOrder(trx, id))!], trx, ctx.actor))[0];
      });
    },

    /** An officer issues a draft (the official number is taken now), with a reason. */
    async issueOrder(ctx: RequestContext, id: string, input: { reason: string; version: number }) {
      requirePermission(ctx, 'tasks.manage');
      const o0 = await repo.findOrder(db, id);
      if (!o0) throw new NotFoundError();
      const dName = await districtName(ctx, o0.district_id);
      return db.transaction().execute(async (trx) => {
        const order = await lockManagedOrder(ctx, trx, id);
        assertTransition(ORDER_MACHINE, order.status as OrderStatus, 'issue');
        if (order.version !== input.version) throw new ConflictError('error.stale');
        const task = (await repo.findTask(trx, order.task_id, true))!;
        if (order.type === 'commendation') assertCommendable(task.eval_status as EvalStatus | null);
        if (order.type === 'accountability') {
          const pending = await trx
            .selectFrom('tasks_exemptions')
            .select('id')
            .where('district_id', '=', order.district_id)
            .where('order_id', '=', id)
            .where('status', '=', 'pending')
            .executeTakeFirst();
          if (pending) throw new ConflictError('tasks.exemption_pending');
        }
        await issueInTrx(trx, ctx, { ...order, type: order.type as OrderType }, task, input.reason, dName);
        return (await orderViews([(await repo.findOrder(trx, id))!], trx, ctx.actor))[0];
      });
    },

    /** An officer dismisses a draft, with a reason. */
    async dismissOrder(ctx: RequestContext, id: string, input: { reason: string; version: number }) {
      requirePermission(ctx, 'tasks.manage');
      return db.transaction().execute(async (trx) => {
        const order = await lockManagedOrder(ctx, trx, id);
        const to = assertTransition(ORDER_MACHINE, order.status as OrderStatus, 'dismiss');
        if (order.version !== input.version) throw new ConflictError('error.stale');
        await trx
          .updateTable('tasks_orders')
          .set({
            status: to,
            decision_reason: input.reason,
            decided_at: new Date(),
            version: order.version + 1,
          })
          .where('district_id', '=', order.district_id)
          .where('id', '=', id)
          .execute();
        await auditor.append(trx, ctx, {
          action: 'tasks.order.dismiss',
          objectType: 'tasks_order',
          objectId: id,
          districtId: order.district_id,
          detail: { reason: input.reason, type: order.type },
        });
        return (await orderViews([(await repo.findOrder(trx, id))!], trx, ctx.actor))[0];
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
          (await isOwnUnit(trx, actor, task, 'tasks.acknowledge'));
        if (!mine) throw new NotFoundError();
        assertTransition(ORDER_MACHINE, order.status as OrderStatus, 'acknowledge');
        const r = await trx
          .insertInto('tasks_acknowledgements')
          .values({ district_id: order.district_id, order_id: id, user_id: actor.userId })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        if (Number(r.numInsertedOrUpdatedRows ?? 0) > 0)
          await auditor.append(trx, ctx, {
            action: 'tasks.order.acknowledge',
            objectType: 'tasks_order',
            objectId: id,
            districtId: order.district_id,
          });
        return (await orderViews([order], trx, ctx.actor))[0];
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
      const { order } = await visibleOrder(ctx, id);
      const rows = await db
        .selectFrom('tasks_consequences')
        .selectAll()
        .where('district_id', '=', order.district_id)
        .where('order_id', '=', id)
        .orderBy('created_at')
        .execute();
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
        const order = await lockManagedOrder(ctx, trx, id);
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
        const inserted = await trx.insertInto('tasks_consequences').values(rows).returningAll().execute();
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

    /** Exemption applications on an order. */
    async exemptions(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'tasks.read');
      const { order } = await visibleOrder(ctx, id);
      const rows = await db
        .selectFrom('tasks_exemptions')
        .selectAll()
        .where('district_id', '=', order.district_id)
        .where('order_id', '=', id)
        .orderBy('created_at')
        .execute();
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
        if (!(await isOwnUnit(trx, actor, task, 'tasks.exempt'))) throw new NotFoundError();
        if (order.type !== 'accountability') throw new ConflictError('tasks.exemption_only_accountability');
        assertTransition(ORDER_MACHINE, order.status as OrderStatus, 'exempt');
        const id = uuidv7();
        const r = await trx
          .insertInto('tasks_exemptions')
          .values({
            district_id: order.district_id,
            id,
            task_id: order.task_id,
            order_id: order.id,
            applicant_user_id: actor.userId,
            grounds: input.grounds,
            innovation: input.innovation,
          })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
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
      const x0 = await db
        .selectFrom('tasks_exemptions')
        .select(['district_id', 'order_id'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!x0 || !can(ctx.actor, 'tasks.manage', await pathOf(x0.district_id))) throw new NotFoundError();
      return db.transaction().execute(async (trx) => {
        const order = (await repo.findOrder(trx, x0.order_id, true))!;
        const x = (await trx
          .selectFrom('tasks_exemptions')
          .selectAll()
          .where('district_id', '=', x0.district_id)
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirst())!;
        const to = assertTransition(EXEMPTION_MACHINE, x.status as ExemptionStatus, input.decision);
        if (input.decision === 'grant') {
          const dismissed = assertTransition(ORDER_MACHINE, order.status as OrderStatus, 'dismiss');
          await trx
            .updateTable('tasks_orders')
            .set({
              status: dismissed,
              decision_reason: `容错免责：${input.reason}`,
              decided_at: new Date(),
              version: order.version + 1,
            })
            .where('district_id', '=', order.district_id)
            .where('id', '=', order.id)
            .execute();
          await auditor.append(trx, ctx, {
            action: 'tasks.order.dismiss',
            objectType: 'tasks_order',
            objectId: order.id,
            districtId: order.district_id,
            detail: { reason: input.reason, exemptionId: id },
          });
        }
        const updated = await trx
          .updateTable('tasks_exemptions')
          .set({
            status: to,
            decision_reason: input.reason,
            decided_by: ctx.actor!.userId,
            decided_at: new Date(),
          })
          .where('district_id', '=', x.district_id)
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
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

    /** Unit and task rankings of a district's year. */
    async leaderboard(ctx: RequestContext, q: { districtId: string; year: number }) {
      const actor = requirePermission(ctx, 'tasks.read');
      if (!districtsOf(actor, 'tasks.read').includes(q.districtId)) throw new NotFoundError();
      const units = await sql<{
        node_id: string;
        name: string;
        tasks: number;
        completed_on_time: number;
        commendations: number;
        accountabilities: number;
        avg_progress: number;
        points: number;
      }>`
        SELECT u.node_id, min(u.name) AS name, count(DISTINCT t.id)::int AS tasks,
          count(DISTINCT t.id) FILTER (WHERE t.status = 'completed'
            AND (t.completed_at AT TIME ZONE 'Asia/Shanghai')::date <= t.deadline)::int AS completed_on_time,
          (SELECT count(*) FROM tasks_orders o JOIN tasks_award_units u2 ON u2.district_id = o.district_id AND u2.task_id = o.task_id
             JOIN tasks_tasks t2 ON t2.district_id = o.district_id AND t2.id = o.task_id
           WHERE u2.node_id = u.node_id AND o.type = 'commendation' AND o.status = 'issued' AND t2.year = ${q.year})::int AS commendations,
          (SELECT count(*) FROM tasks_orders o JOIN tasks_award_units u2 ON u2.district_id = o.district_id AND u2.task_id = o.task_id
             JOIN tasks_tasks t2 ON t2.district_id = o.district_id AND t2.id = o.task_id
           WHERE u2.node_id = u.node_id AND o.type = 'accountability' AND o.status = 'issued' AND t2.year = ${q.year})::int AS accountabilities,
          coalesce(avg(t.actual_progress), 0)::float8 AS avg_progress,
          coalesce((SELECT sum(c.points) FROM tasks_consequences c JOIN tasks_orders o ON o.district_id = c.district_id AND o.id = c.order_id
             JOIN tasks_tasks t3 ON t3.district_id = o.district_id AND t3.id = o.task_id
           WHERE c.subject_node_id = u.node_id AND t3.year = ${q.year}), 0)::float8 AS points
        FROM tasks_award_units u
        JOIN tasks_tasks t ON t.district_id = u.district_id AND t.id = u.task_id
        WHERE u.district_id = ${q.districtId} AND t.year = ${q.year} AND t.kind = 'list_task'
        GROUP BY u.node_id`.execute(db);
      const rankedUnits = rankUnits(
        units.rows.map((u) => ({
          nodeId: u.node_id,
          name: u.name,
          tasks: u.tasks,
          completedOnTime: u.completed_on_time,
          commendations: u.commendations,
          accountabilities: u.accountabilities,
          avgProgress: Math.round(Number(u.avg_progress) * 10) / 10,
          points: Number(u.points),
        })),
      );
      const tasks = await db
        .selectFrom('tasks_tasks')
        .select(repo.TASK_COLUMNS)
        .where('district_id', '=', q.districtId)
        .where('year', '=', q.year)
        .where('kind', '=', 'list_task')
        .where('status', 'in', ['awarded', 'completed'])
        .execute();
      const views = await taskViews(ctx, tasks);
      const rankedTasks = rankTasks(
        views.map((v) => ({ ...v, planned: v.plannedProgress, actual: v.actualProgress })),
      );
      return {
        units: rankedUnits,
        tasks: rankedTasks.map((v) => ({
          rank: v.rank,
          taskId: v.id,
          title: v.title,
          actualProgress: v.actualProgress,
          plannedProgress: v.plannedProgress,
          evalStatus: v.evalStatus,
        })),
      };
    },

    /** Leaderboards as an Excel workbook. */
    async exportLeaderboard(ctx: RequestContext, q: { districtId: string; year: number }) {
      const board = await this.leaderboard(ctx, q);
      const { leaderboardWorkbook } = await import('./tasks.export.ts');
      return leaderboardWorkbook(board);
    },

    /** For the cadre-assessment module: a unit's or a person's issued orders and points in a period. */
    ordersAndPoints: (q: { nodeId?: string; personId?: string; from: string; to: string }) => points(q),

    /** An officer reads a unit's or a person's orders and points (the district must be in scope). */
    async ordersAndPointsAs(
      ctx: RequestContext,
      q: { nodeId?: string; personId?: string; from: string; to: string },
    ) {
      const actor = requirePermission(ctx, 'tasks.manage');
      if (!q.nodeId && !q.personId) throw new InvalidError([{ field: 'nodeId', key: 'error.required' }]);
      if (q.nodeId && !can(actor, 'tasks.manage', await pathOf(q.nodeId))) throw new NotFoundError();
      // a person is looked up only inside the districts the actor manages
      return points({ ...q, districtIds: q.nodeId ? undefined : districtsOf(actor, 'tasks.manage') });
    },

    /** A community lists a party-building project for units and party branches to claim. */
    async createPartyProject(
      ctx: RequestContext,
      input: {
        ownerNodeId: string;
        year: number;
        title: string;
        goal: string;
        milestones: TaskInput['milestones'];
        deadline: string;
        startDate?: string;
        investment?: number | null;
      },
    ) {
      requirePermission(ctx, 'tasks.party.manage');
      const owner = await unitNode(ctx, input.ownerNodeId, 'tasks.party.manage', 'ownerNodeId');
      return db.transaction().execute(async (trx) => {
        const id = await insertTask(trx, {
          districtId: owner.districtId,
          listId: null,
          kind: 'party_project',
          year: input.year,
          source: 'bottom_up',
          status: assertTransition(TASK_MACHINE, 'draft', 'publish'),
          input: { ...input, category: 'party_building', indicators: [] },
          responsible: { id: owner.id, name: owner.name },
          ownerNodeId: owner.id,
        });
        await auditor.append(trx, ctx, {
          action: 'tasks.party_project.create',
          objectType: 'tasks_task',
          objectId: id,
          districtId: owner.districtId,
          detail: { title: input.title, owner: owner.id },
        });
        return { id };
      });
    },

    /** Party-building project claiming in a district's year: projects, claimed, units, beneficiaries. */
    async partySummary(ctx: RequestContext, q: { districtId: string; year: number }) {
      const actor = requirePermission(ctx, 'tasks.read');
      if (!districtsOf(actor, 'tasks.read').includes(q.districtId)) throw new NotFoundError();
      const r = await sql<{ projects: number; claimed: number; units: number; beneficiaries: number }>`
        SELECT count(*)::int AS projects,
          count(*) FILTER (WHERE t.status IN ('awarded', 'completed'))::int AS claimed,
          (SELECT count(DISTINCT (u.node_id, u.party_org_id)) FROM tasks_award_units u JOIN tasks_tasks t2
             ON t2.district_id = u.district_id AND t2.id = u.task_id
           WHERE u.district_id = ${q.districtId} AND t2.kind = 'party_project' AND t2.year = ${q.year})::int AS units,
          coalesce(sum(t.beneficiaries), 0)::int AS beneficiaries
        FROM tasks_tasks t
        WHERE t.district_id = ${q.districtId} AND t.kind = 'party_project' AND t.year = ${q.year} AND t.status <> 'cancelled'`.execute(
        db,
      );
      const row = r.rows[0];
      return {
        projects: row.projects,
        claimed: row.claimed,
        claimingUnits: row.units,
        beneficiaries: row.beneficiaries,
      };
    },

    /** The public page: a published list with each task's live status (no login). */
    async publicList(_ctx: RequestContext, q: { districtId: string; year: number }) {
      const list = await db
        .selectFrom('tasks_lists')
        .selectAll()
        .where('district_id', '=', q.districtId)
        .where('year', '=', q.year)
        .where('status', '=', 'published')
        .executeTakeFirst();
      if (!list) throw new NotFoundError();
      const rows = await db
        .selectFrom('tasks_tasks')
        .select(repo.TASK_COLUMNS)
        .where('district_id', '=', list.district_id)
        .where('list_id', '=', list.id)
        .where('status', 'in', ['published', 'awarded', 'completed'])
        .orderBy('no')
        .execute();
      const views = await taskViews(_ctx, rows);
      return {
        districtId: list.district_id,
        year: list.year,
        title: list.title,
        publishedVersion: list.published_version!,
        publishedAt: iso(list.published_at)!,
        tasks: views.map((v, i) => ({
          id: v.id,
          no: v.no,
          title: v.title,
          category: v.category,
          goal: rows[i].goal,
          deadline: v.deadline,
          status: v.status,
          evalStatus: v.evalStatus,
          plannedProgress: v.plannedProgress,
          actualProgress: v.actualProgress,
          units: v.units.map((u) => u.name),
          commanderName: v.commanderName,
        })),
      };
    },
  };

  /** Locks an order the actor manages (404 otherwise). */
  async function lockManagedOrder(ctx: RequestContext, trx: Executor, id: string) {
    const order = await repo.findOrder(trx, id, true);
    if (!order) throw new NotFoundError();
    const inScope = await trx
      .selectFrom('tasks_orders as o')
      .select('o.id')
      .where('o.district_id', '=', order.district_id)
      .where('o.id', '=', id)
      .where(nodeInPaths('o.district_id', scopePaths(ctx.actor, 'tasks.manage')))
      .executeTakeFirst();
    if (!inScope) throw new NotFoundError();
    return order;
  }
}

/**
 * A task's human-readable number: 榜2026-007 for the 7th task of the 2026 list, 党2026-012 for a
 * party-building project (numbers are per district, year and kind).
 */
export function taskCode(t: { kind: string; year: number; no: number }): string {
  return `${t.kind === 'party_project' ? '党' : '榜'}${t.year}-${String(t.no).padStart(3, '0')}`;
}

function performanceView(p: {
  id: string;
  task_id: string;
  node_id: string;
  unit_name: string;
  person_id: string | null;
  aspect: string;
  positive: boolean;
  note: string;
  occurred_on: string;
}) {
  return {
    id: p.id,
    taskId: p.task_id,
    nodeId: p.node_id,
    unitName: p.unit_name,
    personId: p.person_id,
    aspect: p.aspect as 'loyalty',
    positive: p.positive,
    note: p.note,
    occurredOn: String(p.occurred_on),
  };
}

function listView(l: repo.ListRow & { task_count: number | string | null }) {
  return {
    id: l.id,
    districtId: l.district_id,
    year: l.year,
    title: l.title,
    status: l.status as ListStatus,
    version: l.version,
    publishedVersion: l.published_version,
    publishedAt: iso(l.published_at),
    taskCount: Number(l.task_count ?? 0),
  };
}

function proposalView(p: {
  id: string;
  list_id: string;
  title: string;
  category: string;
  proposer_node_id: string;
  proposer_name: string;
  rationale: string;
  status: string;
  decision_reason: string | null;
  task_id: string | null;
  created_at: Date;
}) {
  return {
    id: p.id,
    listId: p.list_id,
    title: p.title,
    category: p.category as TaskInput['category'],
    proposerNodeId: p.proposer_node_id,
    proposerName: p.proposer_name,
    rationale: p.rationale,
    status: p.status as 'pending',
    decisionReason: p.decision_reason,
    taskId: p.task_id,
    createdAt: iso(p.created_at)!,
  };
}

function exemptionView(x: {
  id: string;
  task_id: string;
  order_id: string;
  grounds: string;
  innovation: string;
  status: string;
  decision_reason: string | null;
  created_at: Date;
  decided_at: Date | null;
}) {
  return {
    id: x.id,
    taskId: x.task_id,
    orderId: x.order_id,
    grounds: x.grounds,
    innovation: x.innovation,
    status: x.status as ExemptionStatus,
    decisionReason: x.decision_reason,
    createdAt: iso(x.created_at)!,
    decidedAt: iso(x.decided_at),
  };
}
