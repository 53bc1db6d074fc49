/**
 * Problems 问题 and their rectification 整改: the inspection side records a problem with its
 * suggestions 整改建议 on a unit; once the letter is issued the unit submits a plan with a deadline,
 * reports progress and closure evidence; the inspection side accepts (已整改) or returns with a
 * reason; a problem may be handed over for accountability 移交问责. Moves follow FINDING_MOVES,
 * check the version (409 when stale or illegal) and are audited.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay } from '../../platform/time.ts';
import {
  categoriesOf,
  findingFor,
  findingOut,
  sidesOn,
  visibleFindings,
  type InspectionsDeps,
} from './inspections.core.ts';
import * as repo from './inspections.repository.ts';
import {
  ACTION_NEEDS,
  categoryAllowed,
  deadlineAllowed,
  findingMove,
  sideOf,
  type FindingState,
} from './inspections.rules.ts';
import type { findingBody, findingQuery, moveBody } from './inspections.schemas.ts';

/** What a problem holds (the body without its unit). */
export type FindingInput = Omit<z.infer<typeof findingBody>, 'unitId'>;

/**
 * Records a problem on a unit (locked by the caller) whose letter is not yet issued: numbered next
 * in the letter, audited. The one create path of the form and the import.
 */
export async function recordFinding(
  deps: InspectionsDeps,
  trx: Executor,
  ctx: RequestContext,
  u: repo.UnitRow,
  b: FindingInput,
) {
  const id = uuidv7();
  const seq = await repo.nextFindingSeq(trx, u.district_id, u.id);
  await repo.insertFinding(trx, {
    district_id: u.district_id,
    id,
    round_id: u.round_id,
    unit_id: u.id,
    node_id: u.node_id,
    seq,
    category: b.category,
    description: b.description,
    evidence: b.evidence,
    severity: b.severity,
    suggestions: b.suggestions,
    state: 'recorded',
    created_by: ctx.actor!.userId,
  });
  await repo.insertSteps(trx, [
    {
      district_id: u.district_id,
      id: uuidv7(),
      finding_id: id,
      action: 'record',
      note: '',
      by_user: ctx.actor!.userId,
      by_name: ctx.actor!.displayName,
    },
  ]);
  await deps.auditor.append(trx, ctx, {
    action: 'inspections.finding.record',
    objectType: 'inspections_finding',
    objectId: id,
    districtId: u.district_id,
    detail: { unit: u.node_name, category: b.category, severity: b.severity },
  });
  return id;
}

