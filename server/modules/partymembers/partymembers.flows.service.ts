/**
 * The monthly inflow and outflow tables 流入、流出两张表 and their analysis 梳理分析 (seed 001:
 * "每月对流动党员流入、流出两张表进行动态更新、梳理分析"), and the map of where members are
 * 初心坐标图. Officers read their subtree; names on the map are masked.
 */
import type { RequestContext } from '../../platform/access/access.ts';
import { maskName } from '../../platform/pii/pii.ts';
import type { PartymembersCore, PartymembersDeps } from './partymembers.core.ts';
import * as repo from './partymembers.repository.ts';
import { monthRange, monthsOf, type Direction } from './partymembers.rules.ts';

/** The monthly tables verbs' type. */
export type FlowsService = ReturnType<typeof createFlowsService>;

/** Builds the monthly tables, analysis and map verbs. */
export function createFlowsService(deps: PartymembersDeps & { core: PartymembersCore }) {
  const { db, core } = deps;

  /** One month's table of one direction below a node. */
  async function monthTable(
    ctx: RequestContext,
    q: { nodeId: string; month: string; direction: 'in' | 'out' | 'return' },
  ) {
    const paths = await core.roots(ctx, 'partymembers.read', q.nodeId);
    const rows = await repo.movesBetween(db, paths, monthRange(q.month), q.direction);
    const persons = await core.personsOf(rows);
    const orgs = await core.branchNames(rows.map((r) => r.party_org_id));
    return {
      month: q.month,
      direction: q.direction,
      rows: rows.map((r) => ({
        moveId: r.id,
        memberId: r.member_id,
        name: persons.get(r.person_id)?.name ?? '—',
        phone: persons.get(r.person_id)?.phoneMasked ?? null,
        movedOn: r.moved_on,
        place: r.place,
        origin: r.origin,
        destination: r.destination,
        work: r.work,
        partyOrgName: orgs.get(r.party_org_id) ?? '',
        nodeName: r.node_name,
        source: r.source as 'register' | 'scan' | 'import',
      })),
    };
  }

  return {
    monthTable,

    /** The year below a node: moves per month, where members went and came from, who is out now. */
    async analysis(ctx: RequestContext, q: { nodeId: string; year: number }) {
      const paths = await core.roots(ctx, 'partymembers.read', q.nodeId);
      const range = { from: `${q.year}-01-01`, to: `${q.year + 1}-01-01` };
      const counts = await repo.monthlyCounts(
        db,
        paths.map((path) => ({ path })),
        range,
      );
      const n = (m: string, d: string) => counts.find((c) => c.month === m && c.direction === d)?.n ?? 0;
      return {
        year: q.year,
        active: await repo.countActive(
          db,
          paths.map((path) => ({ path })),
        ),
        months: monthsOf(q.year).map((m) => ({
          month: m,
          in: n(m, 'in'),
          out: n(m, 'out'),
          return: n(m, 'return'),
        })),
        topDestinations: await repo.topPlaces(db, paths, range, 'out'),
        topOrigins: await repo.topPlaces(db, paths, range, 'in'),
      };
    },

    /** Where the active members are 初心坐标图 (names masked). */
    async map(ctx: RequestContext, q: { nodeId: string }) {
      const paths = await core.roots(ctx, 'partymembers.read', q.nodeId);
      const rows = await repo.placedMembers(db, paths);
      const persons = await core.personsOf(rows);
      return {
        points: rows.map((r) => ({
          id: r.id,
          lat: r.lat!,
          lng: r.lng!,
          title: `${maskName(persons.get(r.person_id)?.name ?? '—')} · ${r.destination}`,
          direction: r.direction as Direction,
        })),
      };
    },
  };
}
