/**
 * One worker: the placement with its monthly work-log summaries 月度工作纪实 and yearly appraisals
 * 年度考核; renewing the contract, ending the placement (the post becomes vacant), writing a month's
 * log (rewriting the same month replaces it, so a retried phone write never duplicates), appraising
 * a year once.
 */
import type { z } from 'zod';
import { can, type RequestContext } from '../../platform/access/access.ts';
import { rowFor } from '../../platform/access/nodes.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { checkUpdated, today, workerOut, type PartyworkersDeps } from './partyworkers.core.ts';
import * as repo from './partyworkers.repository.ts';
import { appraisalYearDue, appraisedFor, logMonthOpen, type Grade } from './partyworkers.rules.ts';
import type { appraiseBody, endBody, logBody, renewBody, workerView } from './partyworkers.schemas.ts';

/** Builds the verbs on one worker. */
export function createWorkersService(deps: PartyworkersDeps) {
  const { db, auditor } = deps;

  /** A placement the actor may perform action on, 404 otherwise (locked when asked). */
  const workerFor = (exec: Executor, ctx: RequestContext, id: string, action: string, lock = false) =>
    rowFor(ctx, action, () => repo.findWorker(exec, id, lock));

  /** A placement in office, locked, at the version read (404, 409). */
  async function current(trx: Executor, ctx: RequestContext, id: string, version: number) {
    const w = await workerFor(trx, ctx, id, 'partyworkers.manage', true);
    if (w.ended_on) throw new ConflictError('partyworkers.not_current');
    if (w.version !== version) throw new ConflictError('partyworkers.stale');
    return w;
  }

  return {
    /** A worker with logs and appraisals, and the year an appraisal is due for. */
    async view(ctx: RequestContext, id: string): Promise<z.infer<typeof workerView>> {
      const w = await workerFor(db, ctx, id, 'partyworkers.read');
      const logs = await repo.findLogs(db, w.district_id, w.id);
      const appraisals = await repo.findAppraisals(db, w.district_id, w.id);
      const now = today();
      const due = appraisalYearDue(now);
      const owes =
        due !== null &&
        appraisedFor({ startedOn: w.started_on, endedOn: w.ended_on }, due) &&
        !appraisals.some((a) => a.year === due);
      return {
        ...workerOut(w, now),
        streetName: w.level === 'street' ? w.node_name : (w.street_name ?? ''),
        logs: logs.map((l) => ({
          month: l.month,
          days: l.days,
          summary: l.summary,
          writtenAt: shanghaiDay(new Date(l.written_at)),
        })),
        appraisals: appraisals.map((a) => ({
          year: a.year,
          grade: a.grade as Grade,
          note: a.note,
          appraisedOn: shanghaiDay(new Date(a.appraised_at)),
        })),
        appraisalDue: owes ? due : null,
        can: {
          manage: can(ctx.actor, 'partyworkers.manage', w.path),
          log: can(ctx.actor, 'partyworkers.log', w.path),
        },
      };
    },

    /** Renews the contract to a later end. */
    async renew(ctx: RequestContext, id: string, b: z.infer<typeof renewBody>) {
      return db.transaction().execute(async (trx) => {
        const w = await current(trx, ctx, id, b.version);
        if (b.contractEnd <= w.contract_end)
          throw new InvalidError([{ field: 'contractEnd', key: 'partyworkers.renew_not_later' }]);
        checkUpdated(
          await repo.updatePlacement(
            trx,
            { districtId: w.district_id, id: w.id, version: w.version },
            { contract_end: b.contractEnd },
          ),
        );
        await auditor.append(trx, ctx, {
          action: 'partyworkers.placement.renew',
          objectType: 'partyworkers_placement',
          objectId: w.id,
          districtId: w.district_id,
          detail: { from: w.contract_end, to: b.contractEnd },
        });
        return { ok: true as const };
      });
    },

    /** Ends the placement: the worker leaves and the post is vacant again. */
    async end(ctx: RequestContext, id: string, b: z.infer<typeof endBody>) {
      return db.transaction().execute(async (trx) => {
        const w = await current(trx, ctx, id, b.version);
        if (b.endedOn < w.started_on)
          throw new InvalidError([{ field: 'endedOn', key: 'partyworkers.end_before_start' }]);
        checkUpdated(
          await repo.updatePlacement(
            trx,
            { districtId: w.district_id, id: w.id, version: w.version },
            { ended_on: b.endedOn, end_reason: b.reason },
          ),
        );
        await auditor.append(trx, ctx, {
          action: 'partyworkers.placement.end',
          objectType: 'partyworkers_placement',
          objectId: w.id,
          districtId: w.district_id,
          detail: { endedOn: b.endedOn, reason: b.reason },
        });
        return { ok: true as const };
      });
    },

    /** Writes a month's work-log summary (the same month again replaces it). */
    async writeLog(ctx: RequestContext, id: string, b: z.infer<typeof logBody>) {
      return db.transaction().execute(async (trx) => {
        const w = await workerFor(trx, ctx, id, 'partyworkers.log', true);
        if (!logMonthOpen(b.month, { startedOn: w.started_on, endedOn: w.ended_on }, today()))
          throw new InvalidError([{ field: 'month', key: 'partyworkers.month_closed' }]);
        await repo.upsertLog(trx, {
          district_id: w.district_id,
          placement_id: w.id,
          month: b.month,
          days: b.days,
          summary: b.summary,
          written_by: ctx.actor?.userId ?? null,
        });
        await auditor.append(trx, ctx, {
          action: 'partyworkers.log.write',
          objectType: 'partyworkers_placement',
          objectId: w.id,
          districtId: w.district_id,
          detail: { month: b.month, days: b.days },
        });
        return { ok: true as const };
      });
    },

    /** Appraises a worker for a year, once (409 when that year has a grade). */
    async appraise(ctx: RequestContext, id: string, b: z.infer<typeof appraiseBody>) {
      return db.transaction().execute(async (trx) => {
        const w = await workerFor(trx, ctx, id, 'partyworkers.manage', true);
        const thisYear = Number(today().slice(0, 4));
        if (b.year > thisYear || !appraisedFor({ startedOn: w.started_on, endedOn: w.ended_on }, b.year))
          throw new InvalidError([{ field: 'year', key: 'partyworkers.not_appraisable' }]);
        const stored = await repo.insertAppraisal(trx, {
          district_id: w.district_id,
          placement_id: w.id,
          year: b.year,
          grade: b.grade,
          note: b.note,
          appraised_by: ctx.actor?.userId ?? null,
        });
        if (!stored) throw new ConflictError('partyworkers.appraised');
        await auditor.append(trx, ctx, {
          action: 'partyworkers.appraisal.create',
          objectType: 'partyworkers_placement',
          objectId: w.id,
          districtId: w.district_id,
          detail: { year: b.year, grade: b.grade },
        });
        return { ok: true as const };
      });
    },
  };
}
