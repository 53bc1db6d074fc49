/**
 * Writing helpers several use cases share: a task with its planned milestones, a list's new version,
 * notices to a task's units, and a draft order (its text from the task) and its issuing with the
 * next gapless number of its series.
 */
import type { RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Executor } from '../../platform/db/db.ts';
import { InvalidError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiThisYear } from '../../platform/time.ts';
import { keyedTitle, type NotificationInput, type NotifyService } from '../notify/index.ts';
import * as listsRepo from './tasks.lists.repository.ts';
import * as ordersRepo from './tasks.orders.repository.ts';
import * as repo from './tasks.repository.ts';
import {
  badMilestoneDates,
  dayNumber,
  orderNumber,
  planMilestones,
  type OrderTrigger,
  type OrderType,
  type TaskStatus,
} from './tasks.rules.ts';
import type { Indicator, TaskInput } from './tasks.schemas.ts';

/** Checks a task's deadline and milestone dates against its start (422 per field). */
export function checkTaskInput(input: TaskInput, startDate: string) {
  const fields = [];
  if (dayNumber(input.deadline) < dayNumber(startDate))
    fields.push({ field: 'deadline', key: 'tasks.deadline_before_start' });
  for (const i of badMilestoneDates(input.milestones, startDate, input.deadline))
    fields.push({ field: `milestones.${i}.dueDate`, key: 'tasks.milestone_dates' });
  if (fields.length) throw new InvalidError(fields);
}

/** Inserts a task (the next number of its district, year and kind) with its planned milestones. */
export async function insertTask(
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
  const next = await listsRepo.lastTaskNo(trx, v.districtId, v.year, v.kind);
  const id = uuidv7();
  await listsRepo.insertTaskRow(trx, {
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
  });
  await listsRepo.insertMilestones(
    trx,
    planMilestones(v.input.milestones, startDate).map((m) => ({
      district_id: v.districtId,
      task_id: id,
      seq: m.seq,
      title: m.title,
      weight: m.weight,
      due_date: m.dueDate,
      planned_from: m.plannedFrom,
    })),
  );
  return id;
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

/** Inserts a draft order (from the award, the evaluation or an officer). */
export async function insertOrder(
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
  await ordersRepo.insertOrderRow(trx, {
    district_id: task.district_id,
    id,
    task_id: task.id,
    type: v.type,
    status: 'draft',
    year: shanghaiThisYear(),
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
  });
  return id;
}

/** Builds the helpers that audit or notify. */
export function createTasksWrites(deps: { auditor: Auditor; notify: Pick<NotifyService, 'send'> }) {
  const { auditor, notify } = deps;

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

  /** Issues an order inside trx: takes the next number of its series and tells the units. */
  async function issueInTrx(
    trx: Executor,
    ctx: RequestContext,
    order: { district_id: string; id: string; type: OrderType; task_id: string },
    task: { district_id: string; id: string; title: string },
    reason: string,
    districtName: string,
  ) {
    const year = shanghaiThisYear();
    const seq = await repo.takeOrderSeq(trx, order.district_id, year, order.type);
    const number = orderNumber(districtName, order.type, year, seq);
    await ordersRepo.markOrderIssued(trx, order, { year, seq, number, issuedBy: ctx.actor!.userId, reason });
    await auditor.append(trx, ctx, {
      action: 'tasks.order.issue',
      objectType: 'tasks_order',
      objectId: order.id,
      districtId: order.district_id,
      detail: { type: order.type, number, taskId: order.task_id, reason },
    });
    await unitNotices(trx, task, {
      kind: 'tasks.order_issued',
      ...keyedTitle('tasks.notify.issued', {
        type: { $t: `tasks.type.${order.type}` },
        number,
        title: task.title,
      }),
      objectType: 'tasks_order',
      objectId: order.id,
      link: `/tasks/orders/${order.id}`,
    });
    return { seq, number };
  }

  return { unitNotices, issueInTrx };
}
