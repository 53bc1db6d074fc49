/**
 * What the assessment is for [000 Futian 做实"后半篇文章"]: each cadre's portrait 人物画像 (8 abilities,
 * 3 attitudes, tags) and suggestions for a task; the promotion list from the top 30% with who and
 * why not; intake lists (雏鹰计划, 青干班, front-line postings) and talk reminders; stars of the month
 * and quarter; the configurable groups [001]; and rotation [004 Luohu] with its alerts and plan.
 */
import { sql } from 'kysely';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeInScope } from '../../platform/access/scope.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { CadreBrief } from '../people/index.ts';
import {
  deptTypeOf,
  ownCadre,
  requireDistrict,
  settingsOf,
  todayOf,
  visibleCadre,
  type AssessmentDeps,
} from './assessment.context.ts';
import { rankSheets } from './assessment.cycle.service.ts';
import { createPointsService, rankPoints } from './assessment.points.service.ts';
import { buildPortrait, suggest, TRAITS, type Trait } from './assessment.portrait.ts';
import * as repo from './assessment.repository.ts';
import {
  ageOn,
  groupsOf,
  previousQuarter,
  promotionEligibility,
  quarterMonths,
  quarterOf,
  quarterRange,
  type Dimension,
  type Grade,
} from './assessment.rules.ts';
import { createCadresInScope } from './assessment.results.scope.ts';
import { createRotationService } from './assessment.rotation.service.ts';

