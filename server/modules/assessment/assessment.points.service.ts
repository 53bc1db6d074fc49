/**
 * Kaihua's points ledger 积分 [001]: additions and deductions from orders (through the tasks feed) and
 * manual entries with a reason and an approval; summed monthly, ranked quarterly per unit and per
 * comparable group. And Qujiang's promotion months 职级晋升 [001]: quarterly 好 and last places on the
 * four dimensions plus declared situations and vetoes, declared → reviewed jointly → confirmed.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import {
  districtsOf,
  requireDistrict,
  settingsOf,
  unitsOf,
  visibleCadre,
  visibleNode,
  deptTypeOf,
  type AssessmentDeps,
  namesOf,
  unitsInScope,
  addAboutCadre,
} from './assessment.context.ts';
import * as repo from './assessment.repository.ts';
import {
  comparableGroupsOf,
  DECLARATION_MACHINE,
  groupBy,
  zhOrder,
  monthlySums,
  pointsFromOrders,
  promotionMonths,
  quarterMonths,
  quarterRange,
  ranksOf,
  VETO_CATEGORIES,
  type DeclarationState,
  type Dimension,
  type Grade,
  type PromotionEvent,
  type VetoCategory,
} from './assessment.rules.ts';

type DeclarationRow = NonNullable<Awaited<ReturnType<typeof repo.findDeclaration>>>;

/** A declaration as the API shows it. */
function declarationView(d: DeclarationRow, names: Map<string, string>) {
  return {
    id: d.id,
    personId: d.person_id,
    personName: names.get(d.person_id) ?? '',
    unitNodeId: d.unit_node_id,
    year: d.year,
    kind: d.kind as 'situation' | 'veto',
    code: d.code,
    polarity: d.polarity as 'positive' | 'negative' | null,
    months: d.months,
    declaredAs: d.declared_as as 'person' | 'unit',
    note: d.note,
    status: d.status as DeclarationState,
    reviewers: d.reviewers,
    decisionNote: d.decision_note,
    version: d.version,
  };
}

