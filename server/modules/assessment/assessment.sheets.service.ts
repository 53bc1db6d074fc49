/**
 * A cadre's quarterly sheet [000 Futian]: the cadre scores themself and writes the personal summary,
 * prefilled from the quarter's tasks, orders, points, work reports and the 双点 observations, so it
 * takes minutes; the unit reviews (or returns it); the organisation department grades it within
 * the quota for 好 and rates the four dimensions [001 Qujiang]; printable as an A4 sheet.
 */
import { sql } from 'kysely';
import { can, requirePermission, type Actor, type RequestContext } from '../../platform/access/access.ts';
import { nodeInScope } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { districtsOf, iso, ownCadre, visibleNode, type AssessmentDeps } from './assessment.context.ts';
import * as repo from './assessment.repository.ts';
import {
  dimensionScores,
  dueFor,
  goodAllowed,
  missingEvidence,
  sheetScore,
  sheetTransition,
  suggestGrades,
  withinQuota,
  type Dimension,
  type Grade,
  type SheetAction,
  type SheetItem,
  type SheetState,
} from './assessment.rules.ts';
import type { SheetDetail } from './assessment.schemas.ts';
import { createSheetPrefill, type Prefill } from './assessment.sheets.prefill.ts';
import { sheetHtml } from './assessment.sheets.print.ts';

type SheetRow = NonNullable<Awaited<ReturnType<typeof repo.findSheet>>>;

/** A sheet as a list shows it. */
function summaryOf(
  s: Pick<
    SheetRow,
    | 'id'
    | 'cycle_id'
    | 'quarter'
    | 'person_id'
    | 'person_name'
    | 'unit_node_id'
    | 'unit_name'
    | 'post'
    | 'rank_title'
    | 'status'
    | 'score'
    | 'grade'
    | 'post_mismatch'
    | 'submitted_at'
    | 'version'
  >,
  rank: number | null = null,
) {
  return {
    id: s.id,
    cycleId: s.cycle_id,
    quarter: s.quarter,
    personId: s.person_id,
    personName: s.person_name,
    unitNodeId: s.unit_node_id,
    unitName: s.unit_name,
    post: s.post,
    rankTitle: s.rank_title,
    status: s.status as SheetState,
    score: s.score === null ? null : Number(s.score),
    grade: s.grade as Grade | null,
    rank,
    postMismatch: s.post_mismatch,
    submittedAt: iso(s.submitted_at),
    version: s.version,
  };
}
export { summaryOf as sheetSummaryOf };

/** Applies entered scores and evidence to a sheet's items (unknown indicators are refused). */
function applyScores(
  items: SheetItem[],
  entries: readonly { indicatorId: string; value: number | null; evidence?: string }[],
  who: 'self' | 'unit',
): SheetItem[] {
  const byId = new Map(entries.map((e) => [e.indicatorId, e]));
  entries.forEach((e, i) => {
    if (!items.some((x) => x.indicatorId === e.indicatorId))
      throw new InvalidError([{ field: `items.${i}.indicatorId`, key: 'error.not_found' }]);
  });
  return items.map((it, i) => {
    const e = byId.get(it.indicatorId);
    if (!e) return it;
    const v = e.value;
    if (v !== null && it.scoring === 'score' && v > it.maxScore)
      throw new InvalidError([{ field: `items.${i}.value`, key: 'error.validation' }]);
    return { ...it, [who]: v, evidence: e.evidence ?? it.evidence };
  });
}

