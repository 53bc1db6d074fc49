/**
 * The alliance's figures with their definitions: utilisation per venue (booked hours ÷ open hours),
 * m² per 10,000 residents per street (福田: 3,227 m² of public cultural facilities per 10,000), the
 * share of communities with a centre; a street's declared population; the activities held; the
 * home page's to-dos (bookings waiting for approval, my coming bookings) and dashboard figures.
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { shanghaiDay, shanghaiThisYear, shanghaiYearRange } from '../../platform/time.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { bookingView, type VenuesCore, type VenuesDeps } from './venues.core.ts';
import * as repo from './venues.repository.ts';
import { m2Per10k, openHours, utilisation, type Level } from './venues.rules.ts';

const DAY = 86_400_000;
const pct = (a: number, b: number) => (b === 0 ? null : Math.round((1000 * a) / b) / 10);
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Builds the figures, activities and home-page verbs. */
export function createFiguresService(deps: VenuesDeps & { core: VenuesCore; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  /** The year's period up to now (empty for a year still to come), and a venue's part of it (from joining, until leaving). */
  function periodOf(year: number) {
    const r = shanghaiYearRange(year);
    const to = Math.max(r.from.getTime(), Math.min(r.to.getTime(), now().getTime()));
    return { from: r.from, to: new Date(to) };
  }
  function openOf(v: repo.VenueRow, period: { from: Date; to: Date }, rooms: number) {
    const from = new Date(Math.max(period.from.getTime(), Date.parse(`${v.joined_on}T00:00:00+08:00`)));
    const to = v.left_on
      ? new Date(Math.min(period.to.getTime(), Date.parse(`${v.left_on}T00:00:00+08:00`)))
      : period.to;
    if (to <= from) return 0;
    return rooms * openHours({ opensAt: v.opens_at, closesAt: v.closes_at, openDays: v.open_days }, from, to);
  }

  /** Everything the figures are made of, under one node. */
  async function figuresUnder(ctx: RequestContext, node: StatNode, year: number) {
    const period = periodOf(year);
    const venues = await repo.findVenues(db, {
      districtIds: [node.districtId],
      under: [node.path],
      withLeft: true,
    });
    const booked = await repo.bookedHoursByVenue(db, [node.districtId], period.from, period.to);
    const rooms = await repo.roomCounts(db, [node.districtId]);
    const perVenue = venues.map((v) => {
      const open = openOf(v, period, rooms.get(v.id) ?? 0);
      const hours = booked.get(v.id) ?? 0;
      return {
        id: v.id,
        name: v.name,
        level: v.level as Level,
        bookedHours: round1(hours),
        openHours: round1(open),
        utilisation: utilisation(hours, open),
      };
    });
    const active = venues.filter((v) => !v.left_on);
    const areas = await repo.findAreas(db, node.districtId, node.path);
    const communities = areas.filter((a) => a.level === 'community');
    const centred = new Set(active.filter((v) => v.level === 'community').map((v) => v.node_id));
    const declared = new Map(
      (
        await repo.findPopulations(
          db,
          node.districtId,
          areas.map((a) => a.id),
        )
      ).map((p) => [p.node_id, p.population]),
    );
    const streets = [];
    for (const s of areas.filter((a) => a.level === 'street')) {
      const area = active
        .filter((v) => v.path.startsWith(s.path))
        .reduce((sum, v) => sum + Number(v.area_m2), 0);
      let population = declared.get(s.id) ?? null;
      let source: 'declared' | 'register' | 'none' = population ? 'declared' : 'none';
      if (!population) {
        population = await deps.population.residents(ctx, {
          id: s.id,
          districtId: node.districtId,
          path: s.path,
          level: 'street',
        });
        if (population) source = 'register';
        else population = null;
      }
      const mine = communities.filter((c) => c.path.startsWith(s.path));
      streets.push({
        nodeId: s.id,
        name: s.name,
        areaM2: round1(area),
        population,
        populationSource: source,
        m2Per10k: population ? m2Per10k(area, population) : null,
        communities: mine.length,
        withCentre: mine.filter((c) => centred.has(c.id)).length,
      });
    }
    const withCentre = communities.filter((c) => centred.has(c.id)).length;
    return {
      perVenue,
      active,
      streets,
      coverage: { communities: communities.length, withCentre, share: pct(withCentre, communities.length) },
    };
  }

  const DEFINED = ['utilisation', 'm2_per_10k', 'coverage', 'area', 'venues'] as const;

  return {
    /** The figures page: per venue, per street, the coverage, each with its definition. */
    async figures(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      requirePermission(ctx, 'venues.stats');
      const roots = await deps.core.roots(ctx, 'venues.stats', q.nodeId);
      const node = await repo.findNode(
        db,
        q.nodeId ?? ctx.actor!.grants.find((g) => roots.includes(g.path))!.nodeId,
      );
      if (!node) throw new NotFoundError();
      const year = q.year ?? shanghaiThisYear();
      const f = await figuresUnder(
        ctx,
        { id: node.id, districtId: node.district_id, path: node.path, level: node.level },
        year,
      );
      return {
        year,
        definitions: Object.fromEntries(DEFINED.map((k) => [k, t(ctx.lang, `venues.stat.${k}.def`)])),
        venues: f.perVenue,
        streets: f.streets,
        coverage: f.coverage,
      };
    },

    /** Declares a street's (or community's) resident population, for m² per 10,000 residents; audited. */
    async declarePopulation(ctx: RequestContext, b: { nodeId: string; population: number; asOf: string }) {
      return db.transaction().execute(async (trx) => {
        const node = await deps.core
          .roots(ctx, 'venues.stats', b.nodeId)
          .then(() => repo.findNode(trx, b.nodeId));
        if (!node) throw new NotFoundError();
        await repo.upsertPopulation(trx, {
          district_id: node.district_id,
          node_id: node.id,
          population: b.population,
          as_of: b.asOf,
        });
        await deps.auditor.append(trx, ctx, {
          action: 'venues.population.declare',
          objectType: 'org_node',
          objectId: node.id,
          districtId: node.district_id,
          detail: { population: b.population, asOf: b.asOf },
        });
        return { ok: true as const };
      });
    },

    /** The activities held at venues the actor manages (or under a node of them), in a year. */
    async activities(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const roots = await deps.core.roots(ctx, 'venues.manage', q.nodeId);
      const r = shanghaiYearRange(q.year ?? shanghaiThisYear());
      const rows = await repo.findActivities(db, nodeInPaths('v.node_id', roots), r.from, r.to);
      return rows.map((b) => bookingView(ctx, b));
    },

    /** Bookings waiting for a manager's approval at the venues in scope. */
    async pending(ctx: RequestContext) {
      const roots = scopePaths(ctx.actor, 'venues.manage');
      if (!roots.length) return [];
      return (await repo.findPending(db, nodeInPaths('v.node_id', roots), now())).map((b) =>
        bookingView(ctx, b),
      );
    },

    /** What waits: bookings to approve (venue managers), my bookings of the coming week. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      if (!ctx.actor) return [];
      const out: TodoItem[] = [];
      const roots = scopePaths(ctx.actor, 'venues.manage');
      if (roots.length) {
        const rows = await repo.findPending(db, nodeInPaths('v.node_id', roots), now());
        if (rows.length)
          out.push({
            key: 'venues.pending',
            module: 'venues',
            label: t(ctx.lang, 'venues.todo.pending'),
            count: rows.length,
            href: '/venues/approvals',
            level: 'yellow',
            entries: rows.slice(0, 5).map((b) => ({
              id: b.id,
              title: `${b.venue_name} · ${b.title} · ${shanghaiDay(b.starts_at)}`,
              href: `/venues/${b.venue_id}`,
              due: b.starts_at.toISOString(),
            })),
          });
      }
      if (can(ctx.actor, 'venues.book')) {
        const t0 = now();
        const soon = (await repo.findUserBookings(db, ctx.actor.userId, t0)).filter(
          (b) =>
            (b.state === 'confirmed' || b.state === 'pending') &&
            b.starts_at.getTime() < t0.getTime() + 7 * DAY,
        );
        if (soon.length)
          out.push({
            key: 'venues.upcoming',
            module: 'venues',
            label: t(ctx.lang, 'venues.todo.upcoming'),
            count: soon.length,
            href: '/venues/mine',
            level: 'normal',
            entries: soon.slice(0, 5).map((b) => ({
              id: b.id,
              title: `${b.venue_name} ${b.room_name} · ${b.title}`,
              href: '/venues/mine',
              due: b.starts_at.toISOString(),
            })),
          });
      }
      return out;
    },

    /** The dashboard's figures under a node for a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      if (!can(ctx.actor, 'venues.stats', node.path) && !can(ctx.actor, 'venues.read', node.path)) return [];
      const f = await figuresUnder(ctx, node, year);
      if (f.active.length === 0 && f.perVenue.length === 0) return [];
      const stat = statMaker(ctx.lang, 'venues');
      const booked = f.perVenue.reduce((s, v) => s + v.bookedHours, 0);
      const open = f.perVenue.reduce((s, v) => s + v.openHours, 0);
      const area = f.active.reduce((s, v) => s + Number(v.area_m2), 0);
      const population = f.streets.every((s) => s.population)
        ? f.streets.reduce((s, x) => s + (x.population ?? 0), 0)
        : 0;
      return [
        stat('venues', f.active.length, 'count'),
        stat('area', round1(area), 'count'),
        stat('utilisation', utilisation(booked, open), 'percent'),
        stat('coverage', f.coverage.share, 'percent'),
        stat('m2_per_10k', population ? m2Per10k(area, population) : null, 'count'),
      ];
    },
  };
}
