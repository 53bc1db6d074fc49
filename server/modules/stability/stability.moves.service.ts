/**
 * The pre-decision procedure 前置程序 (seed 003: 将重大决策社会稳定影响风险评估纳入重大决策前置程序):
 * the unit submits its assessment (the level frozen by the rules), the district 政法委 confirms the
 * level (numbering the report) or returns it, and only then may the unit decide, by the rule of
 * outcome: 高 → 暂缓 / 不实施 / changed and reassessed; 中 → with mitigation measures; 低 → proceed.
 * A reassessment opens a new round and keeps the earlier ones.
 */
import type { z } from 'zod';
import type { RequestContext } from '../../platform/access/access.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { t } from '../../platform/i18n.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { Executor } from '../../platform/db/db.ts';
import {
  actorRoles,
  checkUpdated,
  decisionFor,
  risksOf,
  thresholdsOf,
  today,
  type StabilityDeps,
} from './stability.core.ts';
import * as repo from './stability.repository.ts';
import {
  assessLevel,
  decideProblem,
  gateProblem,
  move,
  reportNumber,
  type Level,
  type State,
} from './stability.rules.ts';
import type { moveBody } from './stability.schemas.ts';

type Move = z.infer<typeof moveBody>;

/** Builds the move verb. */
export function createMovesService(deps: StabilityDeps) {
  const { db, auditor, notify } = deps;

  const tell = (
    trx: Executor,
    d: repo.DecisionRow,
    nodeId: string,
    kind: string,
    key: string,
    params: Record<string, unknown>,
  ) =>
    notify.send(trx, [
      {
        districtId: d.district_id,
        nodeId,
        kind,
        title: t('zh-CN', key, params),
        titleKey: key,
        titleParams: params,
        link: `/stability/decisions/${d.id}`,
        objectType: 'stability_decision',
        objectId: d.id,
      },
    ]);

  /** What each move does to the current round besides the state; answers extra columns of the decision. */
  async function apply(
    trx: Executor,
    ctx: RequestContext,
    d: repo.DecisionRow,
    a: repo.AssessmentRow,
    b: Move,
  ): Promise<Record<string, unknown>> {
    const now = new Date();
    switch (b.action) {
      case 'submit': {
        const risks = risksOf(a);
        const missing = [
          ...(risks.length === 0 ? [{ field: 'risks', key: 'stability.risks_required' }] : []),
          ...(a.survey_for + a.survey_against + a.survey_neutral === 0
            ? [{ field: 'surveyFor', key: 'stability.survey_required' }]
            : []),
          ...(a.methods.length === 0 ? [{ field: 'methods', key: 'stability.methods_required' }] : []),
        ];
        if (missing.length) throw new InvalidError(missing);
        const thresholds = await thresholdsOf(trx, d.district_id);
        const r = assessLevel({
          risks,
          survey: { for: a.survey_for, against: a.survey_against, neutral: a.survey_neutral },
          thresholds,
        });
        await repo.updateAssessment(trx, d.district_id, a.id, {
          state: 'submitted',
          level: r.level,
          reasons: r.reasons,
          submitted_at: now,
        });
        await tell(trx, d, d.district_id, 'stability.submitted', 'stability.notice.submitted', {
          unit: d.node_name,
          title: d.title,
        });
        return {};
      }
      case 'confirm': {
        const level = b.level ?? (a.level as Level);
        if (level !== a.level && !b.note)
          throw new InvalidError([{ field: 'note', key: 'stability.note_required_for_change' }]);
        const year = Number(today().slice(0, 4));
        const no = await repo.nextReportNo(trx, d.district_id, year);
        await repo.updateAssessment(trx, d.district_id, a.id, {
          state: 'confirmed',
          confirmed_level: level,
          review_note: b.note ?? '',
          reviewed_by: ctx.actor!.userId,
          reviewer_name: ctx.actor!.displayName,
          confirmed_at: now,
          report_year: year,
          report_no: no,
        });
        await tell(trx, d, d.node_id, 'stability.reviewed', 'stability.notice.confirmed', {
          title: d.title,
          level: { $t: `stability.level.${level}` },
          no: reportNumber(year, no),
        });
        return {};
      }
      case 'return': {
        if (!b.note) throw new InvalidError([{ field: 'note', key: 'stability.note_required' }]);
        await repo.updateAssessment(trx, d.district_id, a.id, {
          state: 'open',
          level: null,
          reasons: [],
          review_note: b.note,
          submitted_at: null,
        });
        await tell(trx, d, d.node_id, 'stability.reviewed', 'stability.notice.returned', {
          title: d.title,
          note: b.note,
        });
        return {};
      }
      case 'decide': {
        const level = a.confirmed_level as Level;
        const outcome = b.outcome ?? (level === 'low' ? 'as_is' : 'with_measures');
        const measures = (await repo.findMeasures(trx, d.district_id, d.id)).filter(
          (m) => m.round === d.round,
        );
        const problem = decideProblem(level, outcome, measures.length);
        if (problem === 'high_level') throw new ConflictError('stability.high_level');
        if (problem) throw new InvalidError([{ field: 'outcome', key: `stability.${problem}` }]);
        const decidedOn = b.decidedOn ?? today();
        if (a.confirmed_at && decidedOn < shanghaiDay(a.confirmed_at))
          throw new InvalidError([{ field: 'decidedOn', key: 'stability.decided_before_review' }]);
        return { decided_on: decidedOn, decided_at: now, outcome };
      }
      case 'reassess': {
        await repo.updateAssessment(trx, d.district_id, a.id, { state: 'superseded' });
        await repo.insertAssessment(trx, {
          district_id: d.district_id,
          id: uuidv7(),
          decision_id: d.id,
          round: d.round + 1,
          risks: JSON.stringify(risksOf(a)),
          survey_for: a.survey_for,
          survey_against: a.survey_against,
          survey_neutral: a.survey_neutral,
          methods: a.methods,
          experts: a.experts,
        });
        return { round: d.round + 1 };
      }
      case 'withdraw': {
        if (!b.note) throw new InvalidError([{ field: 'note', key: 'stability.withdraw_reason_required' }]);
        // a round under review leaves the reviewer's list: it is closed with the decision
        if (a.state === 'submitted')
          await tell(trx, d, d.district_id, 'stability.withdrawn', 'stability.notice.withdrawn', {
            unit: d.node_name,
            title: d.title,
          });
        return { withdraw_reason: b.note };
      }
      default:
        // suspend 暂缓, drop 不实施: the state alone (the reason goes to the audit entry)
        return {};
    }
  }

  return {
    /** Moves a decision (submit, confirm, return, decide, suspend, drop, reassess, withdraw); 409 when not allowed now. */
    async moveDecision(ctx: RequestContext, id: string, b: Move) {
      return db.transaction().execute(async (trx) => {
        const d = await decisionFor(trx, ctx, id, 'stability.read', true);
        const state = d.state as State;
        if (b.action === 'decide') {
          const gate = gateProblem(state);
          if (gate === 'not_assessed') throw new ConflictError('stability.not_assessed');
        }
        const to = move(state, b.action, actorRoles(ctx.actor, d.path));
        if (!to) throw new ConflictError('stability.wrong_state');
        if (d.version !== b.version) throw new ConflictError('stability.stale');
        const a = await repo.findRound(trx, d.district_id, d.id, d.round);
        const extra = await apply(trx, ctx, d, a, b);
        checkUpdated(await repo.updateDecision(trx, d.district_id, d.id, d.version, { state: to, ...extra }));
        await auditor.append(trx, ctx, {
          action: `stability.decision.${b.action}`,
          objectType: 'stability_decision',
          objectId: d.id,
          districtId: d.district_id,
          detail: { from: state, to, round: d.round, level: b.level, note: b.note, outcome: extra.outcome },
        });
        return { ok: true as const };
      });
    },
  };
}
