/** What the stability verbs share: deps, who acts as unit or reviewer, thresholds, and the views. */
import type { z } from 'zod';
import { can, roleCan, type Actor, type RequestContext } from '../../platform/access/access.ts';
import { rowFor } from '../../platform/access/nodes.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError } from '../../platform/errors.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './stability.repository.ts';
import {
  assessLevel,
  DEFAULT_THRESHOLDS,
  dimensionLevels,
  oppositionPct,
  overdue,
  reportNumber,
  riskScore,
  scoreLevel,
  type Dimension,
  type Level,
  type MoveActor,
  type Risk,
  type Thresholds,
} from './stability.rules.ts';
import type { assessmentView, decisionRow, measureView } from './stability.schemas.ts';

/** What the stability verbs are built from (passed in by the composition root). */
export interface StabilityDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
}

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint }) {
  if (r.numUpdatedRows === 0n) throw new ConflictError('stability.stale');
}

/** Today in Asia/Shanghai. */
export const today = () => shanghaiDay();

/**
 * Whether the actor reviews at path: the review permission from a grant on the district node itself
 * (the district 政法委), never from a street's.
 */
export function reviews(actor: Actor | null, path: string): boolean {
  return !!actor?.grants.some(
    (g) => g.nodeId === g.districtId && roleCan(g.role, 'stability.review') && path.startsWith(g.path),
  );
}

/** The roles the actor acts in on a decision at path. */
export function actorRoles(actor: Actor | null, path: string): MoveActor[] {
  const out: MoveActor[] = [];
  if (can(actor, 'stability.register', path)) out.push('unit');
  if (reviews(actor, path)) out.push('reviewer');
  return out;
}

/** A decision the actor may perform action on, 404 otherwise (locked when asked). */
export function decisionFor(db: Executor, ctx: RequestContext, id: string, action: string, lock = false) {
  return rowFor(ctx, action, () => repo.findDecision(db, id, today(), lock));
}

/** A district's thresholds (the defaults until it sets its own) and their version (0: never set). */
export async function thresholdsOf(
  db: Executor,
  districtId: string,
): Promise<Thresholds & { version: number }> {
  const s = await repo.findSettings(db, districtId);
  return s
    ? { oppositionHighPct: s.opposition_high_pct, oppositionMidPct: s.opposition_mid_pct, version: s.version }
    : { ...DEFAULT_THRESHOLDS, version: 0 };
}

/** The risks stored in an assessment row. */
export function risksOf(a: repo.AssessmentRow): (Risk & { note: string })[] {
  return (a.risks as unknown as (Risk & { note?: string })[]).map((r) => ({ ...r, note: r.note ?? '' }));
}

/** An assessment round as the API shows it; an open round's level is the rules' level now. */
export function assessmentOut(a: repo.AssessmentRow, t: Thresholds): z.infer<typeof assessmentView> {
  const risks = risksOf(a);
  const survey = { for: a.survey_for, against: a.survey_against, neutral: a.survey_neutral };
  const now = assessLevel({ risks, survey, thresholds: t });
  const frozen = a.state !== 'open' && a.level;
  return {
    id: a.id,
    round: a.round,
    state: a.state as 'open',
    risks: risks.map((r) => {
      const score = riskScore(r.likelihood, r.impact);
      return { ...r, score, level: scoreLevel(score) };
    }),
    dimensions: dimensionLevels(risks) as Record<Dimension, Level>,
    surveyFor: a.survey_for,
    surveyAgainst: a.survey_against,
    surveyNeutral: a.survey_neutral,
    oppositionPct: oppositionPct(survey),
    methods: a.methods as z.infer<typeof assessmentView>['methods'],
    experts: a.experts,
    conclusion: a.conclusion,
    level: frozen ? (a.level as Level) : now.level,
    reasons: frozen ? a.reasons : now.reasons,
    confirmedLevel: (a.confirmed_level as Level | null) ?? null,
    reviewNote: a.review_note,
    reviewerName: a.reviewer_name,
    confirmedAt: a.confirmed_at ? shanghaiDay(new Date(a.confirmed_at)) : null,
    reportNo: a.report_year && a.report_no ? reportNumber(a.report_year, a.report_no) : null,
    version: a.version,
  };
}

/** A decision as the register shows it. */
export function decisionOut(d: repo.DecisionRow): z.infer<typeof decisionRow> {
  return {
    id: d.id,
    nodeId: d.node_id,
    nodeName: d.node_name,
    title: d.title,
    field: d.field as z.infer<typeof decisionRow>['field'],
    affected: d.affected,
    plannedOn: d.planned_on,
    state: d.state as z.infer<typeof decisionRow>['state'],
    round: d.round,
    level: (d.level as Level | null) ?? null,
    reportNo: d.report_year && d.report_no ? reportNumber(d.report_year, d.report_no) : null,
    decidedOn: d.decided_on,
    outcome: (d.outcome as 'as_is' | 'with_measures' | null) ?? null,
    openMeasures: d.open_measures,
    overdueMeasures: d.overdue_measures,
    incidents: d.incidents,
  };
}

/** A measure as the API shows it. */
export function measureOut(
  m: Awaited<ReturnType<typeof repo.findMeasures>>[number],
): z.infer<typeof measureView> {
  return {
    id: m.id,
    round: m.round,
    content: m.content,
    owner: m.owner,
    dueOn: m.due_on,
    progress: m.progress,
    doneOn: m.done_on,
    overdue: overdue({ dueOn: m.due_on, doneOn: m.done_on }, today()),
    version: m.version,
  };
}
