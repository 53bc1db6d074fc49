/**
 * Adapters that turn other modules' public verbs into honours-page entries (ExtraHonours), wired by
 * the composition root. Each reads with the viewer's own context, so a viewer sees only what that
 * module lets them see (the assessment's stars need assessment.read; anonymous visitors get none).
 */
import type { RequestContext } from '../../platform/access/access.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { ExtraHonours } from './honours.service.ts';

/** The assessment's stars verb as its index offers it (assessment.results.stars). */
type StarsVerb = (
  ctx: RequestContext,
  q: { districtId: string; month?: string; quarter?: string },
) => Promise<{ name: string; unitName: string; value: number; kind: 'month' | 'quarter' }[]>;

/**
 * The stars of the month and of the quarter (seed 000 评选考核“月度之星”“季度之星”) for each quarter of
 * the year begun so far, read at each quarter's last month (or this month).
 */
export function honoursFromAssessmentStars(stars: StarsVerb): ExtraHonours {
  return async (ctx, node, year) => {
    if (!ctx.actor) return [];
    const today = shanghaiDay();
    const out = [];
    for (let q = 1; q <= 4; q++) {
      const first = `${year}-${String(q * 3 - 2).padStart(2, '0')}`;
      if (first > today.slice(0, 7)) break;
      const last = `${year}-${String(q * 3).padStart(2, '0')}`;
      const month = last > today.slice(0, 7) ? today.slice(0, 7) : last;
      const rows = await stars(ctx, { districtId: node.districtId, month, quarter: `${year}Q${q}` }).catch(
        () => [],
      );
      for (const r of rows)
        out.push({
          source: 'assessment',
          title: r.kind === 'month' ? '月度之星' : '季度之星',
          name: r.name,
          detail: r.unitName,
          period: r.kind === 'month' ? month : `${year}Q${q}`,
        });
    }
    return out;
  };
}

/** The volunteers' stars verb as its index offers it (volunteers.starsByNode). */
type VolunteerStarsVerb = (
  ctx: RequestContext,
  nodeId: string,
  year: number,
) => Promise<{ label: string; hours: number; stars: number }[]>;

/**
 * Volunteers with a star level this year (seed 003: stars by yearly hours), as 星级义工 entries; a
 * viewer without volunteers.read, or an anonymous visitor, gets none.
 */
export function honoursFromVolunteerStars(starsByNode: VolunteerStarsVerb): ExtraHonours {
  return async (ctx, node, year) => {
    if (!ctx.actor) return [];
    const rows = await starsByNode(ctx, node.id, year).catch(() => []);
    return rows
      .filter((r) => r.stars > 0)
      .sort((a, b) => b.stars - a.stars || b.hours - a.hours)
      .map((r) => ({
        source: 'volunteer',
        title: `${'★'.repeat(r.stars)} ${r.stars}星级义工`,
        name: r.label,
        detail: `${r.hours} 小时`,
        period: String(year),
      }));
  };
}