/** Builds the sheet verbs. */
export function createSheetsService(deps: AssessmentDeps) {
  const { db, auditor } = deps;
  const prefillOf = createSheetPrefill(deps);

  /** Detail of a sheet with what the actor may do. */
  async function detail(ctx: RequestContext, s: SheetRow, self: boolean): Promise<SheetDetail> {
    const actor = ctx.actor!;
    const cycle = await repo.findCycle(db, [s.district_id], s.cycle_id);
    const node = await deps.org.findNode(s.unit_node_id);
    const state = s.status as SheetState;
    const released = state === 'fed_back' || state === 'published';
    const items = s.items as unknown as SheetItem[];
    const live = state === 'dispatched' && self ? await prefillOf(s) : (s.prefill as Prefill | null);
    let suggested: Grade | null = null;
    if (!self && (state === 'reviewed' || state === 'assessed')) {
      const unit = await repo.findSheets(db, s.district_id, s.cycle_id, sql<boolean>`true`, {
        unitNodeId: s.unit_node_id,
      });
      suggested =
        suggestGrades(
          unit.map((u) => ({ id: u.id, score: u.score === null ? null : Number(u.score) })),
          Number(cycle!.good_quota),
        ).get(s.id) ?? null;
    }
    let rank: number | null = null;
    if (state === 'published' || !self) {
      const unit = await repo.findSheets(db, s.district_id, s.cycle_id, sql<boolean>`true`, {
        unitNodeId: s.unit_node_id,
      });
      const me = s.score === null ? null : Number(s.score);
      rank = me === null ? null : 1 + unit.filter((u) => u.score !== null && Number(u.score) > me).length;
    }
    const hide = self && !released;
    return {
      ...summaryOf(s, rank),
      grade: hide ? null : (s.grade as Grade | null),
      items: self && state !== 'dispatched' && !released ? items.map((i) => ({ ...i, unit: null })) : items,
      summary: s.summary || (self && state === 'dispatched' ? (live?.draft ?? '') : s.summary),
      prefill: live,
      dimensionScores: hide ? null : (s.dimension_scores as Record<Dimension, number | null> | null),
      dimensionGrades: hide ? null : (s.dimension_grades as Record<Dimension, Grade | null> | null),
      suggestedGrade: suggested,
      unitComment: hide ? '' : s.unit_comment,
      orgComment: hide ? '' : s.org_comment,
      returnReason: s.return_reason,
      due: cycle
        ? dueFor(state, {
            summaryDue: String(cycle.summary_due),
            reviewDue: String(cycle.review_due),
            assessDue: String(cycle.assess_due),
            publishDue: String(cycle.publish_due),
          })
        : null,
      can: {
        edit: self && state === 'dispatched' && cycle?.status === 'open',
        review: !self && state === 'submitted' && !!node && can(actor, 'assessment.review', node.path),
        assess:
          !self &&
          (state === 'reviewed' || state === 'assessed') &&
          !!node &&
          can(actor, 'assessment.manage', node.path),
      },
    };
  }

  /** A sheet the actor may act on with action (404 outside the subtree). */
  async function sheetFor(
    actor: Actor,
    id: string,
    action: string,
    lock = false,
    exec = db as Parameters<typeof repo.findSheet>[0],
  ) {
    const s = await repo.findSheet(exec, districtsOf(actor, action), id, lock);
    if (!s) throw new NotFoundError();
    await visibleNode(deps, actor, action, s.unit_node_id);
    return s;
  }

  /** The cadre's own sheet (404 when it is someone else's). */
  async function ownSheet(
    actor: Actor,
    id: string,
    lock = false,
    exec = db as Parameters<typeof repo.findSheet>[0],
  ) {
    const me = await ownCadre(deps, actor);
    const s = await repo.findSheet(exec, [me.districtId], id, lock);
    if (!s || s.person_id !== me.personId) throw new NotFoundError();
    return s;
  }

  /** Moves a sheet through the machine under its version, with the audit entry. */
  async function step(
    ctx: RequestContext,
    s: SheetRow,
    action: SheetAction,
    version: number,
    set: Record<string, unknown>,
    trx: Parameters<typeof repo.updateSheet>[0],
  ) {
    const to = sheetTransition(s.status as SheetState, action);
    const cycle = await repo.findCycle(trx, [s.district_id], s.cycle_id);
    if (cycle?.status !== 'open') throw new ConflictError('assessment.cycle_closed');
    const r = await repo.updateSheet(trx, s.district_id, s.id, version, { ...set, status: to });
    if (!r) throw new ConflictError('assessment.stale');
    await auditor.append(trx, ctx, {
      action: `assessment.sheet.${action}`,
      objectType: 'assessment_sheet',
      objectId: s.id,
      districtId: s.district_id,
      detail: { quarter: s.quarter, personId: s.person_id, to },
    });
    return r;
  }

  return {
    prefillOf,

    /** The cadre's own sheets, newest quarter first. */
    async mySheets(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'assessment.self');
      const me = await ownCadre(deps, actor);
      const rows = await repo.findSheetsOfPerson(db, me.districtId, me.personId);
      return rows.map((s) => {
        const v = summaryOf(s);
        return s.status === 'fed_back' || s.status === 'published' ? v : { ...v, grade: null };
      });
    },

    /** The cadre's own sheet, prefilled while it is open. */
    async mySheet(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'assessment.self');
      return detail(ctx, await ownSheet(actor, id), true);
    },

    /** The cadre saves scores, evidence and summary (optimistic version). */
    async saveMySheet(
      ctx: RequestContext,
      id: string,
      b: {
        items: { indicatorId: string; value: number | null; evidence?: string }[];
        summary: string;
        version: number;
      },
    ) {
      const actor = requirePermission(ctx, 'assessment.self');
      await db.transaction().execute(async (trx) => {
        const s = await ownSheet(actor, id, true, trx);
        const items = applyScores(s.items as unknown as SheetItem[], b.items, 'self');
        await step(ctx, s, 'save', b.version, { items: JSON.stringify(items), summary: b.summary }, trx);
      });
      return this.mySheet(ctx, id);
    },

    /** The cadre submits the summary: every item scored, evidence where required, a summary written; the prefill is kept. */
    async submitMySheet(ctx: RequestContext, id: string, b: { version: number }) {
      const actor = requirePermission(ctx, 'assessment.self');
      await db.transaction().execute(async (trx) => {
        const s = await ownSheet(actor, id, true, trx);
        const items = s.items as unknown as SheetItem[];
        const fields = [];
        const unscored = items.findIndex((i) => i.self === null);
        if (unscored >= 0) fields.push({ field: `items.${unscored}.value`, key: 'assessment.unscored' });
        for (const missing of missingEvidence(items))
          fields.push({
            field: `items.${items.findIndex((i) => i.indicatorId === missing)}.evidence`,
            key: 'assessment.evidence_required',
          });
        if (!s.summary.trim()) fields.push({ field: 'summary', key: 'assessment.summary_required' });
        if (fields.length) throw new InvalidError(fields);
        const prefill = await prefillOf(s);
        await step(
          ctx,
          s,
          'submit',
          b.version,
          {
            submitted_at: new Date(),
            prefill: JSON.stringify(prefill),
            score: sheetScore(items),
            dimension_scores: JSON.stringify(dimensionScores(items)),
            return_reason: null,
          },
          trx,
        );
      });
      return this.mySheet(ctx, id);
    },

    /** A cycle's sheets in the actor's scope (one unit, one state). */
    async sheets(ctx: RequestContext, cycleId: string, f: { unitNodeId?: string; status?: string }) {
      const actor = requirePermission(ctx, 'assessment.read');
      const cycle = await repo.findCycle(db, districtsOf(actor, 'assessment.read'), cycleId);
      if (!cycle) throw new NotFoundError();
      const rows = await repo.findSheets(
        db,
        cycle.district_id,
        cycle.id,
        nodeInScope('unit_node_id', actor, 'assessment.read'),
        f,
      );
      return rows.map((s) => summaryOf(s));
    },

    /** One sheet for an officer of its unit. */
    async sheet(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'assessment.read');
      return detail(ctx, await sheetFor(actor, id, 'assessment.read'), false);
    },

    /** The unit reviews a submitted sheet: its own scores, a comment, 人岗不相适 when the post does not fit. */
    async review(
      ctx: RequestContext,
      id: string,
      b: {
        items: { indicatorId: string; value: number | null; evidence?: string }[];
        unitComment: string;
        postMismatch: boolean;
        version: number;
      },
    ) {
      const actor = requirePermission(ctx, 'assessment.review');
      await db.transaction().execute(async (trx) => {
        const s = await sheetFor(actor, id, 'assessment.review', true, trx);
        const items = applyScores(s.items as unknown as SheetItem[], b.items, 'unit');
        await step(
          ctx,
          s,
          'review',
          b.version,
          {
            items: JSON.stringify(items),
            unit_comment: b.unitComment,
            post_mismatch: b.postMismatch,
            reviewed_at: new Date(),
            score: sheetScore(items),
            dimension_scores: JSON.stringify(dimensionScores(items)),
          },
          trx,
        );
      });
      return this.sheet(ctx, id);
    },

    /** The unit returns a summary to its cadre with the reason. */
    async returnSheet(ctx: RequestContext, id: string, b: { reason: string; version: number }) {
      const actor = requirePermission(ctx, 'assessment.review');
      await db.transaction().execute(async (trx) => {
        const s = await sheetFor(actor, id, 'assessment.review', true, trx);
        await step(ctx, s, 'return', b.version, { return_reason: b.reason, submitted_at: null }, trx);
      });
      return this.sheet(ctx, id);
    },

    /**
     * The organisation department grades a reviewed sheet and rates its four dimensions; 好 within
     * the cycle's quota for the unit (422 saying how many the unit may have).
     */
    async assess(
      ctx: RequestContext,
      id: string,
      b: { grade: Grade; dimensionGrades: Record<Dimension, Grade>; orgComment: string; version: number },
    ) {
      const actor = requirePermission(ctx, 'assessment.manage');
      await db.transaction().execute(async (trx) => {
        const s = await sheetFor(actor, id, 'assessment.manage', true, trx);
        const cycle = await repo.findCycle(trx, [s.district_id], s.cycle_id);
        const unit = await repo.unitGrades(trx, s.district_id, s.cycle_id, s.unit_node_id);
        const grades = unit.map((u) => (u.id === s.id ? b.grade : (u.grade as Grade | null)));
        const quota = Number(cycle!.good_quota);
        if (!withinQuota(grades, quota))
          throw new InvalidError([
            {
              field: 'grade',
              key: 'assessment.over_quota',
              params: { max: goodAllowed(grades.length, quota) },
              message: t(ctx.lang, 'assessment.over_quota', { max: goodAllowed(grades.length, quota) }),
            },
          ]);
        await step(
          ctx,
          s,
          'assess',
          b.version,
          {
            grade: b.grade,
            dimension_grades: JSON.stringify(b.dimensionGrades),
            org_comment: b.orgComment,
            assessed_at: new Date(),
          },
          trx,
        );
      });
      return this.sheet(ctx, id);
    },

    /** A sheet as a printable A4 page (HTML), for an officer or the cadre. */
    async printable(ctx: RequestContext, id: string) {
      const actor = ctx.actor;
      if (!actor) throw new NotFoundError();
      let d: SheetDetail | null = null;
      if (can(actor, 'assessment.read')) {
        const s = await repo.findSheet(db, districtsOf(actor, 'assessment.read'), id);
        const node = s && (await deps.org.findNode(s.unit_node_id));
        if (s && node && can(actor, 'assessment.read', node.path)) d = await detail(ctx, s, false);
      }
      if (!d) {
        if (!can(actor, 'assessment.self')) throw new NotFoundError();
        d = await this.mySheet(ctx, id);
      }
      return sheetHtml(d, ctx.lang);
    },
  };
}