/** Builds the points and promotion-months verbs. */
export function createPointsService(deps: AssessmentDeps) {
  const { db, auditor } = deps;

  /** A person's ledger lines over a period: orders from the feed, manual entries (every status). */
  async function ledgerLines(districtId: string, personId: string, from: string, to: string) {
    const settings = await settingsOf(db, districtId);
    const orders = await deps.feed.ordersOf({ districtId, personIds: [personId], from, to });
    const manual = await repo.findPoints(db, districtId, { personIds: [personId], from, to });
    return [
      ...pointsFromOrders(personId, orders, settings.orderPoints).map((l) => ({
        ...l,
        status: 'approved' as const,
      })),
      ...manual.map((m) => ({
        day: String(m.day),
        points: Number(m.points),
        source: 'manual' as const,
        reason: m.reason,
        ref: m.id,
        status: m.status as 'approved' | 'pending' | 'rejected',
      })),
    ].sort((a, b) => a.day.localeCompare(b.day));
  }

  /** The events of a person's promotion months: graded quarters and declarations. */
  async function monthEvents(districtId: string, personId: string, years: number[]) {
    const quarters = years.flatMap((y) => [1, 2, 3, 4].map((q) => `${y}Q${q}`));
    const sheets = await repo.findDimensionGrades(db, districtId, { personIds: [personId], quarters });
    const decls = await repo.findDeclarations(db, districtId, { personIds: [personId] });
    const events: PromotionEvent[] = [
      ...sheets.map((s) => ({
        kind: 'quarter' as const,
        year: Number(s.quarter.slice(0, 4)),
        quarter: Number(s.quarter.slice(5)),
        dimensions: (s.dimension_grades ?? {}) as Partial<Record<Dimension, Grade | null>>,
      })),
      ...decls.map((d) =>
        d.kind === 'veto'
          ? {
              kind: 'veto' as const,
              year: d.year,
              category: d.code as VetoCategory,
              state: d.status as DeclarationState,
            }
          : {
              kind: 'situation' as const,
              year: d.year,
              code: d.code,
              polarity: d.polarity as 'positive' | 'negative',
              months: d.months ?? 1,
              state: d.status as DeclarationState,
            },
      ),
    ];
    return { events, decls };
  }

  /** Moves a declaration on (review / confirm / reject) under its version. */
  async function decide(
    ctx: RequestContext,
    id: string,
    action: keyof typeof DECLARATION_MACHINE,
    b: { reviewers?: string; note: string; version: number },
  ) {
    const actor = requirePermission(ctx, 'assessment.manage');
    return db.transaction().execute(async (trx) => {
      const d = await repo.findDeclaration(trx, districtsOf(actor, 'assessment.manage'), id);
      if (!d) throw new NotFoundError();
      await visibleNode(deps, actor, 'assessment.manage', d.unit_node_id);
      const t = DECLARATION_MACHINE[action];
      if (!(t.from as readonly string[]).includes(d.status)) throw new ConflictError(t.reason);
      const r = await repo.updateDeclaration(trx, d.district_id, id, b.version, {
        status: t.to,
        ...(b.reviewers ? { reviewers: b.reviewers } : {}),
        decision_note: b.note,
        decided_by: actor.userId,
      });
      if (!r) throw new ConflictError('assessment.stale');
      await auditor.append(trx, ctx, {
        action: `assessment.declaration.${action}`,
        objectType: 'assessment_declaration',
        objectId: id,
        districtId: d.district_id,
        detail: { personId: d.person_id, code: d.code, to: t.to },
      });
      const [c] = await deps.cadres.cadresOf(d.district_id, { personIds: [d.person_id] });
      return declarationView(r, new Map([[d.person_id, c?.name ?? '']]));
    });
  }

  return {
    /** A person's ledger for a year with monthly sums (an officer in scope, or the cadre themself). */
    async ledger(ctx: RequestContext, personId: string, year: number) {
      const { cadre } = await visibleCadre(deps, ctx, personId, 'assessment.read');
      const lines = await ledgerLines(cadre.districtId, personId, `${year}-01-01`, `${year}-12-31`);
      const counted = lines.filter((l) => l.status === 'approved');
      const months = monthlySums(counted);
      return {
        personId,
        name: cadre.name,
        year,
        lines,
        months: [...months].map(([month, points]) => ({ month, points })),
        total: Math.round(counted.reduce((s, l) => s + l.points, 0) * 100) / 100,
      };
    },

    /** A unit officer asks for a manual addition or deduction with a reason (approved by the department). */
    async requestPoints(
      ctx: RequestContext,
      b: { personId: string; day: string; points: number; reason: string },
    ) {
      requirePermission(ctx, 'assessment.review');
      const { cadre } = await visibleCadre(deps, ctx, b.personId, 'assessment.review');
      return addAboutCadre(
        deps,
        ctx,
        cadre,
        (trx, key) =>
          repo.insertPoints(trx, {
            ...key,
            day: b.day,
            points: b.points,
            reason: b.reason,
            requested_by: ctx.actor!.userId,
          }),
        {
          action: 'assessment.points.request',
          objectType: 'assessment_points',
          detail: { personId: b.personId, points: b.points, reason: b.reason },
        },
      );
    },

    /** Manual points waiting for approval in the actor's scope. */
    async pendingPoints(ctx: RequestContext, districtId: string) {
      const scope = unitsInScope(ctx, 'assessment.manage', districtId);
      const rows = await repo.findPendingPoints(db, districtId, scope);
      const names = await namesOf(deps, districtId, rows);
      return rows.map((r) => ({
        id: r.id,
        personId: r.person_id,
        personName: names.get(r.person_id) ?? '',
        unitNodeId: r.unit_node_id,
        day: String(r.day),
        points: Number(r.points),
        reason: r.reason,
        status: r.status as 'pending',
      }));
    },

    /** The department approves or rejects a manual entry. */
    async decidePoints(ctx: RequestContext, id: string, decision: 'approve' | 'reject') {
      const actor = requirePermission(ctx, 'assessment.manage');
      return db.transaction().execute(async (trx) => {
        const r = await repo.findPointsRow(trx, districtsOf(actor, 'assessment.manage'), id);
        if (!r) throw new NotFoundError();
        await visibleNode(deps, actor, 'assessment.manage', r.unit_node_id);
        if (r.status !== 'pending') throw new ConflictError('assessment.points_decided');
        const status = decision === 'approve' ? 'approved' : 'rejected';
        await repo.decidePoints(trx, r.district_id, id, {
          status,
          decided_by: actor.userId,
          decided_at: new Date(),
        });
        await auditor.append(trx, ctx, {
          action: `assessment.points.${decision}`,
          objectType: 'assessment_points',
          objectId: id,
          districtId: r.district_id,
          detail: { personId: r.person_id, points: Number(r.points) },
        });
        return { id, status };
      });
    },

    /**
     * The quarter's points ranking in scope: each cadre's three months and total (orders from the
     * feed plus approved manual entries), ranked in the unit and in the comparable group.
     */
    async pointsRanking(
      ctx: RequestContext,
      q: { districtId: string; quarter: string; unitNodeId?: string },
    ) {
      const actor = requirePermission(ctx, 'assessment.read');
      requireDistrict(actor, 'assessment.read', q.districtId);
      const { from, to } = quarterRange(q.quarter);
      const months = quarterMonths(q.quarter);
      // an officer of the whole district sees every unit; others are checked unit by unit
      const district = await deps.org.findNode(q.districtId);
      const wholeDistrict = !!district && can(actor, 'assessment.read', district.path);
      // the whole district's ranking: the ledger is summed while the cadres are read (rows of
      // persons who are not cadres any more are left out by rankPoints, which ranks the cadres)
      const [all, settings, districtSums] = await Promise.all([
        deps.cadres.cadresOf(q.districtId, q.unitNodeId ? { unitNodeIds: [q.unitNodeId] } : {}),
        settingsOf(db, q.districtId),
        wholeDistrict && !q.unitNodeId ? repo.sumApprovedPoints(db, q.districtId, { months, to }) : null,
      ]);
      const units = await unitsOf(deps, q.districtId, [...new Set(all.map((c) => c.unitNodeId))]);
      const allowed = new Set<string>();
      for (const u of units.keys()) {
        if (wholeDistrict) allowed.add(u);
        else {
          const n = await deps.org.findNode(u);
          if (n && can(actor, 'assessment.read', n.path)) allowed.add(u);
        }
      }
      const cadres = all.filter((c) => allowed.has(c.unitNodeId));
      const personIds = cadres.map((c) => c.personId);
      const [orders, manual] = await Promise.all([
        deps.feed.ordersOf({ districtId: q.districtId, personIds, from, to }),
        districtSums ?? repo.sumApprovedPoints(db, q.districtId, { months, to, personIds }),
      ]);
      return rankPoints({ cadres, units, settings, orders, manual, quarter: q.quarter });
    },

    /** A person's promotion months by year, vetoes and declarations (an officer in scope, or the cadre). */
    async months(ctx: RequestContext, personId: string, year?: number) {
      const { cadre } = await visibleCadre(deps, ctx, personId, 'assessment.read');
      const y = year ?? Number(new Date().getUTCFullYear());
      const { events, decls } = await monthEvents(cadre.districtId, personId, [y - 1, y]);
      const r = promotionMonths(events);
      const names = new Map([[personId, cadre.name]]);
      return { personId, name: cadre.name, ...r, declarations: decls.map((d) => declarationView(d, names)) };
    },

    /**
     * Declares a listed situation or a veto for a cadre: the cadre for themself (declared as the
     * person) or a unit officer for the unit's cadre (declared as the unit) [001].
     */
    async declare(
      ctx: RequestContext,
      b: { kind: 'situation' | 'veto'; personId: string; year: number; code: string; note: string },
    ) {
      const actor = ctx.actor;
      if (!actor) throw new NotFoundError();
      const { cadre, self } = await visibleCadre(deps, ctx, b.personId, 'assessment.review');
      const settings = await settingsOf(db, cadre.districtId);
      let polarity: string | null = null;
      let months: number | null = null;
      if (b.kind === 'situation') {
        const s = settings.situations.find((x) => x.code === b.code);
        if (!s) throw new InvalidError([{ field: 'code', key: 'assessment.situation_unknown' }]);
        polarity = s.polarity;
        months = s.months;
      } else if (!(VETO_CATEGORIES as readonly string[]).includes(b.code))
        throw new InvalidError([{ field: 'code', key: 'assessment.veto_unknown' }]);
      return addAboutCadre(
        deps,
        ctx,
        cadre,
        (trx, key) =>
          repo.insertDeclaration(trx, {
            ...key,
            year: b.year,
            kind: b.kind,
            code: b.code,
            polarity,
            months,
            declared_as: self ? 'person' : 'unit',
            note: b.note,
            created_by: actor.userId,
          }),
        {
          action: 'assessment.declaration.declare',
          objectType: 'assessment_declaration',
          detail: { personId: b.personId, kind: b.kind, code: b.code, year: b.year },
        },
      );
    },

    /** Declarations in the actor's scope (a status), newest first. */
    async declarations(ctx: RequestContext, q: { districtId: string; status?: string }) {
      const scope = unitsInScope(ctx, 'assessment.read', q.districtId);
      const rows = await repo.findDeclarations(db, q.districtId, {
        scope,
        status: q.status,
      });
      const names = await namesOf(deps, q.districtId, rows);
      return rows.map((r) => declarationView(r, names));
    },

    /** The joint review by the responsible units (recorded by the department). */
    reviewDeclaration: (
      ctx: RequestContext,
      id: string,
      b: { reviewers: string; note: string; version: number },
    ) => decide(ctx, id, 'review', b),
    /** The department confirms a reviewed declaration: from now it counts. */
    confirmDeclaration: (ctx: RequestContext, id: string, b: { note: string; version: number }) =>
      decide(ctx, id, 'confirm', b),
    /** The department rejects a declaration. */
    rejectDeclaration: (ctx: RequestContext, id: string, b: { note: string; version: number }) =>
      decide(ctx, id, 'reject', b),

    /** Every cadre's months over some years (the eligibility list and the benchmark). */
    async monthsOfAll(districtId: string, personIds: string[], years: number[]) {
      const quarters = years.flatMap((y) => [1, 2, 3, 4].map((q) => `${y}Q${q}`));
      // the graded quarters come counted per person and year (10,000 rows, not 30,000 sheets' grades)
      const [counts, decls] = await Promise.all([
        repo.countDimensionGrades(db, districtId, { personIds, quarters }),
        repo.findDeclarations(db, districtId, { personIds, years }),
      ]);
      const events = new Map<string, PromotionEvent[]>();
      const push = (p: string, e: PromotionEvent) => {
        const list = events.get(p);
        if (list) list.push(e);
        else events.set(p, [e]);
      };
      for (const c of counts)
        push(c.person_id, {
          kind: 'quarters',
          year: Number(c.year),
          good: Number(c.good),
          last: Number(c.last),
        });
      for (const d of decls)
        push(
          d.person_id,
          d.kind === 'veto'
            ? {
                kind: 'veto',
                year: d.year,
                category: d.code as VetoCategory,
                state: d.status as DeclarationState,
              }
            : {
                kind: 'situation',
                year: d.year,
                code: d.code,
                polarity: d.polarity as 'positive' | 'negative',
                months: d.months ?? 1,
                state: d.status as DeclarationState,
              },
        );
      return new Map(personIds.map((p) => [p, promotionMonths(events.get(p) ?? [])]));
    },
  };
}

