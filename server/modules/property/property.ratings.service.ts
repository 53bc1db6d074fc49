/**
 * Ratings (seed 001, Longquan): the yearly star rating of property companies against the five musts
 * 五个必须落实, published to owners choosing or renewing a company (a public page per community);
 * and the quality-community index 品质小区指数 against 六好三高, scored each quarter, rated once a
 * year, with the five-star campaign 五星争创 and a ranking.
 */
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import type { SubtreeRoot } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiThisYear as thisYear } from '../../platform/time.ts';
import { compoundScope, type PropertyCore, type PropertyDeps } from './property.core.ts';
import * as repo from './property.repository.ts';
import { rank, scoreProblems, starsOf, weightedTotal, yearlyQuality } from './property.rules.ts';
import type {
  campaignBody,
  criteriaBody,
  qualityBody,
  ratingBody,
  rankingQuery,
} from './property.schemas.ts';
import type { createRegistersService } from './property.registers.service.ts';

const STAR_NAMES = ['', '一星', '二星', '三星', '四星', '五星'];

/** Builds the rating and quality-index verbs. */
export function createRatingsService(
  deps: PropertyDeps & {
    core: PropertyCore;
    registers: Pick<ReturnType<typeof createRegistersService>, 'visibleCompany'>;
  },
) {
  const { db, auditor, core } = deps;

  /** A company the actor may rate (its node inside a grant of property.rate). */
  async function ratableCompany(ctx: RequestContext, id: string) {
    requirePermission(ctx, 'property.rate');
    const co = await deps.registers.visibleCompany(ctx, id);
    if (!can(ctx.actor, 'property.rate', co.path)) throw new NotFoundError();
    return co;
  }

  return {
    /** The district's criteria of a kind (defaults until configured). */
    async criteria(ctx: RequestContext, nodeId: string, kind: 'company' | 'quality') {
      const n = await core.nodeFor(ctx, nodeId, 'property.read');
      const items = await core.criteria(db, n.district_id, kind);
      const district = await repo.findNode(db, n.district_id);
      return {
        kind,
        items: items.map(({ code, name, grp, weight }) => ({ code, name, grp, weight })),
        can: { edit: !!district && can(ctx.actor, 'property.rate', district.path) },
      };
    },

    /** Replaces the district's criteria of a kind (a district-level rating officer only). */
    async setCriteria(ctx: RequestContext, input: z.infer<typeof criteriaBody>) {
      const n = await core.nodeFor(ctx, input.nodeId, 'property.rate');
      await core.nodeFor(ctx, n.district_id, 'property.rate'); // the district itself must be in scope
      const codes = input.items.map((i) => i.code);
      const dup = codes.findIndex((c, i) => codes.indexOf(c) !== i);
      if (dup >= 0) throw new InvalidError([{ field: `items.${dup}.code`, key: 'property.code_repeated' }]);
      await db.transaction().execute(async (trx) => {
        await repo.replaceCriteria(trx, n.district_id, input.kind, input.items);
        await auditor.append(trx, ctx, {
          action: 'property.criteria.set',
          objectType: 'property_criteria',
          objectId: n.district_id,
          districtId: n.district_id,
          detail: { kind: input.kind, items: input.items },
        });
      });
      return { ok: true as const };
    },

    /** A company's rating of a year (null when not scored). */
    async rating(ctx: RequestContext, id: string, year: number) {
      const co = await deps.registers.visibleCompany(ctx, id);
      const r = await repo.findRating(db, co.district_id, co.id, year);
      if (!r) return null;
      // owners and staff see a rating once it is published
      if (r.state !== 'published' && !can(ctx.actor, 'property.rate', co.path)) return null;
      return {
        companyId: co.id,
        year: r.year,
        scores: r.scores as Record<string, number>,
        total: Number(r.total),
        stars: r.stars,
        state: r.state as 'scored' | 'published',
        comment: r.comment,
        publishedAt: r.published_at ? r.published_at.toISOString() : null,
      };
    },

    /** Scores a company for a year against the five musts; its stars follow from the weighted total. */
    async rate(ctx: RequestContext, id: string, input: z.infer<typeof ratingBody>) {
      const co = await ratableCompany(ctx, id);
      const criteria = await core.criteria(db, co.district_id, 'company');
      const problems = scoreProblems(criteria, input.scores);
      if (problems.length) throw new InvalidError(problems);
      const total = weightedTotal(criteria, input.scores);
      const stars = starsOf(total);
      const grant = ctx.actor!.grants.find((g) => co.path.startsWith(g.path))!;
      await db.transaction().execute(async (trx) => {
        const before = await repo.findRating(trx, co.district_id, co.id, input.year, true);
        if (before?.state === 'published') throw new ConflictError('property.rating_published');
        await repo.saveRating(trx, {
          district_id: co.district_id,
          id: before?.id ?? uuidv7(),
          company_id: co.id,
          year: input.year,
          scores: input.scores,
          total,
          stars,
          comment: input.comment,
          node_id: grant.nodeId,
          scored_by: ctx.actor!.userId,
        });
        await core.auditCompany(trx, ctx, co, 'property.rating.score', { year: input.year, total, stars });
      });
      return { total, stars };
    },

    /** Publishes a company's rating to owners; its staff are told. */
    async publish(ctx: RequestContext, id: string, year: number) {
      const co = await ratableCompany(ctx, id);
      await db.transaction().execute(async (trx) => {
        const r = await repo.findRating(trx, co.district_id, co.id, year, true);
        if (!r) throw new ConflictError('property.rating_missing');
        if (r.state === 'published') throw new ConflictError('property.rating_published');
        await repo.publishRating(trx, co.district_id, r.id);
        await core.auditCompany(trx, ctx, co, 'property.rating.publish', {
          year,
          stars: r.stars,
          total: Number(r.total),
        });
        const staff = await repo.linkedUsers(trx, co.district_id, { companyId: co.id });
        if (staff.length)
          await deps.notify.send(
            trx,
            staff.map((userId) => ({
              districtId: co.district_id,
              userId,
              kind: 'property.rating_published',
              title: `${co.name} ${year} 年度红色物业星级评定结果已公布：${STAR_NAMES[r.stars]}`,
              titleKey: 'property.notice.published',
              titleParams: { name: co.name, year, stars: r.stars },
              link: '/property/companies',
              objectType: 'property_company',
              objectId: co.id,
            })),
          );
      });
      return { ok: true as const };
    },

    /** The public page of a community: its compounds, their companies and the published ratings. */
    async publicCommunity(nodeId: string) {
      const n = await repo.findNode(db, nodeId);
      if (!n || !['community', 'street'].includes(n.level)) throw new NotFoundError();
      const compounds = await repo.publicCompounds(db, n.path);
      const companyIds = [...new Set(compounds.flatMap((c) => (c.company_id ? [c.company_id] : [])))];
      const ratings = await repo.publishedRatings(db, companyIds);
      const of = (id: string | null) =>
        ratings
          .filter((r) => r.company_id === id)
          .map((r) => ({ year: r.year, total: Number(r.total), stars: r.stars }));
      const names = new Map(compounds.map((c) => [c.company_id, c.company_name]));
      return {
        nodeId: n.id,
        name: n.name,
        compounds: compounds.map((c) => ({
          name: c.name,
          households: c.households,
          companyName: c.company_name,
          ratings: of(c.company_id),
        })),
        companies: companyIds.map((id) => ({ name: names.get(id) ?? '', ratings: of(id) })),
      };
    },

    // ---------- quality index ----------

    /** A compound's quality index of a year: its quarters, campaign entry and yearly rating. */
    async quality(ctx: RequestContext, id: string, year: number) {
      const c = await core.visibleCompound(ctx, id, 'property.read');
      const quarters = await repo.qualityOf(db, [c.id], year);
      const [y] = await repo.qualityYears(db, [c.id], year);
      return {
        compoundId: c.id,
        year,
        quarters: quarters.map((q) => ({
          quarter: q.quarter,
          total: Number(q.total),
          scores: q.scores as Record<string, number>,
        })),
        campaign: y?.campaign ?? false,
        average: y?.average != null ? Number(y.average) : null,
        stars: y?.stars ?? null,
      };
    },

    /** Scores a compound's quarter against 六好三高; the fourth quarter also rates the year. */
    async scoreQuality(ctx: RequestContext, id: string, input: z.infer<typeof qualityBody>) {
      const c = await core.visibleCompound(ctx, id, 'property.quality');
      const criteria = await core.criteria(db, c.district_id, 'quality');
      const problems = scoreProblems(criteria, input.scores);
      if (problems.length) throw new InvalidError(problems);
      const total = weightedTotal(criteria, input.scores);
      return db.transaction().execute(async (trx) => {
        await repo.saveQuality(trx, {
          district_id: c.district_id,
          compound_id: c.id,
          year: input.year,
          quarter: input.quarter,
          scores: input.scores,
          total,
          scored_by: ctx.actor!.userId,
        });
        const all = (await repo.qualityOf(trx, [c.id], input.year)).map((q) => ({
          quarter: q.quarter,
          total: Number(q.total),
        }));
        const yearly = yearlyQuality(all);
        if (yearly)
          await repo.saveQualityYear(trx, {
            district_id: c.district_id,
            compound_id: c.id,
            year: input.year,
            average: yearly.average,
            stars: yearly.stars,
          });
        await core.auditCompound(trx, ctx, c, 'property.quality.score', {
          year: input.year,
          quarter: input.quarter,
          total,
          yearly,
        });
        return { total, yearly };
      });
    },

    /** Enters a compound in (or withdraws it from) the year's five-star campaign 五星争创. */
    async setCampaign(ctx: RequestContext, id: string, input: z.infer<typeof campaignBody>) {
      const c = await core.visibleCompound(ctx, id, 'property.quality');
      await db.transaction().execute(async (trx) => {
        await repo.saveQualityYear(trx, {
          district_id: c.district_id,
          compound_id: c.id,
          year: input.year,
          campaign: input.campaign,
        });
        await core.auditCompound(trx, ctx, c, 'property.quality.campaign', { ...input });
      });
      return { ok: true as const };
    },

    /** The quality-index ranking of the compounds under a node (or the whole reach) for a year. */
    async ranking(ctx: RequestContext, q: z.infer<typeof rankingQuery>) {
      const actor = requirePermission(ctx, 'property.read');
      const year = q.year ?? thisYear();
      const s = compoundScope(actor, 'property.read');
      const roots: SubtreeRoot[] = q.nodeId
        ? [await core.nodeFor(ctx, q.nodeId, 'property.read')]
        : scopePaths(actor, 'property.read').map((path) => ({ path }));
      const rows = (await Promise.all(roots.map((r) => repo.qualityRanking(db, s, r, year, 500)))).flat();
      return rank(rows.map((r) => ({ ...r, score: r.average }))).map((r) => ({
        rank: r.rank,
        compoundId: r.id,
        name: r.name,
        nodeName: r.node_name,
        average: r.average,
        quarters: r.quarters,
        campaign: r.campaign,
        stars: r.stars,
      }));
    },
  };
}
