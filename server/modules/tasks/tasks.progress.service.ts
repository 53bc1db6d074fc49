/** Progress 进度: milestone reports (idempotent), indicator values, political performance, rule violations. */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { TasksCore } from './tasks.core.ts';
import * as progressRepo from './tasks.progress.repository.ts';
import * as repo from './tasks.repository.ts';
import {
  actualProgress,
  allDone,
  assertTransition,
  indicatorsMet,
  TASK_MACHINE,
  type TaskStatus,
} from './tasks.rules.ts';
import type { Indicator } from './tasks.schemas.ts';
import { iso, performanceView } from './tasks.views.ts';

/** Builds the progress verbs. */
export function createProgress(deps: { core: TasksCore; auditor: Auditor }) {
  const { core, auditor } = deps;
  const { db } = core;

  return {
    /** Progress reports of a task. */
    async reports(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'tasks.read');
      const task = await core.visibleTask(ctx, id);
      const rows = await progressRepo.reportsOfTask(db, task);
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
            if (!task || !(await core.isOwnUnit(trx, actor, task, 'tasks.report'))) throw new NotFoundError();
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
            const exists = await progressRepo.findReportId(trx, task.district_id, input.clientId);
            if (exists) throw new ConflictError('error.idempotency_mismatch');
            await progressRepo.insertReport(trx, {
              district_id: task.district_id,
              id: input.clientId,
              task_id: task.id,
              milestone_seq: input.milestoneSeq,
              percent: input.percent,
              narrative: input.narrative,
              attachments: JSON.stringify(input.attachments),
              reporter_user_id: actor.userId,
              reporter_name: actor.displayName,
            });
            await progressRepo.setMilestonePercent(trx, task, input.milestoneSeq, input.percent);
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
            await progressRepo.recordTaskProgress(trx, task, {
              actual_progress: actual,
              indicators: JSON.stringify(ind),
              beneficiaries: input.beneficiaries ?? task.beneficiaries,
              status,
              completed: done,
            });
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
        if (!task || !(await core.isOwnUnit(trx, actor, task, 'tasks.report'))) throw new NotFoundError();
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
        await progressRepo.setTaskIndicators(trx, task, JSON.stringify(ind), task.version + 1);
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
      if (!t0 || !(await core.canManageTask(db, ctx.actor, t0))) throw new NotFoundError();
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
        await progressRepo.insertPerformance(trx, row);
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
      const task = await core.visibleTask(ctx, taskId);
      const manage = await core.canManageTask(db, ctx.actor, task);
      const rows = await progressRepo.performanceOfTask(
        db,
        task,
        manage ? null : scopePaths(ctx.actor, 'tasks.read'),
      );
      return rows.map(performanceView);
    },

    /** Records a rule violation on a task (it leads the evaluation to propose accountability). */
    async recordViolation(
      ctx: RequestContext,
      taskId: string,
      input: { description: string; occurredOn: string },
    ) {
      requirePermission(ctx, 'tasks.manage');
      const t0 = await repo.findTask(db, taskId);
      if (!t0 || !can(ctx.actor, 'tasks.manage', await core.pathOf(t0.district_id)))
        throw new NotFoundError();
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        await progressRepo.insertViolation(trx, {
          district_id: t0.district_id,
          id,
          task_id: t0.id,
          description: input.description,
          occurred_on: input.occurredOn,
          recorded_by: ctx.actor!.userId,
        });
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
  };
}