/** Builds the problems use cases. */
export function createFindingsService(deps: InspectionsDeps) {
  const { db, auditor } = deps;

  return {
    /** Records a problem with its suggestions on a unit of a round. */
    async record(ctx: RequestContext, b: z.infer<typeof findingBody>) {
      requirePermission(ctx, 'inspections.manage');
      return db.transaction().execute(async (trx) => {
        const u = await repo.findUnit(trx, b.unitId, true);
        if (!u || !can(ctx.actor, 'inspections.manage', u.round_path)) throw new NotFoundError();
        if (u.feedback_no) throw new ConflictError('inspections.feedback_issued');
        if (!categoryAllowed(await categoriesOf(trx, u.district_id), b.category))
          throw new InvalidError([
            { field: 'category', key: 'inspections.bad_category', params: { category: b.category } },
          ]);
        return { id: await recordFinding(deps, trx, ctx, u, b) };
      });
    },

    /** The problems in sight, filtered by round, unit, state or overdue. */
    async list(ctx: RequestContext, q: z.infer<typeof findingQuery>) {
      const actor = requirePermission(ctx, 'inspections.read');
      const today = shanghaiDay();
      const rows = await repo.findFindings(db, {
        visible: visibleFindings(actor),
        roundId: q.roundId,
        unitId: q.unitId,
        states: q.state ? [q.state] : undefined,
        overdueOn: q.overdue === '1' ? today : undefined,
      });
      return rows.map((f) => findingOut(ctx, f, today));
    },

    /** One problem with its history. */
    async get(ctx: RequestContext, id: string) {
      const f = await findingFor(db, ctx, id);
      const steps = await repo.findSteps(db, f.district_id, f.id);
      return {
        ...findingOut(ctx, f),
        steps: steps.map((s) => ({
          action: s.action,
          note: s.note,
          deadline: s.deadline,
          byName: s.by_name,
          at: s.at.toISOString(),
        })),
      };
    },

    /** Moves a problem one step (the unit's plan, progress, closure; the inspection side's verdicts). */
    async move(ctx: RequestContext, id: string, b: z.infer<typeof moveBody>) {
      const side = sideOf(b.action);
      requirePermission(ctx, side === 'inspection' ? 'inspections.manage' : 'inspections.rectify');
      return db.transaction().execute(async (trx) => {
        const f = await findingFor(trx, ctx, id, true);
        if (!sidesOn(ctx.actor, f.path).includes(side)) throw new NotFoundError();
        if (f.version !== b.version) throw new ConflictError('inspections.stale');
        const to = findingMove(f.state as FindingState, b.action);
        if (!to) throw new ConflictError('inspections.wrong_state');
        const today = shanghaiDay();
        const needs = ACTION_NEEDS[b.action];
        const note = b.note ?? '';
        const problems = [];
        if (needs.note && !note) problems.push({ field: 'note', key: 'inspections.note_required' });
        if (needs.deadline && !b.deadline)
          problems.push({ field: 'deadline', key: 'inspections.deadline_required' });
        else if (needs.deadline && !deadlineAllowed(b.deadline!, today))
          problems.push({ field: 'deadline', key: 'inspections.bad_deadline' });
        if (problems.length) throw new InvalidError(problems);
        const returned = b.action === 'return_plan' || b.action === 'return_closure';
        const r = await repo.updateFinding(trx, f.district_id, f.id, f.version, {
          state: to,
          ...(b.action === 'submit_plan' ? { plan: note, deadline: b.deadline } : {}),
          ...(b.action === 'accept_closure' ? { rectified_on: today } : {}),
          ...(returned ? { last_return_reason: note } : {}),
        });
        if (r.numUpdatedRows === 0n) throw new ConflictError('inspections.stale');
        await repo.insertSteps(trx, [
          {
            district_id: f.district_id,
            id: uuidv7(),
            finding_id: f.id,
            action: b.action,
            note,
            deadline: needs.deadline ? b.deadline : null,
            by_user: ctx.actor!.userId,
            by_name: ctx.actor!.displayName,
          },
        ]);
        await auditor.append(trx, ctx, {
          action: `inspections.finding.${b.action}`,
          objectType: 'inspections_finding',
          objectId: f.id,
          districtId: f.district_id,
          detail: { from: f.state, to },
        });
        if (returned) {
          const what = { $t: `inspections.notice.${b.action === 'return_plan' ? 'plan' : 'closure'}` };
          const title = `${f.node_name}·${f.seq}. ${f.description.slice(0, 30)}`;
          await deps.notify.send(trx, [
            {
              districtId: f.district_id,
              nodeId: f.node_id,
              kind: 'inspections.returned',
              title: t('zh-CN', 'inspections.notice.returned', {
                what: t('zh-CN', what.$t),
                title,
              }),
              titleKey: 'inspections.notice.returned',
              titleParams: { what, title },
              link: '/inspections',
              objectType: 'inspections_finding',
              objectId: f.id,
            },
          ]);
        }
        return findingOut(ctx, (await repo.findFinding(trx, f.id))!, today);
      });
    },

    /** Marks a problem handed over for accountability 移交问责, with the reason (recorded, audited). */
    async handover(ctx: RequestContext, id: string, b: { reason: string; version: number }) {
      requirePermission(ctx, 'inspections.manage');
      return db.transaction().execute(async (trx) => {
        const f = await findingFor(trx, ctx, id, true);
        if (!can(ctx.actor, 'inspections.manage', f.path)) throw new NotFoundError();
        if (f.version !== b.version) throw new ConflictError('inspections.stale');
        const r = await repo.updateFinding(trx, f.district_id, f.id, f.version, {
          handed_over: true,
          handover_reason: b.reason,
        });
        if (r.numUpdatedRows === 0n) throw new ConflictError('inspections.stale');
        await repo.insertSteps(trx, [
          {
            district_id: f.district_id,
            id: uuidv7(),
            finding_id: f.id,
            action: 'handover',
            note: b.reason,
            by_user: ctx.actor!.userId,
            by_name: ctx.actor!.displayName,
          },
        ]);
        await auditor.append(trx, ctx, {
          action: 'inspections.finding.handover',
          objectType: 'inspections_finding',
          objectId: f.id,
          districtId: f.district_id,
        });
        return findingOut(ctx, (await repo.findFinding(trx, f.id))!);
      });
    },
  };
}
