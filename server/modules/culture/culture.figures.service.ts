/**
 * The figures with their definitions (seed 003 福田: 3,227 m² of public cultural facilities per
 * 10,000 residents; a facility within 1 km from anywhere; 460+ performances, 166,000+ person-times):
 * facilities per kind, m² per 10,000 residents (residents from the people register through a port),
 * the 1 km circle in SQL, performances and audience by month, volunteer hours and stars; the home
 * page's to-dos and dashboard figures.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import { t } from '../../platform/i18n.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { starHoursOf, starsOf, todayOf, type CultureDeps } from './culture.core.ts';
import * as repo from './culture.repository.ts';
import * as starsRepo from './culture.stars.repository.ts';
import { CIRCLE_KM, KINDS, LATTICE_KM, m2Per10k } from './culture.rules.ts';
import { yearDays } from './culture.stars.service.ts';

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Builds the figures and the home page verbs. */
export function createFiguresService(
  deps: CultureDeps & {
    troupeTeams: (ctx: RequestContext) => Promise<string[]>;
    orders: (
      ctx: RequestContext,
      q: { side: 'community' | 'troupe'; state?: string },
    ) => Promise<{ orders: { id: string; programmeTitle: string; onDay: string; actions: string[] }[] }>;
  },
) {
  const { db } = deps;

  /** Everything the figures are made of, under one node in a year. */
  async function figuresOf(ctx: RequestContext, node: StatNode, year: number) {
    const facilities = await repo.findFacilities(db, { districtIds: [node.districtId], under: [node.path] });
    const byKind = KINDS.map((kind) => {
      const of = facilities.filter((f) => f.kind === kind);
      return { kind, count: of.length, areaM2: round1(of.reduce((s, f) => s + Number(f.area_m2), 0)) };
    });
    const areaM2 = round1(facilities.reduce((s, f) => s + Number(f.area_m2), 0));
    const residents = await deps.population.residents(ctx, node);
    const circle = await repo.circleCoverage(db, node.districtId, node.path, LATTICE_KM, CIRCLE_KM);
    const d = yearDays(year);
    const months = await repo.performancesByMonth(db, node.districtId, node.path, d.from, d.to);
    const totals = await repo.teamTotals(db, node.districtId, node.path);
    const lines = await starsRepo.confirmedHours(db, node.districtId, node.path, d.from, d.to);
    const { starHours } = await starHoursOf(db, node.districtId);
    const rated = months.reduce((s, m) => s + m.rated, 0);
    return {
      year,
      byKind,
      areaM2,
      residents,
      residentsSource: (residents ? 'register' : 'none') as 'register' | 'none',
      m2Per10k: m2Per10k(areaM2, residents),
      coverage: {
        points: circle.points,
        covered: circle.covered,
        value: circle.points ? round1((100 * circle.covered) / circle.points) : null,
      },
      months: Array.from({ length: 12 }, (_, i) => {
        const month = `${year}-${String(i + 1).padStart(2, '0')}`;
        const m = months.find((x) => x.month === month);
        return { month, performances: m?.performances ?? 0, audience: m?.audience ?? 0 };
      }),
      performances: months.reduce((s, m) => s + m.performances, 0),
      audience: months.reduce((s, m) => s + m.audience, 0),
      rating: rated ? round1(months.reduce((s, m) => s + m.rating_sum, 0) / rated) : null,
      troupes: totals.troupes,
      troupeMembers: totals.troupe_members,
      programmes: totals.programmes,
      volunteerHours: round1(lines.reduce((s, l) => s + l.hours, 0)),
      stars: [1, 2, 3, 4, 5].map((stars) => ({
        stars,
        volunteers: lines.filter((l) => starsOf(l.hours, starHours) === stars).length,
      })),
    };
  }

  return {
    /** The figures page of a node in scope (the actor's first root by default). */
    async figures(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const actor = requirePermission(ctx, 'culture.stats');
      const nodeId = q.nodeId ?? actor.grants.find((g) => can(actor, 'culture.stats', g.path))!.nodeId;
      const n = await nodeFor(db, ctx, nodeId, 'culture.stats');
      const year = q.year ?? Number(todayOf(deps).slice(0, 4));
      const f = await figuresOf(
        ctx,
        { id: n.id, districtId: n.district_id, path: n.path, level: n.level },
        year,
      );
      const def = (key: string) =>
        t(ctx.lang, `culture.stat.${key}.def`, { km: CIRCLE_KM, step: LATTICE_KM * 1000 });
      return {
        ...f,
        m2Per10k: { value: f.m2Per10k, definition: def('m2_per_10k') },
        coverage: { ...f.coverage, definition: def('coverage') },
      };
    },

    /** What waits for the actor: orders to accept (a troupe's lead), performances to rate, hours to confirm. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const out: TodoItem[] = [];
      if (can(ctx.actor, 'culture.lead') && (await deps.troupeTeams(ctx)).length) {
        const mine = await deps.orders(ctx, { side: 'troupe', state: 'ordered' });
        const open = mine.orders.filter((o) => o.actions.includes('accept'));
        if (open.length)
          out.push({
            key: 'culture.to_accept',
            module: 'culture',
            label: t(ctx.lang, 'culture.todo.to_accept'),
            count: open.length,
            href: '/culture/orders?side=troupe',
            level: 'yellow',
            entries: open.slice(0, 3).map((o) => ({
              id: o.id,
              title: `${o.programmeTitle} ${o.onDay}`,
              href: '/culture/orders?side=troupe',
            })),
          });
        const hours = await starsRepo.pendingHoursCount(db, await deps.troupeTeams(ctx));
        if (hours)
          out.push({
            key: 'culture.hours_to_confirm',
            module: 'culture',
            label: t(ctx.lang, 'culture.todo.hours_to_confirm'),
            count: hours,
            href: '/culture/hours',
            level: 'normal',
          });
      }
      if (can(ctx.actor, 'culture.order')) {
        const performed = await deps.orders(ctx, { side: 'community', state: 'performed' });
        const open = performed.orders.filter((o) => o.actions.includes('rate'));
        if (open.length)
          out.push({
            key: 'culture.to_rate',
            module: 'culture',
            label: t(ctx.lang, 'culture.todo.to_rate'),
            count: open.length,
            href: '/culture/orders',
            level: 'normal',
            entries: open
              .slice(0, 3)
              .map((o) => ({ id: o.id, title: `${o.programmeTitle} ${o.onDay}`, href: '/culture/orders' })),
          });
      }
      return out;
    },

    /** The dashboard's figures of a node (only for those who may read the figures). */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      if (!can(ctx.actor, 'culture.stats', node.path)) return [];
      const f = await figuresOf(ctx, node, year);
      const stat = statMaker(ctx.lang, 'culture', 'def', { km: CIRCLE_KM, step: LATTICE_KM * 1000 });
      return [
        stat('m2_per_10k', f.m2Per10k, 'count'),
        stat('coverage', f.coverage.value, 'percent'),
        {
          ...stat('performances', f.performances, 'count'),
          series: f.months.map((m) => ({ label: m.month.slice(5), value: m.performances })),
        },
        stat('audience', f.audience, 'count'),
        stat('volunteer_hours', f.volunteerHours, 'hours'),
      ];
    },
  };
}
