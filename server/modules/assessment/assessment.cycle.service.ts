/**
 * The quarterly cycle online [000 Futian]: the organisation department dispatches a quarter (every
 * cadre's sheet generated from their indicators), watches the board per unit, reminds the units
 * that lag, feeds the results back and publishes them inside each unit; rankings per unit and
 * comparable group.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeInScope } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { CadreBrief } from '../people/index.ts';
import {
  deptTypeOf,
  districtsOf,
  iso,
  requireDistrict,
  settingsOf,
  todayOf,
  unitsOf,
  visibleNode,
  type AssessmentDeps,
} from './assessment.context.ts';
import * as repo from './assessment.repository.ts';
import {
  comparableGroup,
  comparableGroupsOf,
  dueFor,
  groupBy,
  zhOrder,
  ranksOf,
  SHEET_STATES,
  waitingOn,
  type DeptType,
  type Grade,
  type GroupRule,
  type SheetItem,
  type SheetState,
} from './assessment.rules.ts';

type CycleRow = NonNullable<Awaited<ReturnType<typeof repo.findCycle>>>;

/** A cycle as the API shows it. */
export function cycleView(c: CycleRow) {
  return {
    id: c.id,
    districtId: c.district_id,
    quarter: c.quarter,
    status: c.status as 'open' | 'closed',
    summaryDue: String(c.summary_due),
    reviewDue: String(c.review_due),
    assessDue: String(c.assess_due),
    publishDue: String(c.publish_due),
    goodQuota: Number(c.good_quota),
    sheets: c.sheets,
    createdAt: iso(c.created_at)!,
  };
}

/** The indicators that apply to a cadre: 共性 for all, 个性 for the unit's type and the post, 动态 for them. */
export function indicatorsFor<
  R extends { layer: string; dept_type: string | null; post: string | null; person_id: string | null },
>(rows: readonly R[], c: { personId: string; post: string }, deptType: DeptType): R[] {
  return rows.filter((r) => {
    if (r.layer === 'common') return true;
    if (r.layer === 'dynamic') return r.person_id === c.personId;
    return (!r.dept_type || r.dept_type === deptType) && (!r.post || r.post === c.post);
  });
}

/** Each sheet's comparable group and its ranks in its unit and group (by score). */
export function rankSheets<
  S extends { id: string; person_id: string; unit_node_id: string; score: number | null; dept_type: string },
>(sheets: readonly S[], cadres: Map<string, CadreBrief>, rules: readonly GroupRule[], year: number) {
  const group = new Map<string, string>();
  const groupOf = comparableGroupsOf(rules);
  for (const s of sheets) {
    const c = cadres.get(s.person_id);
    group.set(
      s.id,
      c
        ? groupOf({ post: c.post, grade: c.grade, age: year - c.birthYear }, s.dept_type as DeptType)
        : comparableGroup([], rules, s.dept_type as DeptType),
    );
  }
  const inUnit = new Map<string, number>();
  const inGroup = new Map<string, number>();
  const groupSize = new Map<string, number>();
  for (const list of groupBy(sheets, (s) => s.unit_node_id).values())
    for (const [s, r] of ranksOf(list, (x) => (x.score === null ? null : Number(x.score))))
      inUnit.set(s.id, r);
  for (const list of groupBy(sheets, (s) => group.get(s.id)!).values())
    for (const [s, r] of ranksOf(list, (x) => (x.score === null ? null : Number(x.score)))) {
      inGroup.set(s.id, r);
      groupSize.set(s.id, list.length);
    }
  return { group, inUnit, inGroup, groupSize };
}

