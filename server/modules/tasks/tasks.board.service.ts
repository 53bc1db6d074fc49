/** The board 榜: the tasks an actor sees (and as a workbook), one task with what the actor may do, its timeline. */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { shanghaiDay } from '../../platform/time.ts';
import * as boardRepo from './tasks.board.repository.ts';
import * as claimingRepo from './tasks.claiming.repository.ts';
import type { TasksCore } from './tasks.core.ts';
import * as repo from './tasks.repository.ts';
import { TASK_MACHINE, transition, type TaskStatus } from './tasks.rules.ts';
import type { Indicator } from './tasks.schemas.ts';
import { iso, taskCode, type TasksQuery } from './tasks.views.ts';

/** Builds the board verbs. */
export function createBoard(deps: { core: TasksCore }) {
  const { core } = deps;
  const { db } = core;

  /** The board: tasks the actor may see, filtered. */
  async function tasks(ctx: RequestContext, q: TasksQuery) {
    const actor = requirePermission(ctx, 'tasks.read');
    const rows = await boardRepo.boardTasks(db, core.taskScope(actor), q);
    return core.taskViews(ctx, rows);
  }

  return {
    tasks,

    /** The board as an Excel workbook. */
    async exportTasks(ctx: RequestContext, q: TasksQuery) {
      const rows = await tasks(ctx, q);
      const { tasksWorkbook } = await import('./tasks.export.ts');
      return tasksWorkbook(rows);
    },

    /** One task with milestones and what the actor may do (404 outside scope). */
    async getTask(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'tasks.read');
      const task = await core.visibleTask(ctx, id);
      const [view] = await core.taskViews(ctx, [task]);
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
          const manage = await core.canManageTask(db, ctx.actor, task);
          const ownReport = await core.isOwnUnit(db, ctx.actor, task, 'tasks.report');
          // 揭榜 is offered while the task is open and none of the actor's units has a live application
          const applied = await claimingRepo.liveApplicationIn(
            db,
            task,
            scopePaths(ctx.actor, 'tasks.apply'),
          );
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
      const task = await core.visibleTask(ctx, id);
      const d = task.district_id;
      const [ms, reports, evals, orders, exemptions, violations, award] = await Promise.all([
        repo.milestonesOf(db, d, [id]),
        boardRepo.timelineReports(db, task),
        boardRepo.colourChanges(db, task),
        boardRepo.ordersOfTask(db, task),
        boardRepo.exemptionsOfTask(db, task),
        boardRepo.violationsOfTask(db, task),
        boardRepo.awardOfTask(db, task),
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
        ...evals.map((e) => ({
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
  };
}