/** Ranks a quarter's points per unit and comparable group (pure over what was read). */
export function rankPoints(x: {
  cadres: Awaited<ReturnType<AssessmentDeps['cadres']['cadresOf']>>;
  units: Map<string, repo.UnitRow>;
  settings: Awaited<ReturnType<typeof settingsOf>>;
  orders: Awaited<ReturnType<AssessmentDeps['feed']['ordersOf']>>;
  manual: { person_id: string; m1: number; m2: number; m3: number }[];
  quarter: string;
}) {
  const year = Number(x.quarter.slice(0, 4));
  const q = Number(x.quarter.slice(5));
  const monthKeys = [0, 1, 2].map((i) => `${year}-${String((q - 1) * 3 + 1 + i).padStart(2, '0')}`);
  const byPerson = new Map<string, number[]>();
  const add = (p: string, month: string, pts: number) => {
    const i = monthKeys.indexOf(month);
    if (i < 0) return;
    const m = byPerson.get(p) ?? [0, 0, 0];
    m[i] = Math.round((m[i] + pts) * 100) / 100;
    byPerson.set(p, m);
  };
  const ids = new Set(x.cadres.map((c) => c.personId));
  const byOrderPerson = new Map<string, typeof x.orders>();
  for (const o of x.orders) {
    const named = new Set(
      [o.personId, ...o.consequences.map((c) => c.personId)].filter((p): p is string => !!p && ids.has(p)),
    );
    for (const p of named) {
      const list = byOrderPerson.get(p);
      if (list) list.push(o);
      else byOrderPerson.set(p, [o]);
    }
  }
  for (const [p, orders] of byOrderPerson)
    for (const l of pointsFromOrders(p, orders, x.settings.orderPoints)) add(p, l.day.slice(0, 7), l.points);
  for (const m of x.manual) {
    add(m.person_id, monthKeys[0], Number(m.m1));
    add(m.person_id, monthKeys[1], Number(m.m2));
    add(m.person_id, monthKeys[2], Number(m.m3));
  }
  const groupOf = comparableGroupsOf(x.settings.groups);
  const rows = x.cadres.map((c) => {
    const months = byPerson.get(c.personId) ?? [0, 0, 0];
    const unit = x.units.get(c.unitNodeId);
    return {
      personId: c.personId,
      name: c.name,
      unitNodeId: c.unitNodeId,
      unitName: unit?.name ?? '',
      group: groupOf({ post: c.post, grade: c.grade, age: year - c.birthYear }, deptTypeOf(unit)),
      months,
      total: Math.round(months.reduce((s, v) => s + v, 0) * 100) / 100,
      rankInUnit: 0,
      rankInGroup: 0,
    };
  });
  for (const list of groupBy(rows, (r) => r.unitNodeId).values())
    for (const [r, k] of ranksOf(list, (v) => v.total)) r.rankInUnit = k;
  for (const list of groupBy(rows, (r) => r.group).values())
    for (const [r, k] of ranksOf(list, (v) => v.total)) r.rankInGroup = k;
  const unitOrder = zhOrder(rows.map((r) => r.unitName));
  return rows.sort(
    (a, b) => unitOrder.get(a.unitName)! - unitOrder.get(b.unitName)! || a.rankInUnit - b.rankInUnit,
  );
}
