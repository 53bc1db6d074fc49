/**
 * The daily evaluation 红黄绿: one set-based run over districts (for the scheduler or an officer),
 * the colour warnings, the draft orders it proposes and deadline notices; and each district's
 * thresholds, set by its organisation department.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { keyedTitle, type NotifyService } from '../notify/index.ts';
import type { TasksCore } from './tasks.core.ts';
import { DEFAULT_TASKS_SETTINGS } from './tasks.manifest.ts';
import * as repo from './tasks.repository.ts';
import {
  proposeOrders,
  TRIGGER_OF,
  type EvalSettings,
  type EvalStatus,
  type OrderType,
  type TaskStatus,
} from './tasks.rules.ts';
import type { Indicator } from './tasks.schemas.ts';
import * as settingsRepo from './tasks.settings.repository.ts';
import { iso } from './tasks.views.ts';
import { insertOrder } from './tasks.writes.ts';

/** Builds the evaluation verbs. */
export function createEvaluation(deps: {
  core: TasksCore;
  auditor: Auditor;
  notify: Pick<NotifyService, 'send' | 'sendSelect'>;
}) {
  const { core, auditor, notify } = deps;
  const { db } = core;

  /** A district's thresholds as the API shows them (version 0: the defaults, never saved). */
  async function settingsView(exec: Executor, districtId: string, canEdit: boolean) {
    const r = await settingsRepo.findSettings(exec, districtId);
    return {
      districtId,
      ...settingsRepo.thresholdsOf(r, DEFAULT_TASKS_SETTINGS),
      version: r?.version ?? 0,
      isDefault: !r,
      defaults: { ...DEFAULT_TASKS_SETTINGS },
      updatedAt: iso(r?.updated_at),
      canEdit,
    };
  }

  // ------------------------------------------------------------ the evaluation core

  /**
   * Evaluates districts on a day in one transaction, set-based (a handful of statements whatever
   * the number of tasks); no actor needed, so the scheduler may call it. One audit entry per district.
   */
  async function runEvaluation(ctx: RequestContext | null, districtIds: string[] | null, day: string) {
    const ids = [...new Set(districtIds ?? (await repo.districtsWithLists(db)).map((r) => r.district_id))];
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
      await repo.jitOff(trx);
      // each district's own thresholds (one read; the defaults for districts that set none)
      const settings = await settingsRepo.settingsOf(trx, ids, DEFAULT_TASKS_SETTINGS);
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
          ...keyedTitle('tasks.notify.deadline', { title: d.title, deadline: d.deadline }),
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

  return {
    /** The daily evaluation for the scheduler or a benchmark: all districts (null) or some. */
    async runDailyEvaluation(opts: { districtIds?: string[] | null; day?: string } = {}) {
      return runEvaluation(null, opts.districtIds ?? null, opts.day ?? shanghaiDay());
    },

    /** An officer runs the daily evaluation now, for one district or all those it manages. */
    async runDailyEvaluationAs(ctx: RequestContext, input: { districtId?: string; day?: string }) {
      const actor = requirePermission(ctx, 'tasks.manage');
      if (input.districtId) await core.requireOver(ctx, 'tasks.manage', input.districtId);
      const ids = input.districtId ? [input.districtId] : core.districtsOf(actor, 'tasks.manage');
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
      const path = await core.pathOf(districtId);
      // a unit's grants name its district; an officer above the district holds read over its path
      const ofMine = core.districtsOf(actor, 'tasks.read').includes(districtId);
      if (!ofMine && !can(actor, 'tasks.read', path)) throw new NotFoundError();
      if (!ofMine) await core.districtNode(ctx, districtId);
      return settingsView(db, districtId, can(actor, 'tasks.settings', path));
    },

    /** The district's organisation department sets its thresholds (optimistic version; audited). */
    async updateEvaluationSettings(
      ctx: RequestContext,
      input: Omit<EvalSettings, 'rankingLagPlaces' | 'rankingLagDays' | 'indicatorGraceDays'> &
        Partial<EvalSettings> & { districtId: string; version: number },
    ) {
      await core.requireOver(ctx, 'tasks.settings', input.districtId);
      await core.districtNode(ctx, input.districtId);
      if (input.redMargin <= input.yellowMargin)
        throw new InvalidError([{ field: 'redMargin', key: 'tasks.settings.red_above_yellow' }]);
      return db.transaction().execute(async (trx) => {
        const before = await settingsRepo.findSettings(trx, input.districtId, true);
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
          await settingsRepo.updateSettings(trx, input.districtId, {
            ...values,
            version: before.version + 1,
          });
        } else {
          // two first saves at once: the second finds the row the first inserted → stale
          const r = await settingsRepo.insertSettings(trx, {
            district_id: input.districtId,
            ...values,
            version: 1,
          });
          if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) throw new ConflictError('error.stale');
        }
        const old = settingsRepo.thresholdsOf(before, DEFAULT_TASKS_SETTINGS);
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
  };
}