/** Builds the cycle verbs. */
export function createCycleService(deps: AssessmentDeps) {
  const { db, auditor, notify } = deps;

  async function visibleCycle(ctx: RequestContext, id: string, action: string) {
    const actor = requirePermission(ctx, action);
    const c = await repo.findCycle(db, districtsOf(actor, action), id);
    if (!c) throw new NotFoundError();
    return { actor, cycle: c };
  }

  /** Moves one unit's sheets a step on (feedback or publication), with notices and audit. */
  async function advanceUnit(
    ctx: RequestContext,
    cycleId: string,
    unitNodeId: string,
    step: 'feedback' | 'publish',
  ) {
    const { actor, cycle } = await visibleCycle(ctx, cycleId, 'assessment.manage');
    const node = await visibleNode(deps, actor, 'assessment.manage', unitNodeId);
    if (node.districtId !== cycle.district_id) throw new NotFoundError();
    const from: SheetState = step === 'feedback' ? 'assessed' : 'fed_back';
    const now = new Date();
    return db.transaction().execute(async (trx) => {
      const moved = await repo.advanceUnitSheets(
        trx,
        cycle.district_id,
        cycle.id,
        unitNodeId,
        from,
        step === 'feedback'
          ? { status: 'fed_back', fed_back_at: now }
          : { status: 'published', published_at: now },
      );
      if (moved.length === 0)
        throw new ConflictError(
          step === 'feedback' ? 'assessment.sheet_not_assessed' : 'assessment.sheet_not_fed_back',
        );
      await auditor.append(trx, ctx, {
        action: `assessment.cycle.${step}`,
        objectType: 'assessment_cycle',
        objectId: cycle.id,
        districtId: cycle.district_id,
        detail: { unitNodeId, sheets: moved.length },
      });
      if (step === 'feedback')
        await notify.send(
          trx,
          moved.map((s) => ({
            districtId: cycle.district_id,
            nodeId: unitNodeId,
            kind: 'assessment.fed_back',
            title: `${cycle.quarter} 平时考核结果已反馈：${s.person_name}`,
            titleKey: 'assessment.fed_back',
            titleParams: { quarter: cycle.quarter, grade: { $t: `assessment.grade.${s.grade}` } },
            link: `/assessment/me`,
            objectType: 'assessment_sheet',
            objectId: s.id,
            dedupeKey: `assessment.fed_back:${s.id}`,
          })),
        );
      return { moved: moved.length };
    });
  }

  return {
    /** A district's cycles, newest first. */
    async cycles(ctx: RequestContext, districtId: string) {
      const actor = requirePermission(ctx, 'assessment.read');
      requireDistrict(actor, 'assessment.read', districtId);
      return (await repo.findCycles(db, [districtId])).map(cycleView);
    },

    /**
     * Dispatches a quarter: one sheet per cadre of the district with the indicators that apply to
     * them, deadlines per step, a notice to every unit. One cycle per quarter.
     */
    async dispatch(
      ctx: RequestContext,
      b: {
        districtId: string;
        quarter: string;
        summaryDue: string;
        reviewDue: string;
        assessDue: string;
        publishDue: string;
      },
    ) {
      const actor = requirePermission(ctx, 'assessment.manage');
      requireDistrict(actor, 'assessment.manage', b.districtId);
      if (!(b.summaryDue <= b.reviewDue && b.reviewDue <= b.assessDue && b.assessDue <= b.publishDue))
        throw new InvalidError([{ field: 'reviewDue', key: 'assessment.deadlines_order' }]);
      if (await repo.findCycleOfQuarter(db, b.districtId, b.quarter))
        throw new ConflictError('assessment.cycle_exists');
      const indicators = await repo.findIndicators(db, b.districtId, b.quarter);
      if (indicators.length === 0)
        throw new InvalidError([{ field: 'quarter', key: 'assessment.no_indicators' }]);
      const cadres = await deps.cadres.cadresOf(b.districtId);
      if (cadres.length === 0) throw new InvalidError([{ field: 'districtId', key: 'assessment.no_cadres' }]);
      const units = await unitsOf(deps, b.districtId, [...new Set(cadres.map((c) => c.unitNodeId))]);
      const settings = await settingsOf(db, b.districtId);
      const cycleId = uuidv7();
      const sheets: repo.SheetInsert[] = [];
      for (const c of cadres) {
        const unit = units.get(c.unitNodeId);
        if (!unit) continue;
        const deptType = deptTypeOf(unit);
        const items: SheetItem[] = indicatorsFor(indicators, c, deptType).map((r) => ({
          indicatorId: r.id,
          name: r.name,
          layer: r.layer as SheetItem['layer'],
          dimension: r.dimension as SheetItem['dimension'],
          weight: Number(r.weight),
          scoring: r.scoring as SheetItem['scoring'],
          maxScore: Number(r.max_score),
          evidenceRequired: r.evidence_required,
          self: null,
          unit: null,
          evidence: '',
        }));
        sheets.push({
          district_id: b.districtId,
          id: uuidv7(),
          cycle_id: cycleId,
          quarter: b.quarter,
          person_id: c.personId,
          person_name: c.name,
          unit_node_id: c.unitNodeId,
          unit_name: unit.name,
          post: c.post,
          rank_title: c.grade,
          dept_type: deptType,
          items: JSON.stringify(items),
        });
      }
      await db.transaction().execute(async (trx) => {
        const made = await repo.insertCycle(trx, {
          district_id: b.districtId,
          id: cycleId,
          quarter: b.quarter,
          summary_due: b.summaryDue,
          review_due: b.reviewDue,
          assess_due: b.assessDue,
          publish_due: b.publishDue,
          good_quota: settings.goodQuota,
          sheets: sheets.length,
          dispatched_by: actor.userId,
        });
        if (!made) throw new ConflictError('assessment.cycle_exists');
        await repo.insertSheets(trx, sheets);
        await auditor.append(trx, ctx, {
          action: 'assessment.cycle.dispatch',
          objectType: 'assessment_cycle',
          objectId: cycleId,
          districtId: b.districtId,
          detail: { quarter: b.quarter, sheets: sheets.length, indicators: indicators.length },
        });
        await notify.send(
          trx,
          [...new Set(sheets.map((s) => s.unit_node_id))].map((unitNodeId) => ({
            districtId: b.districtId,
            nodeId: unitNodeId,
            kind: 'assessment.dispatched',
            title: `${b.quarter} 干部平时考核已分派，请于 ${b.summaryDue} 前完成个人小结`,
            titleKey: 'assessment.dispatched',
            titleParams: { quarter: b.quarter, due: b.summaryDue },
            link: '/assessment/me',
            objectType: 'assessment_cycle',
            objectId: cycleId,
            dedupeKey: `assessment.dispatched:${cycleId}:${unitNodeId}`,
          })),
        );
      });
      return { id: cycleId, sheets: sheets.length };
    },

    /** The cycle board: every unit in scope with its sheets per step, progress, the step it waits on and whether it lags. */
    async board(ctx: RequestContext, id: string) {
      const { actor, cycle } = await visibleCycle(ctx, id, 'assessment.read');
      const scope = nodeInScope('unit_node_id', actor, 'assessment.read');
      const rows = await repo.countSheetsByUnit(db, cycle.district_id, cycle.id, scope);
      const units = await repo.findUnits(db, cycle.district_id, [
        ...new Set(rows.map((r) => r.unit_node_id)),
      ]);
      const unitOf = new Map(units.map((u) => [u.node_id, u]));
      const today = todayOf(deps);
      const c = cycleView(cycle);
      const byUnit = new Map<string, { unitName: string; byState: Record<SheetState, number> }>();
      for (const r of rows) {
        let u = byUnit.get(r.unit_node_id);
        if (!u)
          byUnit.set(
            r.unit_node_id,
            (u = {
              unitName: r.unit_name,
              byState: Object.fromEntries(SHEET_STATES.map((s) => [s, 0])) as Record<SheetState, number>,
            }),
          );
        u.byState[r.status as SheetState] += r.n;
      }
      let done = 0;
      let total = 0;
      const out = [...byUnit.entries()].map(([unitNodeId, u]) => {
        const n = SHEET_STATES.reduce((s, k) => s + u.byState[k], 0);
        const first = SHEET_STATES.find((s) => u.byState[s] > 0)!;
        const due = dueFor(first, c);
        total += n;
        done += u.byState.published;
        return {
          unitNodeId,
          unitName: u.unitName,
          total: n,
          byState: u.byState,
          progress: n ? Math.round((u.byState.published / n) * 1000) / 10 : 0,
          waitingOn: waitingOn(first),
          due,
          lagging: due !== null && due < today,
          liaison: unitOf.get(unitNodeId)?.liaison ?? false,
          observation: unitOf.get(unitNodeId)?.observation ?? false,
        };
      });
      const grades = Object.fromEntries(
        (await repo.countGrades(db, cycle.district_id, cycle.id, scope)).map((g) => [g.grade!, g.n]),
      );
      return {
        cycle: c,
        progress: total ? Math.round((done / total) * 1000) / 10 : 0,
        units: out.sort(
          (a, b) => Number(b.lagging) - Number(a.lagging) || a.unitName.localeCompare(b.unitName, 'zh-CN'),
        ),
        grades: { good: 0, fairly_good: 0, average: 0, poor: 0, ...grades } as Record<Grade, number>,
      };
    },

    /** Reminds every lagging unit of the step it waits on (once a day per unit and step). */
    async remind(ctx: RequestContext, id: string) {
      const board = await this.board(ctx, id);
      requirePermission(ctx, 'assessment.manage');
      const today = todayOf(deps);
      const lagging = board.units.filter(
        (u) => u.due !== null && (u.lagging || u.due <= today) && u.waitingOn !== 'done',
      );
      if (lagging.length === 0) return { reminded: 0 };
      return db.transaction().execute(async (trx) => {
        const sent = await notify.send(
          trx,
          lagging.map((u) => ({
            districtId: board.cycle.districtId,
            nodeId: u.unitNodeId,
            kind: 'assessment.reminder',
            title: t('zh-CN', 'assessment.reminder', {
              quarter: board.cycle.quarter,
              step: t('zh-CN', `assessment.step.${u.waitingOn}`),
              due: u.due,
            }),
            titleKey: 'assessment.reminder',
            titleParams: {
              quarter: board.cycle.quarter,
              step: { $t: `assessment.step.${u.waitingOn}` },
              due: u.due,
            },
            link: u.waitingOn === 'cadre' ? '/assessment/me' : '/assessment/review',
            objectType: 'assessment_cycle',
            objectId: board.cycle.id,
            dedupeKey: `assessment.remind:${board.cycle.id}:${u.unitNodeId}:${u.waitingOn}:${today}`,
          })),
        );
        await auditor.append(trx, ctx, {
          action: 'assessment.cycle.remind',
          objectType: 'assessment_cycle',
          objectId: board.cycle.id,
          districtId: board.cycle.districtId,
          detail: { units: lagging.length, sent },
        });
        return { reminded: sent };
      });
    },

    /** Feeds a unit's assessed results back to its cadres. */
    feedback: (ctx: RequestContext, id: string, unitNodeId: string) =>
      advanceUnit(ctx, id, unitNodeId, 'feedback'),
    /** Publishes a unit's fed-back results inside the unit. */
    publish: (ctx: RequestContext, id: string, unitNodeId: string) =>
      advanceUnit(ctx, id, unitNodeId, 'publish'),

    /** A cycle's ranking in scope: score, grade, rank in the unit and in the comparable group. */
    async ranking(ctx: RequestContext, id: string, q: { unitNodeId?: string }) {
      const { actor, cycle } = await visibleCycle(ctx, id, 'assessment.read');
      // three independent reads at once
      const [sheets, settings, all] = await Promise.all([
        repo.findSheetsToRank(
          db,
          cycle.district_id,
          cycle.id,
          nodeInScope('unit_node_id', actor, 'assessment.read'),
        ),
        settingsOf(db, cycle.district_id),
        deps.cadres.cadresOf(cycle.district_id),
      ]);
      const cadres = new Map(all.map((c) => [c.personId, c]));
      const r = rankSheets(sheets, cadres, settings.groups, Number(cycle.quarter.slice(0, 4)));
      const unitOrder = zhOrder(sheets.map((s) => s.unit_name));
      return sheets
        .filter((s) => !q.unitNodeId || s.unit_node_id === q.unitNodeId)
        .map((s) => ({
          sheetId: s.id,
          personId: s.person_id,
          personName: s.person_name,
          unitNodeId: s.unit_node_id,
          unitName: s.unit_name,
          group: r.group.get(s.id)!,
          score: s.score === null ? null : Number(s.score),
          grade: s.grade as Grade | null,
          rankInUnit: s.score === null ? null : r.inUnit.get(s.id)!,
          rankInGroup: s.score === null ? null : r.inGroup.get(s.id)!,
          groupSize: r.groupSize.get(s.id)!,
        }))
        .sort(
          (a, b) =>
            unitOrder.get(a.unitName)! - unitOrder.get(b.unitName)! ||
            (a.rankInUnit ?? 1e9) - (b.rankInUnit ?? 1e9),
        );
    },

    /** Whether the actor may manage a cycle's unit (for per-object flags). */
    canManage: (ctx: RequestContext, path: string) => can(ctx.actor, 'assessment.manage', path),
  };
}