/** Builds the portrait, results and rotation verbs. */
export function createResultsService(deps: AssessmentDeps, points: ReturnType<typeof createPointsService>) {
  const { db, auditor } = deps;
  const cadresInScope = createCadresInScope(deps);

  /** Computes and stores the portraits of some cadres from the last four quarters, reports, peer reviews and orders. */
  async function refreshPortraits(districtId: string, cadres: CadreBrief[], today: string) {
    if (cadres.length === 0) return [];
    const ids = cadres.map((c) => c.personId);
    let q = quarterOf(today);
    const quarters = [q];
    for (let i = 0; i < 3; i++) quarters.push((q = previousQuarter(q)));
    const from = quarterRange(quarters[3]).from;
    const [sheets, reports, peers, orders] = await Promise.all([
      repo.findGradedSheets(db, districtId, { personIds: ids, quarters }),
      repo
        .findReports(db, districtId, { status: 'confirmed', from })
        .then((r) => r.filter((x) => ids.includes(x.person_id))),
      repo.findPeerReviews(db, districtId, ids),
      deps.feed.ordersOf({ districtId, personIds: ids, from, to: today }),
    ]);
    const rows = cadres.map((c) => {
      const p = buildPortrait({
        sheets: sheets
          .filter((s) => s.person_id === c.personId)
          .map((s) => ({
            dimensions: (s.dimension_scores ?? {}) as Partial<Record<Dimension, number | null>>,
          })),
        reports: reports
          .filter((r) => r.person_id === c.personId)
          .map((r) => ({ category: r.category as 'hard', traits: r.traits })),
        peerReviews: peers
          .filter((r) => r.person_id === c.personId)
          .map((r) => ({ scores: r.scores as Partial<Record<Trait, number>> })),
        orders: orders.filter(
          (o) => o.personId === c.personId || o.consequences.some((x) => x.personId === c.personId),
        ),
      });
      return { cadre: c, portrait: p };
    });
    await repo.upsertPortraits(
      db,
      rows.map(({ cadre, portrait }) => ({
        district_id: districtId,
        person_id: cadre.personId,
        unit_node_id: cadre.unitNodeId,
        person_name: cadre.name,
        scores: TRAITS.map((t) => portrait.scores[t]),
        evidence: TRAITS.map((t) => portrait.evidence[t]),
        tags: portrait.tags,
      })),
    );
    return rows;
  }

  /** The latest quarter with graded sheets in a district (or the given one). */
  async function quarterOrLatest(districtId: string, quarter?: string) {
    if (quarter) return quarter;
    const cycles = await repo.findCycles(db, [districtId]);
    return cycles[0]?.quarter ?? quarterOf(todayOf(deps));
  }

  /** Each cadre's score, rank and group size in a quarter (by the comparable group). */
  async function quarterRanks(districtId: string, quarter: string, cadres: CadreBrief[]) {
    const settings = await settingsOf(db, districtId);
    const cycle = await repo.findCycleOfQuarter(db, districtId, quarter);
    const sheets = cycle ? await repo.findSheets(db, districtId, cycle.id, sql<boolean>`true`) : [];
    const byPerson = new Map(cadres.map((c) => [c.personId, c]));
    const graded = sheets.filter((s) => s.grade !== null);
    const r = rankSheets(graded, byPerson, settings.groups, Number(quarter.slice(0, 4)));
    return { settings, sheets: graded, ranks: r };
  }

  return {
    ...createRotationService(deps),

    /** A cadre's portrait, recomputed now (an officer in scope, or the cadre themself). */
    async portrait(ctx: RequestContext, personId: string) {
      const { cadre } = await visibleCadre(deps, ctx, personId, 'assessment.read');
      const [r] = await refreshPortraits(cadre.districtId, [cadre], todayOf(deps));
      return { personId, name: cadre.name, unitNodeId: cadre.unitNodeId, ...r.portrait };
    },

    /** A peer's review of a cadre's traits (a colleague of the same unit, or a unit officer). */
    async peerReview(
      ctx: RequestContext,
      b: { personId: string; quarter: string; scores: Partial<Record<Trait, number>> },
    ) {
      const actor = ctx.actor;
      if (!actor) throw new NotFoundError();
      let target: CadreBrief & { districtId: string };
      if (can(actor, 'assessment.review'))
        target = (await visibleCadre(deps, ctx, b.personId, 'assessment.review')).cadre;
      else {
        const me = await ownCadre(deps, actor);
        const [c] = await deps.cadres.cadresOf(me.districtId, { personIds: [b.personId] });
        if (!c || c.unitNodeId !== me.unitNodeId || c.personId === me.personId) throw new NotFoundError();
        target = { ...c, districtId: me.districtId };
      }
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.upsertPeerReview(trx, {
          district_id: target.districtId,
          id,
          person_id: target.personId,
          unit_node_id: target.unitNodeId,
          quarter: b.quarter,
          scores: JSON.stringify(b.scores),
          created_by: actor.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'assessment.peer_review',
          objectType: 'assessment_portrait',
          objectId: target.personId,
          districtId: target.districtId,
          detail: { quarter: b.quarter },
        });
      });
      return { id };
    },

    /** Suggests cadres for a task needing some traits, from the stored portraits in scope, with reasons. */
    async suggest(ctx: RequestContext, b: { districtId: string; traits: Trait[]; limit: number }) {
      const actor = requirePermission(ctx, 'assessment.manage');
      requireDistrict(actor, 'assessment.manage', b.districtId);
      // the database picks the best rows; the pure rule orders them and gives the reasons
      const rows = await repo.bestPortraits(
        db,
        b.districtId,
        nodeInScope('p.unit_node_id', actor, 'assessment.manage'),
        b.traits.map((t) => TRAITS.indexOf(t)),
        b.limit,
      );
      const meta = new Map(rows.map((r) => [r.person_id, r]));
      const portraits = rows.map((r) => ({
        personId: r.person_id,
        scores: Object.fromEntries(TRAITS.map((t, i) => [t, r.scores[i]])) as Record<Trait, number>,
        evidence: Object.fromEntries(TRAITS.map((t, i) => [t, r.evidence[i]])) as Record<Trait, number>,
        tags: r.tags,
      }));
      return suggest(portraits, b.traits, b.limit).map((s) => ({
        ...s,
        name: meta.get(s.personId)!.person_name,
        unitNodeId: meta.get(s.personId)!.unit_node_id,
      }));
    },

    /** Recomputes the stored portraits of a district's cadres (after a cycle, and by the demo). */
    async refreshAll(districtId: string) {
      const cadres = await deps.cadres.cadresOf(districtId);
      for (let i = 0; i < cadres.length; i += 500)
        await refreshPortraits(districtId, cadres.slice(i, i + 500), todayOf(deps));
      return cadres.length;
    },

    /**
     * The promotion list [000]: only the top 30% of the quarter's routine assessment in the
     * comparable group, no veto, no 较差 in the year; every cadre with the reasons.
     */
    async eligibility(ctx: RequestContext, q: { districtId: string; quarter?: string }) {
      const { cadres, units } = await cadresInScope(ctx, q.districtId, 'assessment.manage');
      const quarter = await quarterOrLatest(q.districtId, q.quarter);
      const year = Number(quarter.slice(0, 4));
      const { sheets, ranks } = await quarterRanks(
        q.districtId,
        quarter,
        await deps.cadres.cadresOf(q.districtId),
      );
      const sheetOf = new Map(sheets.map((s) => [s.person_id, s]));
      // a veto confirmed for the quarter's year or for this year blocks the proposal now
      const thisYear = Number(todayOf(deps).slice(0, 4));
      const months = await points.monthsOfAll(
        q.districtId,
        cadres.map((c) => c.personId),
        [...new Set([year, thisYear])],
      );
      const yearSheets = await repo.findGradedSheets(db, q.districtId, {
        personIds: cadres.map((c) => c.personId),
        quarters: [1, 2, 3, 4].map((n) => `${year}Q${n}`),
      });
      const poor = new Set(yearSheets.filter((s) => s.grade === 'poor').map((s) => s.person_id));
      return cadres
        .map((c) => {
          const s = sheetOf.get(c.personId);
          const e = promotionEligibility({
            rank: s ? ranks.inGroup.get(s.id)! : null,
            groupSize: s ? ranks.groupSize.get(s.id)! : 0,
            vetoed: months.get(c.personId)?.vetoed ?? false,
            poorInYear: poor.has(c.personId),
          });
          return {
            personId: c.personId,
            name: c.name,
            unitNodeId: c.unitNodeId,
            unitName: units.get(c.unitNodeId)?.name ?? '',
            post: c.post,
            group: s ? ranks.group.get(s.id)! : deptTypeOf(units.get(c.unitNodeId)),
            score: s?.score === null || !s ? null : Number(s.score),
            rank: s ? ranks.inGroup.get(s.id)! : null,
            groupSize: s ? ranks.groupSize.get(s.id)! : 0,
            eligible: e.eligible,
            reasons: e.reasons,
          };
        })
        .sort(
          (a, b) =>
            Number(b.eligible) - Number(a.eligible) ||
            (a.rank ?? 1e9) - (b.rank ?? 1e9) ||
            a.name.localeCompare(b.name, 'zh-CN'),
        );
    },

    /**
     * Intake lists [000]: 雏鹰计划 (entered within a year, graded 较好 or better), 青干班 (35 or under,
     * top 30%), front-line postings (top 30% with strong resilience or adaptability), and talks
     * (graded 较差, or flagged 人岗不相适 by the unit).
     */
    async intake(
      ctx: RequestContext,
      q: { districtId: string; quarter?: string; list: 'eagle' | 'class' | 'frontline' | 'talks' },
    ) {
      const { cadres, units } = await cadresInScope(ctx, q.districtId, 'assessment.manage');
      const quarter = await quarterOrLatest(q.districtId, q.quarter);
      const today = todayOf(deps);
      const { sheets, ranks } = await quarterRanks(
        q.districtId,
        quarter,
        await deps.cadres.cadresOf(q.districtId),
      );
      const sheetOf = new Map(sheets.map((s) => [s.person_id, s]));
      const portraits = new Map(
        (await repo.findPortraits(db, q.districtId, sql<boolean>`true`)).map((p) => [p.person_id, p]),
      );
      const top = (id: string) => {
        const s = sheetOf.get(id);
        return (
          !!s && ranks.inGroup.get(s.id)! <= Math.max(1, Math.ceil(ranks.groupSize.get(s.id)! * 0.3 - 1e-9))
        );
      };
      const out = [];
      for (const c of cadres) {
        const s = sheetOf.get(c.personId);
        const g = s?.grade as Grade | undefined;
        const reasons: string[] = [];
        const entered = c.unitSince > c.postSince ? c.postSince : c.unitSince;
        const age = ageOn(`${c.birthYear}-07-01`, today);
        if (
          q.list === 'eagle' &&
          entered >= `${Number(today.slice(0, 4)) - 1}${today.slice(4)}` &&
          (g === 'good' || g === 'fairly_good')
        )
          reasons.push('new_entrant', `grade.${g}`);
        if (q.list === 'class' && age !== null && age <= 35 && top(c.personId))
          reasons.push('age_35', 'top_share');
        if (q.list === 'frontline' && top(c.personId)) {
          const p = portraits.get(c.personId);
          const res = p ? p.scores[TRAITS.indexOf('resilience')] : 0;
          const ada = p ? p.scores[TRAITS.indexOf('adaptability')] : 0;
          if (res >= 85 || ada >= 85)
            reasons.push('top_share', res >= 85 ? 'strong.resilience' : 'strong.adaptability');
        }
        if (q.list === 'talks') {
          if (g === 'poor') reasons.push('grade.poor');
          if (s?.post_mismatch) reasons.push('post_mismatch');
        }
        if (reasons.length)
          out.push({
            personId: c.personId,
            name: c.name,
            unitNodeId: c.unitNodeId,
            unitName: units.get(c.unitNodeId)?.name ?? '',
            post: c.post,
            reasons,
          });
      }
      return out;
    },

    /** Stars [000 月度之星/季度之星]: the month's most points, and the quarter's best score, per unit in scope. */
    async stars(ctx: RequestContext, q: { districtId: string; month?: string; quarter?: string }) {
      const { cadres, units } = await cadresInScope(ctx, q.districtId, 'assessment.read');
      const quarter = await quarterOrLatest(q.districtId, q.quarter);
      const month = q.month ?? quarterRange(quarter).to.slice(0, 7);
      const mq = quarterOf(`${month}-01`);
      const { from, to } = quarterRange(mq);
      const settings = await settingsOf(db, q.districtId);
      const ranking = rankPoints({
        cadres,
        units,
        settings,
        orders: await deps.feed.ordersOf({
          districtId: q.districtId,
          personIds: cadres.map((c) => c.personId),
          from,
          to,
        }),
        manual: await repo.sumApprovedPoints(db, q.districtId, {
          months: quarterMonths(mq),
          to,
          personIds: cadres.map((c) => c.personId),
        }),
        quarter: mq,
      });
      const mi = Number(month.slice(5)) - (Number(mq.slice(5)) - 1) * 3 - 1;
      const out: {
        personId: string;
        name: string;
        unitNodeId: string;
        unitName: string;
        value: number;
        kind: 'month' | 'quarter';
      }[] = [];
      const byUnit = new Map<string, typeof ranking>();
      for (const r of ranking) byUnit.set(r.unitNodeId, [...(byUnit.get(r.unitNodeId) ?? []), r]);
      for (const list of byUnit.values()) {
        const best = list.reduce((a, b) => (b.months[mi] > a.months[mi] ? b : a));
        if (best.months[mi] > 0)
          out.push({
            personId: best.personId,
            name: best.name,
            unitNodeId: best.unitNodeId,
            unitName: best.unitName,
            value: best.months[mi],
            kind: 'month',
          });
      }
      const { sheets } = await quarterRanks(q.districtId, quarter, cadres);
      const inScope = new Set(cadres.map((c) => c.personId));
      const bestSheet = new Map<string, (typeof sheets)[number]>();
      for (const s of sheets)
        if (
          inScope.has(s.person_id) &&
          s.score !== null &&
          Number(s.score) > Number(bestSheet.get(s.unit_node_id)?.score ?? -1)
        )
          bestSheet.set(s.unit_node_id, s);
      for (const s of bestSheet.values())
        out.push({
          personId: s.person_id,
          name: s.person_name,
          unitNodeId: s.unit_node_id,
          unitName: s.unit_name,
          value: Number(s.score),
          kind: 'quarter',
        });
      return out;
    },

    /** The configured groups with how many cadres in scope belong to each [001 Kaihua tracks, Qujiang's retired leaders]. */
    async groups(ctx: RequestContext, districtId: string) {
      const { cadres } = await cadresInScope(ctx, districtId, 'assessment.read');
      const settings = await settingsOf(db, districtId);
      const year = Number(todayOf(deps).slice(0, 4));
      return settings.groups.map((g) => ({
        key: g.key,
        label: g.label,
        separate: g.separate,
        members: cadres.filter(
          (c) => groupsOf({ post: c.post, grade: c.grade, age: year - c.birthYear }, [g]).length > 0,
        ).length,
      }));
    },
  };
}
